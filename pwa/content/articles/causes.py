"""Causes (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="causes",
    title=H("page_causes.title", "Causes"),
    summary=P("page_causes.summary", "Causes."),
)
