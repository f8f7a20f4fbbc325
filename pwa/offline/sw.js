/* HFS Companion service worker. The server prepends VERSION, PRECACHE (entries of
   {url, lang, revision}; lang null = shared) and LOCALES, all computed from the app.
   One cache per version; each cache holds a record of what it holds, so an update
   copies unchanged files from the old cache and refetches only what changed, and the
   languages the person removed, so that nothing saves them again until they ask. */
"use strict";

const PREFIX = "hfs-";
const CURRENT = PREFIX + VERSION;
const RECORD = "/__precache-record__";
const REMOVED = "/__removed-languages__";
const PARALLEL = 4;

const sameRevision = (held, entry) => held[entry.url] && held[entry.url].revision === entry.revision;

async function record(cache) {
  const response = await cache.match(RECORD);
  return response ? response.json() : {};
}

async function writeRecord(cache, held, key = RECORD) {
  const body = JSON.stringify(held);
  await cache.put(key, new Response(body, { headers: { "Content-Type": "application/json" } }));
}

/* Languages the person removed: automatic saves (a visit, an update) skip them; a save
   they ask for (a button) clears the removal. */
async function removedLanguages(cache) {
  const response = await (cache || (await caches.open(CURRENT))).match(REMOVED);
  return response ? response.json() : [];
}

const writeRemoved = async (langs) => writeRecord(await caches.open(CURRENT), [...new Set(langs)].sort(), REMOVED);

/* On an update: the removals the previous versions held (the active one kept taking them
   until now), so a language removed there stays removed here. */
async function carriedRemovals(olds) {
  const lists = await Promise.all(olds.map(({ cache }) => removedLanguages(cache)));
  return [...new Set(lists.flat())];
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

/* Languages to keep: those an older version had saved, plus those of open pages, less
   those the person removed. */
async function languagesToSave(removed) {
  const langs = new Set();
  for (const { held } of await oldCaches()) {
    Object.values(held).forEach((h) => h.lang && langs.add(h.lang));
  }
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  windows.forEach((w) => {
    const lang = langOf(new URL(w.url).pathname);
    if (lang) langs.add(lang);
  });
  return [...langs].filter((l) => !removed.includes(l));
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

/* Remove a language's pages from the current cache and its record, and remember the removal.
   Shared files (the offline pages among them) stay. */
async function remove(lang) {
  const cache = await caches.open(CURRENT);
  const held = await record(cache);
  const urls = Object.keys(held).filter((url) => held[url].lang === lang);
  await Promise.all(urls.map((url) => cache.delete(url)));
  urls.forEach((url) => { delete held[url]; });
  await writeRecord(cache, held);
  await writeRemoved([...(await removedLanguages(cache)), lang]);
}

/* One change of the cache at a time: each fill reads the record, adds to it and writes it
   back, so two at once (the page's language and the one "/" suggests, say) would lose each
   other's part; a removal in between would be undone. */
let filling = Promise.resolve();
function inTurn(job) {
  const turn = filling.then(job);
  filling = turn.catch(() => {});
  return turn;
}

/* A save: `asked` (a tap on a save button) clears the removal of those languages; any
   other save (a visit, the language "/" suggests) skips the removed ones. */
const save = (langs, asked, report) => inTurn(async () => {
  const removed = await removedLanguages();
  if (asked) await writeRemoved(removed.filter((l) => !langs.includes(l)));
  return fill(asked ? langs : langs.filter((l) => !removed.includes(l)), report);
});

async function savedLanguages() {
  const held = await record(await caches.open(CURRENT));
  return LOCALES.filter((lang) => PRECACHE.every((e) => e.lang !== lang || sameRevision(held, e)));
}

const savedReply = async () => ({ type: "saved", langs: await savedLanguages(), removed: await removedLanguages() });

self.addEventListener("install", (event) => {
  event.waitUntil(inTurn(async () => {
    const removed = await carriedRemovals(await oldCaches());
    await writeRemoved(removed);
    return fill(await languagesToSave(removed));
  }));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    // Removals made in the previous version after this one installed: carried, and applied.
    const olds = await oldCaches();
    if (olds.length) {
      const removed = await carriedRemovals(olds);
      await inTurn(async () => {
        await writeRemoved(removed);
        for (const lang of removed) await remove(lang);
      });
    }
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
      save(langs, data.asked === true, (progress) => reply({ type: "progress", ...progress }))
        .then(async () => reply(await savedReply()))
        .catch(async () => reply({ ...(await savedReply()), type: "save-failed" })), // what is saved all the same
    );
  } else if (data.type === "remove" && LOCALES.includes(data.lang)) {
    event.waitUntil(inTurn(() => remove(data.lang)).then(async () => reply({ ...(await savedReply()), gone: data.lang })));
  } else if (data.type === "status") {
    event.waitUntil(savedReply().then(reply));
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
