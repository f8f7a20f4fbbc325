"""What only a browser shows: install criteria, right to left, small screens and large
text, no JavaScript, htmx navigation, the language picker, accessibility."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PAGE_PATHS, assert_accessible, wait_until_saved

# Every page of English and Arabic, one page of each other language: the unit tests
# cover every route x locale.
SAMPLE = [f"/{code}/{path}" for code in ("en", "ar") for path in PAGE_PATHS] + ["/es/about/", "/"]


def test_installable_with_zero_installability_errors(launch_persistent, base_url):
    context = launch_persistent()
    page = context.new_page()
    page.goto(f"{base_url}/es/")
    wait_until_saved(page, "es")
    cdp = context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == []
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [] and manifest["url"].endswith("/es/manifest.webmanifest")


def test_a_real_install_offer_shows_the_install_button_which_opens_the_browsers_prompt(launch_persistent, base_url):
    """Headless Chromium fires a real beforeinstallprompt in a persistent context once the app is
    installable; the dialog prompt() opens cannot be answered here, so the choice is stubbed below."""
    context = launch_persistent()
    page = context.new_page()
    page.add_init_script("window.addEventListener('beforeinstallprompt', (e) => { window.offered = e; })")
    page.goto(f"{base_url}/es/")
    wait_until_saved(page, "es")
    button = page.locator("#install-app")
    expect(button).to_be_visible(timeout=20000)
    assert page.evaluate("() => window.offered.defaultPrevented")  # our button, not the browser's bar
    page.evaluate(
        "() => { const real = window.offered.prompt.bind(window.offered); window.prompted = 0;"
        " window.offered.prompt = () => { window.prompted += 1; return real(); }; }"
    )
    button.click()
    expect(button).to_be_hidden()  # a prompt is shown once
    assert page.evaluate("() => window.prompted") == 1


# A stand-in install offer: headless Chromium cannot answer the real prompt's dialog.
OFFER = """() => { const offer = new Event('beforeinstallprompt', { cancelable: true });
  window.prompted = 0;
  offer.prompt = async () => { window.prompted += 1; };
  offer.userChoice = Promise.resolve({ outcome: 'dismissed' });
  window.dispatchEvent(offer); return offer.defaultPrevented; }"""
STANDALONE = """(() => { const media = window.matchMedia.bind(window);
  window.matchMedia = (query) => query.includes('display-mode: standalone')
    ? { matches: true, media: query, addEventListener() {}, removeEventListener() {} } : media(query); })()"""
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1"
)


def test_the_install_button_follows_the_offer_and_hides_when_installed(page, base_url):
    page.goto(f"{base_url}/ar/about/")
    wait_until_saved(page, "ar")
    button = page.locator("#install-app")
    expect(button).to_be_hidden()  # nothing offered yet
    expect(page.locator("#install-ios")).to_be_hidden()  # not an iPhone
    assert page.evaluate(OFFER) is True
    expect(button).to_be_visible()
    button.click()
    expect(button).to_be_hidden()
    assert page.evaluate("() => window.prompted") == 1
    page.evaluate(OFFER)
    expect(button).to_be_visible()
    page.evaluate("() => window.dispatchEvent(new Event('appinstalled'))")
    expect(button).to_be_hidden()


def test_no_install_help_when_running_installed(browser, base_url):
    context = browser.new_context(user_agent=IPHONE)
    context.add_init_script(STANDALONE)
    page = context.new_page()
    page.goto(f"{base_url}/es/about/")
    wait_until_saved(page, "es")
    page.evaluate(OFFER)
    expect(page.locator("#install-app")).to_be_hidden()
    expect(page.locator("#install-ios")).to_be_hidden()
    context.close()


def test_on_an_iphone_the_add_to_home_screen_steps_are_shown(browser, base_url):
    context = browser.new_context(user_agent=IPHONE, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{base_url}/es/symptoms/")
    wait_until_saved(page, "es")
    link = page.locator("#install-ios")  # elsewhere than About: a link to the steps
    expect(link).to_be_visible()
    expect(page.locator("#install-app")).to_be_hidden()
    with page.expect_navigation():
        link.click()
    expect(page).to_have_url(f"{base_url}/es/about/#install-ios")
    steps = page.locator("#install-ios")
    expect(steps).to_be_visible()
    expect(steps.locator("ol li")).to_have_count(3)
    expect(steps).to_be_in_viewport()
    # navigator.standalone: opened from the home screen, so no steps.
    page.add_init_script("Object.defineProperty(navigator, 'standalone', { value: true })")
    page.reload()
    wait_until_saved(page, "es")
    expect(steps).to_be_hidden()
    context.close()


@pytest.mark.parametrize("url", SAMPLE)
def test_no_accessibility_violations(page, base_url, url):
    page.goto(base_url + url)
    assert_accessible(page)


def test_no_accessibility_violations_in_dark_mode_with_the_language_menu_open(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(f"{base_url}/ar/about/")
    page.click(".languages summary")
    assert_accessible(page)
    context.close()


@pytest.mark.parametrize("url", SAMPLE)
def test_no_horizontal_scroll_at_320px_even_with_200_percent_text(browser, base_url, url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(base_url + url)
    width = "() => document.documentElement.scrollWidth"
    assert page.evaluate(width) <= 320
    page.evaluate("() => { document.documentElement.style.fontSize = '225%'; }")  # 200% of our 112.5%
    page.click(".languages summary") if page.locator(".languages summary").count() else None
    assert page.evaluate(width) <= 320
    context.close()


def test_arabic_is_laid_out_right_to_left(page, base_url):
    page.set_viewport_size({"width": 800, "height": 800})
    page.goto(f"{base_url}/ar/")
    assert page.evaluate("() => getComputedStyle(document.body).direction") == "rtl"
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".languages summary").bounding_box()
    assert brand["x"] > switcher["x"]  # the brand starts on the right
    heading = page.locator("h1").bounding_box()
    main = page.locator("main").bounding_box()
    assert heading["x"] + heading["width"] > main["x"] + main["width"] - 40  # aligned to the right edge
    page.goto(f"{base_url}/en/")
    assert page.locator(".brand").bounding_box()["x"] < page.locator(".languages summary").bounding_box()["x"]


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_everything_works_without_javascript(page, base_url):
    page.goto(f"{base_url}/")
    page.click("a[data-lang=ar]")
    expect(page).to_have_url(f"{base_url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.click("footer a[href='/ar/about/']")
    expect(page).to_have_url(f"{base_url}/ar/about/")
    page.click(".languages summary")  # <details> opens without script
    page.click(".languages a[data-lang=es]")
    expect(page).to_have_url(f"{base_url}/es/about/")  # the same page, in Spanish
    assert page.locator("html").get_attribute("lang") == "es"
    expect(page.locator("#offline-tools")).to_be_hidden()  # nothing offered that needs script


def test_boosted_navigation_keeps_language_direction_and_title(page, base_url):
    page.goto(f"{base_url}/ar/")
    page.wait_for_function("() => window.htmx !== undefined")
    page.evaluate("() => { window.marker = 'same document'; }")
    about_title = page.request.get(f"{base_url}/ar/about/").text().split("<title>")[1].split("</title>")[0]
    page.click("footer a[href='/ar/about/']")
    expect(page).to_have_url(f"{base_url}/ar/about/")
    expect(page).to_have_title(about_title)
    assert page.evaluate("() => window.marker") == "same document"  # htmx swapped, no reload
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("() => document.activeElement.id") == "main"
    # A language link is a real navigation, so <html lang dir> change with it.
    page.click(".languages summary")
    page.click(".languages a[data-lang=en]")
    expect(page).to_have_url(f"{base_url}/en/about/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.evaluate("() => window.marker") is None
    # htmx injected no <style> (CSP) and keeps no page snapshots in storage.
    assert page.evaluate("() => document.querySelectorAll('style').length") == 0
    assert page.evaluate("() => htmx.config.includeIndicatorStyles") is False
    assert page.evaluate("() => sessionStorage.getItem('htmx-history-cache')") is None


def test_csp_violations_never_happen(page, base_url):
    messages = []
    page.on("console", lambda msg: messages.append(msg.text))
    for url in ("/", "/en/", "/ar/about/"):
        page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
    assert not [m for m in messages if "Content Security Policy" in m or "Permissions-Policy" in m], messages


@pytest.mark.browser_context_args(locale="es-MX")
def test_picker_offers_the_browsers_language_first_then_the_saved_choice(page, base_url):
    page.goto(f"{base_url}/")
    first = page.locator(".language-list li").first
    expect(first).to_have_class("suggested")
    expect(first.locator("a")).to_have_attribute("data-lang", "es")
    page.click(".language-list a[data-lang=ar]")
    expect(page).to_have_url(f"{base_url}/ar/")
    page.goto(f"{base_url}/")
    expect(page.locator(".language-list li.suggested a")).to_have_attribute("data-lang", "ar")  # remembered
    expect(page.locator(".language-list li").first).to_have_class("suggested")
    assert page.context.cookies() == []  # and no cookie


@pytest.mark.parametrize(("phone", "offered"), [("zh-CN", "zh-Hans"), ("pt-PT", "pt-BR"), ("bn-IN", "bn")])
def test_picker_offers_the_same_language_for_a_phone_set_to_another_region(browser, base_url, phone, offered):
    context = browser.new_context(locale=phone)
    page = context.new_page()
    page.goto(f"{base_url}/")
    expect(page.locator(".language-list li.suggested a")).to_have_attribute("data-lang", offered)
    context.close()


def test_offline_ready_status_is_shown_once_saved(page, base_url):
    page.goto(f"{base_url}/ar/")
    wait_until_saved(page, "ar")
    expect(page.locator("#offline-tools")).to_be_visible()


@pytest.mark.parametrize("url", ["/en/", "/ar/about/", "/"])
def test_tap_targets_are_at_least_44px(page, base_url, url):
    """Every control and navigation link; citation numbers inside sentences are inline
    links (WCAG 2.5.8 exempts them) and are at least 24 px."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(base_url + url)
    if page.locator(".languages summary").count():
        page.click(".languages summary")
    sizes = page.evaluate("""() => [...document.querySelectorAll('a, button, summary')]
        .filter((e) => e.offsetParent !== null && !e.classList.contains('skip'))
        .map((e) => ({ text: e.textContent.trim().slice(0, 30), inline: !!e.closest('.cite'),
                       h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))""")
    assert sizes
    for size in sizes:
        minimum = 24 if size["inline"] else 44
        assert size["h"] >= minimum and size["w"] >= 24, size


BROKEN_WORDS = """() => { const broken = []; const canvas = document.createElement('canvas').getContext('2d');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || !el.offsetParent || el.closest('script, style, template, .visually-hidden, .references')) continue;
    const style = getComputedStyle(el);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    let block = el;  // the line box's container: the nearest element that is not inline
    while (block.parentElement && getComputedStyle(block).display === 'inline') block = block.parentElement;
    const room = block.clientWidth - parseFloat(getComputedStyle(block).paddingInlineStart)
      - parseFloat(getComputedStyle(block).paddingInlineEnd);
    // a word with its punctuation ("(Botox)" cannot break before the letter); a hyphen is a fair place to break
    for (const m of node.data.matchAll(/[^\\s\\-‐]*\\p{L}[^\\s\\-‐]*/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
      const twoLines = Math.max(...tops) - Math.min(...tops) > parseFloat(style.fontSize) / 2;  // not just two fonts
      if (twoLines && canvas.measureText(m[0]).width < room) broken.push(m[0]);  // it would have fitted
    } }
  return broken; }"""
# Two long articles in English and Arabic; tests/e2e/test_languages.py checks the home page, When to
# get help and the self-check in every language.
WORD_PAGES = [f"/{code}/{path}" for code in ("en", "ar") for path in ("treatment/", "similar-conditions/")]


@pytest.mark.parametrize("url", WORD_PAGES)
def test_no_word_is_broken_that_would_fit_on_a_line(browser, base_url, url):
    """At 360 px and at 320 px with 200% text, a word breaks only when it is longer than its line."""
    for width, scale in ((360, None), (320, "225%")):
        context = browser.new_context(viewport={"width": width, "height": 740})
        page = context.new_page()
        page.goto(base_url + url)
        if scale:
            page.evaluate(f"() => {{ document.documentElement.style.fontSize = '{scale}'; }}")
        assert page.evaluate(BROKEN_WORDS) == [], (width, scale)
        context.close()
