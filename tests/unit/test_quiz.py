"""The self-check: the definition's invariants, the two engines on the shared vectors
(tests/quiz_vectors.json) and on random answers, the no-JavaScript form and result, and
every kind of bad input."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pwa.content.pages import BY_SLUG
from pwa.content.references import REFERENCES
from pwa.quiz.definition import DEFINITION, KINDS, NOT_SURE, PARTS, TIERS, contract
from pwa.quiz.engine import evaluate
from tests.unit.helpers import Page

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests" / "quiz_vectors.json").read_text())["vignettes"]
CONTRACT = contract()
RULES = {r.id: r for r in DEFINITION.rules}
RESULT_KEYS = [key for kind, key in KINDS.items() if kind != "summary"]


def shown(result: dict) -> set[str]:
    return {result["summary"], *(rule for key in RESULT_KEYS for rule in result[key])}


def as_list(value) -> list:
    return [] if value is None else [value] if isinstance(value, str) else value


def check_vignette(vignette: dict, result: dict) -> list:
    """What differs from the vignette's expectation (empty when it holds)."""
    expect, got = vignette["expect"], shown(result)
    problems = []
    if result["summary"] != expect["summary"]:
        problems.append(("summary", result["summary"]))
    if result["tier"] != expect["tier"]:
        problems.append(("tier", result["tier"]))
    if set(expect["include"]) - got:
        problems.append(("missing", sorted(set(expect["include"]) - got)))
    if set(expect["exclude"]) & got:
        problems.append(("unexpected", sorted(set(expect["exclude"]) & got)))
    return problems


def random_answers(rng: random.Random) -> dict:
    """Any answers the form could send, follow-ups under any parent included."""
    answers = {}
    for q in DEFINITION.questions:
        if rng.random() < 0.3:
            continue
        values = [o.value for o in q.options]
        answers[q.id] = sorted(rng.sample(values, rng.randint(1, 3))) if q.multi else rng.choice(values)
    return answers


def run_node(cases: list[dict], engine: Path | None = None) -> list[dict]:
    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "node is needed to run static/js/engine.js (make test installs it)"
    out = subprocess.run(
        [node, str(ROOT / "tests" / "js" / "run_engine.js"), *([str(engine)] if engine else [])],
        check=True,
        capture_output=True,
        text=True,
        input=json.dumps({"contract": CONTRACT, "cases": cases}),
        timeout=60,
    )
    return json.loads(out.stdout)


# ---- The shared vectors, through both engines and the no-JS POST ----


def test_there_are_enough_vignettes_and_they_cover_every_warning_sign():
    assert len(VECTORS) >= 40
    assert len({v["name"] for v in VECTORS}) == len(VECTORS)
    warning = [q for q in DEFINITION.questions if q.part in ("emergency", "context", "warning")]
    for q in warning:
        for value in [o.value for o in q.options if o.value in ("yes", NOT_SURE)]:
            assert any(value in as_list(v["answers"].get(q.id)) for v in VECTORS), (q.id, value)
        assert any(q.id not in v["answers"] for v in VECTORS), f"{q.id} skipped"
    for value in [o.value for o in DEFINITION.question("emergency").options]:
        assert any(value in as_list(v["answers"].get("emergency")) for v in VECTORS), value
    summaries = {v["expect"]["summary"] for v in VECTORS}
    assert summaries == {r.id for r in DEFINITION.rules if r.kind == "summary"}


@pytest.mark.parametrize("vignette", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vignette_in_python(vignette):
    assert check_vignette(vignette, evaluate(CONTRACT, vignette["answers"])) == []


def test_vignettes_in_javascript_under_node():
    results = run_node([v["answers"] for v in VECTORS])
    failures = {v["name"]: p for v, r in zip(VECTORS, results, strict=True) if (p := check_vignette(v, r))}
    assert failures == {}


@pytest.mark.parametrize("vignette", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vignette_through_the_no_js_form(client, vignette):
    data = {q: v for q, v in vignette["answers"].items()}
    response = client.post("/en/quiz/result/", data=data, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    rendered = [a["data-rule"] for a in page.elements_with("data-rule")]
    result = evaluate(CONTRACT, vignette["answers"])
    assert set(rendered) == shown(result)
    assert rendered[: len(result["flags"]) + 1] == [*result["flags"], result["summary"]]  # warnings, then the sentence


def test_both_engines_agree_on_2000_random_answer_sets():
    rng = random.Random(20261130)
    cases = [random_answers(rng) for _ in range(2000)] + [{}] + [v["answers"] for v in VECTORS]
    expected = [json.loads(json.dumps(evaluate(CONTRACT, answers))) for answers in cases]
    assert run_node(cases) == expected
    assert sum(1 for e in expected if e["tier"] == "emergency") > 300  # the sample reaches the warning signs
    reached = set().union(*(shown(e) for e in expected))
    assert reached == {r.id for r in DEFINITION.rules}  # every rule is exercised by the vignettes or the sample


# ---- The definition ----


def conditions(cond: dict):
    yield cond
    for key in ("all", "any", "of"):
        for sub in cond.get(key, []):
            yield from conditions(sub)
    if "not" in cond:
        yield from conditions(cond["not"])


def test_every_condition_names_real_questions_options_scores_and_earlier_rules():
    earlier: set[str] = set()
    whens = [(r.id, r.when) for r in DEFINITION.rules] + [(q.id, q.show_if) for q in DEFINITION.questions if q.show_if]
    for owner, when in whens:
        for cond in conditions(when):
            if "q" in cond:
                options = {o.value for o in DEFINITION.question(cond["q"]).options}
                assert set(cond["in"]) <= options, (owner, cond)
            for key in ("answered", "known"):
                if key in cond:
                    assert DEFINITION.question(cond[key]), (owner, cond)
            for key in ("complete", "enough", "mean"):
                if key in cond:
                    assert cond[key] in DEFINITION.scores, (owner, cond)
            if "rule" in cond:
                assert cond["rule"] in earlier, (owner, cond)  # evaluated in order: only earlier rules
        earlier.add(owner)


def test_definition_shape():
    assert [p.id for p in PARTS][:3] == ["emergency", "context", "warning"]  # NHS 111 order: urgent first
    assert DEFINITION.questions[0].id == "emergency"
    ids = [q.id for q in DEFINITION.questions] + [r.id for r in DEFINITION.rules]
    assert len(ids) == len(set(ids))
    for rule in DEFINITION.rules:
        assert rule.kind in KINDS, rule.id
        assert set(rule.refs) <= set(REFERENCES), rule.id
        assert rule.link is None or rule.link in BY_SLUG, rule.id
        assert rule.kind != "flag" or rule.level in TIERS
        assert rule.kind not in ("flag", "finding", "trigger") or rule.refs, (
            f"{rule.id}: a clinical claim needs a source"
        )
    for question in DEFINITION.questions:
        assert question.options and question.prompt[1]
        assert not re.match(r"(Can|Do|Does|Is|Are|Have|Has) (you|it|they) not\b", question.prompt[1]), question.id
        assert not question.multi or question.prompt[1].endswith("Choose all that apply."), question.id
        if question.follows:  # follow-ups exist only under a "yes" to a context question
            assert question.show_if == {"q": question.follows, "in": ["yes"]}
            assert DEFINITION.question(question.follows).part == "context"
    assert [r.id for r in DEFINITION.rules if r.kind == "summary"][-1] == "summary_unclear"
    assert next(r for r in DEFINITION.rules if r.kind == "summary" and r.id == "summary_unclear").when == {
        "always": True
    }


def test_the_first_screen_asks_only_for_emergency_signs():
    first = DEFINITION.question("emergency")
    flags = [r for r in DEFINITION.rules if r.kind == "flag" and "emergency" in json.dumps(r.when)]
    assert {r.level for r in flags} == {"emergency", "check"}
    signs = {o.value for o in first.options} - {"none", NOT_SURE}
    for sign in signs:
        assert evaluate(CONTRACT, {"emergency": [sign]})["tier"] == "emergency", sign
    assert evaluate(CONTRACT, {"emergency": [NOT_SURE]})["tier"] == "check"
    assert evaluate(CONTRACT, {"emergency": ["none"]})["tier"] is None


def yes_context(qid: str) -> dict:
    q = DEFINITION.question(qid)
    return {q.follows: "yes"} if q.follows else {}


def signs(question) -> list:
    """The answers that report a sign: "yes", or each real choice of a checklist."""
    if question.multi:
        return [[o.value] for o in question.options if o.value not in question.exclusive]
    return ["yes"]


@pytest.mark.parametrize(
    ("question", "sign"),
    [
        (q, sign)
        for q in DEFINITION.questions
        if q.part in ("context", "warning")
        for sign in signs(q)
        if q.multi or any(o.value == "yes" for o in q.options)
    ],
    ids=lambda x: x.id if hasattr(x, "id") else str(x),
)
def test_not_sure_is_never_treated_as_yes(question, sign):
    """'Not sure' gets its own words, one tier lower than 'yes'; never the advice meant for 'yes'."""
    base = yes_context(question.id)
    yes = evaluate(CONTRACT, {**base, question.id: sign})
    flags_yes = set(yes["flags"]) - set(evaluate(CONTRACT, base)["flags"])
    if NOT_SURE not in {o.value for o in question.options}:
        return
    unsure = evaluate(CONTRACT, {**base, question.id: [NOT_SURE] if question.multi else NOT_SURE})
    flags_unsure = set(unsure["flags"]) - set(evaluate(CONTRACT, base)["flags"])
    assert flags_yes, question.id
    assert not flags_yes & flags_unsure
    for flag in flags_unsure:
        assert TIERS.index(RULES[flag].level) == TIERS.index(yes["tier"]) + 1, (question.id, flag)
        assert RULES[flag].text[1] not in {RULES[f].text[1] for f in flags_yes}


def test_follow_ups_count_only_under_a_yes():
    for parent in ("injection", "surgery"):
        follow_ups = {q.id: signs(q)[0] for q in DEFINITION.questions if q.follows == parent}
        with_yes = evaluate(CONTRACT, {parent: "yes", **follow_ups})
        assert with_yes["flags"]
        for other in ("no", None):
            answers = {**follow_ups, **({parent: other} if other else {})}
            result = evaluate(CONTRACT, answers)
            assert result["flags"] == [] and set(follow_ups).isdisjoint(result["answers"]), (parent, other)


def test_expected_weakness_after_an_injection_is_never_an_emergency():
    result = evaluate(CONTRACT, {"emergency": ["none"], "injection": "yes", "inj_weak": "yes"})
    assert result["tier"] == "soon" and result["flags"] == ["flag_inj_weak"]


def test_scores_are_described_only_with_enough_answers_and_match_the_totals():
    two_always = evaluate(CONTRACT, {"impact_mood": "4", "impact_tasks": "4"})
    assert "band_impact_few" in two_always["bands"] and "band_impact_low" not in two_always["bands"]
    assert "band_support" in two_always["bands"]  # any high answer on mood brings the support advice
    four_always = evaluate(CONTRACT, {q: "4" for q in DEFINITION.scores["impact"].items[:4]})
    assert "band_impact_high" in four_always["bands"] and four_always["scores"]["impact"] is None  # no total yet
    full = evaluate(CONTRACT, {q: "1" for q in DEFINITION.scores["impact"].items})
    assert full["scores"]["impact"] == 6 and "score_impact" in full["bands"] and "band_impact_low" in full["bands"]
    assert "band_driving" in evaluate(CONTRACT, {"eye_shut": "sometimes"})["bands"]
    assert "band_support" in evaluate(CONTRACT, {"impact_embarrassed": "3"})["bands"]


def test_score_maxima_come_from_the_options_and_are_written_nowhere():
    assert CONTRACT["scores"]["symptoms"]["max"] == 8 and CONTRACT["scores"]["impact"]["max"] == 24
    for template in (ROOT / "pwa" / "templates" / "quiz").glob("*.html"):
        texts = " ".join(t for _, t in re.findall(r"""_\((["'])(.*?)\1""", template.read_text()))
        for maximum in (8, 24):
            assert not re.search(rf"\b{maximum}\b", texts), (template.name, maximum)
    assert "8" not in (ROOT / "static" / "js" / "quiz.js").read_text().replace("UTF-8", "")


def test_never_named_as_a_validated_scale_and_never_a_grade_or_diagnosis(client):
    texts = " ".join(r.text[1] for r in DEFINITION.rules) + client.get("/en/quiz/").get_data(as_text=True)
    for name in ("Jankovic", "HFS-30", "HFS-7", "SMC", "Samsung", "validated", "You have hemifacial", "you have HFS"):
        assert name not in texts
    assert not re.search(r"\bgrade [IV1-4]\b", texts)


# ---- The form, the no-JS result and the contract ----


def test_quiz_page_has_every_question_in_order_and_posts_to_the_result(client):
    html = client.get("/es/quiz/").get_data(as_text=True)
    page = Page(html)
    form = page.find("form", id="quiz-form")[0]
    assert form["method"] == "post" and form["action"] == "/es/quiz/result/"
    order = [a["data-question"] for a in page.elements_with("data-question")]
    assert order == [q.id for q in DEFINITION.questions]
    assert form["data-result-view"] == "/es/quiz/result-view/"
    # The emergency answers carry their tier, for the reveal without JS and the alert with it.
    urgent = {a["value"]: a["data-urgent"] for a in page.find("input", name="emergency") if "data-urgent" in a}
    assert set(urgent.values()) == {"emergency", "check"} and urgent[NOT_SURE] == "check"


def test_the_time_estimate_matches_the_number_of_questions(client):
    asked = [q for q in DEFINITION.questions if not q.follows]
    html = client.get("/en/quiz/").get_data(as_text=True)
    assert f"{len(asked)} short questions about your twitching" in html
    minutes = -(-len(asked) * 10 // 60)
    assert f"About {minutes} minutes" in html


def test_the_result_view_fragment_holds_every_item_for_the_device(client):
    html = client.get("/ar/quiz/result-view/").get_data(as_text=True)
    assert "<html" not in html  # a fragment with its own URL, never a page
    assert set(re.findall(r'data-rule="(\w+)"', html)) == {r.id for r in DEFINITION.rules}
    assert set(re.findall(r'data-score="(\w+)"', html)) == set(DEFINITION.scores)
    assert html.count("This is not a diagnosis") + html.count('class="not-diagnosis"') >= 1


def test_no_js_result_is_computed_on_the_server_and_never_stored(client):
    response = client.post("/en/quiz/result/", data={"emergency": ["face"], "side": "one", "triggers": ["stress"]})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    page = Page(html)
    rules = [a["data-rule"] for a in page.elements_with("data-rule")]
    assert rules[0] == "flag_stroke"
    assert html.count("This is not a diagnosis") == 1  # once on the result, not in the footer too
    assert 'data-section="emergency"' in html


def test_not_sure_prints_as_not_sure_in_the_summary_for_the_doctor(client):
    html = client.post("/en/quiz/result/", data={"emergency": NOT_SURE, "hearing_sudden": NOT_SURE}).get_data(
        as_text=True
    )
    answers = html[html.index('<dl class="answers">') : html.index("</dl>")]
    assert "No;" not in answers and "None of these" not in answers
    assert answers.count("I&#39;m not sure") == 2


def test_the_language_links_on_the_no_js_result_lead_to_the_form(client):
    page = Page(client.post("/en/quiz/result/", data={"side": "one"}).get_data(as_text=True))
    links = {a["data-lang"]: a["href"] for a in page.find("a") if a.get("data-lang")}
    assert links["es"] == "/es/quiz/" and links["ar"] == "/ar/quiz/"


def test_no_js_result_in_arabic_is_right_to_left(client):
    page = Page(client.post("/ar/quiz/result/", data={"side": "one"}).get_data(as_text=True))
    assert page.html["dir"] == "rtl" and page.html["lang"] == "ar"


def test_follow_ups_sent_under_no_are_ignored_not_rejected(client):
    response = client.post(
        "/en/quiz/result/", data={"injection": "no", "inj_eye": "yes", "twitching": "no", "side": "one"}
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'data-rule="flag_inj_eye"' not in html and 'data-rule="fit_one_side"' not in html
    assert 'data-rule="summary_no_twitching"' in html


def test_none_of_these_with_other_answers_keeps_the_others(client):
    html = client.post("/en/quiz/result/", data={"triggers": ["none", "stress"]}).get_data(as_text=True)
    assert 'data-rule="trigger_stress"' in html


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"bogus": "1"}, "unknown question"),
        ({"side": "sideways"}, "unknown option"),
        ({"side": ["one", "one"]}, "duplicated field"),
        ({"side": ["one", "both_apart"]}, "two answers to a one-answer question"),
        ({"triggers": ["stress", "stress"]}, "duplicated value"),
        ({"side": "x" * 5000}, "huge value"),
    ],
)
def test_bad_answers_are_a_translated_400(client, data, why):
    response = client.post("/es/quiz/result/", data=data)
    assert response.status_code == 400, why
    page = Page(response.get_data(as_text=True))
    assert page.html["lang"] == "es"
    assert response.headers["Cache-Control"] == "no-store"


def test_wrong_content_type_is_415(client):
    response = client.post("/en/quiz/result/", data=json.dumps({"side": "one"}), content_type="application/json")
    assert response.status_code == 415


def test_oversized_form_is_413(client, app):
    response = client.post("/en/quiz/result/", data={"side": "one", "pad": "x" * app.config["MAX_CONTENT_LENGTH"]})
    assert response.status_code == 413


def test_result_is_post_only(client):
    response = client.get("/en/quiz/result/?side=one")
    assert response.status_code == 405 and "GET" not in response.headers["Allow"]


def test_quiz_json_is_the_contract(client):
    data = json.loads(client.get("/quiz.json").data)
    assert data == json.loads(json.dumps(CONTRACT))
    assert set(data) == {"questions", "parts", "rules", "scores", "tiers", "kinds"}


def test_each_list_of_advice_links_to_a_page_once(client):
    unsure = {q: NOT_SURE for q in ("weak_numb", "other_nerve", "pain", "ear_gradual", "eye_red")}
    html = client.post("/en/quiz/result/", data=unsure).get_data(as_text=True)
    section = html[html.index('data-section="mention"') :]
    section = section[: section.index("</section>")]
    assert section.count("<li") == len(unsure)
    assert section.count('class="more"') == 1  # all lead to the same page: one link, on the last item


def test_the_served_minified_engine_gives_the_same_results(client, tmp_path):
    served = client.get("/static/js/engine.js").data
    assert len(served) < (ROOT / "static" / "js" / "engine.js").stat().st_size  # minified as served
    (tmp_path / "engine.js").write_bytes(served)
    rng = random.Random(7)
    cases = [random_answers(rng) for _ in range(300)] + [v["answers"] for v in VECTORS]
    assert run_node(cases, tmp_path / "engine.js") == run_node(cases)


# One vignette of each tier, and the first whose answers give both scores.
SAMPLE = list({v["expect"]["tier"]: v for v in reversed(VECTORS)}.values())
SAMPLE += [next(v for v in VECTORS if None not in evaluate(CONTRACT, v["answers"])["scores"].values())]
SCORE_LINES = {rule.id for rule in DEFINITION.rules if rule.score}


@pytest.mark.parametrize("vignette", SAMPLE, ids=[v["name"] for v in SAMPLE])
def test_the_same_answers_give_the_same_result_in_every_language(client, app, vignette):
    """Only the words change with the language: the same items in the same order and sections,
    and the same score numbers (\\d and int() read every script's digits: ১২ is 12)."""
    from pwa.i18n import url_code

    def outline(code: str) -> tuple:
        html = client.post(f"/{code}/quiz/result/", data=vignette["answers"]).get_data(as_text=True)
        page = Page(html)
        lines = re.findall(r'<li data-rule="(\w+)">(.*?)</li>', html, re.S)
        # the score and its maximum, in the order the language says them ("4 out of 8", "8 میں سے 4")
        scores = [
            sorted(int(n) for n in re.findall(r"\d+", re.sub(r"<[^>]*>", "", text)))
            for rule, text in lines
            if rule in SCORE_LINES
        ]
        return (
            [a["data-rule"] for a in page.elements_with("data-rule")],
            [a["data-section"] for a in page.elements_with("data-section")],
            scores,
        )

    english = outline("en")
    assert english[0], "the vignette shows something"
    for locale in app.config["LOCALES"]:
        assert outline(url_code(locale)) == english, locale
