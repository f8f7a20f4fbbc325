"""The self-check in Chromium: both evaluators agree, one question per screen, offline,
without JavaScript, history on the device, the printed summary, accessibility."""

from __future__ import annotations

import json
import random

import pytest
from playwright.sync_api import expect

from pwa.quiz.definition import DEFINITION
from pwa.quiz.scoring import score
from tests.e2e.conftest import assert_accessible



def random_answers(rng: random.Random) -> dict:
    answers = {}
    for q in DEFINITION.questions:
        if rng.random() < 0.25:
            continue  # unanswered
        values = [o.value for o in q.options]
        if q.multi:
            chosen = sorted(rng.sample(values, rng.randint(1, len(values))))
            answers[q.id] = chosen
        else:
            answers[q.id] = rng.choice(values)
    return answers


def test_the_shipped_javascript_and_the_server_agree_on_3000_answer_sets(page, base_url):
    """The same rules, two evaluators: static/js/quiz.js as served, and pwa/quiz/scoring.py."""
    rng = random.Random(20261125)
    cases = [random_answers(rng) for _ in range(3000)] + [{}]
    page.goto(f"{base_url}/en/quiz/")
    page.wait_for_function("() => window.HFSQuiz !== undefined")
    got = page.evaluate("""async (cases) => {
        const def = await (await fetch('/quiz.json')).json();
        return cases.map((answers) => window.HFSQuiz.score(def, answers));
    }""", cases)
    expected = [json.loads(json.dumps(score(DEFINITION, answers))) for answers in cases]
    mismatches = [(c, g, e) for c, g, e in zip(cases, got, expected, strict=True) if g != e]
    assert not mismatches, mismatches[:2]
    assert len(cases) == 3001
    assert sum(1 for e in expected if e["flags"]) > 1000  # the sample exercises the warning signs


def answer(page, qid: str, value: str) -> None:
    page.locator(f"#q-{qid} input[value='{value}']").check()


def test_one_question_per_screen_with_progress_back_and_forward(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    visible = page.locator("[data-question]:visible")
    expect(visible).to_have_count(1)
    expect(page.locator("#quiz-progress")).to_contain_text("1")
    answer(page, "side", "one")
    page.click("#quiz-next")
    expect(page.locator("#q-start")).to_be_visible()
    page.click("#quiz-back")
    expect(page.locator("#q-side input[value=one]")).to_be_checked()
    # Follow-up questions appear only when they apply.
    total_before = page.locator("#quiz-progress").inner_text()
    page.evaluate("() => { const i = document.querySelector('#q-rf_injection input[value=yes]'); i.checked = true;"
                  " i.dispatchEvent(new Event('change', {bubbles: true})); }")
    assert page.locator("#quiz-progress").inner_text() != total_before


def test_answers_are_kept_on_the_device_if_you_leave_mid_way(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    answer(page, "side", "one")
    page.click("#quiz-next")
    answer(page, "start", "eye")
    page.click("#quiz-next")
    page.reload()
    expect(page.locator("#q-extent")).to_be_visible()
    expect(page.locator("#q-side input[value=one]")).to_be_checked()


def run_quiz(page, answers: dict) -> None:
    """Answer through the real interface, one screen at a time, then submit."""
    while True:
        current = page.locator("[data-question]:visible")
        qid = current.get_attribute("data-question")
        for value in [answers[qid]] if isinstance(answers.get(qid), str) else answers.get(qid, []):
            answer(page, qid, value)
        if page.locator("#quiz-submit").is_visible():
            break
        page.click("#quiz-next")
    page.click("#quiz-submit")


CLASSIC = {"side": "one", "start": "eye", "extent": "spread", "sleep": "yes", "brow": "up", "severity": "3",
           "frequency": "2", "triggers": ["stress"], "rf_stroke": "no"}


def test_the_result_is_computed_on_the_device_and_kept_in_its_history(page, base_url):
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method != "GET" else None)
    page.goto(f"{base_url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "rf_ms": "yes"})
    result = page.locator("#quiz-result")
    expect(result).to_be_visible()
    expect(result.locator("[data-rule=flag_ms]")).to_be_visible()
    expect(result.locator("[data-rule=fit_one_side]")).to_be_visible()
    expect(result.locator("[data-rule=fit_both_together]")).to_have_count(0)
    expect(result.locator("[data-score=symptoms]")).to_have_text("5")
    expect(result.locator(".not-diagnosis")).to_be_visible()
    expect(result.locator(".answers dt")).to_have_count(len(CLASSIC) + 1)
    assert posts == []  # nothing left the device
    assert page.url.endswith("/en/quiz/")
    expect(page.locator("#history-rows tr")).to_have_count(1)
    expect(page.locator("#history-chart svg circle")).to_have_count(1)
    # A second check, then the chart has a line; the history survives a reload.
    page.click("#result-again")
    run_quiz(page, {**CLASSIC, "severity": "1", "frequency": "1"})
    expect(page.locator("#history-rows tr")).to_have_count(2)
    expect(page.locator("#history-chart polyline")).to_have_count(1)
    page.reload()
    expect(page.locator("#history-rows tr")).to_have_count(2)
    lang = page.evaluate("() => document.documentElement.lang")
    first_date = page.locator("#history-rows time").first.inner_text()
    assert first_date and lang == "en"


def test_history_export_import_and_delete(page, base_url, tmp_path):
    page.goto(f"{base_url}/en/quiz/")
    run_quiz(page, CLASSIC)
    expect(page.locator("#history-rows tr")).to_have_count(1)
    with page.expect_download() as download:
        page.click("#history-export")
    exported = tmp_path / "history.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["app"] == "hfs-companion" and len(data["results"]) == 1
    page.on("dialog", lambda dialog: dialog.accept())
    page.click("#history-clear")
    expect(page.locator("#history-rows tr")).to_have_count(0)
    page.set_input_files("#history-import", str(exported))
    expect(page.locator("#history-rows tr")).to_have_count(1)
    page.locator("#history-rows button").click()  # delete one, confirmed
    expect(page.locator("#history-rows tr")).to_have_count(0)
    bad = tmp_path / "bad.json"
    bad.write_text('{"app": "other"}')
    page.set_input_files("#history-import", str(bad))
    expect(page.locator("#history-status")).to_have_text(page.locator("#history").get_attribute("data-import-failed"))


def test_the_printed_summary_holds_the_result(page, base_url):
    page.goto(f"{base_url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "rf_hearing": "yes"})
    page.emulate_media(media="print")
    expect(page.locator("#quiz-result [data-rule=flag_hearing]")).to_be_visible()
    expect(page.locator("#quiz-result .answers")).to_be_visible()
    expect(page.locator("#history")).to_be_hidden()
    expect(page.locator("header.site")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and len(pdf) > 1000


def test_the_quiz_works_offline_after_the_first_visit(saved_page):
    page, server = saved_page("en")
    page.goto(f"{server.url}/en/quiz/")
    page.wait_for_function("() => window.HFSQuiz !== undefined")
    server.stop()
    page.context.set_offline(True)
    page.goto(f"{server.url}/en/quiz/")
    run_quiz(page, {**CLASSIC, "rf_stroke": "yes"})
    expect(page.locator("#quiz-result .emergency [data-rule=flag_stroke]")).to_be_visible()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_the_quiz_works_without_javascript(page, base_url):
    page.goto(f"{base_url}/es/quiz/")
    expect(page.locator("[data-question]:visible")).to_have_count(len(DEFINITION.questions))
    answer(page, "side", "both_together")
    answer(page, "rf_stroke", "yes")
    answer(page, "triggers", "stress")
    with page.expect_navigation() as navigation:
        page.click("#quiz-submit")
    response = navigation.value
    assert response.request.method == "POST"
    assert response.headers["cache-control"] == "no-store"
    assert page.url == f"{base_url}/es/quiz/result/"  # no answers in the address
    first = page.locator("[data-rule]").first
    expect(first).to_have_attribute("data-rule", "flag_stroke")
    expect(page.locator("[data-rule=fit_both_together]")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "es"


def test_no_accessibility_violations_in_the_quiz_and_its_result(page, base_url):
    page.goto(f"{base_url}/ar/quiz/")
    assert_accessible(page)
    run_quiz(page, {**CLASSIC, "rf_pain": "yes", "side": "both_apart"})
    expect(page.locator("#quiz-result")).to_be_visible()
    assert_accessible(page)


def test_no_accessibility_violations_in_the_server_rendered_result(page, base_url):
    """The no-JS result page, reached by a real form POST (form.submit() skips quiz.js)."""
    page.goto(f"{base_url}/en/quiz/")
    page.evaluate("""() => ['side=one', 'rf_hearing=yes'].forEach((pair) => {
        const [name, value] = pair.split('=');
        document.querySelector(`input[name=${name}][value=${value}]`).checked = true; })""")
    with page.expect_navigation():
        page.evaluate("() => document.getElementById('quiz-form').submit()")
    assert page.url.endswith("/en/quiz/result/")
    expect(page.locator("[data-rule=flag_hearing]")).to_be_visible()
    assert_accessible(page)
