"""Rendered pages kept per process (pwa/cache.py): rendered once, keyed by route and arguments
(never the query string), 200 GETs only, bounded; the answer stays byte for byte what a fresh
render gives, with HEAD, compression and every header right."""

from __future__ import annotations

import tracemalloc

import brotli
from flask import template_rendered

from pwa import create_app
from pwa.content.pages import PAGES
from pwa.security import HEADERS


def renders(app) -> list[str]:
    seen: list[str] = []
    template_rendered.connect(lambda sender, template, context, **extra: seen.append(template.name), app, weak=False)
    return seen


def urls(app) -> list[str]:
    codes = [code.replace("_", "-") for code in app.config["LOCALES"]]
    pages = [f"/{c}/{p.slug + '/' if p.slug else ''}" for c in codes for p in PAGES]
    return [
        "/",
        "/sw.js",
        *pages,
        *(f"/{c}/{tail}" for c in codes for tail in ("quiz/", "quiz/history/", "references/")),
    ]


def test_a_page_is_rendered_once_and_then_served_the_same_with_every_header():
    app = create_app({"TESTING": True})
    client, seen = app.test_client(), renders(app)
    first = client.get("/ar/treatment/")
    assert seen == ["pages/page.html"]
    again = client.get("/ar/treatment/?utm=1")
    assert seen == ["pages/page.html"]  # not rendered again, whatever the query string
    assert again.data == first.data and again.status_code == 200
    for name in (*HEADERS, "Content-Language", "Cache-Control", "Content-Type"):
        assert again.headers[name] == first.headers[name], name
    packed = client.get("/ar/treatment/", headers={"Accept-Encoding": "br"})
    assert packed.headers["Content-Encoding"] == "br" and brotli.decompress(packed.data) == first.data
    head = client.head("/ar/treatment/")
    assert (
        head.status_code == 200 and head.data == b"" and head.headers["Content-Type"] == first.headers["Content-Type"]
    )


def test_every_cached_answer_is_what_a_fresh_render_gives():
    cached = create_app({"TESTING": True})
    fresh = create_app({"TESTING": True, "PAGE_CACHE_ENTRIES": 0})
    warm, cold, seen = cached.test_client(), fresh.test_client(), renders(cached)
    for url in urls(cached):
        assert warm.get(url).status_code == 200, url
    rendered = len(seen)
    for url in urls(cached):
        assert warm.get(url).data == cold.get(url).data, url
    assert len(seen) == rendered  # the second round came from the cache
    assert not fresh.extensions["page_cache"].entries


def test_errors_posts_and_unknown_routes_are_never_kept():
    app = create_app({"TESTING": True})
    client = app.test_client()
    assert client.get("/xx/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.post("/en/quiz/result/", data={"emergency": "none"}).status_code == 200
    assert client.get("/en/symptoms").status_code == 308
    assert not app.extensions["page_cache"].entries


def test_ten_thousand_query_strings_make_one_entry_and_memory_stays_flat():
    app = create_app({"TESTING": True})
    client = app.test_client()
    client.get("/en/symptoms/?warm=1")
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for n in range(10_000):
        assert client.get(f"/en/symptoms/?q={n}&r={n * 7}").status_code == 200
    grown = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert len(app.extensions["page_cache"].entries) == 1
    assert grown < 1_000_000, grown  # one page is ~25 KB: a copy per query string would be 250 MB


def test_the_cache_is_bounded_by_entries_and_by_bytes():
    app = create_app({"TESTING": True, "PAGE_CACHE_ENTRIES": 3})
    client = app.test_client()
    for url in urls(app)[:8]:
        client.get(url)
    assert len(app.extensions["page_cache"].entries) == 3
    small = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 60_000})
    client = small.test_client()
    for url in urls(small):
        client.get(url)
    assert 0 < small.extensions["page_cache"].size <= 60_000
