"""Saved results on the device (static/js/history.js) in Chromium: the stored format and its
migration, nothing lost when the stored value cannot be read, delete, export and import,
the chart (also right to left), the table at 320 px, and a full storage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pwa.quiz.definition import DEFINITION
from tests.unit.helpers import CODES, direction

KEY = "hfs-quiz-history"
SYMPTOMS_MAX = DEFINITION.score_max("symptoms")
IMPACT_MAX = DEFINITION.score_max("impact")

FOUR = [
    {"date": "2025-01-14T09:30:00.000Z", "symptoms": 6, "impact": 17, "tier": None},
    {"date": "2025-02-20T10:05:00.000Z", "symptoms": 3, "impact": 9, "tier": "mention"},
    {"date": "2025-04-02T16:45:00.000Z", "symptoms": 4, "impact": 12, "tier": None},
    {"date": "2025-05-28T08:15:00.000Z", "symptoms": 7, "impact": None, "tier": "soon"},
]


def v2(entries: list[dict]) -> str:
    return json.dumps(
        {"version": 2, "entries": [{"id": f"id-{i}", "summary": None, **entry} for i, entry in enumerate(entries)]}
    )


def open_with(page, base_url: str, stored: str | None, lang: str = "en") -> None:
    """The saved-results page with `stored` as the raw localStorage value (None: nothing stored)."""
    page.goto(f"{base_url}/{lang}/quiz/history/")
    page.evaluate(
        "([key, value]) => value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)",
        [KEY, stored],
    )
    page.reload()
    expect(page.locator("#history")).to_be_visible()


def stored(page):
    return page.evaluate("(key) => localStorage.getItem(key)", KEY)


def aside(page):
    return page.evaluate("(key) => localStorage.getItem(key + '-unreadable')", KEY)


def data(page, name: str) -> str:
    return page.locator("#history").get_attribute(f"data-{name}")


def add_from_the_result(page, base_url: str, before: str = "") -> tuple[dict, str]:
    """HFSHistory.add() where it runs, on the quiz page under a result; with the status line's texts."""
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("() => document.getElementById('quiz-form').requestSubmit()")
    status = page.locator("#quiz-result [data-status]")
    expect(status).to_have_count(1)
    if before:
        page.evaluate(before)
    outcome = page.evaluate(
        "() => window.HFSHistory.add({date: new Date().toISOString(), symptoms: 1, impact: 1,"
        " tier: null, summary: null})"
    )
    return outcome, status


def rows(page):
    return page.locator("#history-rows tr")


def test_a_version_1_list_is_migrated_to_version_2_with_ids(page, base_url):
    old = FOUR[:2]
    open_with(page, base_url, json.dumps(old))
    saved = json.loads(stored(page))
    assert saved["version"] == 2
    ids = [entry.pop("id") for entry in saved["entries"]]
    assert all(isinstance(i, str) and i for i in ids) and len(set(ids)) == 2
    assert saved["entries"] == [{**entry, "summary": None} for entry in old]
    expect(rows(page)).to_have_count(2)
    # Read again: the same ids (migrated once, not on every read).
    page.reload()
    assert [e["id"] for e in json.loads(stored(page))["entries"]] == ids


def test_saving_adds_an_entry_with_an_id_and_redraws(page, base_url):
    open_with(page, base_url, None)
    expect(page.locator("#history-empty")).to_be_visible()
    outcome = page.evaluate(
        "() => window.HFSHistory.add({date: new Date().toISOString(), symptoms: 2, impact: 5,"
        " tier: 'mention', summary: 'summary_fits_well'})"
    )
    assert outcome == {"ok": True}
    entries = json.loads(stored(page))["entries"]
    assert len(entries) == 1 and entries[0]["id"] and entries[0]["summary"] == "summary_fits_well"
    expect(rows(page)).to_have_count(1)
    expect(page.locator("#history-empty")).to_be_hidden()


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "{}",
        "5",
        '"abc"',
        "[null]",
        '{"version": 3, "entries": []}',
        '{"version": 2, "entries": [{"id": "a", "date": "yesterday"}]}',
    ],
)
def test_an_unreadable_history_is_kept_aside_explained_offered_as_a_file_and_new_results_are_saved(page, base_url, raw):
    open_with(page, base_url, raw)
    expect(page.locator("#history-problem")).to_be_visible()
    expect(page.locator("#history-problem-text")).to_have_text(data(page, "unreadable"))
    expect(page.locator("#history-empty")).to_be_visible()  # a new list, ready for new results
    assert stored(page) is None and aside(page) == raw  # kept aside unchanged, never overwritten
    outcome, _ = add_from_the_result(page, base_url)
    assert outcome == {"ok": True} and len(json.loads(stored(page))["entries"]) == 1
    assert aside(page) == raw
    page.goto(f"{base_url}/en/quiz/history/")
    expect(rows(page)).to_have_count(1)
    with page.expect_download() as download:
        page.click("#history-save-raw")
    assert Path(download.value.path()).read_text(encoding="utf-8") == raw


def test_a_second_unreadable_value_is_added_to_what_was_kept_aside(page, base_url):
    open_with(page, base_url, "[null]")
    open_with(page, base_url, "{oops")
    assert aside(page) == "[null]\n{oops"


def test_when_it_cannot_be_kept_aside_it_stays_where_it_is_and_nothing_is_saved_over_it(page, base_url):
    open_with(page, base_url, "[null]")
    page.evaluate(
        "(key) => { localStorage.removeItem(key + '-unreadable'); localStorage.setItem(key, '[null]'); }", KEY
    )
    outcome, status = add_from_the_result(
        page,
        base_url,
        before="() => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; }",
    )
    assert outcome == {"ok": False, "message": status.get_attribute("data-not-saved-unreadable")}
    assert stored(page) == "[null]" and aside(page) is None


def test_the_unreadable_data_is_deleted_only_when_confirmed(page, base_url):
    raw = "[null]"
    open_with(page, base_url, raw)
    messages = []
    page.once("dialog", lambda d: (messages.append(d.message), d.dismiss()))
    page.click("#history-reset")
    assert messages == [data(page, "confirm-reset")] and aside(page) == raw
    page.once("dialog", lambda d: d.accept())
    page.click("#history-reset")
    expect(page.locator("#history-problem")).to_be_hidden()
    assert aside(page) is None
    expect(page.locator("#history-empty")).to_be_visible()


def test_delete_one_of_two_results_with_the_same_date_deletes_exactly_one(page, base_url):
    same = {"date": "2025-03-01T12:00:00.000Z", "symptoms": 4, "impact": 10, "tier": None}
    open_with(page, base_url, v2([same, {**same}]))
    expect(rows(page)).to_have_count(2)
    messages = []
    page.once("dialog", lambda d: (messages.append(d.message), d.accept()))
    rows(page).first.locator("button").click()
    assert messages == [data(page, "confirm-one")]
    expect(rows(page)).to_have_count(1)
    left = json.loads(stored(page))["entries"]
    assert len(left) == 1 and left[0]["date"] == same["date"]
    expect(page.locator("#history-status")).to_have_text(data(page, "deleted"))
    # Dismissed: nothing deleted.
    page.once("dialog", lambda d: d.dismiss())
    rows(page).first.locator("button").click()
    assert len(json.loads(stored(page))["entries"]) == 1


def test_delete_all_asks_first(page, base_url):
    open_with(page, base_url, v2(FOUR))
    page.once("dialog", lambda d: d.dismiss())
    page.click("#history-clear")
    assert len(json.loads(stored(page))["entries"]) == 4
    page.once("dialog", lambda d: d.accept())
    page.click("#history-clear")
    page.wait_for_function("(key) => localStorage.getItem(key) === null", arg=KEY)  # deleted under the lock, async
    expect(page.locator("#history-empty")).to_be_visible()


def test_export_then_import_again_says_none_new_and_all_already_saved(page, base_url, tmp_path):
    open_with(page, base_url, v2(FOUR[:3]))
    with page.expect_download() as download:
        page.click("#history-export")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert {k: exported[k] for k in ("app", "kind", "version")} == {
        "app": "hfs-companion",
        "kind": "self-check-history",
        "version": 2,
    }
    assert len(exported["results"]) == 3
    page.set_input_files("#history-import", download.value.path())
    expected = data(page, "imported").replace("{new}", "0").replace("{old}", "3")
    expect(page.locator("#history-status")).to_have_text(expected)
    assert expected == "New: 0. Already saved: 3."
    assert len(json.loads(stored(page))["entries"]) == 3
    # A version 1 export with one result more: one new, three already saved.
    old = tmp_path / "v1.json"
    old.write_text(json.dumps({"app": "hfs-companion", "kind": "self-check-history", "version": 1, "results": FOUR}))
    page.set_input_files("#history-import", str(old))
    expect(page.locator("#history-status")).to_have_text("New: 1. Already saved: 3.")
    expect(rows(page)).to_have_count(4)
    ids = [e["id"] for e in json.loads(stored(page))["entries"]]
    assert len(set(ids)) == 4


def test_export_then_import_on_a_clean_profile_gives_identical_data(page, browser, base_url):
    open_with(page, base_url, v2(FOUR))
    with page.expect_download() as download:
        page.click("#history-export")
    clean = browser.new_context()  # another phone: nothing saved
    other = clean.new_page()
    open_with(other, base_url, None)
    other.set_input_files("#history-import", download.value.path())
    expect(other.locator("#history-status")).to_have_text("New: 4. Already saved: 0.")
    assert json.loads(stored(other)) == json.loads(stored(page))  # the same ids, dates, scores and order
    clean.close()


def test_an_import_into_a_full_storage_says_so_and_stores_nothing(page, base_url, tmp_path):
    open_with(page, base_url, v2(FOUR[:1]))
    before = stored(page)
    file = tmp_path / "more.json"
    file.write_text(json.dumps({"app": "hfs-companion", "kind": "self-check-history", "version": 1, "results": FOUR}))
    page.evaluate(
        "() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }"
    )
    page.set_input_files("#history-import", str(file))
    expect(page.locator("#history-status")).to_have_text(data(page, "import-full"))
    assert stored(page) == before  # only what was stored is ever reported: here, nothing
    expect(rows(page)).to_have_count(1)


@pytest.mark.parametrize(
    "bad",
    [
        {"symptoms": SYMPTOMS_MAX + 1},
        {"impact": IMPACT_MAX + 1},
        {"symptoms": -1},
        {"impact": 2.5},
        {"symptoms": "3"},
        {"tier": "later"},
        {"summary": "Not-An-Id"},
        {"summary": "x" * 41},
        {"date": "yesterday"},
        {"date": "2025-13-45T00:00:00Z"},
    ],
)
def test_an_import_with_any_impossible_value_is_rejected_whole(page, base_url, tmp_path, bad):
    open_with(page, base_url, v2(FOUR[:1]))
    before = stored(page)
    good = {
        "date": "2025-06-01T10:00:00.000Z",
        "symptoms": SYMPTOMS_MAX,
        "impact": IMPACT_MAX,
        "tier": "check",
        "summary": "summary_fits_well",
    }
    file = tmp_path / "bad.json"
    file.write_text(
        json.dumps(
            {
                "app": "hfs-companion",
                "kind": "self-check-history",
                "version": 2,
                "results": [good, {**good, "date": "2025-06-02T10:00:00.000Z", **bad}],
            }
        )
    )
    page.set_input_files("#history-import", str(file))
    expect(page.locator("#history-status")).to_have_text(data(page, "import-invalid"))
    assert stored(page) == before
    # The same file without the impossible result is accepted (the maxima themselves are valid).
    file.write_text(json.dumps({"app": "hfs-companion", "kind": "self-check-history", "version": 2, "results": [good]}))
    page.set_input_files("#history-import", str(file))
    expect(page.locator("#history-status")).to_have_text("New: 1. Already saved: 0.")


def test_a_file_from_elsewhere_is_not_imported(page, base_url, tmp_path):
    open_with(page, base_url, v2(FOUR[:1]))
    file = tmp_path / "other.json"
    for content in ["not json", json.dumps({"results": []}), json.dumps([FOUR[0]])]:
        file.write_text(content)
        page.set_input_files("#history-import", str(file))
        expect(page.locator("#history-status")).to_have_text(data(page, "import-failed"))
        page.evaluate("() => { document.getElementById('history-status').textContent = ''; }")
    assert len(json.loads(stored(page))["entries"]) == 1


def test_the_chart_appears_from_two_results_with_legend_dates_and_scale(page, base_url):
    open_with(page, base_url, v2(FOUR[:1]))
    expect(page.locator("#history-figure")).to_be_hidden()
    open_with(page, base_url, v2(FOUR))
    figure = page.locator("#history-figure")
    expect(figure).to_be_visible()
    chart = figure.locator("svg[role=img]")
    expect(figure.locator(".chart-legend li")).to_have_text([data(page, "symptoms"), data(page, "impact")])
    assert data(page, "symptoms") == f"Spasm score (0 to {SYMPTOMS_MAX})"
    assert data(page, "impact") == f"Daily-life score (0 to {IMPACT_MAX})"
    first, last = page.evaluate(
        """(dates) => dates.map((d) => new Intl.DateTimeFormat(
        document.documentElement.lang, {dateStyle: 'medium'}).format(new Date(d)))""",
        [FOUR[0]["date"], FOUR[-1]["date"]],
    )
    expect(page.locator("#history-first-date")).to_have_text(first)
    expect(page.locator("#history-last-date")).to_have_text(last)
    label = chart.get_attribute("aria-label")
    assert first in label and last in label and "Higher is worse" in label
    expect(figure).to_contain_text("Higher is worse.")
    expect(figure.locator(".chart-scale")).to_contain_text("Highest possible")
    # One dot per score given (one daily-life score is missing), one line per score.
    expect(chart.locator(".dot-symptoms")).to_have_count(4)
    expect(chart.locator(".dot-impact")).to_have_count(3)
    expect(chart.locator("polyline")).to_have_count(2)
    # Each score as a share of its own maximum: the same share, the same height.
    open_with(
        page,
        base_url,
        v2(
            [
                {"date": "2025-01-01T10:00:00Z", "symptoms": SYMPTOMS_MAX, "impact": IMPACT_MAX, "tier": None},
                {"date": "2025-02-01T10:00:00Z", "symptoms": 0, "impact": 0, "tier": None},
            ]
        ),
    )
    heights = page.evaluate("""() => ['symptoms', 'impact'].map((n) => [...document.querySelectorAll(
        `#history-chart .dot-${n}`)].map((d) => Math.round(d.getBoundingClientRect().top + d.getBoundingClientRect().height / 2)))""")
    assert heights[0] == heights[1] and heights[0][0] < heights[0][1]


@pytest.mark.parametrize(
    ("lang", "oldest_on_the_right"), [("en", False)] + [(code, True) for code in CODES if direction(code) == "rtl"]
)
def test_time_runs_with_the_reading_direction(page, base_url, lang, oldest_on_the_right):
    # The oldest result has the highest spasm score, so its dot is the highest one.
    open_with(
        page,
        base_url,
        v2(
            [
                {"date": "2025-03-01T10:00:00Z", "symptoms": 1, "impact": 2, "tier": None},
                {"date": "2025-01-01T10:00:00Z", "symptoms": SYMPTOMS_MAX, "impact": 20, "tier": None},
                {"date": "2025-02-01T10:00:00Z", "symptoms": 4, "impact": 10, "tier": None},
            ]
        ),
        lang=lang,
    )
    assert page.evaluate("document.documentElement.dir") == ("rtl" if oldest_on_the_right else "ltr")
    dots = page.evaluate("""() => [...document.querySelectorAll('#history-chart .dot-symptoms')].map((d) => {
        const r = d.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })""")
    oldest = min(dots, key=lambda d: d["y"])
    xs = [d["x"] for d in dots]
    assert oldest["x"] == (max(xs) if oldest_on_the_right else min(xs))
    # The first date shown is the oldest, at the start of the line (the right in Arabic).
    first = page.locator("#history-first-date").bounding_box()
    last = page.locator("#history-last-date").bounding_box()
    assert (first["x"] > last["x"]) == oldest_on_the_right


BROKEN_WORDS = """() => {
  // Words split across lines inside the history's buttons and table cells (letter-by-letter breaks).
  const broken = [];
  const nodes = document.querySelectorAll('#history button, #history .button, #history-rows th, #history-rows td');
  for (const el of nodes) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[^\\s\\-\u2010]+/g)) {  // a break after a hyphen is fine
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""

BUTTON_LINES = """() => [...document.querySelectorAll('#history button, #history .button')]
  .filter((b) => b.offsetParent !== null)
  .map((b) => { const r = document.createRange(); r.selectNodeContents(b);
                return [b.textContent.trim(), new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size]; })"""


@pytest.mark.parametrize("width", [360, 320])
def test_the_table_fits_a_narrow_screen_without_broken_words(page, base_url, width):
    page.set_viewport_size({"width": width, "height": 740})
    open_with(page, base_url, v2(FOUR))
    expect(rows(page)).to_have_count(4)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # One result per block: label and value on lines of their own, the labels shown.
    first = rows(page).first
    expect(first.locator(".cell-label").first).to_be_visible()
    cells = first.locator("td, th")
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert all(b["y"] + 1 >= a["y"] + a["height"] for a, b in zip(boxes, boxes[1:], strict=False))
    assert page.evaluate(BROKEN_WORDS) == []
    lines = page.evaluate(BUTTON_LINES)
    assert lines and all(n == 1 for _, n in lines), lines
    # Twice the text size: still no sideways scrolling, and no word broken letter by letter.
    page.evaluate("() => { document.documentElement.style.fontSize = '225%'; /* 200% of 112.5% */ }")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(BROKEN_WORDS) == []


def test_columns_when_there_is_room(page, base_url):
    page.set_viewport_size({"width": 1000, "height": 800})
    open_with(page, base_url, v2(FOUR))
    expect(page.locator("#history-table thead")).to_be_visible()
    expect(rows(page).first.locator(".cell-label").first).to_be_hidden()
    cells = rows(page).first.locator("td, th")
    tops = {round(cells.nth(i).bounding_box()["y"]) for i in range(cells.count())}
    assert len(tops) == 1


def test_a_full_storage_says_the_result_was_not_saved(page, base_url):
    open_with(page, base_url, v2(FOUR[:2]))
    before = stored(page)
    outcome, status = add_from_the_result(
        page,
        base_url,
        before="""() => {
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; }""",
    )
    assert outcome == {"ok": False, "message": status.get_attribute("data-not-saved-full")}
    assert "NOT saved" in outcome["message"]
    assert stored(page) == before
    open_with(page, base_url, before)
    expect(rows(page)).to_have_count(2)


def second_tab(page, base_url: str):
    """An empty history open in this tab and in a second one of the same browser."""
    open_with(page, base_url, None)
    other = page.context.new_page()
    other.goto(f"{base_url}/en/quiz/history/")
    return other


def test_two_open_tabs_stay_in_step(page, base_url):
    other = second_tab(page, base_url)
    add = (
        "(n) => window.HFSHistory.add({date: new Date(Date.UTC(2025, 0, n)).toISOString(), symptoms: n,"
        " impact: n, tier: null, summary: null})"
    )
    assert page.evaluate(add, 1) == {"ok": True}
    expect(other.locator("#history-rows tr")).to_have_count(1)  # the storage event redraws the other tab
    assert other.evaluate(add, 2) == {"ok": True}  # re-read before writing: the first result is kept
    expect(rows(page)).to_have_count(2)
    assert len(json.loads(stored(page))["entries"]) == 2
    other.close()


def test_two_tabs_saving_at_the_same_moment_never_drop_an_entry(page, base_url):
    """Without the lock (navigator.locks), 300 such interleaved saves (150 per tab) kept 130."""
    other = second_tab(page, base_url)
    # Both tabs start their 100 saves, one after another, before either is awaited: they interleave.
    burst = (
        "([tab, n]) => { window.burst = (async () => { let ok = true; for (let i = 0; i < n; i += 1) {"
        " const outcome = await window.HFSHistory.add({date: new Date(Date.UTC(2025, 0, 1, tab, 0, i)).toISOString(),"
        " symptoms: 1, impact: 1, tier: null, summary: null}); ok = ok && outcome.ok;"
        " await new Promise((r) => setTimeout(r, 0)); } return ok; })(); }"
    )
    page.evaluate(burst, [0, 100])
    other.evaluate(burst, [1, 100])
    assert page.evaluate("() => window.burst") is True and other.evaluate("() => window.burst") is True
    # A tab that read the list a moment before the other tab's write reached it may have dropped a
    # result; the tab that saved it puts it back when it sees that write (within the wait below).
    page.wait_for_function("([key, n]) => JSON.parse(localStorage.getItem(key)).entries.length === n", arg=[KEY, 200])
    assert len({entry["id"] for entry in json.loads(stored(page))["entries"]}) == 200
    expect(rows(page)).to_have_count(200)  # and each tab's view is current
    expect(other.locator("#history-rows tr")).to_have_count(200)
    other.close()


def test_a_result_dropped_by_another_tabs_late_write_is_put_back_but_a_deleted_one_is_not(page, base_url):
    """Each tab's copy of localStorage takes another tab's write a moment later, outside the lock:
    the other tab can write the list as it was before a result arrived. The tab that saved the
    result puts it back; a result deleted on purpose (its id in "removed") stays deleted."""
    other = second_tab(page, base_url)
    add = (
        "(n) => window.HFSHistory.add({date: new Date(Date.UTC(2025, 0, n)).toISOString(), symptoms: n,"
        " impact: n, tier: null, summary: null})"
    )
    assert page.evaluate(add, 1) == {"ok": True}
    saved = json.loads(stored(page))["entries"][0]["id"]
    stale = json.dumps({"version": 2, "entries": []})  # the list as the other tab last knew it
    other.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, stale])
    expect(rows(page)).to_have_count(1)
    expect(other.locator("#history-rows tr")).to_have_count(1)
    assert [e["id"] for e in json.loads(stored(other))["entries"]] == [saved]
    # Control: deleted in the other tab through its button, it is not put back.
    other.once("dialog", lambda d: d.accept())
    other.locator("#history-rows tr button").click()
    expect(rows(page)).to_have_count(0)
    page.wait_for_timeout(500)
    assert json.loads(stored(page)) == {"version": 2, "entries": [], "removed": [saved]}
    expect(rows(page)).to_have_count(0)
    other.close()


def test_the_history_has_no_accessibility_violation(page, base_url):
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.conftest import WCAG

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        open_with(page, base_url, v2(FOUR))
        results = Axe().run(page, context="#history", options={"runOnly": {"type": "tag", "values": WCAG}})
        assert results.violations_count == 0, results.generate_report()


def save_from_the_result(page, base_url):
    """The self-check done with no answers, then its "Save this result on this phone"."""
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("() => document.getElementById('quiz-form').requestSubmit()")
    page.click("#quiz-result [data-action=save]")
    return page.locator("#quiz-result [data-status]")


def test_the_save_button_of_a_result_saves_it(page, base_url):
    open_with(page, base_url, v2(FOUR[:1]))
    status = save_from_the_result(page, base_url)
    expect(status).not_to_be_empty()
    entries = json.loads(stored(page))["entries"]
    assert len(entries) == 2 and entries[1]["id"] and entries[1]["date"] > FOUR[0]["date"]
    page.goto(f"{base_url}/en/quiz/history/")
    expect(rows(page)).to_have_count(2)


def test_the_result_page_says_when_a_full_storage_kept_the_result_from_being_saved(page, base_url):
    open_with(page, base_url, v2(FOUR[:1]))
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate(
        "() => { Storage.prototype.setItem = function (key, value) {"
        " if (key === 'hfs-quiz-history') throw new DOMException('full', 'QuotaExceededError'); }; }"
    )
    page.evaluate("() => document.getElementById('quiz-form').requestSubmit()")
    page.click("#quiz-result [data-action=save]")
    status = page.locator("#quiz-result [data-status]")
    expect(status).to_have_text(status.get_attribute("data-not-saved-full"), timeout=2000)
    assert len(json.loads(stored(page))["entries"]) == 1
