"""Small parsers for the unit tests."""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects elements with their attributes, and the text of <title> and <h1>."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.h1 = ""
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self._in:
            self.title += data
        if "h1" in self._in:
            self.h1 += data

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def elements_with(self, attribute: str) -> list[dict]:
        """Every element that has the attribute, in document order."""
        return [a for _, a in self.elements if attribute in a]

    @property
    def html(self) -> dict:
        return self.find("html")[0]


@cache
def _translations(directory: str, locale: str):
    from babel.support import Translations

    return Translations.load(directory, [locale])


def translated(locale: str, msgid: str, context: str | None = None) -> str:
    """The catalog's translation (the English for "en"); fails if there is none. Each compiled
    catalog is read once per folder (a test may point TRANSLATIONS at its own)."""
    if locale == "en":
        return msgid
    from pwa.catalogs import TRANSLATIONS

    translations = _translations(str(TRANSLATIONS), locale.replace("-", "_"))  # a URL code or a locale
    text = translations.pgettext(context, msgid) if context else translations.gettext(msgid)
    assert text != msgid, f"{locale} has no translation of {msgid!r}"
    return text


class VisibleWords(HTMLParser):
    """The words a reader sees in <main> before opening anything: outside <details>, navigation
    and citation markers (the "words before More detail" count of the pages 2.0 issue). With
    callouts=False, the urgent call-out boxes are left out too: the prose a reader reads."""

    SKIP = {"details", "nav", "script", "template"}

    def __init__(self, html: str, callouts: bool = True):
        super().__init__(convert_charrefs=True)
        self._skip_classes = {"cite"} if callouts else {"cite", "callout"}
        self._stack: list[tuple[str, bool]] = []
        self._skip = 0
        self._in_main = False
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        skip = tag in self.SKIP or bool(self._skip_classes & set((dict(attrs).get("class") or "").split()))
        self._in_main |= tag == "main"
        self._stack.append((tag, skip))
        self._skip += skip

    def handle_endtag(self, tag):
        while self._stack:
            name, skip = self._stack.pop()
            self._skip -= skip
            if name == tag:
                break
        if tag == "main":
            self._in_main = False

    def handle_data(self, data):
        if self._in_main and not self._skip:
            self.text.append(data)

    @property
    def count(self) -> int:
        return len(re.findall(r"[\w'’-]+", " ".join(self.text)))


def catalog_messages(locale: str):
    """(msgctxt, msgid, msgstr) of each translated entry of a locale's .po; a plural's first forms."""
    from babel.messages import pofile

    from pwa.catalogs import po_path

    with po_path(locale).open("rb") as fileobj:
        catalog = pofile.read_po(fileobj, locale=locale)
    for message in catalog:
        if message.id and message.string:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield message.context, ids[0], strings[0]


def _locales() -> tuple[list[str], list[str]]:
    from pwa.config import Defaults
    from pwa.i18n import url_code

    codes = [url_code(locale) for locale in Defaults.LOCALES]
    return codes, [c for c in codes if c != "en"]


# Every language's URL code, from the app's configuration (never retyped), and those translated.
CODES, TRANSLATED = _locales()


def direction(code: str) -> str:
    """ "rtl" or "ltr", as Babel gives it for the language of a URL code."""
    from pwa.i18n import describe

    return describe(code.replace("-", "_"))["dir"]
