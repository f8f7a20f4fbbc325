"""What a second reader of a translation must check (issue 12): every safety message, and a
seeded sample of the others. A message is named in a review log by its context id (msgctxt), or
by its English text when it has none.

Safety messages: the urgent call-outs of the articles (emergency, same day, soon), every message
of the self-check (msgctxt "quiz.…": its questions, warnings, advice and "not a diagnosis"), and
the interface texts without a context that speak of emergencies, doctors, urgency, diagnosis or
treatment side effects."""

from __future__ import annotations

import random
import re
from functools import cache

from babel.messages import pofile

from pwa.catalogs import POT
from pwa.content.model import URGENT
from pwa.content.pages import PAGES

SAFETY_WORDS = re.compile(
    r"emergency|doctor|today|soon|diagnos|injection|operation|warning|stroke|droop|weak|hearing", re.I
)
SAMPLE = 80


def key(message) -> str:
    """How a review log names the message."""
    return message.context or (message.id if isinstance(message.id, str) else message.id[0])


def messages() -> list:
    with POT.open("rb") as fileobj:
        return [m for m in pofile.read_po(fileobj) if m.id]


@cache
def urgent_contexts() -> frozenset[str]:
    """The context ids of the articles' urgent call-outs (emergency, same day, soon)."""
    return frozenset(b.context for page in PAGES for b in page.blocks if b.kind in URGENT)


def is_safety(message) -> bool:
    if message.context:
        return message.context in urgent_contexts() or message.context.startswith("quiz.")
    return bool(SAFETY_WORDS.search(key(message)))


def safety_keys() -> list[str]:
    return [key(m) for m in messages() if is_safety(m)]


def sample_keys(locale: str, size: int = SAMPLE) -> list[str]:
    """A sample of the other messages, the same for a locale every time (seeded by its name)."""
    others = [key(m) for m in messages() if not is_safety(m)]
    return sorted(random.Random(f"review-{locale}").sample(others, min(size, len(others))))
