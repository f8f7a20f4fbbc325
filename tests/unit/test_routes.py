"""Every route in every locale: 200, right language and direction, no inline code."""

from __future__ import annotations

import re

from tests.unit.helpers import CODES, Page, direction, translated


def test_every_page_and_locale_is_ok(shared_app, page_url, page_lang):
    """200; a page has its language and direction, a title and one h1; every language is complete
    (no English fallback marker, on pages and fragments alike); a translated page says it is not
    yet reviewed by a medical translator and links to the same page in English."""
    response = shared_app.test_client().get(page_url)
    assert response.status_code == 200, page_url
    html = response.get_data(as_text=True)
    assert 'class="untranslated"' not in html and "untranslated-notice" not in html, page_url
    if response.mimetype != "text/html" or "<html" not in html:  # not pages
        return
    page = Page(html)
    code = page_url.strip("/").split("/")[0] if page_url != "/" else "en"
    assert page.html["lang"] == code
    assert page.html["dir"] == direction(code)
    assert page.title.strip() and "<" not in page.title
    assert len(page.find("h1")) == 1 and page.h1.strip()
    assert page.find("meta", name="viewport")
    note = re.search(r'<p class="review-note">([^<]*)<a href="([^"]*)" hreflang="en"[^>]*>([^<]*)</a>', html)
    if code == "en":
        assert note is None and 'class="review-note"' not in html
    elif page_url != "/":
        assert note, page_url
        text, href, link = note.groups()
        assert text.strip() == translated(code, "This translation has not yet been reviewed by a medical translator.")
        assert href == page_url.replace(f"/{code}/", "/en/", 1)
        assert link == translated(code, "Read this page in English")


def test_content_language_matches_url(client):
    assert client.get("/ar/about/").headers["Content-Language"] == "ar"
    assert client.get("/es/").headers["Content-Language"] == "es"


def test_language_switcher_keeps_the_page(client):
    page = Page(client.get("/es/about/").get_data(as_text=True))
    links = {a["data-lang"]: a["href"] for a in page.find("a") if "data-lang" in a}
    assert links == {code: f"/{code}/about/" for code in CODES}
    current = [a for a in page.find("a") if a.get("aria-current") == "true"]
    assert [a["data-lang"] for a in current] == ["es"]


def test_picker_lists_every_language_in_its_own_name_and_is_the_same_for_everyone(client):
    english = client.get("/", headers={"Accept-Language": "en"})
    arabic = client.get("/", headers={"Accept-Language": "ar"})
    assert english.status_code == 200
    assert english.data == arabic.data  # same bytes for everyone: it caches cleanly
    page = Page(english.get_data(as_text=True))
    names = {a["data-lang"]: a for a in page.find("a") if "data-lang" in a}
    assert set(names) == set(CODES)
    html = english.get_data(as_text=True)
    for name in ("English", "Español", "العربية"):
        assert name in html
    assert names["ar"]["dir"] == "rtl" and names["ar"]["lang"] == "ar"
    assert "Vary" not in english.headers or "Accept-Language" not in english.headers["Vary"]


def test_pages_render_byte_identically_in_two_processes_worth_of_apps():
    from pwa import create_app

    first, second = create_app(), create_app()
    for url in ("/", "/en/", "/ar/about/", "/es/references/", "/sw.js", "/es/manifest.webmanifest"):
        assert first.test_client().get(url).data == second.test_client().get(url).data, url


def test_no_inline_script_style_or_handlers_anywhere(shared_app, page_url, page_lang):
    response = shared_app.test_client().get(page_url)
    if response.mimetype != "text/html":
        return
    page = Page(response.get_data(as_text=True))
    for tag, attrs in page.elements:
        assert tag not in ("style", "iframe", "object", "embed"), page_url
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), page_url
        assert "style" not in attrs, (page_url, tag)
        assert not any(name.startswith(("on", "hx-on", "data-hx-on")) for name in attrs), (page_url, tag)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").lower().startswith("javascript:"), page_url
    # Every resource the page loads is our own: no third-party request of any kind.
    for tag, attrs in page.elements:
        url = (
            attrs.get("src")
            if tag in ("script", "img", "iframe", "source")
            else (attrs.get("href") if tag == "link" else None)
        )
        if url:
            assert url.startswith("/") and not url.startswith("//"), (page_url, url)


def test_no_markup_leaks_into_attributes_or_titles_when_text_is_untranslated():
    """A locale with no catalog at all shows every string marked; marked strings must
    never land inside an attribute or <title> as raw markup."""
    from pwa import create_app

    app = create_app({"TESTING": True, "LOCALES": ["en", "de"]})
    html = app.test_client().get("/de/about/").get_data(as_text=True)
    page = Page(html)
    assert "untranslated-notice" in html
    assert page.find("span", **{"class": "untranslated", "lang": "en"})
    assert "<" not in page.title
    for _tag, attrs in page.elements:
        for value in attrs.values():
            assert value is None or not re.search(r"<\s*span", value)


def test_every_page_names_itself_in_every_language_for_search_engines(shared_app, page_url, page_lang):
    """<link rel=alternate hreflang> to the same page in each configured language, and "/" (the
    picker) as x-default; error pages and fragments name none."""
    html = shared_app.test_client().get(page_url).get_data(as_text=True)
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    if "<html" not in html or page_url == "/":
        assert not links
        return
    code = page_url.split("/")[1]
    codes = [loc.replace("_", "-") for loc in shared_app.config["LOCALES"]]
    assert links == {**{c: page_url.replace(f"/{code}/", f"/{c}/", 1) for c in codes}, "x-default": "/"}


def test_error_pages_name_no_alternates(client):
    assert 'rel="alternate"' not in client.get("/es/no-such-page/").get_data(as_text=True)
