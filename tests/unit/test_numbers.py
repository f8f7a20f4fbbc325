"""Every number of an English message is in its translation, as that language writes it: its own
digits (Arabic-Indic, Bengali, Devanagari …), its decimal mark and its grouping (Babel's symbols,
or a space). A number a language writes as a word (Arabic's dual: ساعتين, "2 hours") is listed
below with its reason, as is a number said another way ("in their 40s or 50s": "from 40 to 59");
nothing else may go missing. A number may be added only where the English
says it in words ("a week" is 1週間, "a second operation" is 2回目) or repeats it ("fewer than
5 to about 22 in 100" may say "in 100" twice). An exception that no longer applies fails too."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from pwa.i18n import ZEROS, url_code
from tests.unit.helpers import catalog_messages

# Digits of other scripts, as 0-9.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९", "0123456789" * 4)
SPACES = " \u00a0\u202f"
TOKEN = re.compile(r"(\d+(?:(?:[.,\u066b\u066c]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*)\s?([万萬만亿億억]?)")
# Chinese, Japanese and Korean count large numbers in ten-thousands: 10万 is 100,000.
MYRIADS = {"万": 10**4, "萬": 10**4, "만": 10**4, "亿": 10**8, "億": 10**8, "억": 10**8}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")

# Small numbers the English may say in words, which a translation may write as digits.
IN_ENGLISH_WORDS = {
    1: re.compile(r"\b(a|an|one|once|first|single|each|another)\b", re.I),
    2: re.compile(r"\b(two|twice|second|both|pair|either)\b", re.I),
    3: re.compile(r"\b(three|third)\b", re.I),
}

# (locale, msgctxt) -> the English numbers the translation says otherwise, the numbers it says
# instead, and why.
OTHERWISE: dict[tuple[str, str], tuple[Counter, Counter, str]] = {
    ("ar", "page_treatment.recovery_stay"): (Counter({2: 2}), Counter(), "dual: ساعتين (2 hours), يومين (2 days)"),
    ("ar", "page_symptoms.remission_study"): (Counter({2: 1}), Counter(), "dual: شهرين (2 months)"),
    ("ar", "page_treatment.surgery_recurrence"): (Counter({2: 1}), Counter(), "dual: سنتين (2 years)"),
    ("ar", "page_home.who_prevalence"): (Counter({40: 1, 50: 1}), Counter(), "decades: الأربعينيات, الخمسينيات"),
    ("fr", "page_home.who_prevalence"): (Counter({50: 1}), Counter({59: 1}), "in their 40s or 50s: entre 40 et 59 ans"),
    ("hi", "page_home.who_prevalence"): (Counter({50: 1}), Counter({59: 1}), "in their 40s or 50s: 40 से 59 साल"),
    ("ja", "quiz.part.impact_intro"): (Counter(), Counter({1: 1}), "the last month: この1か月 (this one month)"),
}


def numbers(text: str, locale: str) -> Counter:
    """The numbers in a text, as values: "1,000" (en), "1.000" (es), "1 000" (fr) are 1000."""
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    found: Counter = Counter()
    for token, myriad in TOKEN.findall(PLACEHOLDER.sub(" ", text).translate(DIGITS)):
        parts = re.split(r"([.,\u066b\u066c \u00a0\u202f])", token)
        seps, groups = parts[1::2], parts[2::2]
        if seps and len(set(seps)) == 1 and seps[0] != decimal and len(groups[-1]) == 3 and len(groups) > 1:
            if all(len(g) == 2 for g in groups[:-1]):  # South Asian grouping: 1,00,000 is a lakh
                parts = ["".join([parts[0], *groups])]
        whole, fraction = parts[0], ""
        for sep, digits in zip(parts[1::2], parts[2::2], strict=True):
            grouping = len(digits) == 3 and (sep == group or sep in SPACES or sep == "\u066c") and not fraction
            if grouping and sep != decimal:
                whole += digits
            else:
                fraction = digits
        value = float(f"{whole}.{fraction}") if fraction else int(whole)
        value *= MYRIADS.get(myriad, 1)
        found[int(value) if value == int(value) else value] += 1
    return found


def test_the_parser_reads_each_languages_way_of_writing_numbers():
    assert numbers("about 10 to 11 in 100,000 people, 1.5 days", "en") == Counter({10: 1, 11: 1, 100000: 1, 1.5: 1})
    assert numbers("100.000 personas, 1,5 días", "es") == Counter({100000: 1, 1.5: 1})
    assert numbers("100\u202f000 personnes, 1,5 jour", "fr") == Counter({100000: 1, 1.5: 1})
    assert numbers("١٠٠٬٠٠٠ شخص، ١٫٥ يوم", "ar") == Counter({100000: 1, 1.5: 1})
    assert numbers("১০০,০০০ জন", "bn") == Counter({100000: 1})
    assert numbers("১,০০,০০০ (এক লাখ) জন, 1,00,000", "bn") == Counter({100000: 2})
    assert numbers("10万人に約1人、1.5万", "ja") == Counter({100000: 1, 1: 1, 15000: 1})
    assert numbers("10만 명 중", "ko") == Counter({100000: 1})
    assert numbers("%(num)s questions, {done} of {total}", "en") == Counter()


def test_every_number_of_the_english_is_in_each_translation(app):
    problems = []
    for locale in app.config["LOCALES"]:
        if locale == "en":
            continue
        for context, english, translation in catalog_messages(locale):
            expected = numbers(english, "en")
            instead_of, instead, _reason = OTHERWISE.get((locale, context), (Counter(), Counter(), ""))
            expected = expected - instead_of + instead
            found = numbers(translation, locale)
            missing, added = expected - found, found - expected
            said = {n for n, word in IN_ENGLISH_WORDS.items() if word.search(english)}
            if missing or set(added) - said - set(expected):
                problems.append(f"{locale} {context or english[:40]!r}: {english!r} -> {translation!r}")
    assert not problems, "\n".join(problems)


class _Shown(HTMLParser):
    """The text a reader sees or hears (text, alt, aria-label, title), leaving out what is in
    English on purpose (lang="en": the references' entries, a marked untranslated string)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[bool] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped = (self._stack and self._stack[-1]) or attrs.get("lang") == "en" or tag in ("script", "style")
        if tag not in VOID:
            self._stack.append(bool(skipped))
        if not skipped:
            self.parts += [attrs[name] or "" for name in ("alt", "aria-label", "title") if name in attrs]

    def handle_endtag(self, tag):
        if tag not in VOID and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if not (self._stack and self._stack[-1]):
            self.parts.append(data)


VOID = {"meta", "link", "img", "input", "br", "hr", "source", "area", "base", "col", "embed", "wbr"}


def zero_of(locale: str) -> str:
    return ZEROS[Locale.parse(locale.replace("-", "_")).default_numbering_system]


def test_numbers_the_code_writes_are_in_the_languages_digits(shared_app):
    """Citation and note numbers, counts, maxima and dates go through Babel and the language's own
    digits (pwa.i18n.number, date): Bengali pages show ১২, not 12. Every page of each language
    that does not write 0-9."""
    from pwa.offline.precache import precache_urls

    client = shared_app.test_client()
    pages = [(url, lang) for url, lang in precache_urls(shared_app) if lang and zero_of(lang) != "0"]
    assert pages, "a language with its own digits (Bengali)"
    for url, lang in pages:
        response = client.get(url)
        if response.mimetype != "text/html":
            continue
        html = response.get_data(as_text=True)
        shown = " ".join(_Shown(html).parts)
        assert not re.findall(r"\S*[0-9]\S*", shown), url
        zero = zero_of(lang)
        if 'class="cite"' in html:  # and the numbers are there, in the language's digits
            assert re.search(f"[{zero}-{chr(ord(zero) + 9)}]", shown), url


def test_the_no_js_result_writes_scores_and_date_in_the_languages_digits(client, app):
    from pwa.quiz.definition import DEFINITION

    items = {qid for score in DEFINITION.scores.values() for qid in score.items}
    answers = {q.id: q.options[1].value for q in DEFINITION.questions if q.id in items}  # every score complete
    for locale in app.config["LOCALES"]:
        if zero_of(locale) == "0":
            continue
        html = client.post(f"/{url_code(locale)}/quiz/result/", data=answers).get_data(as_text=True)
        shown = " ".join(_Shown(html).parts)
        assert 'data-rule="score_symptoms"' in html
        assert not re.findall(r"\S*[0-9]\S*", shown), locale
