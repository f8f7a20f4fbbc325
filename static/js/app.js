/* Registers /sw.js, saves the page's language for offline use, offers an update when a
   new version is waiting, saves every language on request, remembers the chosen
   language and offers it first on "/" (and saves it there, so an app installed from
   "/" works offline), and shows which languages are saved (marks on "/", links on the
   offline page). Holds no text: it reads strings from the page. */
"use strict";

(() => {
  const LANG_KEY = "hfs-lang";
  const $ = (id) => document.getElementById(id);
  const pageLang = () => document.documentElement.getAttribute("lang");

  /* Remember a chosen language (on this device only), and offer it first on "/". */
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[data-lang]");
    if (link) {
      try { localStorage.setItem(LANG_KEY, link.dataset.lang); } catch (e) { /* storage off */ }
    }
  });

  /* "/": offer the saved choice, else the browser's best language, first; returns its code. */
  function suggestLanguage() {
    const links = [...document.querySelectorAll(".language-list a[data-lang]")];
    if (!links.length) return null;
    const codes = links.map((a) => a.dataset.lang);
    let saved = null;
    try { saved = localStorage.getItem(LANG_KEY); } catch (e) { /* storage off */ }
    const wanted = [saved, ...(navigator.languages || [navigator.language])].filter(Boolean);
    const match = (tag) => codes.find((c) => c.toLowerCase() === tag.toLowerCase())
      || codes.find((c) => c.split("-")[0] === tag.toLowerCase().split("-")[0]);
    const code = wanted.map(match).find(Boolean);
    if (!code) return null;
    const item = links[codes.indexOf(code)].parentElement;
    item.classList.add("suggested");
    item.parentElement.prepend(item); // offered first
    return code;
  }

  /* Elements that show only for a saved language: marks on "/", links on the offline page.
     The worker's record of what it holds is the only source. */
  const savedMarks = () => document.querySelectorAll("[data-saved-lang]");

  function showSaved(langs) {
    savedMarks().forEach((el) => { el.hidden = !langs.includes(el.dataset.savedLang); });
    const list = $("saved-languages");
    if (list) list.hidden = !list.querySelector("[data-saved-lang]:not([hidden])");
  }

  /* Service worker: offline saving and updates. */
  const tools = () => $("offline-tools");
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);

  function status(text) {
    const el = $("offline-status");
    if (el) el.textContent = text;
  }

  /* Whether the browser promised to keep what is saved (asked for with persist() only on a tap
     of "save every language"), and the space used and still free (estimate()). */
  function size(bytes) {
    const big = bytes >= 1e9;
    return new Intl.NumberFormat(pageLang(), { style: "unit", unit: big ? "gigabyte" : "megabyte",
      maximumFractionDigits: 1 }).format(bytes / (big ? 1e9 : 1e6));
  }

  async function storageInfo(ask) {
    const box = tools();
    const store = navigator.storage;
    if (!box || !store || !$("offline-storage")) return;
    const lines = [];
    try {
      const kept = ask && store.persist ? await store.persist() : store.persisted && await store.persisted();
      if (typeof kept === "boolean") lines.push(kept ? box.dataset.kept : box.dataset.notKept);
    } catch (e) { /* not offered here */ }
    try {
      const { usage, quota } = await store.estimate();
      lines.push(fill(box.dataset.space, { used: size(usage), free: size(Math.max(quota - usage, 0)) }));
    } catch (e) { /* not offered here */ }
    $("offline-storage").textContent = lines.join(" ");
    $("offline-storage").hidden = !lines.length;
  }

  function onMessage(event) {
    const box = tools();
    const data = event.data || {};
    if (data.type === "saved") showSaved(data.langs);
    if (!box) {
      // "/": a failed save still leaves what was saved before; ask, so the marks are right.
      if (data.type === "save-failed") askWorker({ type: "status" });
      return;
    }
    const bar = $("offline-progress");
    if (data.type === "progress") {
      const count = new Intl.NumberFormat(pageLang());
      bar.hidden = false;
      bar.max = data.bytes;
      bar.value = data.bytesDone;
      status(fill(box.dataset.progress, { done: count.format(data.langsDone), total: count.format(data.langs),
        saved: size(data.bytesDone), size: size(data.bytes) }));
    } else if (data.type === "saved") {
      bar.hidden = true;
      const all = [...document.querySelectorAll(".languages a[data-lang]")].every((a) => data.langs.includes(a.dataset.lang));
      if (all) status(box.dataset.all);
      else if (data.langs.includes(pageLang())) status(box.dataset.ready);
      $("save-all").hidden = all;
      storageInfo(false);
    } else if (data.type === "save-failed") {
      bar.hidden = true;
      status(box.dataset.failed);
    }
  }

  let updating = false;
  let waiting = null;
  function offerUpdate(worker) {
    waiting = worker || waiting;
    const notice = $("update-notice");
    if (!notice || !waiting) return;
    notice.hidden = false;
    $("update-accept").onclick = () => {
      updating = true;
      waiting.postMessage({ type: "skip-waiting" });
    };
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  }

  function askWorker(message) {
    navigator.serviceWorker.ready.then((registration) => registration.active.postMessage(message));
  }

  /* What the body needs: run on load and after each boosted navigation swaps it. */
  function setUpBody() {
    const box = tools();
    if (!box || !("serviceWorker" in navigator)) return;
    box.hidden = false;
    $("save-all").onclick = () => {
      storageInfo(true); // the tap is what lets the browser grant persistent storage
      askWorker({ type: "save", langs: "all" });
    };
    if ($("saved-languages")) {
      // The offline page: shown because the network is gone, so only ask what is saved.
      askWorker({ type: "status" });
    } else {
      // A language visited is a language kept: saves this page's pack if it is not saved yet.
      askWorker({ type: "save", langs: [pageLang()] });
    }
    offerUpdate(null);
  }

  function setUp() {
    const suggested = suggestLanguage();
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.addEventListener("message", onMessage);
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (updating) window.location.reload(); // the new version, whole: never two versions mixed
    });
    navigator.serviceWorker.register("/sw.js").then(watch);
    // "/": save the suggested language once the worker is active (an app installed from
    // here then works offline); the reply marks what is saved.
    if (suggested) askWorker({ type: "save", langs: [suggested] });
    else if (!tools() && savedMarks().length) askWorker({ type: "status" });
    setUpBody();
  }

  /* Boosted navigation (htmx): set the new body up and move focus to it, as a full load would. */
  document.addEventListener("htmx:afterSettle", (event) => {
    if (!event.detail.boosted) return;
    setUpBody();
    const main = $("main");
    if (main) main.focus({ preventScroll: true });
  });
  /* A boosted request that fails (no network, no worker): fall back to a real navigation. */
  document.addEventListener("htmx:sendError", (event) => {
    const path = event.detail.pathInfo && event.detail.pathInfo.requestPath;
    if (event.detail.boosted && path) window.location.assign(path);
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
