"""Symptoms (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="symptoms",
    title=H("page_symptoms.title", "Symptoms"),
    summary=P("page_symptoms.summary", "Symptoms."),
)
