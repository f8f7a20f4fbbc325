"""The shapes of page content. Marker functions double as extraction keywords
(see pwa/catalogs.py KEYWORDS): P("ctx", "English text", "R1", …)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    kind: str  # "h2" heading, "p" paragraph, "li" list item, "urgent" call-out
    context: str  # stable snake_case id: the pgettext context, never changed
    text: str  # English source (the msgid)
    refs: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        return self.context.rsplit(".", 1)[-1].replace("_", "-")


def H(context: str, text: str) -> Block:
    return Block("h2", context, text)


def P(context: str, text: str, *refs: str) -> Block:
    return Block("p", context, text, refs)


def LI(context: str, text: str, *refs: str) -> Block:
    return Block("li", context, text, refs)


def URGENT(context: str, text: str, *refs: str) -> Block:
    return Block("urgent", context, text, refs)


@dataclass(frozen=True)
class Page:
    slug: str  # kebab-case ASCII in every locale; "" is the language's home page
    title: Block  # H("page_home.title", "…")
    summary: Block  # P("page_home.summary", "…"): the meta description and the index text
    blocks: tuple[Block, ...] = field(default=())

    @property
    def refs(self) -> list[str]:
        """Reference tags in order of first citation on the page."""
        seen: dict[str, None] = {}
        for block in self.blocks:
            seen.update(dict.fromkeys(block.refs))
        return list(seen)

    def groups(self) -> list[tuple[str, list[Block]]]:
        """Consecutive list items grouped, so a template can wrap them in one <ul>."""
        out: list[tuple[str, list[Block]]] = []
        for block in self.blocks:
            if block.kind == "li" and out and out[-1][0] == "li":
                out[-1][1].append(block)
            else:
                out.append((block.kind, [block]))
        return out


@dataclass(frozen=True)
class Reference:
    tag: str
    authors: str
    title: str
    source: str
    year: str
    url: str = ""
