"""Living with hemifacial spasm (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="living-with-hfs",
    title=H("page_living_with_hfs.title", "Living with hemifacial spasm"),
    summary=P("page_living_with_hfs.summary", "Living with hemifacial spasm."),
)
