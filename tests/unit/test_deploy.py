"""The headers for static hosts and nginx come from the app's own answers (pwa/deploy.py)."""

from __future__ import annotations

import re

import pytest

from pwa import create_app
from pwa.deploy import headers_file, nginx_conf, rules
from pwa.security import HEADERS


def test_rules_follow_the_apps_headers(app):
    r = rules(app)
    assert r.common == HEADERS  # the security headers, on every kind of file
    assert {code: h["Content-Language"] for code, h in r.pages.items()} == {
        loc.replace("_", "-"): loc.replace("_", "-") for loc in app.config["LOCALES"]
    }
    assert r.static_cache == {
        "hashed": f"public, max-age={app.config['STATIC_MAX_AGE']}, immutable",
        "other": "no-cache",
    }
    assert r.proxied == ["/<lang_code>/quiz/result/"]


def test_a_header_changed_in_the_app_changes_both_outputs():
    app = create_app({"TESTING": True})

    @app.after_request
    def longer(response):
        if response.headers.get("Cache-Control") == "no-cache":
            response.headers["Cache-Control"] = "no-cache, max-age=0"
        return response

    r = rules(app)
    assert "  Cache-Control: no-cache, max-age=0" in headers_file(r)
    assert 'add_header Cache-Control "no-cache, max-age=0" always;' in nginx_conf(r, "/site", "/run/app.sock")


def test_a_kind_whose_files_disagree_is_an_error_not_a_guess():
    app = create_app({"TESTING": True})

    @app.after_request
    def symptoms_differs(response):
        from flask import request

        if request.path.endswith("/symptoms/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    with pytest.raises(ValueError, match="pages of"):
        rules(app)


def test_nginx_conf_proxies_only_the_post_route_buffered_and_never_echoes_the_host(app):
    conf = nginx_conf(rules(app), "/site", "/run/app.sock", listen="127.0.0.1:8080")
    langs = "|".join(re.escape(loc.replace("_", "-")) for loc in app.config["LOCALES"])
    assert conf.count("proxy_pass") == 1 and f"location ~ ^(?:/(?:{langs})/quiz/result/)$" in conf
    for line in ("absolute_redirect off;", "proxy_request_buffering on;", "client_header_timeout 10s;",
                 f"client_max_body_size {app.config['MAX_CONTENT_LENGTH']};", "server_tokens off;",
                 "access_log off;", "listen 127.0.0.1:8080;", "root /site;"):  # fmt: skip
        assert line in conf
