"""Questions for your doctor (placeholder: being written)."""

from pwa.content.model import H, P, Page

PAGE = Page(
    slug="questions-for-your-doctor",
    title=H("page_questions_for_your_doctor.title", "Questions for your doctor"),
    summary=P("page_questions_for_your_doctor.summary", "Questions for your doctor."),
)
