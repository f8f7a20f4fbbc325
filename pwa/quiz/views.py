"""Blueprint "quiz" under /<lang>/: the form (GET), the no-JavaScript result (POST only,
never stored, never in a URL), the result view for the device; and /quiz.json, the
contract both engines evaluate."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from functools import cache

from flask import Blueprint, Response, g, render_template, request
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from pwa.content.pages import BY_SLUG
from pwa.i18n import date_time, number, template_pgettext
from pwa.i18n import template_gettext as _
from pwa.quiz.definition import DEFINITION, KINDS, TIERS, Definition
from pwa.quiz.definition import contract as build_contract
from pwa.quiz.engine import evaluate

quiz = Blueprint("quiz", __name__)
quiz_data = Blueprint("quiz_data", __name__)  # at the root: the same bytes for every language
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
MAX_VALUE = 40
SECONDS_PER_QUESTION = 10  # for the time estimate on the intro


class AnswerError(BadRequest):
    """A 400 whose page says what was wrong with the answers, in the page's language."""

    def __init__(self, message):
        super().__init__()
        self.message = message


def parse_answers(form: MultiDict, definition: Definition = DEFINITION) -> dict:
    """The answers of a submitted form, as sent; raises AnswerError for anything that is not
    one. (Follow-ups under a parent that is not "yes" are dropped later, by the engine.)"""
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
        answers[key] = sorted(values) if question.multi else values[0]
    return answers


@cache
def sections() -> dict:
    """The rules grouped as the result shows them (derived once from the definition): flags by
    tier, loudest first; every other kind in its own list, in definition order."""
    rules = DEFINITION.rules
    return {
        "flags": {tier: [r for r in rules if r.kind == "flag" and r.level == tier] for tier in TIERS},
        **{key: [r for r in rules if r.kind == kind] for kind, key in KINDS.items() if kind != "flag"},
    }


@cache
def contract() -> dict:
    """The definition as the engines read it: built once, not per request."""
    return build_contract()


@cache
def contract_json() -> str:
    return json.dumps(contract(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@cache
def urgent_options() -> dict[str, dict[str, str]]:
    """{question id: {option value: tier}} for answers that alone raise a flag of the two loudest
    tiers: the no-JS form reveals the advice under such an answer (CSS), the device shows it at once."""
    out: dict[str, dict[str, str]] = {}
    for rule in DEFINITION.rules:
        if rule.kind == "flag" and rule.level in TIERS[:2] and set(rule.when) == {"q", "in"}:
            for value in rule.when["in"]:
                out.setdefault(rule.when["q"], {})[value] = rule.level
    return out


@quiz.app_template_global()
def page_title(slug: str):
    """The translated title of an article page, for links from the result."""
    page = BY_SLUG[slug]
    return template_pgettext(page.title.context, page.title.text)


@quiz.app_template_global()
def shown(rules: list, result: dict | None) -> list:
    """The rules the result holds; all of them in the device's view (quiz.js keeps the matched)."""
    return rules if result is None else [rule for rule in rules if rule.id in result["matched"]]


@quiz.app_template_global()
def rule_text(rule, result: dict | None):
    """A rule's text; a score line gets its numbers (in the device's view, slots quiz.js fills)."""
    if rule.score is None:
        return template_pgettext(*rule.text)
    maximum = DEFINITION.score_max(rule.score)
    if result is None:
        value = Markup('<span data-score="%s">–</span>') % rule.score
    else:
        value = number(result["scores"][rule.score])
    return Markup(template_pgettext(*rule.text)) % {"score": value, "max": number(maximum)}


@quiz.get("/quiz/")
def form():
    count = sum(1 for q in DEFINITION.questions if q.follows is None)  # asked when no follow-up applies
    return render_template(
        "quiz/quiz.html",
        definition=DEFINITION,
        urgent=urgent_options(),
        sections=sections(),
        count=count,
        minutes=math.ceil(count * SECONDS_PER_QUESTION / 60),
    )


@quiz.get("/quiz/history/")
def history():
    """Saved results: drawn by static/js/history.js from this browser's storage only."""
    return render_template("quiz/history.html", definition=DEFINITION)


@quiz.get("/quiz/result-view/")
def result_view():
    """Every possible item of the result, in the page's language: an HTML fragment (its own
    URL, precached) that quiz.js fills from the result it computes on the device."""
    return render_template("quiz/result_view.html", sections=sections())


@quiz.post("/quiz/result/")
def result():
    if request.mimetype not in FORM_TYPES:
        raise UnsupportedMediaType()
    g.switch_endpoint = "localized.quiz.form"  # the language links lead to the form, not to a POST-only URL
    outcome = evaluate(contract(), parse_answers(request.form))
    matched = {outcome["summary"], *(rule for key in KINDS.values() if key != "summary" for rule in outcome[key])}
    body = render_template(
        "quiz/result.html",
        definition=DEFINITION,
        sections=sections(),
        result={**outcome, "matched": matched},
        answers=outcome["answers"],
        checked_at=date_time(datetime.now(UTC)),
        origin=request.host_url.rstrip("/"),
    )
    return Response(body, headers={"Cache-Control": "no-store"})


@quiz_data.get("/quiz.json")
def definition_json():
    """The contract: questions' conditions, normalising rules, rules, score maxima, tiers
    (texts are in the pages: the result view holds every rule's text)."""
    return Response(contract_json(), mimetype="application/json", headers={"Cache-Control": "no-cache"})
