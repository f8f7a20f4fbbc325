"""score(definition, answers) -> result: pure Python, no Flask.

static/js/quiz.js implements the same evaluation over the same rules (exported as JSON);
tests/e2e/test_quiz.py runs both on thousands of answer sets and demands equal results.

answers: {question id: value} for single questions, {question id: [values]} for multi.
The result holds rule ids only (texts come from the definition), so it can be compared,
stored and rendered in any language.
"""

from __future__ import annotations

from pwa.quiz.definition import FLAG_TIERS, Definition


def scores(definition: Definition, answers: dict) -> dict[str, int | None]:
    """Sum of the answered items of each score; None when none was answered."""
    out = {}
    for name, items in definition.scores.items():
        values = [int(answers[q]) for q in items if q in answers]
        out[name] = sum(values) if values else None
    return out


def holds(condition: dict, answers: dict, totals: dict[str, int | None]) -> bool:
    if "always" in condition:
        return True
    if "all" in condition:
        return all(holds(c, answers, totals) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, answers, totals) for c in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], answers, totals)
    if "score" in condition:
        total = totals[condition["score"]]
        return total is not None and condition["min"] <= total <= condition["max"]
    answer = answers.get(condition["q"])
    if answer is None:
        return False
    chosen = answer if isinstance(answer, list) else [answer]
    return any(value in condition["in"] for value in chosen)


def score(definition: Definition, answers: dict) -> dict:
    totals = scores(definition, answers)
    matched = [rule for rule in definition.rules if holds(rule.when, answers, totals)]
    by_kind = {kind: [r.id for r in matched if r.kind == kind] for kind in ("finding", "band", "trigger", "next")}
    flags = sorted((r for r in matched if r.kind == "flag"), key=lambda r: FLAG_TIERS.index(r.level))
    answered = [q.id for q in definition.questions if q.id in answers]
    safety = [q.id for q in definition.questions if q.part == "safety" and q.show_if is None]
    return {
        "flags": [r.id for r in flags],
        "tier": flags[0].level if flags else None,
        **{f"{kind}s": ids for kind, ids in by_kind.items()},
        "scores": totals,
        "answered": len(answered),
        "unanswered_parts": [p.id for p in definition.parts
                             if not any(q.part == p.id and q.id in answers for q in definition.questions)],
        "safety_unanswered": [q for q in safety if q not in answers],
    }
