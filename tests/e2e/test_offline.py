"""Service worker: installs, controls, works with the network cut for real, updates."""

from __future__ import annotations

import json
import re
import time

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.e2e.conftest import PAGE_PATHS, FailFrom, wait_until_saved


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
    own = [
        e["url"]
        for e in entries
        if e["lang"] == code and not e["url"].endswith((".webmanifest", "/result-view/", "/offline-tools/"))
    ]  # pages, not the fragments
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


def test_save_every_language_shows_progress_in_languages_and_bytes_then_every_page_works_offline(saved_page):
    page, server = saved_page("en")
    page.evaluate("""() => { window.said = []; new MutationObserver(() => window.said.push(
      document.getElementById('offline-status').textContent)).observe(document.getElementById('offline-status'),
      { childList: true, characterData: true, subtree: true }); }""")
    page.click("#save-all")
    done = page.locator("#offline-tools").get_attribute("data-all")
    expect(page.locator("#offline-status")).to_have_text(done, timeout=30000)
    expect(page.locator("#save-all")).to_be_hidden()
    codes = page.evaluate("() => [...document.querySelectorAll('.languages a[data-lang]')].map((a) => a.dataset.lang)")
    progress = [text for text in page.evaluate("() => window.said") if text.startswith("Saving")]
    assert progress and all(
        re.fullmatch(rf"Saving for offline use\. Languages: \d+ of {len(codes)}\. Size: [\d.]+ MB of [\d.]+ MB\.", text)
        for text in progress
    ), progress
    assert progress[-1].startswith(f"Saving for offline use. Languages: {len(codes)} of {len(codes)}.")
    cut_network(page, server)
    for code in codes:  # every page of every locale, with the network off
        for path in PAGE_PATHS:
            assert page.goto(f"{server.url}/{code}/{path}").status == 200, (code, path)
            assert page.locator("html").get_attribute("lang") == code


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


# Asks for an update and follows the new worker to its end: "redundant" (its install failed),
# "installed" (waiting for the person to accept) or "none" (no new version found).
UPDATE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const found = new Promise((resolve) => {
    registration.addEventListener("updatefound", () => resolve(registration.installing), { once: true });
    setTimeout(() => resolve(null), 10000);
  });
  try { await registration.update(); } catch (e) { return "unreachable"; }
  const worker = registration.installing || registration.waiting || (await found);
  if (!worker) return "none";
  if (["installed", "redundant"].includes(worker.state)) return worker.state;
  return new Promise((resolve) => worker.addEventListener("statechange", () => {
    if (["installed", "redundant"].includes(worker.state)) resolve(worker.state);
  }));
}"""

EVERY_FILE = {"Self-check": "Self check"}  # in the header of every page: a new version of each


def test_a_network_drop_during_an_update_leaves_the_previous_version_whole_and_the_update_waits(saved_page, serve):
    page, first = saved_page("en")
    old_cache = page.evaluate("caches.keys()")[0]
    controller = page.evaluate("navigator.serviceWorker.controller.scriptURL")
    port = first.port
    first.stop()
    failing = serve({"TEXT_OVERRIDES": EVERY_FILE}, port=port, wrap=lambda app: FailFrom(app, 3))
    assert page.evaluate(UPDATE) == "redundant"  # the new version never got past its install
    assert failing.app.failed >= 1 and failing.app.seen - failing.app.failed >= 2  # dropped mid-install
    expect(page.locator("#update-notice")).to_be_hidden()
    assert old_cache in page.evaluate("caches.keys()")
    # With the network gone, every saved page is still the previous version, whole.
    cut_network(page, failing)
    for path in PAGE_PATHS:
        page.goto(f"{failing.url}/en/{path}")
        expect(page.locator("header.site")).to_contain_text("Self-check")
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == controller
    assert page.evaluate(UPDATE) == "unreachable"  # looked for offline: nothing changes, it waits
    # The network is back: the update installs in full, and waits for the person to accept it.
    page.context.set_offline(False)
    serve({"TEXT_OVERRIDES": EVERY_FILE}, port=port)
    assert page.evaluate(UPDATE) == "installed"
    expect(page.locator("#update-notice")).to_be_visible(timeout=20000)
    with page.expect_navigation():
        page.click("#update-accept")
    expect(page.locator("header.site")).to_contain_text("Self check")
    page.wait_for_function("(old) => caches.keys().then((k) => k.length === 1 && k[0] !== old)", arg=old_cache)


def test_saved_results_survive_ten_updates(saved_page, serve):
    page, server = saved_page("en")
    port = server.port
    page.goto(f"{server.url}/en/quiz/history/")
    page.evaluate(
        "(value) => localStorage.setItem('hfs-quiz-history', value)",
        json.dumps(
            {
                "version": 2,
                "entries": [
                    {
                        "id": f"id-{n}",
                        "date": f"2025-0{n}-01T10:00:00.000Z",
                        "symptoms": n,
                        "impact": n,
                        "tier": None,
                        "summary": None,
                    }
                    for n in range(1, 5)
                ],
            }
        ),
    )
    before = page.evaluate("() => localStorage.getItem('hfs-quiz-history')")
    versions = set()
    for update in range(1, 11):
        server.stop()
        server = serve({"TEXT_OVERRIDES": {"Your saved results": f"Your saved results ({update})"}}, port=port)
        assert page.evaluate(UPDATE) == "installed"
        with page.expect_navigation():
            page.click("#update-accept")
        versions.add(page.evaluate("caches.keys()")[0])
        assert page.evaluate("() => localStorage.getItem('hfs-quiz-history')") == before
    assert len(versions) == 10  # ten different worker versions
    expect(page.locator("#history-rows tr")).to_have_count(4)


SAVED_LANGUAGES = """async () => {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    const on = (event) => {
      if (!event.data || event.data.type !== "saved") return;
      navigator.serviceWorker.removeEventListener("message", on);
      resolve(event.data.langs);
    };
    navigator.serviceWorker.addEventListener("message", on);
    registration.active.postMessage({ type: "status" });
  });
}"""


def saved_languages(page) -> list[str]:
    """The worker's own record of the languages it holds whole."""
    return page.evaluate(SAVED_LANGUAGES)


def wait_until_languages_saved(page, langs: set[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while (held := set(saved_languages(page))) != langs:
        assert time.monotonic() < deadline, f"saved {sorted(held)}, not {sorted(langs)}"
        page.wait_for_timeout(250)


def test_two_saves_at_once_keep_both_languages(saved_page):
    """Each fill reads the worker's record and writes it back: run together, the second used to
    overwrite the first one's part. They now run one after another."""
    page, _ = saved_page("en")
    page.evaluate("""async () => {
      const registration = await navigator.serviceWorker.ready;
      registration.active.postMessage({ type: "save", langs: ["es"] });
      registration.active.postMessage({ type: "save", langs: ["ar"] });
    }""")
    wait_until_languages_saved(page, {"en", "es", "ar"})


@pytest.mark.parametrize("granted", [True, False])
def test_saving_every_language_asks_to_keep_them_and_says_the_answer_and_the_space(browser, serve, granted):
    """navigator.storage.persist() is stubbed: headless Chromium always answers false."""
    server = serve()
    context = browser.new_context()
    context.add_init_script(f"""(() => {{
      let granted = false;
      navigator.storage.persist = async () => {{ granted = {str(granted).lower()}; return granted; }};
      navigator.storage.persisted = async () => granted;
      navigator.storage.estimate = async () => ({{ usage: 2500000, quota: 1500000000 }});
    }})()""")
    page = context.new_page()
    page.goto(f"{server.url}/es/about/")
    wait_until_saved(page, "es")
    box = page.locator("#offline-tools")
    expect(page.locator("#offline-storage")).to_contain_text("2,5 MB")  # used, in the page's language
    expect(page.locator("#offline-storage")).to_contain_text("1,5 GB")  # still free
    page.click("#save-all")
    wait_until_languages_saved(
        page,
        set(
            page.evaluate("() => [...document.querySelectorAll('.languages a[data-lang]')].map((a) => a.dataset.lang)")
        ),
    )
    told = box.get_attribute("data-kept" if granted else "data-not-kept")
    expect(page.locator("#offline-storage")).to_contain_text(told)
    context.close()


@pytest.fixture
def picker_first(browser, serve):
    """A first visit to "/" by a browser whose language is Spanish, until the worker is done."""
    contexts = []

    def visit():
        server = serve()
        context = browser.new_context(locale="es-ES")
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{server.url}/")
        assert page.evaluate("navigator.languages[0]") == "es-ES"
        wait_until_languages_saved(page, {"es"})
        return page, server

    yield visit
    for context in contexts:
        context.close()


def test_the_first_visit_to_the_picker_saves_the_suggested_language(picker_first):
    page, server = picker_first()
    home = page.request.get(f"{server.url}/es/").text()
    cut_network(page, server)
    response = page.goto(f"{server.url}/es/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "es"
    # The home page itself, not the offline page (which the worker would give for an unsaved page).
    assert page.locator("h1").inner_html() == re.search(r"<h1>(.*?)</h1>", home, re.S).group(1)
    assert page.locator("#saved-languages").count() == 0


def test_the_picker_marks_the_languages_saved_on_this_phone(picker_first):
    page, server = picker_first()
    marks = {code: page.locator(f'.language-list a[data-lang="{code}"] .saved-mark') for code in ("en", "es", "ar")}
    expect(marks["es"]).to_be_visible()
    expected = re.search(
        r'data-saved-lang="es" hidden>.*?</svg>\s*(.*?)</span>', page.request.get(f"{server.url}/").text(), re.S
    ).group(1)
    expect(marks["es"]).to_have_text(expected.strip())
    expect(marks["en"]).to_be_hidden()
    expect(marks["ar"]).to_be_hidden()
    # A language visited later is marked too; offline, "/" comes from the worker with its marks.
    page.goto(f"{server.url}/ar/")
    wait_until_saved(page, "ar")
    cut_network(page, server)
    page.goto(f"{server.url}/")
    expect(marks["es"]).to_be_visible()
    expect(marks["ar"]).to_be_visible()
    expect(marks["en"]).to_be_hidden()


def test_the_offline_page_offers_the_languages_saved_on_this_phone(saved_page):
    page, server = saved_page("es")
    page.goto(f"{server.url}/ar/")
    wait_until_saved(page, "ar")
    cut_network(page, server)
    page.goto(f"{server.url}/en/about/")  # English was never saved: the offline page, in English
    expect(page.locator("h1")).to_have_text("You are offline")
    saved = page.locator("#saved-languages")
    expect(saved).to_be_visible()
    links = saved.locator("a:visible")
    expect(links).to_have_count(2)
    assert [links.nth(i).get_attribute("href") for i in range(2)] == ["/es/", "/ar/"]
    expect(saved.locator('a[href="/en/"]')).to_be_hidden()  # its own home is not saved: no loop back here
    with page.expect_navigation():
        links.first.click()
    assert page.locator("html").get_attribute("lang") == "es"
    expect(page.locator("#saved-languages")).to_have_count(0)  # the Spanish home page, not the offline page


def test_saving_every_language_from_the_picker_shows_progress_in_the_suggested_language(picker_first):
    page, _ = picker_first()  # a Spanish browser: the picker offers Spanish
    box = page.locator("#offline-tools")
    expect(box).to_be_visible()
    assert box.get_attribute("lang") == "es"
    spanish = page.evaluate(
        "() => document.querySelector('template[data-offline-lang=es]').content.querySelector('#save-all').textContent"
    )
    assert spanish != page.evaluate(
        "() => document.querySelector('template[data-offline-lang=en]').content.querySelector('#save-all').textContent"
    )
    expect(page.locator("#save-all")).to_have_text(spanish)
    page.evaluate("""() => { window.said = []; const status = document.getElementById('offline-status');
      new MutationObserver(() => window.said.push([status.textContent,
        !document.getElementById('offline-progress').hidden])).observe(status, { childList: true, subtree: true }); }""")
    page.click("#save-all")
    expect(page.locator("#offline-status")).to_have_text(box.get_attribute("data-all"), timeout=30000)
    expect(page.locator("#save-all")).to_be_hidden()
    # Progress in Spanish (the template's text, numbers filled), with the bar shown.
    pattern = re.escape(box.get_attribute("data-progress"))
    for slot in ("done", "total", "saved", "size"):
        pattern = pattern.replace(re.escape("{" + slot + "}"), ".+?")
    progress = [(text, bar) for text, bar in page.evaluate("() => window.said") if re.fullmatch(pattern, text)]
    assert progress and all(bar for _, bar in progress), page.evaluate("() => window.said")
    codes = page.evaluate(
        "() => [...document.querySelectorAll('.language-list a[data-lang]')].map((a) => a.dataset.lang)"
    )
    wait_until_languages_saved(page, set(codes))


def remove_button(page, code: str):
    """The Remove button of a language in the saved list, by its accessible name ("Remove Español")."""
    name = page.locator(f'.languages a[data-lang="{code}"]').text_content()
    pattern = page.evaluate(
        "() => document.querySelector('#saved-here template').content.querySelector('button').textContent"
    )
    return page.get_by_role("button", name=f"{pattern.strip()} {name}", exact=True)


def test_a_removed_language_is_gone_offline_and_not_saved_again_until_asked(saved_page, serve):
    page, server = saved_page("es")
    page.goto(f"{server.url}/ar/")
    wait_until_saved(page, "ar")
    page.goto(f"{server.url}/es/")
    wait_until_saved(page, "es")
    box = page.locator("#offline-tools")
    expect(page.locator("#saved-here li")).to_have_count(2)
    # Each name is isolated, in the direction of its own letters (Arabic inside a Spanish page).
    assert (
        page.locator("#saved-here li .language-name").evaluate_all("(els) => els.map((el) => el.dir)") == ["auto"] * 4
    )
    remove_button(page, "ar").click()
    arabic = page.locator('.languages a[data-lang="ar"]').text_content()
    expect(page.locator("#offline-status")).to_have_text(  # the name inside first-strong isolates
        box.get_attribute("data-removed").replace("{language}", f"\u2068{arabic}\u2069")
    )
    expect(page.locator("#saved-here li")).to_have_count(1)
    assert saved_languages(page) == ["es"]
    # Visiting an Arabic page online does not save it again: the page says it is not saved.
    page.goto(f"{server.url}/ar/about/")
    expect(page.locator("#offline-status")).to_have_text(box.get_attribute("data-not-saved"))
    expect(page.locator("#save-this")).to_be_visible()
    assert saved_languages(page) == ["es"]
    # Nor does an update, which saves the languages of open pages: the removal is carried over.
    port = server.port
    server.stop()
    server = serve({"TEXT_OVERRIDES": {"Self-check": "Self check"}}, port=port)
    assert page.evaluate(UPDATE) == "installed"
    with page.expect_navigation():
        page.click("#update-accept")
    expect(page.locator("#offline-status")).to_have_text(box.get_attribute("data-not-saved"))
    assert saved_languages(page) == ["es"]
    # Tapping "Save this language" saves it again.
    page.click("#save-this")
    expect(page.locator("#offline-status")).to_have_text(box.get_attribute("data-ready"), timeout=30000)
    expect(page.locator("#save-this")).to_be_hidden()
    assert saved_languages(page) == ["es", "ar"]
    # Removed from its own page: the page says its pages will not open without a network.
    remove_button(page, "ar").click()
    expect(page.locator("#offline-status")).to_have_text(box.get_attribute("data-not-saved"))
    expect(page.locator("#save-this")).to_be_visible()
    offline_title = re.search(r"<h1>(.*?)</h1>", page.request.get(f"{server.url}/ar/offline/").text(), re.S).group(1)
    spanish_home = re.search(r"<h1>(.*?)</h1>", page.request.get(f"{server.url}/es/").text(), re.S).group(1)
    cut_network(page, server)
    page.goto(f"{server.url}/ar/about/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_html() == offline_title
    page.goto(f"{server.url}/es/")
    assert page.locator("h1").inner_html() == spanish_home
