"""Checks on the page content as data (imports no Flask): readability, reference tags,
context ids. Used by scripts/content_report.py and the unit tests; needs textstat for
the grades (a test dependency)."""

from __future__ import annotations

import re

from pwa.content.model import Block, Page
from pwa.content.references import REFERENCES

TEXT_KINDS = {"short", "p", "li", "step", "emergency", "same_day", "soon", "note", "dd"}
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
CONTEXT = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$")


def blocks(page: Page) -> list[Block]:
    """Every translatable block of the page, figure captions and alt texts included."""
    out = [page.title, page.summary]
    for block in page.blocks:
        if block.kind == "figure":
            out += [b for b in (block.caption, block.alt, *block.key) if b is not None]
        else:
            out.append(block)
    return out


def body_text(page: Page) -> str:
    """The page's body text (no headings, no citation numbers: those are data), one
    sentence-ending mark per block so list items are not run together."""
    parts = []
    for block in page.blocks:
        texts = [block.caption.text] if block.caption else [block.text] if block.kind in TEXT_KINDS else []
        for text in texts:
            parts.append(text if text.rstrip()[-1:] in ".?!:" else text + ".")
    return "\n".join(parts)


def words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


def problems(pages: tuple[Page, ...]) -> list[str]:
    """Unknown tags, markup, a bare % (template gettext %-formats every string),
    malformed or duplicate context ids, a context outside the page's namespace."""
    found: list[str] = []
    seen: dict[str, str] = {}
    for page in pages:
        prefix = page.title.context.split(".")[0]
        for block in blocks(page):
            where = f"{page.slug or 'home'}:{block.context}"
            if not CONTEXT.match(block.context) or not block.context.startswith(prefix + "."):
                found.append(f"{where}: context id must be '{prefix}.<snake_case>'")
            if block.context in seen and seen[block.context] != block.text:
                found.append(f"{where}: context id used twice")
            seen[block.context] = block.text
            if MARKUP.search(block.text):
                found.append(f"{where}: markup in text")
            if re.search(r"%(?!\(\w+\)[sd])", block.text):
                found.append(f"{where}: a literal % (write 'in 100' or 'out of 100')")
            for tag in block.all_refs:
                if tag not in REFERENCES:
                    found.append(f"{where}: unknown reference tag {tag}")
    return found
