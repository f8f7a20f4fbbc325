"""Locales: selection, URL codes, direction, and template gettext with the
"not yet translated" marker."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.numbers import format_decimal
from flask import current_app, g, has_request_context, request, url_for
from flask_babel import Babel, format_date, format_datetime, get_locale, get_translations
from jinja2 import pass_context
from markupsafe import Markup, escape

babel = Babel()
SOURCE = "en"


def url_code(locale: str) -> str:
    """pt_BR on disk and in Babel, pt-BR in URLs and in lang attributes."""
    return locale.replace("_", "-")


def locale_for(code: str | None) -> str | None:
    """The configured locale whose URL code is `code`, else None."""
    for locale in current_app.config["LOCALES"]:
        if url_code(locale) == code:
            return locale
    return None


@cache
def describe(locale: str) -> dict:
    """What templates need about a locale: its URL code, direction and own name."""
    parsed = Locale.parse(locale)
    name = parsed.get_display_name(parsed) or locale
    return {
        "locale": locale,
        "code": url_code(locale),
        "dir": parsed.text_direction,
        "name": name[:1].upper() + name[1:],
    }


def select_locale() -> str:
    if "lang_code" in g:  # the URL decides
        return g.lang_code
    if has_request_context():  # "/" and error pages
        first = request.path.lstrip("/").split("/", 1)[0]
        return locale_for(first) or negotiate()
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def negotiate() -> str:
    """The browser's first language we have, as the picker (app.js) chooses: the same tag, else the
    same language ("zh-CN" is zh-Hans, "pt-PT" pt-BR), in the browser's order of preference."""
    codes = [url_code(loc) for loc in current_app.config["LOCALES"]]
    wanted = [tag for tag, quality in request.accept_languages if quality > 0] if has_request_context() else []
    for tag in wanted:
        same = [c for c in codes if c.lower() == tag.lower()]
        language = [c for c in codes if c.split("-")[0] == tag.lower().split("-")[0]]
        if same or language:
            return (same or language)[0].replace("-", "_")  # the URL code's locale (pt-BR: pt_BR)
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def current() -> dict:
    return describe(str(get_locale()))


def _catalog() -> dict | None:
    """The compiled catalog of the current locale; None for the English source."""
    if str(get_locale()) == SOURCE:
        return None
    return getattr(get_translations(), "_catalog", {})


def _key(msgid: str, context: str | None) -> str:
    return f"{context}\x04{msgid}" if context else msgid


def lookup(msgid: str, context: str | None = None) -> tuple[str, bool]:
    """(text, translated). A string missing from the compiled catalog (new, or fuzzy
    because its English changed) comes back as its English source, untranslated."""
    msgid = current_app.config["TEXT_OVERRIDES"].get(msgid, msgid)
    catalog = _catalog()
    if catalog is None:
        return msgid, True
    found = catalog.get(_key(msgid, context))
    return (found, True) if found else (msgid, False)


def lookup_plural(singular: str, plural: str, num: int, context: str | None = None) -> tuple[str, bool]:
    catalog = _catalog()
    if catalog is not None and catalog.get((_key(singular, context), 0)):
        translations = get_translations()
        if context:
            return translations.npgettext(context, singular, plural, num), True
        return translations.ngettext(singular, plural, num), True
    return (singular if num == 1 else plural), catalog is None


def _mark(text: str, translated: bool) -> Markup:
    """Translations are plain text (escaped here); an untranslated string is shown
    in English inside a marked span, and the page notes that some text is English."""
    if translated:
        return Markup(escape(text))
    g.untranslated = True
    return Markup('<span class="untranslated" lang="en" dir="ltr">%s</span>') % text


def template_gettext(msgid: str) -> Markup:
    return _mark(*lookup(msgid))


def template_pgettext(context: str, msgid: str) -> Markup:
    return _mark(*lookup(msgid, context))


def template_ngettext(singular: str, plural: str, num: int) -> Markup:
    return _mark(*lookup_plural(singular, plural, num))


def template_npgettext(context: str, singular: str, plural: str, num: int) -> Markup:
    return _mark(*lookup_plural(singular, plural, num, context))


def plain_gettext(msgid: str, **variables) -> str:
    """For text outside HTML (manifest, JSON): the translation or the English, no marker."""
    text = lookup(msgid)[0]
    return text % variables if variables else text


# The zero of each numbering system a configured language writes with (CLDR's default numbering
# system, which Babel names but does not apply: it formats with 0-9). Its digits follow it in Unicode.
ZEROS = {"latn": "0", "arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966"}


@cache
def _digits(locale: str) -> dict[int, int]:
    zero = ord(ZEROS[Locale.parse(locale).default_numbering_system])
    return {ord("0") + i: zero + i for i in range(10)}


def localize_digits(text: str) -> str:
    """0-9 as the current language writes them (Bengali: ০-৯), as Intl does in the browser."""
    return text.translate(_digits(str(get_locale())))


def number(value: float) -> str:
    """A number the code produces (a count, a score, a citation number), in the current
    language's digits, decimal mark and grouping."""
    return localize_digits(format_decimal(value, locale=str(get_locale())))


def date_time(value, style: str = "long") -> str:
    return localize_digits(format_datetime(value, style))


def date(value, style: str = "long") -> str:
    return localize_digits(format_date(value, style))


def _numbers(variables: dict) -> dict:
    return {k: number(v) if isinstance(v, int | float) and not isinstance(v, bool) else v for k, v in variables.items()}


def _localizing(installed, plural: bool):
    """Jinja's newstyle gettext callables, with every number among the variables (and a plural's
    num) written in the language's digits before the message is formatted."""

    @pass_context
    def call(context, *args, **variables):
        if plural:
            variables.setdefault("num", args[-1])
        return context.call(installed, *args, **_numbers(variables))

    return call


def switch_url(code: str) -> str:
    """The same page in another language: a POST-only view names the page to switch to in
    g.switch_endpoint (the no-JS result: its form); the home page when there is no page."""
    rule = request.url_rule
    if "switch_endpoint" in g:
        return url_for(g.switch_endpoint, lang_code=code)
    if rule is not None and "lang_code" in rule.arguments and request.endpoint and "GET" in (rule.methods or ()):
        return url_for(request.endpoint, **{**(request.view_args or {}), "lang_code": code})
    return url_for("localized.pages.page", slug="", lang_code=code)


def content_language(response):
    """Localized pages and error pages say their language; "/" and files do not have one."""
    if "lang_code" in g or (response.status_code >= 400 and response.mimetype == "text/html"):
        response.headers.setdefault("Content-Language", url_code(str(get_locale())))
    return response


def fresh_request_state(endpoint, values) -> None:
    """Runs first in every request. A test-client request made inside another context
    (Frozen-Flask, the precache builder) shares its g, where the URL's language, the
    untranslated flag and Flask-Babel's cached locale would otherwise carry over."""
    for key in ("lang_code", "untranslated", "_flask_babel", "switch_endpoint"):
        g.pop(key, None)


TAG = re.compile(r"<[^>]*>")


def plain(value) -> str:
    """Text for an attribute: the marked-up message without its tags, like Jinja's striptags, but
    every space kept as it is, so French keeps its no-break space before ":" and inside « »."""
    return Markup(TAG.sub("", str(value))).unescape()


def init_app(app) -> None:
    babel.init_app(app, locale_selector=select_locale)
    app.url_value_preprocessor(fresh_request_state)
    app.after_request(content_language)
    # Replace Flask-Babel's template callables with the marking ones (newstyle: Jinja
    # escapes and %-formats the variables after the call).
    app.jinja_env.install_gettext_callables(
        template_gettext,
        template_ngettext,
        newstyle=True,
        pgettext=template_pgettext,
        npgettext=template_npgettext,
    )
    for name in ("gettext", "pgettext", "ngettext", "npgettext"):
        installed = app.jinja_env.globals[name]
        app.jinja_env.globals[name] = _localizing(installed, plural=name.endswith("ngettext"))
    app.jinja_env.globals.update(
        current_locale=current,
        describe=describe,
        switch_url=switch_url,
    )
    app.jinja_env.filters["plain"] = plain
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["dateformat"] = date  # Flask-Babel's, in the language's digits
