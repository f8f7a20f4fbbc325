/* The self-check on the device: one question per screen with a progress bar, the
   emergency advice at once when a sign that needs help now is chosen, the result computed
   by HFSEngine (static/js/engine.js) from /quiz.json and shown from the page's own result
   view. Sends nothing. Holds no text: every string comes from the page. Saving a result
   (only when the person asks) goes through HFSHistory (static/js/history.js). */
"use strict";

(() => {
  const PROGRESS = "hfs-quiz-progress";
  const ALERT_TIERS = ["emergency", "check"];

  function setUp() {
    const form = document.getElementById("quiz-form");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    const $ = (id) => document.getElementById(id);
    const fieldsets = [...form.querySelectorAll("[data-question]")];
    const engine = window.HFSEngine;

    /* ---- Answers and progress, kept on this device until the result is shown ---- */
    /* Stored as {version: 1, answers, step}; an older value without a version reads the same. A value
       that cannot be read is removed and the person told, instead of a "Question NaN" screen. */
    const progress = {
      read() {
        let raw = null;
        try { raw = localStorage.getItem(PROGRESS); } catch (e) { /* storage off: nothing saved */ }
        if (raw === null) return null;
        try {
          const data = JSON.parse(raw);
          if (data && [undefined, 1].includes(data.version) && data.answers && typeof data.answers === "object"
              && !Array.isArray(data.answers) && Number.isInteger(data.step) && data.step >= 0) return data;
        } catch (e) { /* unreadable: below */ }
        this.clear();
        $("quiz-progress-lost").hidden = false;
        return null;
      },
      write(value) {
        try { localStorage.setItem(PROGRESS, JSON.stringify({ version: 1, ...value })); } catch (e) { /* full or off: answers stay on screen */ }
      },
      clear() {
        try { localStorage.removeItem(PROGRESS); } catch (e) { /* nothing to do */ }
      },
    };

    function answersOf() {
      const answers = {};
      for (const set of fieldsets) {
        const values = [...set.querySelectorAll("input:checked")].map((i) => i.value);
        if (!values.length) continue;
        answers[set.dataset.question] = set.querySelector("[type=checkbox]") ? values.sort() : values[0];
      }
      return answers;
    }

    const applies = (set, answers) => !set.dataset.showIf || engine.holds(JSON.parse(set.dataset.showIf), answers, null, []);

    function restore(answers) {
      for (const [id, value] of Object.entries(answers)) {
        for (const v of [].concat(value)) {
          const input = form.querySelector(`input[name="${CSS.escape(id)}"][value="${CSS.escape(String(v))}"]`);
          if (input) input.checked = true;
        }
      }
    }

    /* ---- One question per screen, the part's title and progress always in view ---- */
    let step = 0;
    const steps = () => { const answers = answersOf(); return fieldsets.filter((set) => applies(set, answers)); };

    function show() {
      const visible = steps();
      step = Math.max(0, Math.min(step, visible.length - 1));
      const current = visible[step];
      fieldsets.forEach((set) => { set.hidden = set !== current; });
      form.querySelectorAll("[data-part]").forEach((part) => { part.hidden = !part.contains(current); });
      const part = current.closest("[data-part]");
      $("quiz-bar").hidden = false;
      $("quiz-part").textContent = part.querySelector(".part-title").textContent;
      const count = $("quiz-progress");
      const number = new Intl.NumberFormat(document.documentElement.lang);
      count.textContent = count.dataset.template.replace("{number}", number.format(step + 1))
        .replace("{total}", number.format(visible.length));
      $("quiz-meter").max = visible.length;
      $("quiz-meter").value = step + 1;
      $("quiz-back").hidden = step === 0;
      $("quiz-next").hidden = step === visible.length - 1;
      $("quiz-submit").hidden = step !== visible.length - 1;
      progress.write({ answers: answersOf(), step });
    }

    function focusQuestion() {
      const legend = steps()[step].querySelector("legend");
      legend.tabIndex = -1;
      legend.focus({ preventScroll: true });
      window.scrollTo(0, form.offsetTop);
    }

    function move(by) {
      step += by;
      show();
      focusQuestion();
    }

    form.addEventListener("change", (event) => {
      const set = event.target.closest("[data-question]");
      const exclusive = set && set.dataset.exclusive ? set.dataset.exclusive.split(" ") : [];
      if (exclusive.length && event.target.checked) {  // "none of these" and "not sure" exclude the other choices
        const alone = exclusive.includes(event.target.value);
        set.querySelectorAll("input").forEach((i) => {
          if (i !== event.target && (alone || exclusive.includes(i.value))) i.checked = false;
        });
      }
      show();
    });

    /* ---- The contract and the result view: precached, so this works offline ---- */
    let contract = null;
    let view = null;
    const loaded = Promise.all([
      fetch("/quiz.json").then((r) => r.json()).then((d) => { contract = d; }),
      fetch(form.dataset.resultView).then((r) => r.text()).then((html) => {
        view = document.createElement("template");
        view.innerHTML = html; // our own fragment, from our own origin (or the saved copy)
      }),
    ]);

    // Every rule the engine matched, under whichever key its kind is listed (contract.kinds).
    const matchedIds = (result) => new Set(Object.values(contract.kinds).flatMap((key) => [].concat(result[key])));

    /* Keep only what the engine decided; drop whatever is left empty. */
    function build(result) {
      const root = view.content.cloneNode(true);
      const shown = matchedIds(result);
      root.querySelectorAll("[data-rule]").forEach((el) => { if (!shown.has(el.dataset.rule)) el.remove(); });
      const number = new Intl.NumberFormat(document.documentElement.lang);
      root.querySelectorAll("[data-score]").forEach((slot) => { slot.textContent = number.format(result.scores[slot.dataset.score]); });
      root.querySelectorAll("ul").forEach((ul) => ul.children.length || ul.remove());
      root.querySelectorAll("ul").forEach((ul) => {  // one "Read more" link per page and list: the last
        const links = [...ul.querySelectorAll(":scope > li > .more")];
        links.forEach((a, i) => { if (links.slice(i + 1).some((b) => b.href === a.href)) a.remove(); });
      });
      root.querySelectorAll("section[data-section]").forEach((el) => {
        if (el.matches("[data-section=actions], [data-section=answers]")) return;
        if (!el.querySelector("[data-rule]")) el.remove();
      });
      return root;
    }

    /* ---- Signs that need help now: the advice at once, before anything else ---- */
    let acknowledged = "";
    function alertFor(answers) {
      const result = engine.evaluate(contract, answers);
      const loud = result.flags.filter((id) => ALERT_TIERS.includes(contract.rules.find((r) => r.id === id).level));
      return { key: loud.join(" "), result };
    }

    function showAlert(result) {
      const root = build(result);
      const body = $("quiz-alert-body");
      body.replaceChildren(...root.querySelectorAll(ALERT_TIERS.map((t) => `[data-section=${t}]`).join(",")));
      form.hidden = true;
      $("quiz-intro").hidden = true;
      $("quiz-alert").hidden = false;
      window.scrollTo(0, 0);
      $("quiz-alert").focus();
    }

    $("quiz-next").addEventListener("click", async () => {
      const current = steps()[step];
      if (current.querySelector("input[data-urgent]:checked")) {
        await loaded;
        const { key, result } = alertFor(answersOf());
        if (key && key !== acknowledged) {
          acknowledged = key;
          showAlert(result);
          return;
        }
      }
      move(1);
    });
    $("quiz-back").addEventListener("click", () => move(-1));
    $("quiz-alert-continue").addEventListener("click", () => {
      $("quiz-alert").hidden = true;
      form.hidden = false;
      $("quiz-intro").hidden = false;
      move(1);
    });

    /* ---- The result replaces the questions; its heading takes the focus ---- */
    let current = null;

    /* The person's answers, for the doctor: each question with the chosen answers in words. */
    function fillAnswers(root, answers) {
      const list = root.querySelector(".answers");
      for (const set of fieldsets) {
        const id = set.dataset.question;
        if (!Object.prototype.hasOwnProperty.call(answers, id)) continue;
        const dt = document.createElement("dt");
        dt.textContent = set.querySelector("legend").textContent.trim();
        const dd = document.createElement("dd");
        dd.textContent = [].concat(answers[id])
          .map((v) => set.querySelector(`input[value="${CSS.escape(v)}"]`).closest("label").textContent.trim())
          .join("; ");
        list.append(dt, dd);
      }
    }

    function render(result) {
      const root = build(result);
      const checkedAt = new Date();
      root.querySelector("[data-fill=origin]").textContent = window.location.origin;
      root.querySelector("[data-fill=checked-at]").textContent = new Intl.DateTimeFormat(
        document.documentElement.lang, { dateStyle: "long", timeStyle: "short" }).format(checkedAt);
      fillAnswers(root, result.answers);
      const target = $("quiz-result");
      target.replaceChildren(root);
      target.querySelector("[data-action=save]").addEventListener("click", (event) => save(event.target));
      target.querySelector("[data-action=print]").addEventListener("click", () => window.print());
      target.querySelector("[data-action=again]").addEventListener("click", again);
      current = { result, date: checkedAt.toISOString() };
      if (!window.HFSHistory) target.querySelector("[data-action=save]").remove();
    }

    async function save(button) {
      const status = $("quiz-result").querySelector("[data-status]");
      button.disabled = true; // one save per press, while the list is locked and written
      const outcome = await window.HFSHistory.add({ date: current.date, symptoms: current.result.scores.symptoms,
        impact: current.result.scores.impact, tier: current.result.tier, summary: current.result.summary });
      button.disabled = outcome.ok;
      status.textContent = outcome.ok ? status.dataset.saved : outcome.message;
    }

    function again() {
      form.reset();
      progress.clear();
      $("quiz-progress-lost").hidden = true;
      acknowledged = "";
      $("quiz-result").hidden = true;
      $("quiz-result").replaceChildren();
      form.hidden = false;
      $("quiz-intro").hidden = false;
      step = 0;
      show();
      focusQuestion();
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      await loaded;
      render(engine.evaluate(contract, answersOf()));
      form.hidden = true;
      $("quiz-intro").hidden = true;
      $("quiz-alert").hidden = true;
      $("quiz-result").hidden = false;
      progress.clear();
      window.scrollTo(0, 0);
      $("result-heading").focus();
    });

    window.addEventListener("beforeprint", () => {
      document.querySelectorAll(".answers-summary").forEach((d) => { d.open = true; });
    });

    /* ---- Start: restore unfinished answers, then one question per screen ---- */
    const saved = progress.read();
    if (saved) {
      restore(saved.answers);
      step = saved.step;
    }
    form.classList.add("stepping");
    $("quiz-skip-note").hidden = true;
    show();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
  document.addEventListener("htmx:afterSettle", setUp);
})();
