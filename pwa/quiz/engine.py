"""The self-check's evaluator on the server: normalise + score + sections, from the contract
(pwa/quiz/definition.py `contract()`, served as /quiz.json) and nothing else. Pure Python.

static/js/engine.js is the same evaluator for the device, line for line; both run the vectors
in tests/quiz_vectors.json, and a browser test compares them on thousands of answer sets.

answers: {question id: value} for single questions, {question id: [values]} for multi.
The result holds rule ids (texts come from the definition), so it can be compared, stored
and rendered in any language.
"""

from __future__ import annotations

NOT_SURE = "not_sure"


def normalise(contract: dict, raw: dict) -> dict:
    """Drop follow-ups whose condition does not hold; let "none"/"not sure" give way in multi answers."""
    answers: dict = {}
    for q in contract["questions"]:
        if q["id"] not in raw:
            continue
        if q["show_if"] is not None and not holds(q["show_if"], answers, contract, []):
            continue
        value = raw[q["id"]]
        if q["multi"]:
            chosen = sorted(set(value if isinstance(value, list) else [value]))
            others = [v for v in chosen if v not in q["exclusive"]]
            value = others or [next(e for e in q["exclusive"] if e in chosen)]
        answers[q["id"]] = value
    return answers


def _values(answers: dict, qid: str) -> list:
    value = answers.get(qid)
    return [] if value is None else value if isinstance(value, list) else [value]


def _sum(contract: dict, answers: dict, name: str) -> tuple[int, int]:
    """(sum, number answered) of a score's items."""
    values = [int(answers[q]) for q in contract["scores"][name]["items"] if q in answers]
    return sum(values), len(values)


def holds(cond: dict, answers: dict, contract: dict, matched: list) -> bool:
    if "always" in cond:
        return True
    if "all" in cond:
        return all(holds(c, answers, contract, matched) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, answers, contract, matched) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], answers, contract, matched)
    if "min" in cond:
        return sum(1 for c in cond["of"] if holds(c, answers, contract, matched)) >= cond["min"]
    if "rule" in cond:
        return cond["rule"] in matched
    if "answered" in cond:
        return cond["answered"] in answers
    if "known" in cond:
        return any(v != NOT_SURE for v in _values(answers, cond["known"]))
    if "complete" in cond:
        return _sum(contract, answers, cond["complete"])[1] == len(contract["scores"][cond["complete"]]["items"])
    if "enough" in cond:
        return _sum(contract, answers, cond["enough"])[1] >= contract["scores"][cond["enough"]]["need"]
    if "mean" in cond:
        total, count = _sum(contract, answers, cond["mean"])
        enough = count >= contract["scores"][cond["mean"]]["need"]
        return enough and cond["above"] * count < total <= cond["upto"] * count
    return any(v in cond["in"] for v in _values(answers, cond["q"]))


def evaluate(contract: dict, raw: dict) -> dict:
    answers = normalise(contract, raw)
    matched: list[str] = []
    summary = None
    for rule in contract["rules"]:
        if rule["kind"] == "summary" and summary is not None:
            continue
        if holds(rule["when"], answers, contract, matched):
            matched.append(rule["id"])
            if rule["kind"] == "summary":
                summary = rule["id"]
    rules = [r for r in contract["rules"] if r["id"] in matched]
    flags = sorted((r for r in rules if r["kind"] == "flag"), key=lambda r: contract["tiers"].index(r["level"]))
    result: dict = {
        key: [r["id"] for r in rules if r["kind"] == kind]
        for kind, key in contract["kinds"].items()
        if kind not in ("flag", "summary")
    }
    scores = {}
    for name, score in contract["scores"].items():
        total, count = _sum(contract, answers, name)
        scores[name] = total if count == len(score["items"]) else None
    return {
        **result,
        "flags": [r["id"] for r in flags],
        "tier": flags[0]["level"] if flags else None,
        "summary": summary,
        "scores": scores,
        "answers": answers,
    }
