/* HFS Companion service worker. The server prepends VERSION, PRECACHE (entries of
   {url, lang, revision}; lang null = shared) and LOCALES, all computed from the app.
   One cache per version; each cache holds a record of what it holds, so an update
   copies unchanged files from the old cache and refetches only what changed. */
"use strict";

const PREFIX = "hfs-";
const CURRENT = PREFIX + VERSION;
const RECORD = "/__precache-record__";
const PARALLEL = 4;

const sameRevision = (held, entry) => held[entry.url] && held[entry.url].revision === entry.revision;

async function record(cache) {
  const response = await cache.match(RECORD);
  return response ? response.json() : {};
}

async function writeRecord(cache, held) {
  const body = JSON.stringify(held);
  await cache.put(RECORD, new Response(body, { headers: { "Content-Type": "application/json" } }));
}

async function oldCaches() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CURRENT);
  return Promise.all(names.map(async (name) => {
    const cache = await caches.open(name);
    return { cache, held: await record(cache) };
  }));
}

function langOf(pathname) {
  const first = pathname.split("/")[1];
  return LOCALES.includes(first) ? first : null;
}

/* Languages to keep: those an older version had saved, plus those of open pages. */
async function languagesToSave() {
  const langs = new Set();
  for (const { held } of await oldCaches()) {
    Object.values(held).forEach((h) => h.lang && langs.add(h.lang));
  }
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  windows.forEach((w) => {
    const lang = langOf(new URL(w.url).pathname);
    if (lang) langs.add(lang);
  });
  return [...langs];
}

async function hex(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/* A response for the entry: copied from an older cache when its revision did not
   change, else fetched past the HTTP cache and checked against the revision, so a
   cache never holds bytes of two versions. */
async function obtain(entry, olds) {
  for (const { cache, held } of olds) {
    if (sameRevision(held, entry)) {
      const copy = await cache.match(entry.url);
      if (copy) return copy;
    }
  }
  const response = await fetch(new Request(entry.url, { cache: "reload", credentials: "same-origin" }));
  if (!response.ok || response.redirected) throw new Error(`${entry.url}: ${response.status}`);
  if (!(await hex(response)).startsWith(entry.revision)) throw new Error(`${entry.url}: changed on the server`);
  return response;
}

/* Save the shared files and the packs of `langs`; report(progress) after each file, in
   languages complete and in bytes. */
async function fill(langs, report = () => {}) {
  const cache = await caches.open(CURRENT);
  const held = await record(cache);
  const olds = await oldCaches();
  const todo = PRECACHE.filter((e) => (!e.lang || langs.includes(e.lang)) && !sameRevision(held, e));
  const left = {};
  todo.forEach((e) => { if (e.lang) left[e.lang] = (left[e.lang] || 0) + 1; });
  const progress = { langsDone: langs.filter((l) => !left[l]).length, langs: langs.length, bytesDone: 0,
    bytes: todo.reduce((sum, e) => sum + e.size, 0) };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const entry = todo[next++];
      await cache.put(entry.url, await obtain(entry, olds));
      held[entry.url] = { revision: entry.revision, lang: entry.lang };
      progress.bytesDone += entry.size;
      if (entry.lang && --left[entry.lang] === 0) progress.langsDone += 1;
      report(progress);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await writeRecord(cache, held);
  }
  return todo.length;
}

/* One fill at a time: each reads the record, adds to it and writes it back, so two at
   once (the page's language and the one "/" suggests, say) would lose each other's part. */
let filling = Promise.resolve();
function fillInTurn(langs, report) {
  const turn = filling.then(() => fill(langs, report));
  filling = turn.catch(() => {});
  return turn;
}

async function savedLanguages() {
  const held = await record(await caches.open(CURRENT));
  return LOCALES.filter((lang) => PRECACHE.every((e) => e.lang !== lang || sameRevision(held, e)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(languagesToSave().then((langs) => fillInTurn(langs)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CURRENT).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = (message) => event.source && event.source.postMessage(message);
  if (data.type === "skip-waiting") {
    self.skipWaiting();
  } else if (data.type === "save") {
    const langs = data.langs === "all" ? LOCALES : data.langs.filter((l) => LOCALES.includes(l));
    event.waitUntil(
      fillInTurn(langs, (progress) => reply({ type: "progress", ...progress }))
        .then(async () => reply({ type: "saved", langs: await savedLanguages() }))
        .catch(() => reply({ type: "save-failed" })),
    );
  } else if (data.type === "status") {
    event.waitUntil(savedLanguages().then((langs) => reply({ type: "saved", langs })));
  }
});

async function offlinePage(url) {
  const cache = await caches.open(CURRENT);
  const wanted = langOf(url.pathname) || LOCALES.find((l) => navigator.language.startsWith(l)) || LOCALES[0];
  const saved = await cache.match(`/${wanted}/offline/`);
  if (!saved) return Response.error();
  // A new response, so the address stays the one asked for (htmx and history keep it).
  return new Response(saved.body, { status: 200, headers: saved.headers });
}

/* Pages: the saved copy (its query string ignored: pages have none), then the
   network, then the offline page in the URL's language. */
async function page(request, url) {
  const cache = await caches.open(CURRENT);
  const saved = await cache.match(url.origin + url.pathname);
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch (error) {
    return offlinePage(url);
  }
}

async function asset(request) {
  const saved = await (await caches.open(CURRENT)).match(request);
  return saved || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname === "/sw.js") return;
  const isPage = request.mode === "navigate" || request.headers.get("HX-Request") === "true";
  event.respondWith(isPage ? page(request, url) : asset(request));
});
