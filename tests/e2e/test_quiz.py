"""The self-check in Chromium: both evaluators agree, the emergency screen first, one question
per screen with progress and navigation always in view, the result first on the screen,
saving only when asked, the printed summary, offline, without JavaScript, accessibility."""

from __future__ import annotations

import json
import random
import re

import pytest
from playwright.sync_api import expect

from pwa.quiz.definition import DEFINITION, contract
from pwa.quiz.engine import evaluate
from tests.e2e.conftest import assert_accessible
from tests.unit.test_quiz import VECTORS, check_vignette, random_answers

PHONE = {"width": 360, "height": 740}


def test_the_shipped_javascript_and_the_server_agree_on_3000_answer_sets(page, base_url):
    """The same contract, two evaluators: static/js/engine.js as served, and pwa/quiz/engine.py."""
    rng = random.Random(20261125)
    cases = [random_answers(rng) for _ in range(3000)] + [{}] + [v["answers"] for v in VECTORS]
    page.goto(f"{base_url}/en/quiz/")
    page.wait_for_function("() => window.HFSEngine !== undefined")
    got = page.evaluate(
        """async (cases) => {
        const contract = await (await fetch('/quiz.json')).json();
        return cases.map((answers) => window.HFSEngine.evaluate(contract, answers));
    }""",
        cases,
    )
    expected = [json.loads(json.dumps(evaluate(contract(), answers))) for answers in cases]
    mismatches = [(c, g, e) for c, g, e in zip(cases, got, expected, strict=True) if g != e]
    assert not mismatches, mismatches[:2]
    failures = [v["name"] for v, g in zip(VECTORS, got[-len(VECTORS) :], strict=True) if check_vignette(v, g)]
    assert failures == []


def answer(page, qid: str, value) -> None:
    for v in [value] if isinstance(value, str) else value:
        page.locator(f"#q-{qid} input[value='{v}']").check()


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""",
        selector,
    )


def run_quiz(page, answers: dict, check_each=None) -> None:
    """Answer through the real interface, one screen at a time, then submit."""
    for _ in range(len(DEFINITION.questions) + 1):
        qid = page.locator("[data-question]:visible").get_attribute("data-question")
        if check_each:
            check_each(qid)
        if qid in answers:
            answer(page, qid, answers[qid])
        if page.locator("#quiz-submit").is_visible():
            break
        page.click("#quiz-next")
        if page.locator("#quiz-alert").is_visible():
            page.click("#quiz-alert-continue")
    page.click("#quiz-submit")


CLASSIC = {
    "emergency": ["none"],
    "injection": "no",
    "surgery": "no",
    "twitching": "yes",
    "side": "one",
    "start": "eye",
    "spread": "down",
    "sleep": "yes",
    "brow": "up",
    "severity": "3",
    "frequency": "2",
    "triggers": ["stress"],
}


def test_a_sign_that_needs_help_now_shows_the_emergency_advice_at_once(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/en/quiz/")
    expect(page.locator("[data-question]:visible")).to_have_attribute("data-question", "emergency")
    answer(page, "emergency", ["face"])
    page.click("#quiz-next")
    alert = page.locator("#quiz-alert")
    expect(alert).to_be_visible()
    expect(alert.locator("[data-rule=flag_stroke]")).to_be_visible()
    expect(page.locator("#quiz-form")).to_be_hidden()
    assert in_viewport(page, "#quiz-alert [data-section=emergency]")
    page.click("#quiz-alert-continue")  # the option to continue
    expect(page.locator("[data-question]:visible")).to_have_attribute("data-question", "injection")


def test_not_sure_about_emergency_signs_gets_the_check_now_advice_not_the_emergency_words(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    answer(page, "emergency", ["not_sure"])
    page.click("#quiz-next")
    expect(page.locator("#quiz-alert [data-rule=flag_em_unsure]")).to_be_visible()
    expect(page.locator("#quiz-alert [data-rule=flag_stroke]")).to_have_count(0)


def test_each_list_of_advice_links_to_a_page_once_on_the_device(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    unsure = {q: "not_sure" for q in ("weak_numb", "other_nerve", "pain", "ear_gradual", "eye_red")}
    run_quiz(page, {"emergency": ["none"], **unsure})
    section = page.locator("#quiz-result [data-section=mention]")
    expect(section.locator("li")).to_have_count(len(unsure))
    expect(section.locator("a.more")).to_have_count(1)


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200% text"])
def test_progress_and_navigation_stay_on_screen_for_every_question(page, base_url, scale):
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/en/quiz/")
    if scale != 1:
        page.evaluate("() => { document.documentElement.style.fontSize = '225%'; }")  # 200% of our 112.5%
    seen = []

    def check(qid):
        if not seen:  # the first question is under the intro: the person scrolls to it once
            page.locator("#q-emergency legend").scroll_into_view_if_needed()
        seen.append(qid)
        assert in_viewport(page, "#quiz-bar"), qid
        assert in_viewport(page, "#quiz-part") and in_viewport(page, "#quiz-progress"), qid
        for button in ("#quiz-next", "#quiz-submit", "#quiz-back"):
            if page.locator(button).is_visible():
                assert in_viewport(page, button), (qid, button)
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), qid

    run_quiz(page, {"injection": "yes", "surgery": "yes"}, check)
    total = len([q for q in DEFINITION.questions])  # with both follow-up groups opened, every question is asked
    assert len(seen) == total and seen[0] == "emergency"


def test_on_a_short_screen_the_bars_scroll_with_the_question(browser, base_url):
    """A phone on its side (or large text: the media query is in em, the browser's text size): the
    part-and-progress bar and the Back/Next bar would cover most of the question, so they scroll
    with it. Urdu, whose lines are the tallest. Control: on a phone held upright they stay."""
    stuck = """() => [...document.querySelectorAll('.quiz-bar, .quiz-nav')]
      .filter((el) => getComputedStyle(el).position === 'sticky').reduce((sum, el) => sum + el.offsetHeight, 0)"""
    for viewport, covers in (({"width": 740, "height": 360}, False), (PHONE, True)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(f"{base_url}/ur/quiz/")
        expect(page.locator("#quiz-bar")).to_be_visible()
        assert (page.evaluate(stuck) > 0) == covers, viewport
        context.close()


def test_follow_ups_appear_only_under_a_yes(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    answer(page, "emergency", ["none"])
    page.click("#quiz-next")
    before = page.locator("#quiz-progress").inner_text()
    answer(page, "injection", "yes")
    assert page.locator("#quiz-progress").inner_text() != before
    page.click("#quiz-next")
    expect(page.locator("[data-question]:visible")).to_have_attribute("data-question", "inj_eye")


def test_answers_are_kept_on_the_device_if_you_leave_mid_way(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    answer(page, "emergency", ["none"])
    page.click("#quiz-next")
    answer(page, "injection", "no")
    page.click("#quiz-next")
    page.reload()
    expect(page.locator("#q-surgery")).to_be_visible()
    expect(page.locator("#q-emergency input[value=none]")).to_be_checked()


def test_progress_is_stored_with_its_version_and_an_older_unversioned_value_still_reads(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    answer(page, "emergency", ["none"])
    page.click("#quiz-next")
    saved = json.loads(page.evaluate("() => localStorage.getItem('hfs-quiz-progress')"))
    assert saved["version"] == 1 and saved["step"] == 1 and saved["answers"] == {"emergency": ["none"]}
    page.evaluate(
        "() => localStorage.setItem('hfs-quiz-progress', JSON.stringify({answers: {emergency: ['none']}, step: 1}))"
    )
    page.reload()
    expect(page.locator("#q-injection")).to_be_visible()
    expect(page.locator("#quiz-progress-lost")).to_be_hidden()


@pytest.mark.parametrize(
    "raw",
    [
        "{oops",
        "5",
        "null",
        "[]",
        '{"answers": {}, "step": "x"}',
        '{"answers": [], "step": 2}',
        '{"answers": {}, "step": -3}',
        '{"version": 9, "answers": {}, "step": 1}',
    ],
)
def test_unreadable_progress_is_discarded_with_a_note_never_question_nan(page, base_url, raw):
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("(raw) => localStorage.setItem('hfs-quiz-progress', raw)", raw)
    page.reload()
    expect(page.locator("#quiz-progress-lost")).to_be_visible()
    expect(page.locator("#quiz-progress")).to_have_text(re.compile(r"^Question 1 of \d+$"))
    assert page.evaluate("() => localStorage.getItem('hfs-quiz-progress')") != raw  # discarded, not kept
    page.click("#quiz-next")
    expect(page.locator("#quiz-progress")).to_have_text(re.compile(r"^Question 2 of \d+$"))


def test_the_result_replaces_the_questions_with_the_warning_first(page, base_url):
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method != "GET" else None)
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "hearing_sudden": "yes", "ms": "yes"})
    result = page.locator("#quiz-result")
    expect(result).to_be_visible()
    expect(page.locator("#quiz-form")).to_be_hidden()
    expect(page.locator("#quiz-intro")).to_be_hidden()
    expect(page.locator("#result-heading")).to_be_focused()
    assert in_viewport(page, "#result-heading")
    assert in_viewport(page, "#quiz-result [data-section=same_day] h3")
    first = page.evaluate("() => document.querySelector('#quiz-result [data-rule]').dataset.rule")
    assert first == "flag_hearing"
    expect(result.locator(".summary")).to_have_count(1)
    expect(page.get_by_text("This is not a diagnosis")).to_have_count(1)  # once, not in the footer too
    expect(result.locator("[data-score=symptoms]")).to_have_text("5")
    expect(result.locator(".answers-summary")).not_to_have_attribute("open", "")  # the answers are folded
    assert posts == []  # nothing left the device
    # Print and Take again come right after the advice, before the folded answers.
    order = page.evaluate("""() => [...document.querySelectorAll('#quiz-result [data-section]')]
        .map((el) => el.dataset.section)""")
    assert order.index("actions") == order.index("next") + 1 and order[-1] == "answers"


def test_a_result_is_saved_only_when_the_person_asks(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("() => localStorage.clear()")
    run_quiz(page, CLASSIC)
    stored = "() => localStorage.getItem('hfs-quiz-history')"
    assert page.evaluate(stored) is None
    page.click("#quiz-result [data-action=save]")
    expect(page.locator("#quiz-result [data-status]")).not_to_be_empty()
    saved = json.loads(page.evaluate(stored))
    entries = saved["entries"] if isinstance(saved, dict) else saved
    assert len(entries) == 1 and entries[0]["symptoms"] == 5 and entries[0]["summary"]


def test_the_printed_summary_is_dated_named_and_holds_the_answers_in_words(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "hearing_sudden": "not_sure"})
    page.emulate_media(media="print")
    head = page.locator("#quiz-result .print-head")
    expect(head).to_be_visible()
    expect(head.locator("[data-fill=origin]")).to_have_text(base_url)
    expect(head.locator("[data-fill=checked-at]")).not_to_be_empty()
    expect(page.locator("#quiz-result [data-rule=flag_hearing_unsure]")).to_be_visible()
    expect(page.locator("#quiz-result .cite").first).to_be_hidden()  # no citation numbers on paper
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    answers = page.locator("#quiz-result .answers")
    expect(answers).to_be_visible()
    expect(answers).to_contain_text("I'm not sure")
    expect(page.locator("#history")).to_be_hidden()
    expect(page.locator("header.site")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and len(pdf) > 1000


def test_the_quiz_works_offline_after_the_first_visit(saved_page):
    page, server = saved_page("en")
    page.goto(f"{server.url}/en/quiz/")
    page.wait_for_function("() => window.HFSEngine !== undefined")
    server.stop()
    page.context.set_offline(True)
    page.goto(f"{server.url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "emergency": ["speech"]})
    expect(page.locator("#quiz-result .emergency [data-rule=flag_stroke]")).to_be_visible()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_the_quiz_works_without_javascript(page, base_url):
    page.goto(f"{base_url}/es/quiz/")
    asked = [q for q in DEFINITION.questions if not q.follows]
    expect(page.locator("[data-question]:visible")).to_have_count(len(DEFINITION.questions))
    # The emergency advice appears under the answer at once (CSS), and follow-ups hide under "no".
    reveal = page.locator("#q-emergency [data-reveal=emergency]")
    expect(reveal).to_be_hidden()
    answer(page, "emergency", ["face"])
    expect(reveal).to_be_visible()
    answer(page, "injection", "no")
    expect(page.locator("#q-inj_eye")).to_be_hidden()
    answer(page, "side", "both_together")
    answer(page, "triggers", ["stress"])
    with page.expect_navigation() as navigation:
        page.click("#quiz-submit")
    response = navigation.value
    assert response.request.method == "POST"
    assert response.headers["cache-control"] == "no-store"
    assert page.url == f"{base_url}/es/quiz/result/"  # no answers in the address
    expect(page.locator("[data-rule]").first).to_have_attribute("data-rule", "flag_stroke")
    expect(page.locator("[data-rule=fit_both_together]")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "es"
    assert len(asked) < len(DEFINITION.questions)


def test_no_accessibility_violations_in_the_quiz_and_its_result(page, base_url):
    page.goto(f"{base_url}/ar/quiz/")
    assert_accessible(page)
    answer(page, "emergency", ["limb"])
    page.click("#quiz-next")
    expect(page.locator("#quiz-alert")).to_be_visible()
    assert_accessible(page)
    page.click("#quiz-alert-continue")
    run_quiz(page, {**CLASSIC, "pain": "yes", "side": "both_apart"})
    expect(page.locator("#quiz-result")).to_be_visible()
    assert_accessible(page)


def test_no_accessibility_violations_in_the_server_rendered_result(page, base_url):
    """The no-JS result page, reached by a real form POST (form.submit() skips quiz.js)."""
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("""() => [['twitching', 'yes'], ['side', 'one'], ['hearing_sudden', 'yes']].forEach(([n, v]) => {
        document.querySelector(`input[name=${n}][value=${v}]`).checked = true; })""")
    with page.expect_navigation():
        page.evaluate("() => document.getElementById('quiz-form').submit()")
    assert page.url.endswith("/en/quiz/result/")
    expect(page.locator("[data-rule=flag_hearing]")).to_be_visible()
    assert_accessible(page)


HEADING_WORDS_BROKEN = """(root) => [...document.querySelectorAll(`${root} h2, ${root} h3, ${root} .summary`)]
  .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).flatMap((node) =>
    [...node.data.matchAll(/[^\\s\\-]+/gu)].filter((m) => {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
      return Math.max(...tops) - Math.min(...tops) > 4; }).map((m) => m[0])))"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_alert_and_the_result_keep_words_whole_at_200_percent_text(browser, base_url, lang):
    """Their headings and the summary never break a word, even at 320 px and 200% text; the
    body text breaks only a word longer than its line."""
    from tests.e2e.test_pages import BROKEN_WORDS

    context = browser.new_context(viewport={"width": 320, "height": 740})
    page = context.new_page()
    page.goto(f"{base_url}/{lang}/quiz/")
    page.evaluate("() => { document.documentElement.style.fontSize = '225%'; }")  # 200% of our 112.5%
    answer(page, "emergency", ["face"])
    page.click("#quiz-next")
    expect(page.locator("#quiz-alert")).to_be_visible()
    assert page.evaluate(BROKEN_WORDS) == [] and page.evaluate(HEADING_WORDS_BROKEN, "#quiz-alert") == []
    page.click("#quiz-alert-continue")
    run_quiz(page, {**CLASSIC, "emergency": ["face"], "hearing_sudden": "yes"})
    expect(page.locator("#quiz-result")).to_be_visible()
    assert page.evaluate(BROKEN_WORDS) == [] and page.evaluate(HEADING_WORDS_BROKEN, "#quiz-result") == []
    context.close()
