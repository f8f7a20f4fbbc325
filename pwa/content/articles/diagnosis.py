"""How it is diagnosed (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="diagnosis",
    title=H("page_diagnosis.title", "How it is diagnosed"),
    summary=P("page_diagnosis.summary", "How it is diagnosed."),
)
