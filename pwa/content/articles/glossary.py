"""Glossary (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="glossary",
    article=False,
    title=H("page_glossary.title", "Glossary"),
    summary=P("page_glossary.summary", "Glossary."),
)
