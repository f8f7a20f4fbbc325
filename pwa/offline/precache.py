"""The offline list, derived from the app's own routes, locales and static files.

Each entry is {"url", "lang", "revision", "size"}: lang None is shared (downloaded on the
first install), a language's URL code (pt-BR) is that language's pack; size (bytes) drives the saving progress. The revision is a hash of the
response's bytes, and the version is a hash over every entry and the worker's code,
so any change of content, translation or code installs a new worker."""

from __future__ import annotations

import contextvars
import hashlib
import json

from flask import Flask, url_for

from pwa.i18n import url_code

SHARED = "shared"


def shared(view):
    """Precache this localized view in every language as a shared file (the offline page)."""
    view.precache = SHARED
    return view


def never(view):
    """Keep this GET view out of the precache (the worker itself)."""
    view.precache = False
    return view


def precache_urls(app: Flask) -> list[tuple[str, str | None]]:
    """(url, lang) for every GET page route × locale, every argument-free route and
    every static file, in a stable order."""
    urls: list[tuple[str, str | None]] = []
    with app.test_request_context("/"):
        for rule in app.url_map.iter_rules():
            mode = getattr(app.view_functions[rule.endpoint], "precache", True)
            if "GET" not in (rule.methods or ()) or rule.endpoint == "static" or mode is False:
                continue
            defaults = rule.defaults or {}
            arguments = rule.arguments - set(defaults)
            if not arguments:
                urls.append((url_for(rule.endpoint, **defaults), None))
            elif arguments == {"lang_code"}:
                for locale in app.config["LOCALES"]:
                    url = url_for(rule.endpoint, lang_code=url_code(locale), **defaults)
                    # The language as URLs and pages spell it (pt-BR, zh-Hans): the worker's LOCALES,
                    # and the lang of the page that asks it to save, use the same spelling.
                    urls.append((url, None if mode == SHARED else url_code(locale)))
            else:
                raise RuntimeError(f"{rule.rule}: a GET route with arguments needs a precache rule")
        urls += [(url_for("static", filename=name), None) for name in app.extensions["assets"].files()]
    return sorted(urls, key=lambda item: (item[1] or "", item[0]))


def build_precache(app: Flask, worker_source: str) -> tuple[list[dict], str]:
    """Fetch every URL through the test client, outside any request context (a test
    client call inside one would reuse its g, where Flask-Babel caches the locale)."""

    def build():
        client = app.test_client()
        entries = []
        for url, lang in precache_urls(app):
            response = client.get(url)
            if response.status_code != 200:  # never a redirect, never an error
                raise RuntimeError(f"cannot precache {url}: {response.status_code}")
            digest = hashlib.sha256(response.data).hexdigest()[:16]
            entries.append({"url": url, "lang": lang, "revision": digest, "size": len(response.data)})
        digest = hashlib.sha256(json.dumps(entries, sort_keys=True).encode() + worker_source.encode())
        return entries, digest.hexdigest()[:16]

    return contextvars.Context().run(build)
