"""Security, privacy, caching and compression headers."""

from __future__ import annotations

import pytest

from pwa.security import csp_header

URLS = [
    "/",
    "/en/",
    "/ar/about/",
    "/es/references/",
    "/sw.js",
    "/en/manifest.webmanifest",
    "/static/css/app.css",
    "/en/no-such-page/",
]


def test_csp_is_exact(client):
    assert client.get("/en/").headers["Content-Security-Policy"] == csp_header()


def test_csp_is_strict():
    policy = dict(part.split(" ", 1) for part in csp_header().split("; "))
    assert policy["default-src"] == "'self'"
    for directive in ("script-src", "style-src"):
        assert policy[directive] == "'self'"
    assert "unsafe" not in csp_header()
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"


@pytest.mark.parametrize("url", URLS)
def test_security_headers_on_every_response(client, url):
    headers = client.get(url).headers
    assert headers["Content-Security-Policy"] == csp_header()
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in headers["Permissions-Policy"]
    assert "Set-Cookie" not in headers  # no cookies of any kind


@pytest.mark.parametrize(
    "url", ["/en/", "/static/css/app.css", "/static/js/app.js", "/sw.js", "/ar/manifest.webmanifest"]
)
@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_text_responses_are_compressed(client, url, encoding):
    response = client.get(url, headers={"Accept-Encoding": encoding})
    assert response.headers["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response.headers["Vary"]


def test_hashed_static_url_is_cached_for_a_year_and_others_revalidate(client, app):
    with app.test_request_context():
        from flask import url_for

        hashed = url_for("static", filename="css/app.css")
    assert "?v=" in hashed
    long = client.get(hashed).headers["Cache-Control"]
    assert "max-age=31536000" in long and "immutable" in long
    assert client.get("/static/css/app.css").headers["Cache-Control"] == "no-cache"
    assert client.get("/static/css/app.css?v=000000000000").headers["Cache-Control"] == "no-cache"


def test_static_hash_is_the_content_hash(client, app):
    import hashlib

    data = client.get("/static/js/app.js").data  # the bytes served (minified), which the hash must name
    with app.test_request_context():
        from flask import url_for

        assert url_for("static", filename="js/app.js").endswith("?v=" + hashlib.sha256(data).hexdigest()[:12])


def test_pages_and_worker_revalidate(client):
    assert client.get("/en/").headers["Cache-Control"] == "no-cache"
    assert client.get("/").headers["Cache-Control"] == "no-cache"
    sw = client.get("/sw.js")
    assert sw.headers["Cache-Control"] == "no-cache"
    assert sw.mimetype == "text/javascript"


@pytest.mark.parametrize(
    "url", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/vendor/SHA256SUMS", "/static/nope.css"]
)
def test_static_serves_only_our_asset_files(client, url):
    assert client.get(url).status_code == 404
