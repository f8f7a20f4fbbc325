"""Every number of an English message is in its translation, as that language writes it: its own
digits (Arabic-Indic, Bengali, Devanagari …), its decimal mark and its grouping (Babel's symbols,
or a space). A number a language writes as a word (Arabic's dual: ساعتين, "2 hours") is listed
below with its reason; nothing else may go missing, and no number may be added. An exception
that no longer applies fails too: the translation would then hold a number too many."""

from __future__ import annotations

import re
from collections import Counter

from babel.messages import pofile
from babel.numbers import get_decimal_symbol, get_group_symbol

from pwa.catalogs import po_path

# Digits of other scripts, as 0-9.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९", "0123456789" * 4)
SPACES = " \u00a0\u202f"
TOKEN = re.compile(r"\d+(?:(?:[.,\u066b\u066c]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")

# (locale, msgctxt) -> the English numbers the translation says in words, and why.
IN_WORDS: dict[tuple[str, str], tuple[Counter, str]] = {
    ("ar", "page_treatment.recovery_stay"): (Counter({2: 2}), "dual: ساعتين (2 hours), يومين (2 days)"),
    ("ar", "page_symptoms.remission_study"): (Counter({2: 1}), "dual: شهرين (2 months)"),
    ("ar", "page_treatment.surgery_recurrence"): (Counter({2: 1}), "dual: سنتين (2 years)"),
    ("ar", "page_home.who_prevalence"): (Counter({40: 1, 50: 1}), "decades: الأربعينيات, الخمسينيات (40s, 50s)"),
}


def numbers(text: str, locale: str) -> Counter:
    """The numbers in a text, as values: "1,000" (en), "1.000" (es), "1 000" (fr) are 1000."""
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    found: Counter = Counter()
    for token in TOKEN.findall(PLACEHOLDER.sub(" ", text).translate(DIGITS)):
        parts = re.split(r"([.,\u066b\u066c \u00a0\u202f])", token)
        whole, fraction = parts[0], ""
        for sep, digits in zip(parts[1::2], parts[2::2], strict=True):
            grouping = len(digits) == 3 and (sep == group or sep in SPACES or sep == "\u066c") and not fraction
            if grouping and sep != decimal:
                whole += digits
            else:
                fraction = digits
        found[float(f"{whole}.{fraction}") if fraction else int(whole)] += 1
    return found


def messages(locale: str):
    with po_path(locale).open("rb") as fileobj:
        catalog = pofile.read_po(fileobj, locale=locale)
    for message in catalog:
        if message.id and message.string:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield message.context, ids[0], strings[0]


def test_the_parser_reads_each_languages_way_of_writing_numbers():
    assert numbers("about 10 to 11 in 100,000 people, 1.5 days", "en") == Counter({10: 1, 11: 1, 100000: 1, 1.5: 1})
    assert numbers("100.000 personas, 1,5 días", "es") == Counter({100000: 1, 1.5: 1})
    assert numbers("100\u202f000 personnes, 1,5 jour", "fr") == Counter({100000: 1, 1.5: 1})
    assert numbers("١٠٠٬٠٠٠ شخص، ١٫٥ يوم", "ar") == Counter({100000: 1, 1.5: 1})
    assert numbers("১০০,০০০ জন", "bn") == Counter({100000: 1})
    assert numbers("%(num)s questions, {done} of {total}", "en") == Counter()


def test_every_number_of_the_english_is_in_each_translation(app):
    problems = []
    for locale in app.config["LOCALES"]:
        if locale == "en":
            continue
        for context, english, translation in messages(locale):
            expected = numbers(english, "en")
            words, _reason = IN_WORDS.get((locale, context), (Counter(), ""))
            if numbers(translation, locale) != expected - words:
                problems.append(f"{locale} {context or english[:40]!r}: {english!r} -> {translation!r}")
    assert not problems, "\n".join(problems)
