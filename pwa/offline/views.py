"""Two blueprints: root ("/" picker and "/sw.js" at the root scope) and the
per-language web app manifest under the localized blueprint."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, url_for
from flask_babel import force_locale
from markupsafe import Markup

from pwa.content.pages import HOME
from pwa.i18n import current, describe, lookup, plain_gettext
from pwa.offline.precache import build_precache, never

root = Blueprint("root", __name__)
localized_offline = Blueprint("offline", __name__)

THEME = "#0b6e69"
BACKGROUND = "#f7f5ef"


@cache
def worker_source() -> str:
    return (Path(__file__).with_name("sw.js")).read_text(encoding="utf-8")


def precache(app=None) -> tuple[list[dict], str]:
    """Built once per process on first use (every process builds the same bytes)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    if "precache" not in app.extensions or app.debug:
        app.extensions["precache"] = build_precache(app, worker_source())
    return app.extensions["precache"]


@root.get("/")
def picker():
    languages = []
    for locale in current_app.config["LOCALES"]:
        with force_locale(locale):
            languages.append(
                {
                    **describe(locale),
                    "label": lookup("Language")[0],
                    "heading": lookup(HOME.title.text, HOME.title.context)[0],
                    # I18N: On the language picker, beside a language whose pages work without a network.
                    "saved": plain_gettext("Saved on this phone"),
                    # "Save every language", in this language: app.js shows the suggested one.
                    "offline_tools": Markup(render_template("_offline_tools.html", picker=True)),
                }
            )
    return render_template("root/picker.html", languages=languages)


@root.get("/sw.js")
@never
def service_worker():
    entries, version = precache()
    head = (
        f"const VERSION = {json.dumps(version)};\n"
        f"const PRECACHE = {json.dumps(entries, separators=(',', ':'))};\n"
        f"const LOCALES = {json.dumps([describe(loc)['code'] for loc in current_app.config['LOCALES']])};\n"
    )
    return Response(head + worker_source(), mimetype="text/javascript", headers={"Cache-Control": "no-cache"})


@localized_offline.get("/offline-tools/")
def offline_tools():
    """The footer's "Use without a network" (save, saved languages, install help) as a fragment:
    it works only with JavaScript, so app.js fetches it (saved with the language, so offline too)
    instead of every page carrying it in its first round trip."""
    return render_template("_offline_tools.html")


@localized_offline.get("/manifest.webmanifest")
def manifest():
    info = current()

    def icon(name: str, size: str, purpose: str) -> dict:
        return {
            "src": url_for("static", filename=f"icons/{name}"),
            "sizes": size,
            "type": "image/png",
            "purpose": purpose,
        }

    data = {
        "id": "/",
        "name": plain_gettext("HFS Companion: hemifacial spasm"),
        "short_name": plain_gettext("HFS Companion"),
        "description": plain_gettext("Plain answers about twitching on one side of the face. Works offline."),
        "lang": info["code"],
        "dir": info["dir"],
        "start_url": url_for("localized.pages.page", slug=""),
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": [
            icon("icon-192.png", "192x192", "any"),
            icon("icon-512.png", "512x512", "any"),
            icon("maskable-512.png", "512x512", "maskable"),
        ],
    }
    body = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return Response(body, mimetype="application/manifest+json", headers={"Cache-Control": "no-cache"})
