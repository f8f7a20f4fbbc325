"""`flask freeze`: the whole site, every language, as static files (Frozen-Flask).

Pages become <path>/index.html, /sw.js and the manifests keep their names, assets keep
their paths (their ?v= hash is a query string, which any static host ignores), and
404.html is the English not-found page that static hosts serve for unknown paths, _headers
gives such a host the app's own headers for every kind of file, and _errors/<lang>/ holds the
app's error pages for a server in front (pwa/deploy.py)."""

from __future__ import annotations

import warnings
from pathlib import Path

from flask import Flask
from flask_frozen import Freezer, MissingURLGeneratorWarning

from pwa.deploy import error_pages, headers_file, rules
from pwa.offline.precache import precache_urls


def freeze(app: Flask, destination: str | Path, no_server: bool = False) -> list[str]:
    """no_server: for a static host or CDN with nothing behind it (see STATIC_HOST_ONLY)."""
    if no_server != app.config["STATIC_HOST_ONLY"]:
        app.config["STATIC_HOST_ONLY"] = no_server
        app.extensions.pop("precache", None)  # built from the pages, which change with it
        app.extensions["page_cache"].clear()
    app.config.update(
        FREEZER_DESTINATION=str(destination),
        FREEZER_REMOVE_EXTRA_FILES=True,
        FREEZER_IGNORE_MIMETYPE_WARNINGS=True,  # .webmanifest is not in every mimetypes table
        FREEZER_REDIRECT_POLICY="error",  # a redirect cannot be a static file
    )
    freezer = Freezer(app, with_static_files=False, with_no_argument_rules=False, log_url_for=False)

    @freezer.register_generator
    def site():
        yield "/sw.js"
        yield from (url.split("?", 1)[0] for url, _lang in precache_urls(app))

    with warnings.catch_warnings():  # the generator yields URLs, not endpoints: nothing is missing
        warnings.simplefilter("ignore", MissingURLGeneratorWarning)
        urls = list(freezer.freeze_yield())
    not_found = app.test_client().get("/not-found/", headers={"Accept-Language": "en"})
    Path(destination, "404.html").write_bytes(not_found.data)
    Path(destination, "_headers").write_text(headers_file(rules(app)), encoding="utf-8")
    for name, body in error_pages(app).items():
        Path(destination, name).parent.mkdir(parents=True, exist_ok=True)
        Path(destination, name).write_bytes(body)
    return [str(u.url) for u in urls]
