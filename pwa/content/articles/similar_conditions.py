"""Conditions that look similar (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="similar-conditions",
    title=H("page_similar_conditions.title", "Conditions that look similar"),
    summary=P("page_similar_conditions.summary", "Conditions that look similar."),
)
