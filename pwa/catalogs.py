"""Message catalogs through Babel's API: extract, update, compile, check.

Imports no Flask, so the build hook (translations/build_hook.py), the CLI and the
tests share it. English is the source language and has no catalog of its own.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

from babel.messages import mofile, pofile
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "messages.pot"
MAPPING = TRANSLATIONS / "babel.cfg"
DOMAIN = "messages"
# Content blocks (pwa/content/model.py) are marked by H/P/LI/…("context", "English", …).
BLOCK = ((1, "c"), 2)
BLOCK_MARKERS = (
    "T",
    "H",
    "H3",
    "P",
    "LI",
    "STEP",
    "SHORT",
    "MORE",
    "EMERGENCY",
    "SAME_DAY",
    "SOON",
    "NOTE",
    "DT",
    "DD",
    "ALT",
)
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "_l": None,
    "lazy_gettext": None,
    "lazy_pgettext": BLOCK,
    "plain_gettext": None,
    **dict.fromkeys(BLOCK_MARKERS, BLOCK),
}
COMMENT_TAGS = ("I18N:",)
PROJECT = "hfs-companion"
# Fixed header dates: the files change only when their messages do.
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
# Markup in a translation would be injected into pages: translations are plain text.
HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")


def po_path(locale: str) -> Path:
    return TRANSLATIONS / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalog_locales() -> list[str]:
    """Locales that have a .po file, as Babel spells them (pt_BR)."""
    return sorted(p.parent.parent.name for p in TRANSLATIONS.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract() -> Catalog:
    """Every message in pwa/ (Python and Jinja templates), without line numbers."""
    with MAPPING.open(encoding="utf-8") as fileobj:
        method_map, options_map = parse_mapping_cfg(fileobj)
    catalog = Catalog(project=PROJECT, charset="utf-8", creation_date=FIXED_DATE)
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT, method_map, options_map, keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True
    ):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    for (context, message), comment in generated_messages():
        catalog.add(message, None, [("pwa/quiz/definition.py", 0)], auto_comments=[comment], context=context)
    return catalog


def generated_messages() -> list[tuple[tuple[str, str], str]]:
    """Texts that code builds rather than spells out, so no extractor sees them: the
    self-check's answer choices ((context, English), translator note)."""
    from pwa.quiz.definition import DEFINITION  # plain data: no Flask

    out = []
    for question in DEFINITION.questions:
        for option in question.options:
            out.append((option.label, f"An answer to: {question.prompt[1]}"))
    return out


def _dump(catalog: Catalog, **kwargs) -> bytes:
    buf = io.BytesIO()
    pofile.write_po(buf, catalog, width=100, include_lineno=False, sort_output=True, **kwargs)
    return buf.getvalue()


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fileobj:
        return pofile.read_po(fileobj, locale=locale, domain=DOMAIN)


def write_pot(catalog: Catalog | None = None) -> Path:
    POT.write_bytes(_dump(catalog or extract()))
    return POT


def update(locales: list[str]) -> list[Path]:
    """Merge the template into each locale's .po (creating it if new).

    A changed English msgid becomes a fuzzy entry: it is not compiled, so the page
    shows the new English text with the "not yet translated" marker.
    """
    template = _read(POT)
    written = []
    for locale in locales:
        path = po_path(locale)
        if path.exists():
            catalog = _read(path, locale)
        else:
            catalog = Catalog(locale=locale, project=PROJECT, charset="utf-8", fuzzy=False)
            path.parent.mkdir(parents=True, exist_ok=True)
        catalog.update(template, update_creation_date=False)
        path.write_bytes(_dump(catalog, ignore_obsolete=True))
        written.append(path)
    return written


def compile_all() -> list[Path]:
    """Write messages.mo beside every .po; fuzzy entries are left out."""
    written = []
    for locale in catalog_locales():
        path = po_path(locale)
        catalog = _read(path, locale)
        mo = path.with_suffix(".mo")
        with mo.open("wb") as fileobj:
            mofile.write_mo(fileobj, catalog, use_fuzzy=False)
        written.append(mo)
    return written


def _key(message) -> tuple[str, str | None]:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return msgid, message.context


def check(locales: list[str] | None = None) -> list[str]:
    """Problems that must block a release: a stale template, and any locale that is
    not 100% translated, has fuzzy entries, or carries markup or wrong placeholders."""
    problems = []
    extracted = {_key(m) for m in extract() if m.id}
    template = {_key(m) for m in _read(POT) if m.id} if POT.exists() else set()
    if extracted != template:
        added, gone = len(extracted - template), len(template - extracted)
        problems.append(f"messages.pot is stale ({added} new, {gone} removed): run `flask translate extract`")
    for locale in locales if locales is not None else catalog_locales():
        path = po_path(locale)
        if not path.exists():
            problems.append(f"{locale}: no catalog at {path.relative_to(ROOT)}")
            continue
        catalog = _read(path, locale)
        keys = set()
        for message in catalog:
            if not message.id:
                continue
            keys.add(_key(message))
            where = f"{locale}: {message.context or ''} {_key(message)[0][:60]!r}"
            strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
            ids = message.id if isinstance(message.id, (list, tuple)) else [message.id]
            if message.fuzzy:
                problems.append(f"{where} is fuzzy (English changed; translation needs review)")
            elif not all(strings):
                problems.append(f"{where} is not translated")
            for text in strings:
                if text and HTML_TAG.search(text):
                    problems.append(f"{where} has markup in its translation")
                if text and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(ids[0])):
                    if not (len(ids) > 1 and sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(ids[1]))):
                        problems.append(f"{where} placeholders differ from the English")
        missing = template - keys
        if missing:
            problems.append(f"{locale}: {len(missing)} messages missing: run `flask translate update`")
    return problems
