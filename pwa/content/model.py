"""The shapes of page content. Marker functions double as extraction keywords
(see pwa/catalogs.py KEYWORDS): P("ctx", "English text", "R1", …), so every block is one
translatable message with a stable context id, and its reference tags are data beside it.

Kinds of block:
  H / H3          a section heading (h2) / a sub-heading (h3)
  P               a paragraph
  LI              a list item (consecutive items form one list)
  STEP            an item of a numbered list (consecutive steps form one <ol>)
  SHORT           a sentence of the "In short" box that opens an article (consecutive ones form
                  the box: one to five plain sentences)
  MORE            opens a "More detail" section: MORE("ctx", "More detail: …") is the label of a
                  <details> that holds every block after it up to the next H or MORE
  EMERGENCY       call-out: call the emergency number now (red)
  SAME_DAY        call-out: get help today (orange)
  SOON            call-out: see a doctor soon, within days to weeks (blue)
                  Consecutive call-outs of one tier form one box: the tier's action heading (the
                  same words as the self-check's), then one short bullet each.
  NOTE            a calm side note, e.g. "studies differ" or "may help comfort"
  DT / DD         a glossary term and its definition (consecutive pairs form one <dl>)
  FIGURE          an illustration: FIGURE("ctx", "file.svg", caption, alt, key) where caption is
                  P("ctx_caption", …), alt is ALT("ctx_alt", …) and key, optional, names the numbered
                  marks drawn in the picture: (ALT("ctx_key_1", "Blood vessel"), …), shown as a list
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

URGENT = ("emergency", "same_day", "soon")
CALL_OUTS = (*URGENT, "note")
# Consecutive blocks of these kinds form one group (the value names the group).
GROUPED = {"li": "ul", "step": "ol", "dt": "dl", "dd": "dl", "short": "short", **{k: f"callout_{k}" for k in URGENT}}


@dataclass(frozen=True)
class Block:
    kind: str
    context: str  # stable snake_case id: the pgettext context, never changed
    text: str  # English source (the msgid)
    refs: tuple[str, ...] = ()
    src: str = ""  # FIGURE: file name under static/figures/
    caption: Block | None = None  # FIGURE
    alt: Block | None = None  # FIGURE
    key: tuple[Block, ...] = ()  # FIGURE: what the numbered marks in the picture show

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
SHORT, MORE = _marker("short"), _marker("more")
EMERGENCY, SAME_DAY, SOON, NOTE = (_marker(kind) for kind in ("emergency", "same_day", "soon", "note"))
DT, DD, ALT = (_marker(kind) for kind in ("dt", "dd", "alt"))


def FIGURE(context: str, src: str, caption: Block, alt: Block, key: tuple[Block, ...] = ()) -> Block:
    return Block("figure", context, "", (), src, caption, alt, key)


@dataclass(frozen=True)
class Page:
    slug: str  # kebab-case ASCII in every locale; "" is the language's home page
    title: Block  # H("page_symptoms.title", "…")
    summary: Block  # P("page_symptoms.summary", "…"): the meta description and the index text
    blocks: tuple[Block, ...] = field(default=())
    article: bool = True  # counted in the readability bounds (not references, glossary, about)
    # The offline tools (save, saved languages with Remove, install help) at the end of the blocks,
    # inside the page's last section, instead of in the footer.
    offline_tools: bool = False

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

    @cached_property
    def groups(self) -> list[Group]:
        """The blocks as a template lays them out (worked out once per page, not per request):
        consecutive list items, steps, glossary pairs, "In short" sentences and call-outs of one
        tier grouped; a MORE block opens a "More detail" group holding every block after it up to
        the next H or MORE."""
        top: list[Group] = []
        out = top
        for block in self.blocks:
            if block.kind in ("h2", "more"):
                out = top
            wrapper = GROUPED.get(block.kind)
            if block.kind == "more":
                top.append(Group("details", [block], []))
                out = top[-1].children
            elif wrapper and out and out[-1].kind == wrapper:
                out[-1].blocks.append(block)
            else:
                out.append(Group(wrapper or block.kind, [block], []))
        return top

    @cached_property
    def cited(self) -> list[Block]:
        """The blocks that cite sources (figure captions included), in reading order: each shows one
        compact note marker, and the page's sources list gives its tags."""
        return [b for block in self.blocks for b in (block, block.caption) if b and b.refs]

    @cached_property
    def footnotes(self) -> dict[str, int]:
        """Each cited block's note number on this page: context id -> 1, 2, …"""
        return {block.context: number for number, block in enumerate(self.cited, 1)}


@dataclass
class Group:
    kind: str  # a block kind, or a group: ul, ol, dl, short, callout_<tier>, details
    blocks: list[Block]
    children: list[Group]  # details: the groups inside


@dataclass(frozen=True)
class Reference:
    tag: str
    authors: str
    title: str
    source: str
    year: str
    url: str = ""
