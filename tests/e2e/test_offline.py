"""Service worker: installs, controls, works with the network cut for real, updates."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.e2e.conftest import PAGE_PATHS, wait_until_saved




def precache(page, base: str) -> list[dict]:
    source = page.request.get(f"{base}/sw.js").text()
    return json.loads(re.search(r"^const PRECACHE = (.*);$", source, re.M).group(1))


def cut_network(page, server) -> None:
    server.stop()  # the worker's own fetches are not covered by set_offline alone
    page.context.set_offline(True)


def test_worker_installs_and_controls_the_page(page, base_url):
    page.goto(f"{base_url}/en/")
    wait_until_saved(page, "en")
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == f"{base_url}/"
    cached = page.evaluate("caches.keys()")
    assert len(cached) == 1 and cached[0].startswith("hfs-")


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_saved_page_of_the_language_loads_with_the_network_cut(saved_page, code):
    page, server = saved_page(code)
    entries = precache(page, server.url)
    own = [e["url"] for e in entries if e["lang"] == code
           and not e["url"].endswith((".webmanifest", "/result-view/"))]  # pages, not the fragment
    own.append(f"/{code}/offline/")  # shared by every language, saved on the first visit
    assert sorted(own) == sorted(f"/{code}/{path}" for path in PAGE_PATHS)
    expected = {url: page.request.get(server.url + url).text() for url in own}
    cut_network(page, server)
    for url in own:
        response = page.goto(server.url + url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == code
        title = re.search(r"<h1>(.*?)</h1>", expected[url], re.S).group(1)
        assert page.locator("h1").inner_html() == title


def test_control_without_a_service_worker_the_same_steps_fail(browser, serve):
    server = serve()
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(f"{server.url}/en/")
    assert page.evaluate("navigator.serviceWorker.controller") is None
    cut_network(page, server)
    with pytest.raises(PlaywrightError):
        page.goto(f"{server.url}/en/about/")
    context.close()


def test_a_page_never_saved_gives_the_offline_page_in_its_language(saved_page):
    page, server = saved_page("es")
    offline_h1 = {code: page.request.get(f"{server.url}/{code}/offline/").text() for code in ("es", "ar")}
    cut_network(page, server)
    # A Spanish address that was never saved (it does not exist yet), and an Arabic page
    # whose language was never saved: each gets the offline page in its own language.
    for url, code in ((f"{server.url}/es/new-page/", "es"), (f"{server.url}/ar/about/", "ar")):
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
        title = re.search(r"<h1>(.*?)</h1>", offline_h1[code], re.S).group(1)
        assert page.locator("h1").inner_html() == title


def test_a_boosted_link_offline_still_gets_the_offline_page(saved_page):
    page, server = saved_page("en")
    cut_network(page, server)
    # An in-page link to a page that was never saved, followed through htmx.
    page.evaluate("""() => { const a = document.createElement('a'); a.href = '/en/not-saved/';
        a.id = 'probe'; a.textContent = 'probe'; document.querySelector('main').append(a); htmx.process(a); }""")
    page.click("#probe")
    expect(page).to_have_url(f"{server.url}/en/not-saved/")
    expect(page.locator("h1")).to_have_text("You are offline")
    assert page.locator("html").get_attribute("lang") == "en"


def test_save_every_language_shows_progress_then_all_work_offline(saved_page):
    page, server = saved_page("en")
    page.click("#save-all")
    done = page.locator("#offline-tools").get_attribute("data-all")
    expect(page.locator("#offline-status")).to_have_text(done, timeout=30000)
    expect(page.locator("#save-all")).to_be_hidden()
    cut_network(page, server)
    for url in ("/es/about/", "/ar/references/", "/ar/"):
        assert page.goto(server.url + url).status == 200
        assert page.locator("html").get_attribute("lang") == url.split("/")[1]


def test_a_new_version_installs_and_the_notice_updates_the_page(saved_page, serve):
    page, first = saved_page("en")
    old_caches = page.evaluate("caches.keys()")
    port = first.port
    first.stop()
    serve({"TEXT_OVERRIDES": {"What causes it?": "What is the cause?"}}, port=port)
    notice = page.locator("#update-notice")
    expect(notice).to_be_hidden()
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    expect(notice).to_be_visible(timeout=20000)
    expect(page.locator("h2#cause")).to_have_text("What causes it?")  # the old version, whole, until accepted
    with page.expect_navigation():
        page.click("#update-accept")
    expect(page.locator("h2#cause")).to_have_text("What is the cause?")
    expect(notice).to_be_hidden()
    page.wait_for_function("(old) => caches.keys().then((k) => k.length === 1 && k[0] !== old[0])", arg=old_caches)
