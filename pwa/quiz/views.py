"""Blueprint "quiz" under /<lang>/: the form (GET), the no-JavaScript result (POST only,
never stored, never in a URL), and the definition as JSON for scoring on the device."""

from __future__ import annotations

import json
from functools import cache

from flask import Blueprint, Response, render_template, request
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from markupsafe import Markup

from pwa.content.pages import BY_SLUG
from pwa.i18n import template_gettext as _
from pwa.i18n import template_pgettext
from pwa.quiz.definition import DEFINITION, FIT_LEVELS, FLAG_TIERS, Definition
from pwa.quiz.scoring import score

quiz = Blueprint("quiz", __name__)
quiz_data = Blueprint("quiz_data", __name__)  # at the root: the same bytes for every language
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
MAX_VALUE = 40


class AnswerError(BadRequest):
    """A 400 whose page says what was wrong with the answers, in the page's language."""

    def __init__(self, message):
        super().__init__()
        self.message = message


def parse_answers(form: MultiDict, definition: Definition = DEFINITION) -> dict:
    """The answers of a submitted form; raises AnswerError for anything that is not one."""
    answers: dict = {}
    for key in form:
        question = definition.question(key)
        if question is None:
            raise AnswerError(_("The form had an answer to a question this check does not ask."))
        values = form.getlist(key)
        allowed = {option.value for option in question.options}
        if any(len(v) > MAX_VALUE or v not in allowed for v in values):
            raise AnswerError(_("The form had an answer that is not one of the choices."))
        if len(values) != len(set(values)) or (len(values) > 1 and not question.multi):
            raise AnswerError(_("The form had the same question answered twice."))
        if question.multi:
            if question.exclusive in values and len(values) > 1:  # "none" and others: the others count
                values.remove(question.exclusive)
            answers[key] = sorted(values)
        else:
            answers[key] = values[0]
    return answers


@cache
def rules_by_section() -> dict:
    """Rules grouped as the result shows them: flags by tier, findings by fit, the rest by kind
    (derived once from the definition)."""
    definition = DEFINITION
    return {
        "flags": {tier: [r for r in definition.rules if r.kind == "flag" and r.level == tier] for tier in FLAG_TIERS},
        "findings": {fit: [r for r in definition.rules if r.kind == "finding" and r.level == fit] for fit in FIT_LEVELS},
        "bands": [r for r in definition.rules if r.kind == "band"],
        "triggers": [r for r in definition.rules if r.kind == "trigger"],
        "nexts": [r for r in definition.rules if r.kind == "next"],
    }


@quiz.app_template_global()
def page_title(slug: str):
    """The translated title of an article page, for links from the result."""
    page = BY_SLUG[slug]
    return template_pgettext(page.title.context, page.title.text)


@quiz.app_template_global()
def fill(score_name: str, result: dict | None):
    """A score in the result; in the device's template, a slot that quiz.js fills."""
    if result is None:
        return Markup('<span data-score="%s">–</span>') % score_name
    return result["scores"][score_name]


@quiz.get("/quiz/")
def form():
    return render_template("quiz/quiz.html", definition=DEFINITION, sections=rules_by_section())


@quiz.get("/quiz/result-view/")
def result_view():
    """Every possible item of the result, in the page's language: an HTML fragment (its own
    URL, precached) that quiz.js fills from the result it computes on the device."""
    return render_template("quiz/result_view.html", sections=rules_by_section())


@quiz.post("/quiz/result/")
def result():
    if request.mimetype not in FORM_TYPES:
        raise UnsupportedMediaType()
    answers = parse_answers(request.form)
    body = render_template("quiz/result.html", definition=DEFINITION, sections=rules_by_section(),
                           result=score(DEFINITION, answers), answers=answers)
    return Response(body, headers={"Cache-Control": "no-store"})


@quiz_data.get("/quiz.json")
def definition_json():
    """Questions, options, rules and scores for the evaluator on the device (texts are in
    the page: the result template holds every rule's text)."""
    d = DEFINITION
    data = {
        "questions": [
            {"id": q.id, "part": q.part, "multi": q.multi, "exclusive": q.exclusive, "show_if": q.show_if,
             "options": [o.value for o in q.options]}
            for q in d.questions
        ],
        "parts": [p.id for p in d.parts],
        "rules": [{"id": r.id, "kind": r.kind, "level": r.level, "when": r.when} for r in d.rules],
        "scores": {name: list(items) for name, items in d.scores.items()},
        "tiers": list(FLAG_TIERS),
    }
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return Response(body, mimetype="application/json", headers={"Cache-Control": "no-cache"})
