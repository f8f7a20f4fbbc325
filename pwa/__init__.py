"""The HFS companion: an offline-first, multilingual Flask PWA about hemifacial spasm."""

from __future__ import annotations

from flask import Flask
from flask_compress import Compress

from pwa.config import Defaults

compress = Compress()


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, static_folder=None)
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True  # fewer bytes per page
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("PWA")
    if test_config:
        app.config.update(test_config)

    from pwa import assets, cache, cli, errors, i18n, pages, security
    from pwa.offline.views import root

    i18n.init_app(app)
    assets.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    compress.init_app(app)
    cache.init_app(app)  # after the compressor: it keeps pages before they are compressed
    app.register_blueprint(root)
    pages.init_app(app)
    cli.init_app(app)
    app.after_request(default_cache_control)
    return app


def default_cache_control(response):
    """Pages revalidate (their URLs carry no hash); content-hashed assets set their own."""
    response.headers.setdefault("Cache-Control", "no-cache")
    return response
