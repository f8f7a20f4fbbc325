"""Treatment (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="treatment",
    title=H("page_treatment.title", "Treatment"),
    summary=P("page_treatment.summary", "Treatment."),
)
