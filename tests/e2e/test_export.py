"""The static export (`flask freeze --no-server`) served by a plain static file server, with no app
behind it: installs, works offline, runs the JavaScript self-check, the picker leads to a language;
without JavaScript the self-check says it needs it instead of posting to nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pwa import create_app
from pwa.freeze import freeze
from tests.e2e.conftest import PAGE_PATHS, LiveServer, wait_until_saved


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    app = create_app()
    freeze(app, root, no_server=True)
    return root, app


@pytest.fixture
def static_host(export):
    servers = []

    def start():
        servers.append(LiveServer.of_files(export[0]))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def test_the_export_installs_and_every_page_of_the_language_works_offline(browser, static_host):
    server = static_host()
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/es/")
    wait_until_saved(page, "es")
    server.stop()
    context.set_offline(True)
    for path in PAGE_PATHS:
        page.goto(f"{server.url}/es/{path}")
        assert page.locator("html").get_attribute("lang") == "es", path
        expect(page.locator("h1")).not_to_be_empty()
    context.close()


def test_the_self_check_runs_on_the_export_with_javascript(page, static_host):
    server = static_host()
    page.goto(f"{server.url}/en/quiz/")
    page.check("#q-emergency input[value=none]")
    page.evaluate("() => document.getElementById('quiz-form').requestSubmit()")
    expect(page.locator("#quiz-result")).to_be_visible()
    expect(page.locator("#result-heading")).to_be_focused()


def test_the_picker_of_the_export_leads_to_a_language(page, static_host):
    server = static_host()
    page.goto(f"{server.url}/")
    with page.expect_navigation():
        page.click("a[href='/ar/']")
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_without_javascript_the_export_says_the_self_check_needs_it(browser, static_host):
    server = static_host()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server.url}/en/quiz/")
    expect(page.locator("#quiz-submit")).to_be_hidden()  # nothing that would post to a static host
    note = page.locator("#quiz-intro noscript .callout")  # first, before the questions
    expect(note).to_be_visible()
    expect(note).to_contain_text("the self-check needs JavaScript")
    context.close()
