"""The localized blueprint (/<lang>/…) and the article pages under it."""

from __future__ import annotations

from functools import cache
from urllib.parse import quote

from flask import Blueprint, abort, g, render_template
from flask_babel import get_locale

from pwa.content.pages import CONTENT_UPDATED, PAGES
from pwa.content.references import REFERENCES
from pwa.i18n import locale_for, url_code
from pwa.offline.precache import shared
from pwa.offline.views import localized_offline
from pwa.quiz.definition import DEFINITION
from pwa.quiz.views import quiz, quiz_data

localized = Blueprint("localized", __name__, url_prefix="/<lang_code>")  # children inherit both hooks


@localized.url_value_preprocessor
def pull_lang(endpoint, values):
    locale = locale_for(values.pop("lang_code", None))
    if locale is None:
        abort(404)  # the 404 page negotiates its own language
    g.lang_code = locale


@localized.url_defaults
def add_lang(endpoint, values):
    if "lang_code" not in values:  # the page's language; error pages use the negotiated one
        values["lang_code"] = url_code(str(get_locale()))


pages = Blueprint("pages", __name__)


@cache
def citation_numbers() -> dict[str, int]:
    """Each cited tag's number: the order of first citation across the pages in reading order."""
    numbers: dict[str, int] = {}
    for page in PAGES:
        for tag in page.refs:
            numbers.setdefault(tag, len(numbers) + 1)
    for rule in DEFINITION.rules:  # the self-check's explanations cite their sources too
        for tag in rule.refs:
            numbers.setdefault(tag, len(numbers) + 1)
    return numbers


def page(slug: str):
    """An article page; home also lists every other page. Previous and next follow PAGES."""
    index = next(i for i, p in enumerate(PAGES) if p.slug == slug)
    current = PAGES[index]
    return render_template(
        "pages/page.html",
        page=current,
        previous=PAGES[index - 1] if index > 0 else None,
        next=PAGES[index + 1] if index + 1 < len(PAGES) else None,
        index=PAGES[1:] if index == 0 else None,
        updated=CONTENT_UPDATED,
    )


for _page in PAGES:
    pages.add_url_rule(
        f"/{_page.slug}/" if _page.slug else "/", endpoint="page", view_func=page, defaults={"slug": _page.slug}
    )


@pages.app_template_filter("href")
def href(url: str) -> str:
    """A URL made valid in an href: what a URL cannot hold as it is (<, >, ", spaces, non-ASCII) is
    percent-encoded, as a browser would; everything else, %XX escapes included, is kept."""
    return quote(url, safe="/:?#[]@!$&'()*+,;=%~")


@pages.get("/references/")
def references():
    numbers = citation_numbers()
    return render_template("pages/references.html", entries=[(n, REFERENCES[tag]) for tag, n in numbers.items()])


@pages.get("/offline/")
@shared
def offline():
    return render_template("pages/offline.html")


localized.register_blueprint(pages)
localized.register_blueprint(localized_offline)
localized.register_blueprint(quiz)


def init_app(app) -> None:
    app.register_blueprint(localized)
    app.register_blueprint(quiz_data)
    app.jinja_env.globals["numbers"] = citation_numbers()  # citation number of each tag, for every template
    app.jinja_env.globals["menu_pages"] = PAGES  # the menu on every page, in reading order
    # Every tag a page cites must exist: fail at start-up, not in front of a reader.
    unknown = set(citation_numbers()) - set(REFERENCES)
    if unknown:
        raise RuntimeError(f"unknown reference tags: {sorted(unknown)}")
