/* Saved self-check results, kept only in this browser (localStorage "hfs-quiz-history"):
   window.HFSHistory.add() for static/js/quiz.js, and the #history section (chart, table,
   delete, export, import). Holds no user-visible text: every string is a data- attribute
   of #history (pwa/templates/quiz/_history.html), the score maxima too.

   Stored format, version 2: {"version": 2, "entries": [{id, date, symptoms, impact, tier, summary}],
   "removed": [the ids of the last results deleted one by one]} ("removed" may be absent).
   Version 1 (a bare array of {date, symptoms, impact, tier}) is migrated on first read.
   Nothing saved is lost silently: a value this code cannot read is never overwritten. It is
   kept aside unchanged (ASIDE) and a new list starts, so new results are still saved; the page
   says so and offers the kept text as a file until the person deletes it. Every change is a
   read-modify-write under a Web Lock, so two tabs saving at once never drop an entry. The lock is
   not quite enough: Chromium gives each tab its own copy of localStorage and brings another tab's
   write into it a moment later, outside the lock, so a tab may read the list just before another
   tab's new result reaches it and write the list back without it (1 in 200 in a stress test). So
   each tab watches the lists other tabs write for a minute after it saved a result, and puts back
   one that a list dropped without deleting it (a deleted result's id is listed in "removed"). */
"use strict";
(() => {
  const KEY = "hfs-quiz-history";
  const ASIDE = `${KEY}-unreadable`;
  const VERSION = 2;
  const TIERS = [null, "emergency", "check", "same_day", "soon", "mention"];
  const SUMMARY = /^[a-z_]{1,40}$/;
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  const ID = /^[A-Za-z0-9_-]{1,64}$/;
  const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
  const SVG = "http://www.w3.org/2000/svg";
  const NO_LIMITS = { symptoms: Infinity, impact: Infinity };
  const REMOVED_KEPT = 200; // deleted ids remembered in the list
  const WATCH_MS = 60 * 1000; // how long a tab watches for a result it saved

  const $ = (id) => document.getElementById(id);
  const section = () => $("history");
  const lang = () => document.documentElement.lang || undefined;

  /* A text from #history's data- attributes, with {name} slots filled. */
  function text(name, values = {}) {
    const box = section();
    let out = (box && box.dataset[name]) || "";
    for (const [slot, value] of Object.entries(values)) out = out.split(`{${slot}}`).join(value);
    return out;
  }

  function limits() {
    const box = section();
    const max = (name) => Number.parseInt(box && box.dataset[`${name}Max`], 10);
    const found = { symptoms: max("symptoms"), impact: max("impact") };
    return Number.isInteger(found.symptoms) && Number.isInteger(found.impact) ? found : null;
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  }

  /* One entry, checked field by field: a clean copy, or null if anything is wrong.
     strict (imports): every score must be there; stored data may lack a field (old versions). */
  function checked(entry, max, { strict = false, needId = false } = {}) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return null;
    const { date } = entry;
    if (typeof date !== "string" || !ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) return null;
    const clean = { id: null, date, symptoms: null, impact: null, tier: null, summary: null };
    for (const name of ["symptoms", "impact"]) {
      const value = entry[name];
      if (value === undefined && !strict) continue;
      if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= max[name])) return null;
      clean[name] = value;
    }
    const tier = entry.tier === undefined ? null : entry.tier;
    if (!TIERS.includes(tier)) return null;
    clean.tier = tier;
    const summary = entry.summary === undefined ? null : entry.summary;
    if (summary !== null && !(typeof summary === "string" && SUMMARY.test(summary))) return null;
    clean.summary = summary;
    if (typeof entry.id === "string" && ID.test(entry.id)) clean.id = entry.id;
    else if (needId) return null;
    return clean;
  }

  /* The same result: the same moment and the same scores. */
  const sameness = (entry) => `${Date.parse(entry.date)}|${entry.symptoms}|${entry.impact}`;

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  const isQuota = (e) => Boolean(e) && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED"
    || e.code === 22 || e.code === 1014);

  /* An unreadable value moves to ASIDE (added to what is there, never replacing it) and the list
     starts again; false when the phone does not allow it (then it stays where it is). */
  function setAside(raw) {
    const store = storage();
    try {
      const kept = store.getItem(ASIDE);
      store.setItem(ASIDE, kept === null ? raw : `${kept}\n${raw}`);
      store.removeItem(KEY);
      return true;
    } catch (e) {
      return false;
    }
  }

  function kept() {
    try {
      return storage().getItem(ASIDE);
    } catch (e) {
      return null;
    }
  }

  /* Runs work() while no other tab of this site changes the list (navigator.locks); a Promise. */
  function locked(work) {
    const locks = navigator.locks;
    return locks && typeof locks.request === "function" ? locks.request(KEY, work) : Promise.resolve().then(work);
  }

  /* What is stored now: {state: "ok", entries} | {state: "broken", raw} | {state: "unavailable"}. */
  function read() {
    const store = storage();
    let raw;
    try {
      raw = store ? store.getItem(KEY) : undefined;
    } catch (e) {
      raw = undefined;
    }
    if (raw === undefined) return { state: "unavailable", entries: [], removed: [] };
    if (raw === null) return { state: "ok", entries: [], removed: [] };
    const broken = () => (setAside(raw) ? { state: "ok", entries: [], removed: [] } : { state: "broken", entries: [], removed: [], raw });
    let data;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      return broken();
    }
    const v1 = Array.isArray(data);
    const list = v1 ? data : data && typeof data === "object" && data.version === VERSION && data.entries;
    if (!Array.isArray(list)) return broken();
    const entries = list.map((entry) => checked(entry, NO_LIMITS, { needId: !v1 }));
    if (entries.some((entry) => entry === null)) return broken();
    const ids = new Set();
    let changed = v1;
    for (const entry of entries) {
      if (!entry.id || ids.has(entry.id)) {
        entry.id = newId();
        changed = true;
      }
      ids.add(entry.id);
    }
    const removed = v1 ? [] : removedIds(data);
    if (changed) {
      try {
        write(entries, removed); // the migration; if it cannot be written, the old value stays and still reads
      } catch (e) { /* storage full: migrated again next time */ }
    }
    return { state: "ok", entries, removed };
  }

  const removedIds = (data) => (Array.isArray(data.removed) ? data.removed.filter((id) => typeof id === "string") : []);
  // The ids a list holds or says were deleted: a watched result among them needs nothing.
  const accounted = (entries, removed) => new Set([...entries.map((entry) => entry && entry.id), ...removed]);

  function write(entries, removed) {
    const data = { version: VERSION, entries };
    if (removed.length) data.removed = removed.slice(-REMOVED_KEPT);
    storage().setItem(KEY, JSON.stringify(data));
  }

  /* add() runs on the quiz page, where #history is not: its texts are on the result's
     status line (data-not-saved-full etc.). */
  function failed(name) {
    const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const holder = document.querySelector(`[${attribute}]`);
    return { ok: false, message: (holder && holder.getAttribute(attribute)) || "" };
  }

  /* The contract with quiz.js: a Promise of {ok: true} or {ok: false, message}. Reads and writes
     under the lock, so a result saved in another tab at the same moment is kept. */
  function add(result) {
    return locked(() => addNow(result));
  }

  function addNow(result) {
    const current = read();
    if (current.state === "unavailable") return failed("notSaved");
    if (current.state === "broken") {
      draw();
      return failed("notSavedUnreadable");
    }
    const entry = checked({ ...result, id: newId() }, limits() || NO_LIMITS, { strict: true, needId: true });
    if (!entry) return failed("notSaved");
    try {
      write([...current.entries, entry], current.removed);
    } catch (e) {
      return failed(isQuota(e) ? "notSavedFull" : "notSaved");
    }
    watch([entry]);
    draw();
    return { ok: true };
  }

  /* Results this tab saved in the last minute (id -> {entry, at}), and what it does when another
     tab writes the list: a watched result that is neither in it nor deleted goes back in. */
  const watched = new Map();

  function watch(entries) {
    const at = Date.now();
    for (const entry of entries) watched.set(entry.id, { entry, at });
  }

  function dropped(raw) {
    for (const [id, { at }] of watched) if (Date.now() - at > WATCH_MS) watched.delete(id);
    if (raw === null) watched.clear(); // everything was deleted
    if (!watched.size) return [];
    let data;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      return []; // unreadable: read() sets it aside, and the next save starts a new list
    }
    if (!data || !Array.isArray(data.entries)) return [];
    const known = accounted(data.entries, removedIds(data));
    return [...watched.values()].map(({ entry }) => entry).filter((entry) => !known.has(entry.id));
  }

  function putBack(lost) {
    return locked(() => {
      const current = read(); // under the lock, as every change
      if (current.state !== "ok") return;
      const known = accounted(current.entries, current.removed);
      const back = lost.filter((entry) => !known.has(entry.id));
      if (!back.length) return;
      try {
        write([...current.entries, ...back], current.removed);
      } catch (e) { /* full: the result page said it was saved; nothing more can be done here */ }
    }).then(draw);
  }

  /* ---- The section ---- */

  function say(name, values) {
    const status = $("history-status");
    if (status) status.textContent = text(name, values);
  }

  function download(content, name, type) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([content], { type }));
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  const today = () => new Date().toISOString().slice(0, 10);

  function exportAll() {
    const current = read();
    if (current.state !== "ok" || !current.entries.length) return;
    const data = { app: "hfs-companion", kind: "self-check-history", version: VERSION, results: current.entries };
    download(JSON.stringify(data, null, 1), `hfs-self-check-${today()}.json`, "application/json");
  }

  function saveRaw() {
    const current = read();
    const raw = current.state === "broken" ? current.raw : kept();
    if (raw !== null) download(raw, `hfs-self-check-unreadable-${today()}.txt`, "text/plain");
  }

  async function startOver() {
    if (!window.confirm(text("confirmReset"))) return;
    await locked(() => {
      try {
        storage().removeItem(read().state === "broken" ? KEY : ASIDE);
      } catch (e) { /* drawn as it is */ }
    });
    draw();
    ($("history-empty").hidden ? $("history-export") : $("history-empty")).focus();
  }

  async function removeOne(id) {
    if (!window.confirm(text("confirmOne"))) return;
    await locked(() => removeNow(id));
    draw();
    (document.querySelector("#history-rows button") || $("history-empty")).focus();
  }

  function removeNow(id) {
    const current = read();
    if (current.state === "ok") {
      const entries = current.entries.filter((entry) => entry.id !== id);
      watched.delete(id);
      if (entries.length < current.entries.length) {
        try {
          write(entries, [...current.removed, id]);
          say("deleted");
        } catch (e) {
          say("deleteFailed");
        }
      }
    }
  }

  async function removeAll() {
    if (read().state !== "ok" || !window.confirm(text("confirmAll"))) return;
    await locked(() => {
      watched.clear();
      try {
        storage().removeItem(KEY);
        say("deletedAll");
      } catch (e) {
        say("deleteFailed");
      }
    });
    draw();
    $("history-empty").focus();
  }

  async function importFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    let data;
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new RangeError("too large");
      data = JSON.parse(await file.text());
    } catch (e) {
      say("importFailed");
      return;
    }
    if (!data || typeof data !== "object" || data.app !== "hfs-companion" || data.kind !== "self-check-history"
        || ![1, 2].includes(data.version) || !Array.isArray(data.results)) {
      say("importFailed");
      return;
    }
    const max = limits();
    const results = data.results.map((entry) => (max ? checked(entry, max, { strict: true }) : null));
    if (results.some((entry) => entry === null)) {
      say("importInvalid");
      return;
    }
    await locked(() => store(results));
    draw();
  }

  /* Adds the imported results not saved yet, and says how many it stored: only what was written. */
  function store(results) {
    const current = read(); // again, under the lock, just before writing
    if (current.state !== "ok") return;
    const known = new Set(current.entries.map(sameness));
    const ids = new Set(current.entries.map((entry) => entry.id));
    const added = [];
    let old = 0;
    for (const entry of results) {
      const same = sameness(entry);
      if (known.has(same)) {
        old += 1;
        continue;
      }
      known.add(same);
      const id = entry.id && !ids.has(entry.id) ? entry.id : newId();
      ids.add(id);
      added.push({ ...entry, id });
    }
    if (added.length) {
      try {
        write([...current.entries, ...added], current.removed.filter((id) => !ids.has(id)));
      } catch (e) {
        say(isQuota(e) ? "importFull" : "importFailed");
        return;
      }
      watch(added);
    }
    const number = new Intl.NumberFormat(lang());
    say("imported", { new: number.format(added.length), old: number.format(old) });
  }

  /* ---- Drawing ---- */

  function svg(name, attrs) {
    const el = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    return el;
  }

  /* Both scores over time, each as a share of its own maximum; time runs with the reading
     direction (right to left in Arabic). The table below is the text alternative. */
  function chart(entries, max, rtl, label) {
    const width = 320;
    const height = 200;
    const padX = 10;
    const padY = 8;
    const times = entries.map((entry) => Date.parse(entry.date));
    const first = times[0];
    const span = times[times.length - 1] - first;
    const x = (i) => {
      const share = span > 0 ? (times[i] - first) / span : i / (entries.length - 1);
      const at = padX + share * (width - 2 * padX);
      return (rtl ? width - at : at).toFixed(1);
    };
    const y = (value, top) => (height - padY - Math.min(value / top, 1) * (height - 2 * padY)).toFixed(1);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart-svg", role: "img", "aria-label": label,
      focusable: "false" });
    for (const level of [0, 0.5, 1]) {
      const at = (height - padY - level * (height - 2 * padY)).toFixed(1);
      root.append(svg("line", { x1: 0, x2: width, y1: at, y2: at, class: level === 0 ? "axis" : "grid" }));
    }
    entries.forEach((entry, i) => root.append(svg("line", { x1: x(i), x2: x(i), y1: height - padY, y2: height,
      class: "tick" })));
    for (const name of ["symptoms", "impact"]) {
      const points = entries.map((entry, i) => (entry[name] === null ? null : [x(i), y(entry[name], max[name])]))
        .filter(Boolean);
      if (points.length > 1) {
        root.append(svg("polyline", { points: points.map((p) => p.join(",")).join(" "), class: `line-${name}` }));
      }
      for (const [cx, cy] of points) {
        root.append(name === "symptoms"
          ? svg("circle", { cx, cy, r: 6.5, class: `dot-${name}` })
          : svg("rect", { x: (cx - 5.5).toFixed(1), y: (cy - 5.5).toFixed(1), width: 11, height: 11, class: `dot-${name}` }));
      }
    }
    return root;
  }

  function cell(tag, label, value) {
    const td = document.createElement(tag);
    td.setAttribute("role", tag === "th" ? "rowheader" : "cell");
    if (label) {
      const name = document.createElement("span");
      name.className = "cell-label";
      name.setAttribute("aria-hidden", "true");
      name.textContent = label;
      td.append(name);
    }
    const content = document.createElement("span");
    content.className = "cell-value";
    if (value instanceof Node) content.append(value);
    else content.textContent = value;
    td.append(content);
    return td;
  }

  const tierName = (tier) => `tier${(tier || "none").replace(/(^|_)([a-z])/g, (m, sep, c) => c.toUpperCase())}`;

  function row(entry, formats) {
    const tr = document.createElement("tr");
    tr.setAttribute("role", "row");
    const time = document.createElement("time");
    time.dateTime = entry.date;
    time.textContent = formats.date.format(new Date(entry.date));
    const date = cell("th", "", time);
    date.scope = "row";
    const score = (value) => (value === null ? text("noScore") : formats.number.format(value));
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary small";
    button.textContent = text("delete");
    button.setAttribute("aria-label", `${text("delete")}: ${time.textContent}`);
    button.addEventListener("click", () => removeOne(entry.id));
    const remove = cell("td", "", button);
    remove.className = "cell-action";
    tr.append(date, cell("td", text("symptoms"), score(entry.symptoms)), cell("td", text("impact"), score(entry.impact)),
      cell("td", text("advice"), text(tierName(entry.tier))), remove);
    tr.dataset.id = entry.id;
    return tr;
  }

  function setUp(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    $("history-export").addEventListener("click", exportAll);
    $("history-clear").addEventListener("click", removeAll);
    $("history-import").addEventListener("change", (event) => importFile(event.target));
    $("history-save-raw").addEventListener("click", saveRaw);
    $("history-reset").addEventListener("click", startOver);
    /* The header row's roles, like the rows' (the narrow layout shows the table as blocks): set here,
       as HTML does not allow them in the markup of a native table, which only this script shows. */
    for (const tr of $("history-table").querySelectorAll("thead tr")) tr.setAttribute("role", "row");
    for (const th of $("history-table").querySelectorAll("thead th")) th.setAttribute("role", "columnheader");
  }

  function draw() {
    const box = section();
    if (!box) return;
    setUp(box);
    box.hidden = false;
    const current = read();
    const ok = current.state === "ok";
    const entries = current.entries.slice()
      .map((entry, order) => ({ entry, order, time: Date.parse(entry.date) }))
      .sort((a, b) => a.time - b.time || a.order - b.order)
      .map((item) => item.entry);
    const aside = ok && kept() !== null;
    $("history-problem").hidden = ok && !aside;
    $("history-problem-text").textContent = ok && !aside ? "" : text(current.state === "unavailable" ? "unavailable" : "unreadable");
    $("history-recover").hidden = current.state !== "broken" && !aside;
    $("history-tools").hidden = !ok;
    $("history-export").hidden = !entries.length;
    $("history-clear").hidden = !entries.length;
    $("history-empty").hidden = !ok || entries.length > 0;
    $("history-table").hidden = !entries.length;

    const formats = {
      date: new Intl.DateTimeFormat(lang(), { dateStyle: "medium", timeStyle: "short" }),
      day: new Intl.DateTimeFormat(lang(), { dateStyle: "medium" }),
      number: new Intl.NumberFormat(lang()),
    };
    $("history-rows").replaceChildren(...entries.slice().reverse().map((entry) => row(entry, formats)));

    const max = limits();
    const figure = $("history-figure");
    figure.hidden = entries.length < 2 || !max;
    if (figure.hidden) {
      $("history-chart").replaceChildren();
      return;
    }
    const ends = [entries[0], entries[entries.length - 1]].map((entry) => new Date(entry.date));
    let [first, last] = ends.map((d) => formats.day.format(d));
    if (first === last) [first, last] = ends.map((d) => formats.date.format(d));
    $("history-first-date").textContent = first;
    $("history-last-date").textContent = last;
    const rtl = window.getComputedStyle(box).direction === "rtl";
    $("history-chart").replaceChildren(chart(entries, max, rtl, text("chartLabel", { first, last })));
  }

  window.HFSHistory = { add, read, draw };

  window.addEventListener("storage", (event) => {
    const lost = event.key === KEY || event.key === null ? dropped(event.newValue) : [];
    if (lost.length) putBack(lost);
    else if (event.key === KEY || event.key === ASIDE || event.key === null) draw();
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
  document.addEventListener("htmx:afterSettle", draw);
})();
