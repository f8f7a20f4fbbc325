"""When to get help (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="when-to-get-help",
    title=H("page_when_to_get_help.title", "When to get help"),
    summary=P("page_when_to_get_help.summary", "When to get help."),
)
