"""The offline tools' markup in every locale: save, saved languages with Remove, install help,
for every page (a fragment app.js puts in the footer's slot), on About (inside its own section)
and on "/" (one copy per language)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from pwa.content.pages import PAGES
from pwa.i18n import describe
from tests.unit.helpers import translated

SAVE_ALL = "Save every language on this phone"
SAVE_THIS = "Save this language on this phone"
INSTALL = "Install the app"
REMOVE = "Remove %(language)s"
REMOVED = "%(language)s is no longer saved on this phone."
NOT_SAVED = "This language is not saved on this phone, so its pages will not open without a network."
IOS_STEPS = (
    "To add this app to the home screen of this iPhone or iPad:",
    "Tap the Share button (a square with an arrow pointing up).",
    "Tap “Add to Home Screen”. You may need to scroll down to find it.",
    "Tap “Add”.",
    "Then open the app from the home screen and save your languages again there: Safari and the app on the "
    "home screen keep separate copies.",
)
ABOUT = next(p for p in PAGES if p.offline_tools)


def sections(html: str) -> list[str]:
    return re.findall(r'<section class="offline-tools".*?</section>', html, re.S)


def text_of(fragment: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)))


def button(html: str, id_: str) -> str:
    return text_of(re.search(rf'<(?:button|a)[^>]* id="{id_}"[^>]*>(.*?)</(?:button|a)>', html, re.S).group(1))


@pytest.fixture(params=["", "quiz/", "offline/", ABOUT.slug + "/"])
def path(request):
    return request.param


def tools_of(client, html: str) -> list[str]:
    """The page's offline tools: inline (About), or the fragment its footer's slot names."""
    slot = re.search(r'<div id="offline-tools-slot" data-src="([^"]+)" hidden></div>', html)
    if slot:
        assert not sections(html)  # pages do not carry the tools themselves
        fragment = client.get(slot.group(1))
        assert fragment.status_code == 200 and "<html" not in fragment.get_data(as_text=True)
        html = fragment.get_data(as_text=True)
    return sections(html)


def test_every_page_has_the_offline_tools_once_hidden_and_in_its_language(app, client, path):
    for locale in app.config["LOCALES"]:
        code = describe(locale)["code"]
        html = client.get(f"/{code}/{path}").get_data(as_text=True)
        (section,) = tools_of(client, html)
        opening = section.split(">", 1)[0]
        assert f'lang="{code}"' in opening and " hidden" in opening  # app.js shows it
        assert button(section, "save-all") == translated(locale, SAVE_ALL)
        assert button(section, "save-this") == translated(locale, SAVE_THIS)
        assert button(section, "install-app") == translated(locale, INSTALL)
        removed = unescape(re.search(r'data-removed="([^"]*)"', opening).group(1))
        assert removed == translated(locale, REMOVED) % {"language": "{language}"}
        assert unescape(re.search(r'data-not-saved="([^"]*)"', opening).group(1)) == translated(locale, NOT_SAVED)
        # One row for app.js to copy per saved language: "Remove" and a slot for the name, read
        # by screen readers only ("Remove Español").
        row = re.search(r'<div class="saved-here" id="saved-here" hidden>.*?<template>(.*?)</template>', section, re.S)
        slot = '<span class="visually-hidden language-name"></span>'
        remove = re.search(r'<button type="button" class="secondary">(.*?)</button>', row.group(1), re.S).group(1)
        assert remove == translated(locale, REMOVE) % {"language": slot}


def test_about_has_the_tools_in_its_offline_section_with_the_iphone_steps(app, client):
    for locale in app.config["LOCALES"]:
        code = describe(locale)["code"]
        html = client.get(f"/{code}/{ABOUT.slug}/").get_data(as_text=True)
        main = re.search(r"<main[^>]*>(.*?)</main>", html, re.S).group(1)
        (section,) = sections(main)
        heading = ABOUT.sections[-1]
        assert f'aria-labelledby="{heading.anchor}"' in section  # part of "Using it without a network"
        assert main.index(f'<h2 id="{heading.anchor}">') < main.index(section)
        assert not sections(re.search(r"<footer.*?</footer>", html, re.S).group(0))
        steps = re.search(r'<div class="install-ios" id="install-ios" hidden>(.*?)</div>', section, re.S).group(1)
        for step in IOS_STEPS:
            assert text_of(translated(locale, step)) in text_of(steps)
        assert len(re.findall(r"<li>", steps)) == 3


def test_other_pages_link_iphones_to_the_steps_on_about(app, client):
    for locale in app.config["LOCALES"]:
        code = describe(locale)["code"]
        html = client.get(f"/{code}/symptoms/").get_data(as_text=True)
        (html,) = tools_of(client, html)
        link = re.search(r'<a class="button" id="install-ios"[^>]* href="([^"]+)" hidden>(.*?)</a>', html, re.S)
        assert link.group(1) == f"/{code}/{ABOUT.slug}/#install-ios"
        assert text_of(link.group(2)) == translated(locale, INSTALL)
        assert not any(text_of(translated(locale, step)) in text_of(html) for step in IOS_STEPS)


def test_pages_leave_the_tools_out_of_their_first_round_trip(app, client):
    """They need JavaScript, so they come after the page: every page but About has only the slot,
    and the fragment is saved with its language for offline use."""
    from pwa.offline.views import precache

    urls = {e["url"]: e["lang"] for e in precache(app)[0]}
    for locale in app.config["LOCALES"]:
        code = describe(locale)["code"]
        assert urls[f"/{code}/offline-tools/"] == code
        for path in ("", "symptoms/", "quiz/", "references/"):
            html = client.get(f"/{code}/{path}").get_data(as_text=True)
            assert not sections(html) and 'id="offline-tools-slot"' in html


def test_the_picker_carries_the_save_button_in_every_language_for_app_js(app, client):
    html = client.get("/").get_data(as_text=True)
    assert client.get("/", headers={"Accept-Language": "ar"}).get_data(as_text=True) == html  # same bytes
    copies = dict(re.findall(r'<template data-offline-lang="([^"]+)">(.*?)</template>', html, re.S))
    assert list(copies) == [describe(locale)["code"] for locale in app.config["LOCALES"]]
    for locale in app.config["LOCALES"]:
        info = describe(locale)
        (section,) = sections(copies[info["code"]])
        assert f'lang="{info["code"]}" dir="{info["dir"]}"' in section
        assert button(section, "save-all") == translated(locale, SAVE_ALL)
        progress = "Saving for offline use. Languages: %(done)s of %(total)s. Size: %(saved)s of %(size)s."
        slots = {name: "{" + name + "}" for name in ("done", "total", "saved", "size")}
        assert f'data-progress="{translated(locale, progress) % slots}"' in unescape(section)
        # Only saving on "/": no list of saved languages, no install help.
        assert "saved-here" not in section and "install" not in section
    assert 'id="offline-tools"' not in html.split("<template", 1)[0]  # nothing shown without JavaScript
