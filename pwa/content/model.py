"""The shapes of page content. Marker functions double as extraction keywords
(see pwa/catalogs.py KEYWORDS): P("ctx", "English text", "R1", …), so every block is one
translatable message with a stable context id, and its reference tags are data beside it.

Kinds of block:
  H / H3          a section heading (h2) / a sub-heading (h3)
  P               a paragraph
  LI              a list item (consecutive items form one list)
  STEP            an item of a numbered list (consecutive steps form one <ol>)
  EMERGENCY       call-out: call the emergency number now (red)
  SAME_DAY        call-out: see a doctor or go to hospital today (orange)
  SOON            call-out: see a doctor soon, within days to weeks (blue)
  NOTE            a calm side note, e.g. "studies differ" or "may help comfort"
  DT / DD         a glossary term and its definition (consecutive pairs form one <dl>)
  FIGURE          an illustration: FIGURE("ctx", "file.svg", caption, alt) where caption is
                  P("ctx_caption", …) and alt is ALT("ctx_alt", …)
"""

from __future__ import annotations

from dataclasses import dataclass, field

CALL_OUTS = ("emergency", "same_day", "soon", "note")
GROUPED = {"li": "ul", "step": "ol", "dt": "dl", "dd": "dl"}


@dataclass(frozen=True)
class Block:
    kind: str
    context: str  # stable snake_case id: the pgettext context, never changed
    text: str  # English source (the msgid)
    refs: tuple[str, ...] = ()
    src: str = ""  # FIGURE: file name under static/figures/
    caption: Block | None = None  # FIGURE
    alt: Block | None = None  # FIGURE

    @property
    def anchor(self) -> str:
        return self.context.rsplit(".", 1)[-1].replace("_", "-")

    @property
    def all_refs(self) -> tuple[str, ...]:
        return self.refs + (self.caption.refs if self.caption else ())


def _marker(kind: str):
    """A marker function: NAME("context", "English text", *reference tags) -> Block."""

    def make(context: str, text: str, *refs: str) -> Block:
        return Block(kind, context, text, refs)

    return make


H, H3, P, LI, STEP = (_marker(kind) for kind in ("h2", "h3", "p", "li", "step"))
EMERGENCY, SAME_DAY, SOON, NOTE = (_marker(kind) for kind in ("emergency", "same_day", "soon", "note"))
DT, DD, ALT = (_marker(kind) for kind in ("dt", "dd", "alt"))


def FIGURE(context: str, src: str, caption: Block, alt: Block) -> Block:
    return Block("figure", context, "", (), src, caption, alt)


@dataclass(frozen=True)
class Page:
    slug: str  # kebab-case ASCII in every locale; "" is the language's home page
    title: Block  # H("page_symptoms.title", "…")
    summary: Block  # P("page_symptoms.summary", "…"): the meta description and the index text
    blocks: tuple[Block, ...] = field(default=())
    article: bool = True  # counted in the readability bounds (not references, glossary, about)

    @property
    def refs(self) -> list[str]:
        """Reference tags in order of first citation on the page."""
        seen: dict[str, None] = {}
        for block in self.blocks:
            seen.update(dict.fromkeys(block.all_refs))
        return list(seen)

    @property
    def sections(self) -> list[Block]:
        """The h2 headings: the "on this page" list."""
        return [block for block in self.blocks if block.kind == "h2"]

    def groups(self) -> list[tuple[str, list[Block]]]:
        """Consecutive list items, steps and glossary pairs grouped, so a template can wrap
        them in one <ul>, <ol> or <dl>; every other block stands alone."""
        out: list[tuple[str, list[Block]]] = []
        for block in self.blocks:
            wrapper = GROUPED.get(block.kind)
            if wrapper and out and out[-1][0] == wrapper:
                out[-1][1].append(block)
            else:
                out.append((wrapper or block.kind, [block]))
        return out


@dataclass(frozen=True)
class Reference:
    tag: str
    authors: str
    title: str
    source: str
    year: str
    url: str = ""
