/* Registers /sw.js, saves the page's language for offline use (unless the person removed
   it), offers an update when a new version is waiting, saves every language on request
   (footer, About, and "/" in the suggested language), removes a language on request,
   remembers the chosen language and offers it first on "/" (and saves it there, so an
   app installed from "/" works offline), shows which languages are saved (marks on "/",
   links on the offline page, a list with Remove buttons in the offline tools), and offers
   installing (the browser's prompt, or the steps on iPhone and iPad). Holds no text: it
   reads strings from the page. */
"use strict";

(() => {
  const LANG_KEY = "hfs-lang";
  const $ = (id) => document.getElementById(id);
  const pageLang = () => document.documentElement.getAttribute("lang");
  // Every language (links to each), and the link of one in the language switcher (its own name).
  const languages = () => [...new Set([...document.querySelectorAll("a[data-lang]")].map((a) => a.dataset.lang))];
  const languageName = (code) => document.querySelector(`.languages a[data-lang="${code}"]`);

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

  /* Elements that show only for a saved language: marks on "/", links on the offline page
     (a [data-saved-list] shows if any does). The offline tools list the saved languages, each
     with a Remove button, from one row in a <template> and the names in the language switcher.
     The worker's record of what it holds is the only source. */
  const savedMarks = () => document.querySelectorAll("[data-saved-lang]");

  function showSaved(langs) {
    savedMarks().forEach((el) => { el.hidden = !langs.includes(el.dataset.savedLang); });
    document.querySelectorAll("[data-saved-list]").forEach((list) => {
      list.hidden = !list.querySelector("[data-saved-lang]:not([hidden])");
    });
    const here = $("saved-here");
    if (!here) return;
    here.querySelector("ul").replaceChildren(...langs.map((code) => {
      const name = languageName(code);
      const row = here.querySelector("template").content.firstElementChild.cloneNode(true);
      row.querySelectorAll(".language-name").forEach((el) => {
        el.textContent = name.textContent;
        el.lang = code;
        el.dir = "auto"; // isolated, in the direction of its own letters (English inside Arabic)
      });
      row.querySelector("button").onclick = () => askWorker({ type: "remove", lang: code });
      return row;
    }));
    here.hidden = !langs.length;
  }

  /* Service worker: offline saving and updates. */
  const tools = () => $("offline-tools");
  // "/" carries the offline tools in every language; the page shows the suggested one's.
  const picker = () => document.querySelector("template[data-offline-lang]") !== null;
  // The language of the offline tools' texts, numbers and sizes (on "/", not the page's).
  const toolsLang = () => (tools() && tools().lang) || pageLang();
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);

  function status(text) {
    const el = $("offline-status");
    if (el) el.textContent = text;
  }

  /* Whether the browser promised to keep what is saved (asked for with persist() only on a tap
     of "save every language"), and the space used and still free (estimate()). */
  function size(bytes) {
    const big = bytes >= 1e9;
    return new Intl.NumberFormat(toolsLang(), { style: "unit", unit: big ? "gigabyte" : "megabyte",
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

  /* A language removed: say which (the page's own: that its pages no longer open offline). */
  function removedStatus(box, code) {
    if (code === pageLang()) return box.dataset.notSaved;
    // First-strong isolate: a name in another script keeps its place in the sentence (as <bdi>).
    return fill(box.dataset.removed, { language: `\u2068${languageName(code).textContent}\u2069` });
  }

  function onMessage(event) {
    const box = tools();
    const data = event.data || {};
    if (data.type === "saved" || data.type === "save-failed") showSaved(data.langs || []); // failed: what is saved all the same
    if (!box) return;
    const bar = $("offline-progress");
    if (data.type === "progress") {
      const count = new Intl.NumberFormat(toolsLang());
      bar.hidden = false;
      bar.max = data.bytes;
      bar.value = data.bytesDone;
      status(fill(box.dataset.progress, { done: count.format(data.langsDone), total: count.format(data.langs),
        saved: size(data.bytesDone), size: size(data.bytes) }));
    } else if (data.type === "saved") {
      bar.hidden = true;
      const all = languages().every((code) => data.langs.includes(code));
      const lang = toolsLang();
      // The page's language removed by the person: not saved again until they ask.
      const removedHere = !picker() && !data.langs.includes(lang) && (data.removed || []).includes(lang);
      if (data.gone) status(removedStatus(box, data.gone));
      else if (all) status(box.dataset.all);
      else if (data.langs.includes(lang)) status(box.dataset.ready);
      else if (removedHere) status(box.dataset.notSaved);
      $("save-all").hidden = all;
      if ($("save-this")) $("save-this").hidden = !removedHere;
      if (data.gone && document.activeElement === document.body) $("offline-status").focus(); // its button is gone
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

  /* Installing: the browser's own prompt where it offers one (kept from beforeinstallprompt),
     on iPhone and iPad the Add to Home Screen steps; nothing when running installed. */
  let installPrompt = null;
  const installed = () => window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
  const apple = () => /iPhone|iPad|iPod/.test(navigator.userAgent)
    || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);

  function showInstall() {
    const button = $("install-app");
    if (!button) return;
    button.hidden = !installPrompt || installed();
    const steps = $("install-ios"); // the steps (About), or a link to them
    steps.hidden = !apple() || installed();
    if (!steps.hidden && window.location.hash === "#install-ios") steps.scrollIntoView();
    button.onclick = async () => {
      const offer = installPrompt;
      installPrompt = null; // a prompt can be shown once
      button.hidden = true;
      await offer.prompt();
      await offer.userChoice;
    };
  }
  window.addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault(); // our button, in the page's language, instead of the browser's bar
    installPrompt = event;
    showInstall();
  });
  window.addEventListener("appinstalled", () => {
    installPrompt = null;
    showInstall();
  });

  /* Pages other than About and "/" hold a slot for the offline tools: fetched (from the saved
     copy once the language is saved) and put in place. */
  async function loadTools() {
    const slot = $("offline-tools-slot");
    if (!slot || tools()) return;
    try {
      const response = await fetch(slot.dataset.src);
      if (response.ok && slot.isConnected) slot.outerHTML = await response.text();
    } catch (e) { /* offline and not saved: no tools to show */ }
  }

  /* What the body needs: run on load and after each boosted navigation swaps it. */
  async function setUpBody() {
    if (!("serviceWorker" in navigator)) return;
    await loadTools();
    const box = tools();
    if (!box) {
      // The offline page in a language not saved (so neither are its tools): still list what is.
      if ($("saved-languages")) askWorker({ type: "status" });
      return;
    }
    box.hidden = false;
    // Saves asked for by a tap ("asked") also undo an earlier removal of those languages.
    $("save-all").onclick = () => {
      storageInfo(true); // the tap is what lets the browser grant persistent storage
      askWorker({ type: "save", langs: "all", asked: true });
    };
    if ($("save-this")) $("save-this").onclick = () => askWorker({ type: "save", langs: [pageLang()], asked: true });
    $("offline-status").tabIndex = -1;
    showInstall();
    offerUpdate(null);
    if (picker()) return; // "/": setUp saves the suggested language
    if ($("saved-languages")) {
      // The offline page: shown because the network is gone, so only ask what is saved.
      askWorker({ type: "status" });
    } else {
      // A language visited is a language kept: saves this page's pack if it is not saved yet.
      askWorker({ type: "save", langs: [pageLang()] });
    }
  }

  /* "/": the offline tools in the suggested language (else the first), after the list. */
  function showPickerTools(code) {
    const copies = [...document.querySelectorAll("template[data-offline-lang]")];
    const chosen = copies.find((t) => t.dataset.offlineLang === code) || copies[0];
    if (chosen) $("main").append(chosen.content.cloneNode(true));
  }

  function setUp() {
    const suggested = suggestLanguage();
    if (!("serviceWorker" in navigator)) return;
    showPickerTools(suggested);
    navigator.serviceWorker.addEventListener("message", onMessage);
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (updating) window.location.reload(); // the new version, whole: never two versions mixed
    });
    navigator.serviceWorker.register("/sw.js").then(watch);
    // "/": save the suggested language once the worker is active (an app installed from
    // here then works offline); the reply marks what is saved.
    if (suggested) askWorker({ type: "save", langs: [suggested] });
    else if (picker()) askWorker({ type: "status" });
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
