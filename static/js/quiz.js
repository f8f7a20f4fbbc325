/* The self-check on the device: one question per screen, scoring from /quiz.json (the
   same rules the server uses), the result shown from the page's own <template>, and a
   history kept only in this browser. Sends nothing. Holds no text: every string comes
   from the page. The evaluator is exposed as HFSQuiz.score for the parity test. */
"use strict";

(() => {
  /* ---- The evaluator: mirrors pwa/quiz/scoring.py ---- */
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  function totals(def, answers) {
    const out = {};
    for (const [name, items] of Object.entries(def.scores)) {
      const values = items.filter((q) => has(answers, q)).map((q) => parseInt(answers[q], 10));
      out[name] = values.length ? values.reduce((a, b) => a + b, 0) : null;
    }
    return out;
  }

  function holds(cond, answers, sums) {
    if (has(cond, "always")) return true;
    if (has(cond, "all")) return cond.all.every((c) => holds(c, answers, sums));
    if (has(cond, "any")) return cond.any.some((c) => holds(c, answers, sums));
    if (has(cond, "not")) return !holds(cond.not, answers, sums);
    if (has(cond, "score")) {
      const total = sums[cond.score];
      return total !== null && cond.min <= total && total <= cond.max;
    }
    if (!has(answers, cond.q)) return false;
    const chosen = Array.isArray(answers[cond.q]) ? answers[cond.q] : [answers[cond.q]];
    return chosen.some((v) => cond.in.includes(v));
  }

  function score(def, answers) {
    const sums = totals(def, answers);
    const matched = def.rules.filter((r) => holds(r.when, answers, sums));
    const ids = (kind) => matched.filter((r) => r.kind === kind).map((r) => r.id);
    const flags = matched.filter((r) => r.kind === "flag")
      .sort((a, b) => def.tiers.indexOf(a.level) - def.tiers.indexOf(b.level));
    const answered = def.questions.filter((q) => has(answers, q.id));
    return {
      flags: flags.map((r) => r.id),
      tier: flags.length ? flags[0].level : null,
      findings: ids("finding"),
      bands: ids("band"),
      triggers: ids("trigger"),
      nexts: ids("next"),
      scores: sums,
      answered: answered.length,
      unanswered_parts: def.parts.filter((p) => !answered.some((q) => q.part === p)),
      safety_unanswered: def.questions
        .filter((q) => q.part === "safety" && !q.show_if && !has(answers, q.id)).map((q) => q.id),
    };
  }

  window.HFSQuiz = { score };

  /* Everything below runs on the quiz page: on load, or after a boosted navigation to it. */
  function setUp() {
    const form = document.getElementById("quiz-form");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";

    /* ---- Answers and progress, kept on the device ---- */
    const PROGRESS = "hfs-quiz-progress";
    const HISTORY = "hfs-quiz-history";
    const $ = (id) => document.getElementById(id);
    const store = {
      get(key, fallback) {
        try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
      },
      set(key, value) {
        try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage full or off */ }
      },
    };
    const fieldsets = [...form.querySelectorAll("[data-question]")];

    function answersOf() {
      const answers = {};
      for (const set of fieldsets) {
        const values = [...set.querySelectorAll("input:checked")].map((i) => i.value);
        if (!values.length) continue;
        answers[set.dataset.question] = set.querySelector("[type=checkbox]") ? values.sort() : values[0];
      }
      return answers;
    }

    function applies(set, answers) {
      return !set.dataset.showIf || holds(JSON.parse(set.dataset.showIf), answers, {});
    }

    function restore(answers) {
      for (const [id, value] of Object.entries(answers)) {
        for (const v of [].concat(value)) {
          const input = form.querySelector(`input[name="${CSS.escape(id)}"][value="${CSS.escape(v)}"]`);
          if (input) input.checked = true;
        }
      }
    }

    /* ---- One question per screen ---- */
    let step = 0;
    const steps = () => fieldsets.filter((set) => applies(set, answersOf()));

    function show() {
      const visible = steps();
      step = Math.max(0, Math.min(step, visible.length - 1));
      const current = visible[step];
      fieldsets.forEach((set) => { set.hidden = set !== current; });
      form.querySelectorAll("[data-part]").forEach((part) => { part.hidden = !part.contains(current); });
      const progress = $("quiz-progress");
      progress.hidden = false;
      progress.textContent = progress.dataset.template.replace("{number}", step + 1).replace("{total}", visible.length);
      $("quiz-back").hidden = step === 0;
      $("quiz-next").hidden = step === visible.length - 1;
      $("quiz-submit").hidden = step !== visible.length - 1;
      store.set(PROGRESS, { answers: answersOf(), step });
    }

    function move(by) {
      step += by;
      show();
      const legend = steps()[step].querySelector("legend");
      legend.tabIndex = -1;
      legend.focus();
    }

    form.addEventListener("change", (event) => {
      const set = event.target.closest("[data-question]");
      const only = set && set.dataset.exclusive;
      if (only && event.target.checked) {  // "none of these" excludes the other choices
        set.querySelectorAll("input").forEach((i) => {
          if (i !== event.target && (i.value === only || event.target.value === only)) i.checked = false;
        });
      }
      show();
    });
    $("quiz-back").addEventListener("click", () => move(-1));
    $("quiz-next").addEventListener("click", () => move(1));

    /* ---- The result, from the page's template ---- */
    let definition = null;
    let template = null;
    const loaded = Promise.all([
      fetch("/quiz.json").then((r) => r.json()).then((d) => { definition = d; }),
      fetch(form.dataset.resultView).then((r) => r.text()).then((html) => {
        template = document.createElement("template");
        template.innerHTML = html; // our own fragment, from our own origin (or the saved copy)
      }),
    ]);

    function render(result, answers) {
      const view = template.content.cloneNode(true);
      const lists = { flags: result.flags, findings: result.findings, bands: result.bands,
        triggers: result.triggers, nexts: result.nexts };
      const shown = new Set(Object.values(lists).flat());
      view.querySelectorAll("[data-rule]").forEach((li) => { if (!shown.has(li.dataset.rule)) li.remove(); });
      view.querySelectorAll("[data-score]").forEach((slot) => { slot.textContent = result.scores[slot.dataset.score]; });
      const drop = (name, keep) => view.querySelectorAll(`[data-section="${name}"]`).forEach((el) => keep || el.remove());
      drop("score-symptoms", result.scores.symptoms !== null);
      drop("score-impact", result.scores.impact !== null);
      drop("safety-unanswered", result.safety_unanswered.length);
      drop("partial", result.unanswered_parts.length);
      // Any section, or list, left with nothing in it goes too (innermost first).
      [...view.querySelectorAll("ul")].forEach((ul) => ul.children.length || ul.remove());
      [...view.querySelectorAll("[data-section]")].reverse().forEach((el) => {
        if (!el.matches("li, p") && !el.querySelector("li, p:not(.fine)")) el.remove();
      });
      const target = $("quiz-result");
      target.replaceChildren(view, summary(answers));
      target.hidden = false;
    }

    /* The person's answers, for the doctor: each question with the chosen answers, copied from the form. */
    function summary(answers) {
      const list = document.createElement("dl");
      list.className = "answers";
      for (const set of fieldsets) {
        if (!has(answers, set.dataset.question)) continue;
        const dt = document.createElement("dt");
        dt.textContent = set.querySelector("legend").textContent.trim();
        const dd = document.createElement("dd");
        dd.textContent = [...set.querySelectorAll("input:checked")]
          .map((i) => i.closest("label").textContent.trim()).join("; ");
        list.append(dt, dd);
      }
      const box = document.createElement("section");
      const heading = $("answers-heading").content.cloneNode(true);
      box.className = "answers-summary";
      box.append(heading, list);
      return box;
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const given = answersOf();
      fieldsets.forEach((set) => {  // follow-up questions that no longer apply do not count
        if (!applies(set, given)) set.querySelectorAll("input").forEach((i) => { i.checked = false; });
      });
      const answers = answersOf();
      await loaded;
      const result = score(definition, answers);
      render(result, answers);
      form.hidden = true;
      $("result-actions").hidden = false;
      save(result);
      localStorage.removeItem(PROGRESS);
      $("quiz-result").focus();
      window.scrollTo(0, 0);
    });

    $("result-print").addEventListener("click", () => window.print());
    $("result-again").addEventListener("click", () => {
      form.reset();
      form.hidden = false;
      $("quiz-result").hidden = true;
      $("result-actions").hidden = true;
      step = 0;
      show();
    });

    /* ---- History: on this device only ---- */
    const history = () => store.get(HISTORY, []);
    const box = $("history");
    const dates = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: "medium", timeStyle: "short" });

    function save(result) {
      const entry = { date: new Date().toISOString(), symptoms: result.scores.symptoms,
        impact: result.scores.impact, tier: result.tier };
      store.set(HISTORY, [...history(), entry]);
      drawHistory();
    }

    function remove(date) {
      store.set(HISTORY, history().filter((h) => h.date !== date));
      drawHistory();
    }

    const SVG = "http://www.w3.org/2000/svg";
    function svg(name, attrs) {
      const el = document.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return el;
    }

    /* Both scores as lines over time, each scaled to its own maximum (8 and 24). */
    function chart(items) {
      const width = 300;
      const height = 120;
      const pad = 10;
      const chartBox = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
        "aria-label": box.dataset.chartLabel, class: "chart-svg" });
      chartBox.append(svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: "axis" }));
      const x = (i) => (items.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (items.length - 1));
      for (const [key, max] of [["symptoms", 8], ["impact", 24]]) {
        const points = items.map((h, i) => [x(i), h[key] === null ? null : height - pad - (h[key] / max) * (height - 2 * pad)])
          .filter((p) => p[1] !== null);
        if (points.length > 1) {
          chartBox.append(svg("polyline", { points: points.map((p) => p.join(",")).join(" "), class: `line-${key}` }));
        }
        points.forEach(([cx, cy]) => chartBox.append(svg("circle", { cx, cy, r: 4, class: `dot-${key}` })));
      }
      return chartBox;
    }

    function drawHistory() {
      if (!box) return;
      box.hidden = false;
      const items = history().sort((a, b) => a.date.localeCompare(b.date));
      $("history-empty").hidden = items.length > 0;
      $("history-chart").replaceChildren(...(items.length ? [chart(items)] : []));
      const rows = items.slice().reverse().map((h) => {
        const row = document.createElement("tr");
        const when = document.createElement("td");
        const time = document.createElement("time");
        time.dateTime = h.date;
        time.textContent = dates.format(new Date(h.date));
        when.append(time);
        const cells = [h.symptoms, h.impact].map((v) => {
          const td = document.createElement("td");
          td.textContent = v === null ? "–" : v;
          return td;
        });
        const action = document.createElement("td");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "secondary small";
        button.textContent = box.dataset.delete;
        button.setAttribute("aria-label", `${box.dataset.delete}: ${time.textContent}`);
        button.addEventListener("click", () => { if (window.confirm(box.dataset.confirmOne)) remove(h.date); });
        action.append(button);
        row.append(when, ...cells, action);
        return row;
      });
      $("history-rows").replaceChildren(...rows);
      $("history-export").disabled = !items.length;
      $("history-clear").disabled = !items.length;
    }

    $("history-clear").addEventListener("click", () => {
      if (window.confirm(box.dataset.confirmAll)) {
        store.set(HISTORY, []);
        drawHistory();
      }
    });

    $("history-export").addEventListener("click", () => {
      const data = JSON.stringify({ app: "hfs-companion", kind: "self-check-history", version: 1, results: history() }, null, 1);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([data], { type: "application/json" }));
      link.download = `hfs-self-check-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });

    const valid = (h) => h && typeof h.date === "string" && !Number.isNaN(Date.parse(h.date))
      && [h.symptoms, h.impact].every((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 24));

    $("history-import").addEventListener("change", async (event) => {
      const file = event.target.files[0];
      event.target.value = "";
      if (!file) return;
      try {
        const data = JSON.parse(await file.text());
        if (data.app !== "hfs-companion" || !Array.isArray(data.results) || !data.results.every(valid)) throw new Error();
        const known = new Set(history().map((h) => h.date));
        const added = data.results.filter((h) => !known.has(h.date))
          .map((h) => ({ date: h.date, symptoms: h.symptoms, impact: h.impact, tier: h.tier || null }));
        store.set(HISTORY, [...history(), ...added]);
        $("history-status").textContent = box.dataset.imported.replace("{count}", added.length);
        drawHistory();
      } catch (e) {
        $("history-status").textContent = box.dataset.importFailed;
      }
    });

    /* ---- Start: restore unfinished answers, then one question per screen ---- */
    const saved = store.get(PROGRESS, null);
    if (saved) {
      restore(saved.answers || {});
      step = saved.step || 0;
    }
    form.classList.add("stepping");
    show();
    drawHistory();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
  document.addEventListener("htmx:afterSettle", setUp);
})();
