"""An update downloads only what changed: every unchanged file is copied from the old cache."""

from __future__ import annotations

from pwa import create_app
from pwa.offline.views import precache
from tests.e2e.test_offline import UPDATE


class Seen:
    """WSGI middleware that notes each path asked for."""

    def __init__(self, app):
        self.app, self.paths = app, []

    def __call__(self, environ, start_response):
        self.paths.append(environ["PATH_INFO"])
        return self.app(environ, start_response)


def test_an_update_downloads_only_the_files_that_changed(saved_page, serve):
    page, first = saved_page("es")
    port = first.port
    first.stop()
    change = {"TEXT_OVERRIDES": {"What causes it?": "What is the cause?"}}  # one heading's English
    seen: list[Seen] = []
    serve(change, port=port, wrap=lambda app: seen.append(Seen(app)) or seen[0])
    assert page.evaluate(UPDATE) == "installed"

    old = {e["url"]: e["revision"] for e in precache(create_app())[0]}
    new = precache(create_app(change))[0]
    kept = [e for e in new if e["lang"] in (None, "es")]  # what this phone holds: shared + Spanish
    changed = {e["url"].split("?")[0] for e in kept if old.get(e["url"]) != e["revision"]}
    fetched = {path for path in seen[0].paths if path != "/sw.js"}
    assert changed, "the change must touch some saved file"
    assert fetched == changed  # each changed file once, no unchanged one
    assert len(fetched) < len(kept) / 2
