"""The precache list, the service worker's version, and the web app manifest."""

from __future__ import annotations

import hashlib
import json
import re
import struct

import pytest

from pwa import create_app
from pwa.offline.precache import precache_urls
from tests.unit.helpers import CODES, direction


def worker_constants(client) -> tuple[str, list[dict], list[str]]:
    source = client.get("/sw.js").get_data(as_text=True)
    version = json.loads(re.search(r"^const VERSION = (.*);$", source, re.M).group(1))
    entries = json.loads(re.search(r"^const PRECACHE = (.*);$", source, re.M).group(1))
    locales = json.loads(re.search(r"^const LOCALES = (.*);$", source, re.M).group(1))
    return version, entries, locales


def test_worker_carries_the_precache_list_computed_from_routes(app, client):
    version, entries, locales = worker_constants(client)
    assert re.fullmatch(r"[0-9a-f]{16}", version)
    assert locales == CODES
    urls = {e["url"] for e in entries}
    assert urls == {url for url, _ in precache_urls(app)}
    for code in locales:  # every page of every language, and its manifest
        for path in ("", "about/", "references/", "offline/", "manifest.webmanifest"):
            assert f"/{code}/{path}" in urls
    assert "/" in urls and "/sw.js" not in urls
    assert any(u.startswith("/static/vendor/htmx-") for u in urls)
    assert not any("SHA256SUMS" in u for u in urls)


def test_offline_pages_are_shared_and_language_pages_belong_to_their_pack(client):
    _, entries, _ = worker_constants(client)
    by_url = {e["url"]: e["lang"] for e in entries}
    assert by_url["/"] is None and by_url["/ar/offline/"] is None and by_url["/es/offline/"] is None
    assert by_url["/es/about/"] == "es" and by_url["/ar/"] == "ar"
    assert by_url["/es/manifest.webmanifest"] == "es"
    assert all(lang is None for url, lang in by_url.items() if url.startswith("/static/"))
    # Each pack is named as URLs, pages and the worker's LOCALES spell the language (pt-BR, not
    # pt_BR): a pack named otherwise would never be saved, and would always count as saved.
    packs = {lang for lang in by_url.values() if lang}
    assert packs == set(CODES) == set(worker_constants(client)[2])


def test_every_precached_url_is_200_with_its_revision_and_no_redirect(client):
    _, entries, _ = worker_constants(client)
    for entry in entries:
        response = client.get(entry["url"])
        assert response.status_code == 200, entry["url"]
        assert hashlib.sha256(response.data).hexdigest().startswith(entry["revision"]), entry["url"]


def test_version_is_stable_across_processes():
    first = worker_constants(create_app().test_client())
    second = worker_constants(create_app().test_client())
    assert first == second


def test_a_changed_english_string_changes_the_version_and_only_that_pages_revisions():
    before = worker_constants(create_app().test_client())
    edited = create_app({"TEXT_OVERRIDES": {"What causes it?": "What is the cause?"}})
    after = worker_constants(edited.test_client())
    assert after[0] != before[0]
    old = {e["url"]: e["revision"] for e in before[1]}
    changed = sorted(e["url"] for e in after[1] if old[e["url"]] != e["revision"])
    assert changed == sorted(f"/{code}/" for code in CODES)  # the home page of each language, nothing else
    assert "What is the cause?" in edited.test_client().get("/en/").get_data(as_text=True)


def test_the_worker_code_is_part_of_the_version(monkeypatch):
    from pwa.offline import views

    before = worker_constants(create_app().test_client())[0]
    monkeypatch.setattr(views, "worker_source", lambda: "/* changed */")
    assert worker_constants(create_app().test_client())[0] != before


def test_the_worker_deletes_old_caches_copies_unchanged_files_and_claims_clients(client):
    source = client.get("/sw.js").get_data(as_text=True)
    assert 'cache: "reload"' in source
    assert "caches.delete" in source and "clients.claim" in source
    assert "skipWaiting" in source


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("code", CODES)
def test_manifest_per_locale(client, code):
    response = client.get(f"/{code}/manifest.webmanifest")
    assert response.status_code == 200
    assert response.mimetype == "application/manifest+json"
    manifest = json.loads(response.data)
    assert manifest["lang"] == code
    assert manifest["dir"] == direction(code)
    assert manifest["start_url"] == f"/{code}/"
    assert manifest["scope"] == "/" and manifest["id"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["name"] and manifest["short_name"] and len(manifest["short_name"]) <= 15
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])
    start = client.get(manifest["start_url"])
    assert start.status_code == 200  # never a redirect
    sizes = {}
    for icon in manifest["icons"]:
        data = client.get(icon["src"]).data
        width, height = png_size(data)
        assert icon["sizes"] == f"{width}x{height}"
        sizes[(width, icon["purpose"])] = icon["src"]
    assert {(192, "any"), (512, "any"), (512, "maskable")} <= set(sizes)


def test_manifest_names_are_translated(client):
    names = {code: json.loads(client.get(f"/{code}/manifest.webmanifest").data)["name"] for code in CODES}
    assert len(set(names.values())) == len(CODES)


def test_apple_touch_icon_is_linked_and_180px(client):
    html = client.get("/en/").get_data(as_text=True)
    href = re.search(r'<link rel="apple-touch-icon" href="([^"]+)"', html).group(1)
    assert png_size(client.get(href).data) == (180, 180)


def test_the_picker_has_a_hidden_saved_mark_per_language_in_that_language(app, client):
    from flask_babel import force_locale

    from pwa.i18n import plain_gettext

    html = client.get("/").get_data(as_text=True)
    assert client.get("/", headers={"Accept-Language": "ar"}).get_data(as_text=True) == html  # same bytes
    for code in CODES:
        with app.test_request_context("/"), force_locale(code.replace("-", "_")):
            text = plain_gettext("Saved on this phone")
        link = re.search(rf'<a href="/{code}/" lang="{code}"[^>]*data-lang="{code}">(.*?)</a>', html, re.S).group(1)
        mark = re.search(rf'<span class="saved-mark" data-saved-lang="{code}" hidden>(.*?)</span>', link, re.S)
        assert mark, code  # inside the language's own link, so it is read in that language
        assert re.sub(r"<svg.*?</svg>", "", mark.group(1)).strip() == text


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_offline_page_links_every_language_home_for_app_js_to_show_the_saved(client, code):
    html = client.get(f"/{code}/offline/").get_data(as_text=True)
    section = re.search(r'<section class="saved-languages" id="saved-languages"[^>]*hidden>(.*?)</section>', html, re.S)
    assert section
    for other in CODES:
        assert re.search(
            rf'<li data-saved-lang="{other}" hidden><a [^>]*href="/{other}/" lang="{other}"', section.group(1)
        )
    main = re.search(r"<main[^>]*>(.*?)</main>", html, re.S).group(1)
    # No home link of its own outside the list: it would loop back here when that home is not saved.
    assert main.count(f'href="/{code}/"') == 1
