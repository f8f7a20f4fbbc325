"""Real Chromium (Debian's when installed) against the app served on 127.0.0.1."""

from __future__ import annotations

import functools
import mimetypes
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from werkzeug.serving import make_server

from pwa import create_app
from pwa.content.pages import PAGES

# Every page path under /<lang>/: the articles in reading order, then the other pages.
PAGE_PATHS = [f"{p.slug}/" if p.slug else "" for p in PAGES] + ["references/", "offline/", "quiz/", "quiz/history/"]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


def chromium_path() -> str | None:
    return os.environ.get("PWA_CHROMIUM") or shutil.which("chromium")


class LiveServer:
    """The app on 127.0.0.1 in a daemon thread; stop() cuts the network for real."""

    def __init__(self, app, port: int = 0, server=None):
        self.app = app
        self.server = server or make_server("127.0.0.1", port, app, threaded=True)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @classmethod
    def of_files(cls, root) -> LiveServer:
        """Python's own static file server for a folder: no app, no headers of ours, no POST."""
        mimetypes.add_type("application/manifest+json", ".webmanifest")
        handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
        handler.log_message = lambda *args: None
        return cls(None, server=ThreadingHTTPServer(("127.0.0.1", 0), handler))


@pytest.fixture(scope="session")
def live_server():
    server = LiveServer(create_app())
    yield server
    server.stop()


class FailFrom:
    """WSGI middleware: from the `first`-th request on (the worker's update check, /sw.js, not
    counted), every answer is a 503, as when the network drops in the middle of an install."""

    def __init__(self, app, first: int):
        self.app, self.first, self.seen, self.failed = app, first, 0, 0

    def __call__(self, environ, start_response):
        if environ["PATH_INFO"] != "/sw.js":
            self.seen += 1
            if self.seen >= self.first:
                self.failed += 1
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"network down"]
        return self.app(environ, start_response)


@pytest.fixture
def serve():
    """Start servers of our own (offline and update tests stop them); all stopped at the end.
    wrap(app) puts middleware between the server and the app (FailFrom, say)."""
    started: list[LiveServer] = []

    def start(config: dict | None = None, port: int = 0, wrap=None) -> LiveServer:
        app = create_app(config)
        server = LiveServer(wrap(app) if wrap else app, port)  # outside the app: its own requests pass
        started.append(server)
        return server

    yield start
    for server in started:
        if server.thread.is_alive():
            server.stop()


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    exe = chromium_path()
    return {**browser_type_launch_args, "args": CHROMIUM_FLAGS} | ({"executable_path": exe} if exe else {})


@pytest.fixture
def launch_persistent(playwright, browser_type_launch_args, tmp_path):
    """A persistent context (installability is never reported in incognito)."""
    contexts = []

    def launch(**kwargs):
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / f"profile{len(contexts)}"), **browser_type_launch_args, **kwargs
        )
        contexts.append(context)
        return context

    yield launch
    for context in contexts:
        context.close()


def wait_until_saved(page, lang: str) -> None:
    """The worker controls the page and this language's pack is saved (the footer says so)."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20000)
    ready = page.locator("#offline-tools").get_attribute("data-ready")
    page.wait_for_function(
        "(text) => document.getElementById('offline-status').textContent === text", arg=ready, timeout=30000
    )


@pytest.fixture
def saved_page(browser, serve):
    """open(code, config=None) -> (page, server): a fresh browser context on a server of
    its own (so the test may stop it), with `code`'s pages saved for offline use."""
    contexts = []

    def open_saved(code: str, config: dict | None = None):
        server = serve(config)
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{server.url}/{code}/")
        wait_until_saved(page, code)
        return page, server

    yield open_saved
    for context in contexts:
        context.close()


def assert_accessible(page) -> None:
    """axe-core finds no WCAG 2.2 A/AA violation on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
