/* The self-check's evaluator on the device: normalise + score + sections, from /quiz.json
   and nothing else. The same evaluator as pwa/quiz/engine.py, line for line; both run
   tests/quiz_vectors.json (this file under node too). Exposed as HFSEngine.evaluate. */
"use strict";

(function (root) {
  const NOT_SURE = "not_sure";
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const values = (answers, qid) => (has(answers, qid) ? [].concat(answers[qid]) : []);

  function normalise(contract, raw) {
    const answers = {};
    for (const q of contract.questions) {
      if (!has(raw, q.id)) continue;
      if (q.show_if !== null && !holds(q.show_if, answers, contract, [])) continue;
      let value = raw[q.id];
      if (q.multi) {
        const chosen = [...new Set([].concat(value))].sort();
        const others = chosen.filter((v) => !q.exclusive.includes(v));
        value = others.length ? others : [q.exclusive.find((e) => chosen.includes(e))];
      }
      answers[q.id] = value;
    }
    return answers;
  }

  function sum(contract, answers, name) {
    const items = contract.scores[name].items.filter((q) => has(answers, q));
    return [items.reduce((total, q) => total + parseInt(answers[q], 10), 0), items.length];
  }

  function holds(cond, answers, contract, matched) {
    const test = (c) => holds(c, answers, contract, matched);
    if (has(cond, "always")) return true;
    if (has(cond, "all")) return cond.all.every(test);
    if (has(cond, "any")) return cond.any.some(test);
    if (has(cond, "not")) return !test(cond.not);
    if (has(cond, "min")) return cond.of.filter(test).length >= cond.min;
    if (has(cond, "rule")) return matched.includes(cond.rule);
    if (has(cond, "answered")) return has(answers, cond.answered);
    if (has(cond, "known")) return values(answers, cond.known).some((v) => v !== NOT_SURE);
    if (has(cond, "complete")) return sum(contract, answers, cond.complete)[1] === contract.scores[cond.complete].items.length;
    if (has(cond, "enough")) return sum(contract, answers, cond.enough)[1] >= contract.scores[cond.enough].need;
    if (has(cond, "mean")) {
      const [total, count] = sum(contract, answers, cond.mean);
      const enough = count >= contract.scores[cond.mean].need;
      return enough && cond.above * count < total && total <= cond.upto * count;
    }
    return values(answers, cond.q).some((v) => cond.in.includes(v));
  }

  function evaluate(contract, raw) {
    const answers = normalise(contract, raw);
    const matched = [];
    let summary = null;
    for (const rule of contract.rules) {
      if (rule.kind === "summary" && summary !== null) continue;
      if (holds(rule.when, answers, contract, matched)) {
        matched.push(rule.id);
        if (rule.kind === "summary") summary = rule.id;
      }
    }
    const rules = contract.rules.filter((r) => matched.includes(r.id));
    const flags = rules.filter((r) => r.kind === "flag")
      .sort((a, b) => contract.tiers.indexOf(a.level) - contract.tiers.indexOf(b.level));
    const result = {};
    for (const [kind, key] of Object.entries(contract.kinds)) {
      if (kind !== "flag" && kind !== "summary") result[key] = rules.filter((r) => r.kind === kind).map((r) => r.id);
    }
    const scores = {};
    for (const [name, score] of Object.entries(contract.scores)) {
      const [total, count] = sum(contract, answers, name);
      scores[name] = count === score.items.length ? total : null;
    }
    return Object.assign(result, {
      flags: flags.map((r) => r.id),
      tier: flags.length ? flags[0].level : null,
      summary,
      scores,
      answers,
    });
  }

  const api = { evaluate, normalise, holds };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.HFSEngine = api;
})(typeof self !== "undefined" ? self : this);
