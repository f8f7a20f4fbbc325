"""The self-check: clinical vignettes against the scorer, the definition's rules, the
no-JavaScript form and result, and every kind of bad input."""

from __future__ import annotations

import json
import re

import pytest

from pwa.content.pages import BY_SLUG
from pwa.content.references import REFERENCES
from pwa.quiz.definition import DEFINITION, FLAG_TIERS
from pwa.quiz.scoring import score
from tests.unit.helpers import Page

ALL_NO = {q.id: "no" for q in DEFINITION.questions if q.part == "safety" and q.show_if is None}
CLASSIC = {
    "side": "one", "start": "eye", "extent": "spread", "sleep": "yes", "brow": "up", "voluntary": "no",
    "duration": "years", "onset_age": "over_40", "history": ["none"], "severity": "3", "frequency": "3",
    "impact_tasks": "2", "impact_mood": "1", "impact_embarrassed": "3", "impact_relations": "1",
    "impact_focus": "1", "impact_talk": "2", "triggers": ["stress", "tired"], **ALL_NO,
}


def rules(kind: str, level: str) -> set[str]:
    return {r.id for r in DEFINITION.rules if r.kind == kind and r.level == level}


# (name, answers, rule ids that must be in the result, rule ids that must not, expected top tier)
VIGNETTES = [
    ("classic one-sided HFS", CLASSIC,
     {"fit_one_side", "fit_start_eye", "fit_spread", "fit_sleep_yes", "fit_brow_up", "band_symptoms_high",
      "trigger_stress", "trigger_tired", "trigger_not_cause", "next_doctor"},
     rules("finding", "elsewhere") | {"flag_both_sides", "flag_young"}, None),
    ("both eyes closing together (blepharospasm pattern)",
     {**CLASSIC, "side": "both_together", "sleep": "no", "brow": "down"},
     {"fit_both_together", "fit_sleep_no", "fit_brow_down", "flag_both_sides"},
     {"fit_one_side", "fit_sleep_yes", "fit_brow_up"}, "soon"),
    ("sudden facial weakness: a possible stroke", {**CLASSIC, "rf_stroke": "yes"}, {"flag_stroke"}, set(), "emergency"),
    ("not sure about sudden weakness is treated as a red flag", {**CLASSIC, "rf_stroke": "not_sure"},
     {"flag_stroke"}, set(), "emergency"),
    ("twitching that began after Bell's palsy, with synkinesis", {
        **CLASSIC, "history": ["palsy"], "voluntary": "yes"}, {"flag_history", "fit_voluntary"}, set(), "soon"),
    ("spasm stopping in sleep", {**CLASSIC, "sleep": "no"}, {"fit_sleep_no"}, {"fit_sleep_yes"}, None),
    ("no symptoms at all", {"severity": "0", "frequency": "0", **{q: "0" for q in DEFINITION.scores["impact"]},
                            **ALL_NO},
     {"band_symptoms_none", "band_impact_none", "next_doctor", "next_mri"},
     rules("flag", "emergency") | rules("flag", "same_day") | rules("flag", "soon") | {"band_treatment_helps"}, None),
    ("a recent twitch of one eyelid (myokymia)", {"side": "one", "start": "eye", "extent": "eye_only",
                                                  "duration": "days", **ALL_NO},
     {"fit_eyelid_recent"}, {"flag_eyelid_lasting", "fit_spread"}, None),
    ("an eyelid twitch lasting weeks", {"extent": "eye_only", "duration": "weeks", **ALL_NO},
     {"flag_eyelid_lasting", "fit_eyelid_recent"}, set(), "soon"),
    ("trouble swallowing and eye problems after an injection", {
        **CLASSIC, "rf_injection": "yes", "rf_inj_severe": "yes", "rf_inj_eye": "yes", "rf_inj_mild": "yes"},
     {"flag_inj_severe", "flag_inj_eye", "flag_inj_mild"}, set(), "emergency"),
    ("warning signs after an operation", {**CLASSIC, "rf_surgery": "yes", "rf_surg_signs": "yes"},
     {"flag_surgery"}, set(), "same_day"),
    ("sudden hearing loss, and slowly worse hearing", {**CLASSIC, "rf_hearing": "yes", "rf_ear": "yes"},
     {"flag_hearing", "flag_ear"}, set(), "same_day"),
    ("young onset with face pain", {**CLASSIC, "onset_age": "under_40", "rf_pain": "yes"},
     {"flag_young", "flag_pain"}, set(), "soon"),
    ("known multiple sclerosis", {**CLASSIC, "rf_ms": "yes"}, {"flag_ms"}, set(), "soon"),
    ("spasm of the chewing muscles", {**CLASSIC, "start": "jaw"}, {"fit_start_jaw"}, {"fit_start_eye"}, None),
    ("numbness or slowly growing weakness", {**CLASSIC, "rf_numb": "yes"}, {"flag_numb"}, set(), "soon"),
    ("a large effect on daily life and low mood", {
        **CLASSIC, **{q: "4" for q in DEFINITION.scores["impact"]}},
     {"band_impact_high", "band_treatment_helps", "band_mood"}, {"band_impact_low"}, None),
    ("bright light as a trigger points elsewhere", {**CLASSIC, "triggers": ["light"]},
     {"trigger_light", "trigger_not_cause"}, {"trigger_stress"}, None),
]


@pytest.mark.parametrize(("name", "answers", "present", "absent", "tier"), VIGNETTES, ids=[v[0] for v in VIGNETTES])
def test_vignette(name, answers, present, absent, tier):
    result = score(DEFINITION, answers)
    shown = set(result["flags"] + result["findings"] + result["bands"] + result["triggers"] + result["nexts"])
    assert present <= shown, present - shown
    assert not (absent & shown), absent & shown
    assert result["tier"] == tier


def test_flags_come_highest_tier_first():
    answers = {**CLASSIC, "rf_ms": "yes", "rf_hearing": "yes", "rf_stroke": "yes", "side": "both_apart"}
    levels = [next(r.level for r in DEFINITION.rules if r.id == f) for f in score(DEFINITION, answers)["flags"]]
    assert levels == sorted(levels, key=FLAG_TIERS.index)
    assert levels[0] == "emergency" and levels[-1] == "soon"


def test_every_answer_to_a_warning_question_is_never_missed():
    """Each warning question's 'yes' raises a flag on its own (the follow-ups included)."""
    for question in DEFINITION.questions:
        if question.part != "safety" or question.id in ("rf_injection", "rf_surgery"):
            continue
        assert score(DEFINITION, {question.id: "yes"})["flags"], question.id


def test_an_empty_form_gives_an_honest_partial_result():
    result = score(DEFINITION, {})
    assert result["flags"] == [] and result["answered"] == 0
    assert result["unanswered_parts"] == [p.id for p in DEFINITION.parts]
    assert result["safety_unanswered"] and result["scores"] == {"symptoms": None, "impact": None}
    assert result["nexts"]  # always: see a doctor


def test_definition_shape():
    assert 15 <= len(DEFINITION.questions) <= 30
    assert [p.id for p in DEFINITION.parts] == ["pattern", "severity", "impact", "triggers", "safety"]
    ids = [q.id for q in DEFINITION.questions] + [r.id for r in DEFINITION.rules]
    assert len(ids) == len(set(ids))
    for rule in DEFINITION.rules:
        assert set(rule.refs) <= set(REFERENCES), rule.id
        assert rule.link is None or rule.link in BY_SLUG, rule.id
        assert rule.kind != "flag" or rule.level in FLAG_TIERS
    for question in DEFINITION.questions:
        assert question.options and question.prompt[1]


def test_never_named_as_a_validated_scale_and_never_a_grade(client):
    texts = " ".join(r.text[1] for r in DEFINITION.rules) + client.get("/en/quiz/").get_data(as_text=True)
    for name in ("Jankovic", "HFS-30", "HFS-7", "SMC", "Samsung", "validated"):
        assert name not in texts
    assert not re.search(r"\bgrade [IV1-4]\b", texts)


def test_quiz_page_has_every_question_and_posts_to_the_result(client):
    page = Page(client.get("/es/quiz/").get_data(as_text=True))
    form = page.find("form", id="quiz-form")[0]
    assert form["method"] == "post" and form["action"] == "/es/quiz/result/"
    names = {a["name"] for a in page.find("input") if a.get("name")}
    assert names == {q.id for q in DEFINITION.questions}
    assert form["data-result-view"] == "/es/quiz/result-view/"


def test_the_result_view_fragment_holds_every_item_for_the_device(client):
    html = client.get("/ar/quiz/result-view/").get_data(as_text=True)
    assert "<html" not in html  # a fragment with its own URL, never a page
    rendered = set(re.findall(r'data-rule="(\w+)"', html))
    assert rendered == {r.id for r in DEFINITION.rules}
    assert html.count('data-score="') == 2


def test_no_js_result_is_computed_on_the_server_and_never_stored(client):
    response = client.post("/en/quiz/result/", data={"side": "one", "rf_stroke": "yes", "triggers": ["stress", "face"]})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    page = Page(html)
    items = [a["data-rule"] for a in page.find("li") if "data-rule" in a]
    assert items[0] == "flag_stroke"
    assert set(items) == set(sum((v for k, v in score(DEFINITION, {
        "side": "one", "rf_stroke": "yes", "triggers": ["face", "stress"]}).items()
        if k in ("flags", "findings", "bands", "triggers", "nexts")), []))
    assert "This is not a diagnosis." in html
    assert "data-section=\"partial\"" in html  # honest about what was not answered


def test_no_js_result_in_arabic_is_right_to_left(client):
    page = Page(client.post("/ar/quiz/result/", data={"side": "one"}).get_data(as_text=True))
    assert page.html["dir"] == "rtl" and page.html["lang"] == "ar"


def test_none_of_these_with_other_answers_keeps_the_others(client):
    html = client.post("/en/quiz/result/", data={"triggers": ["none", "stress"]}).get_data(as_text=True)
    assert 'data-rule="trigger_stress"' in html


@pytest.mark.parametrize(("data", "why"), [
    ({"bogus": "1"}, "unknown question"),
    ({"side": "sideways"}, "unknown option"),
    ({"side": ["one", "one"]}, "duplicated field"),
    ({"side": ["one", "both_apart"]}, "two answers to a one-answer question"),
    ({"triggers": ["stress", "stress"]}, "duplicated value"),
    ({"side": "x" * 5000}, "huge value"),
])
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


def test_quiz_json_is_the_same_definition(client):
    data = json.loads(client.get("/quiz.json").data)
    assert [q["id"] for q in data["questions"]] == [q.id for q in DEFINITION.questions]
    assert [r["id"] for r in data["rules"]] == [r.id for r in DEFINITION.rules]
    assert all(r["when"] == rule.when for r, rule in zip(data["rules"], DEFINITION.rules, strict=True))
    assert data["tiers"] == list(FLAG_TIERS)
