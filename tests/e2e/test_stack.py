"""make serve's stack (nginx on the export, the app behind it) in Chromium: the worker installs
under nginx's headers with no CSP complaint, the language works offline once nginx is gone, and the
self-check's form without JavaScript is answered by the app through nginx."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pwa.stack import Stack, free_port
from tests.e2e.conftest import PAGE_PATHS, wait_until_saved
from tests.e2e.test_quiz import answer


@pytest.fixture
def stack():
    with Stack(port=free_port(), quiet=True) as running:
        yield running


def test_under_nginx_the_worker_installs_and_the_language_works_offline_after_nginx_stops(browser, stack):
    context = browser.new_context()
    page = context.new_page()
    refused = []
    page.on("console", lambda message: "Refused" in message.text and refused.append(message.text))
    page.goto(f"{stack.url}/ar/")
    wait_until_saved(page, "ar")
    assert page.evaluate("() => document.querySelector('link[rel=manifest]').href").endswith("/ar/manifest.webmanifest")
    stack.stop()  # nginx and gunicorn gone: nothing answers any more
    context.set_offline(True)
    for path in PAGE_PATHS:
        page.goto(f"{stack.url}/ar/{path}")
        assert page.locator("html").get_attribute("dir") == "rtl", path
        expect(page.locator("h1")).not_to_be_empty()
    assert refused == []  # the CSP nginx sends allows everything the pages do
    context.close()


def test_without_javascript_the_self_check_is_answered_through_nginx(browser, stack):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{stack.url}/es/quiz/")
    answer(page, "emergency", ["face"])
    with page.expect_navigation() as navigation:
        page.click("#quiz-submit")
    response = navigation.value
    assert (response.request.method, response.status, response.headers["cache-control"]) == ("POST", 200, "no-store")
    expect(page.locator("[data-rule]").first).to_have_attribute("data-rule", "flag_stroke")
    assert page.locator("html").get_attribute("lang") == "es"
    context.close()
