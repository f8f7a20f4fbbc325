"""The pages, in reading order. English source text, written from
shared/content/facts.md; each clinical claim carries its reference tags."""

from __future__ import annotations

from datetime import date

from pwa.content.articles import (
    causes,
    diagnosis,
    glossary,
    living_with_hfs,
    overview,
    questions_for_your_doctor,
    similar_conditions,
    symptoms,
    treatment,
    when_to_get_help,
)
from pwa.content.model import LI, H, P, Page

# The date the English content last changed: shown on every page.
CONTENT_UPDATED = date(2026, 11, 30)

ABOUT = Page(
    slug="about",
    article=False,
    offline_tools=True,
    title=H("page_about.title", "About this app"),
    summary=P(
        "page_about.summary",
        "Who wrote this app, where its facts come from, how it protects your privacy and how far its "
        "translations have been checked.",
    ),
    blocks=(
        H("page_about.authors", "Who wrote it"),
        P(
            "page_about.authors_1",
            "The HFS Companion team wrote this app from the published sources on the references page. No "
            "company that sells treatments wrote or paid for it.",
        ),
        H("page_about.sources", "Where the facts come from"),
        P(
            "page_about.sources_1",
            "Every medical fact in this app comes from published sources, mostly medical journals, "
            "textbooks and the pages of large hospitals and health agencies. A few come from other websites, "
            "such as an online encyclopedia. The small number after a paragraph leads to its sources.",
        ),
        H("page_about.review", "Who has checked it"),
        P(
            "page_about.review_1",
            "The English text was written from the referenced sources. It has not yet been reviewed by a "
            "doctor. This page will say so when it has.",
        ),
        P(
            "page_about.review_urgency",
            "On the page When to get help, the advice on how fast to act on signs after an operation comes "
            "from general hospital advice for after brain and nerve operations, not from advice for this "
            "operation alone. The people who checked the facts for this app chose how urgent each sign is. "
            "A doctor has not yet confirmed these choices. The advice on eye problems after an injection "
            "comes from information written for injections near the eyelids.",
            "R117",
            "R118",
            "R112",
        ),
        P(
            "page_about.review_2",
            "The translations were made with care from the English, but they have not yet been reviewed by "
            "a medical translator. A sentence that is not translated yet is shown in English and marked "
            "with EN.",
        ),
        H("page_about.privacy", "Your privacy"),
        LI(
            "page_about.privacy_1",
            "This app uses no cookies, no analytics, no advertising and no tracking of any kind.",
        ),
        LI(
            "page_about.privacy_2",
            "It loads nothing from other websites. All of its text, pictures and code come from this app.",
        ),
        LI(
            "page_about.privacy_3",
            "If you pick a language, your phone remembers your choice. It stays on your phone.",
        ),
        LI("page_about.privacy_4", "The server does not keep a record of the pages you read."),
        H("page_about.offline", "Using it without a network"),
        P(
            "page_about.offline_1",
            "After your first visit, the pages in your language are saved on your phone and work with no "
            "network. You can add the app to your home screen from your browser's menu.",
        ),
        P(
            "page_about.offline_2",
            "Outreach workers can save every language at once with the button “Save every language on this "
            "phone”, here and at the bottom of every other page. You can also remove a language you no longer "
            "need, to free space on the phone.",
        ),
    ),
)

HOME = overview.PAGE

# Reading order: previous and next follow it, and home lists every page in it.
PAGES: tuple[Page, ...] = (
    HOME,
    symptoms.PAGE,
    causes.PAGE,
    similar_conditions.PAGE,
    diagnosis.PAGE,
    treatment.PAGE,
    living_with_hfs.PAGE,
    when_to_get_help.PAGE,
    questions_for_your_doctor.PAGE,
    glossary.PAGE,
    ABOUT,
)
BY_SLUG = {page.slug: page for page in PAGES}
