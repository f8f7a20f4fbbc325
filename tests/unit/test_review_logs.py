"""Each translation's review log names every safety message and at least 80 others, as checked by
a second reader (pwa/review.py; `flask translate review LOCALE` lists them)."""

from __future__ import annotations

from pwa.catalogs import TRANSLATIONS
from pwa.review import SAMPLE, key, messages, safety_keys


def test_every_safety_message_and_a_sample_of_the_others_are_in_each_review_log(app):
    safety = safety_keys()
    others = {key(m) for m in messages()} - set(safety)
    assert len(safety) > 250 and len(others) > SAMPLE  # the self-check, the urgent call-outs, the rest
    for locale in app.config["LOCALES"]:
        if locale == "en":
            continue
        log = (TRANSLATIONS / locale / "review-log.md").read_text(encoding="utf-8")
        missing = [k for k in safety if k not in log]
        assert not missing, f"{locale}: {len(missing)} safety messages not in its review log, e.g. {missing[:5]}"
        named = [k for k in others if k in log and (k.startswith("page_") or len(k) >= 25)]  # not "Menu"
        assert len(named) >= SAMPLE, (locale, len(named))


def test_the_safety_messages_are_what_a_reader_must_see():
    safety = set(safety_keys())
    assert "quiz.flag_stroke" in safety  # the self-check's stroke warning
    assert "page_home.stroke_warning" in safety  # an emergency call-out of an article
    assert "page_home.what_is_1" not in safety  # plain explanation: sampled, not all checked
