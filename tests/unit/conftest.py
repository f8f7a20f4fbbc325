"""Parametrize over every page URL x locale the app itself lists for offline use."""

from __future__ import annotations

from pwa import create_app
from pwa.offline.precache import precache_urls


def pytest_generate_tests(metafunc):
    if "page_url" in metafunc.fixturenames:
        app = create_app({"TESTING": True})
        urls = [(url, lang) for url, lang in precache_urls(app) if not url.startswith("/static/")]
        metafunc.parametrize(("page_url", "page_lang"), urls, ids=[url for url, _ in urls])
