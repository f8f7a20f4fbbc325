"""Every language in Chromium, on a sample of pages (the unit tests render every page of every
language): at 320 px, also with 200% text, nothing scrolls sideways and lines break as the script
breaks them (alphabetic and Indic scripts and Korean between words, Chinese and Japanese between
characters but never before a closing mark); the self-check gives the same result in every
language, with its numbers in the language's digits."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pwa import create_app
from pwa.i18n import url_code
from tests.e2e.test_pages import BROKEN_WORDS
from tests.e2e.test_quiz import CLASSIC

CODES = [url_code(locale) for locale in create_app().config["LOCALES"]]
SAMPLE = ["", "when-to-get-help/", "quiz/"]
# Scripts written without spaces between words: a line may break between any two characters.
WITHOUT_SPACES = {"zh-Hans", "ja"}
IMPACT = ("impact_tasks", "impact_mood", "impact_embarrassed", "impact_relations", "impact_focus", "impact_talk")
ANSWERS = {**CLASSIC, "hearing_sudden": "yes", **dict.fromkeys(IMPACT, "2")}  # scores: 3 + 2 = 5, and 6 x 2 = 12

# Words of Latin letters or digits inside Chinese or Japanese text (MRI, 3), split across lines.
WORD = "[^\\s\\-‐]*\\p{L}[^\\s\\-‐]*"
assert WORD in BROKEN_WORDS
LATIN_WORDS_BROKEN = BROKEN_WORDS.replace(WORD, "[\\p{Script=Latin}\\d]+")
# Korean writes a bracket against the word before it, "주사(보톡스)는", and a line may break before
# the bracket, as English breaks at the space before "(Botox)": the bracket starts a word.
KOREAN_WORDS_BROKEN = BROKEN_WORDS.replace(WORD, "[(（]?[^\\s\\-‐(（]*\\p{L}[^\\s\\-‐(（]*")
# A line that starts with a closing mark (。、）」ー…) or ends with an opening one: the line-breaking
# rules of Chinese and Japanese (kinsoku) forbid both, unless the marks and the Latin letters or
# digits they hold ("（Botox）") are wider than the line, when the browser must break somewhere.
KINSOKU = """() => {
  const closing = '、。，．：；？！）」』】〕〉》・ー', opening = '（「『【〔〈《';
  const cjk = /[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\s]/u;
  const bad = [], canvas = document.createElement('canvas').getContext('2d');
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || !el.offsetParent || el.closest('.visually-hidden, [lang=en]')) continue;
    const style = getComputedStyle(el), size = parseFloat(style.fontSize);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    let block = el;
    while (block.parentElement && getComputedStyle(block).display === 'inline') block = block.parentElement;
    const room = block.clientWidth - parseFloat(getComputedStyle(block).paddingInlineStart)
      - parseFloat(getComputedStyle(block).paddingInlineEnd);
    const unit = (i) => {  // the marks and the non-CJK letters around a break at i, which cannot break
      let a = i, b = i;
      while (a > 0 && (opening.includes(node.data[a - 1]) || closing.includes(node.data[a - 1]) || !cjk.test(node.data[a - 1]))) a--;
      while (b < node.data.length && (closing.includes(node.data[b]) || (!cjk.test(node.data[b]) && !opening.includes(node.data[b])))) b++;
      return node.data.slice(a, b);
    };
    let top = null;
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = [...range.getClientRects()].find((r) => r.width > 0);
      if (!rect) continue;
      const forbidden = closing.includes(node.data[i]) || opening.includes(node.data[i - 1]);
      if (top !== null && rect.top - top > size / 2 && forbidden && canvas.measureText(unit(i)).width < room) {
        bad.push(node.data.slice(Math.max(0, i - 4), i + 2));  // this character starts a new line
      }
      top = rect.top;
    } }
  return bad; }"""


def lines_break_as_the_script_does(page, code: str) -> list:
    if code in WITHOUT_SPACES:
        return page.evaluate(LATIN_WORDS_BROKEN) + page.evaluate(KINSOKU)
    return page.evaluate(KOREAN_WORDS_BROKEN if code == "ko" else BROKEN_WORDS)


@pytest.mark.parametrize("code", CODES)
def test_at_320px_and_200_percent_text_nothing_scrolls_sideways_and_lines_break_as_the_script_does(
    browser, base_url, code
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in SAMPLE:
        page.goto(f"{base_url}/{code}/{path}")
        for scale in ("112.5%", "225%"):  # our size, then 200% of it
            page.evaluate(f"() => {{ document.documentElement.style.fontSize = '{scale}'; }}")
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 320, (path, scale)
            assert lines_break_as_the_script_does(page, code) == [], (path, scale)
    if code == "ko":  # Korean keeps each word whole (the rule the check above relies on)
        assert page.evaluate("() => getComputedStyle(document.body).wordBreak") == "keep-all"
    context.close()


@pytest.fixture(scope="module")
def english_result(browser, base_url) -> list[str]:
    rules, seen = result_in(browser, base_url, "en")
    assert seen["scores"] == ["5", "12"] and "flag_hearing" in rules
    return rules


def result_in(browser, base_url: str, code: str) -> tuple[list[str], dict]:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{base_url}/{code}/quiz/")
    one = page.evaluate("() => new Intl.NumberFormat(document.documentElement.lang).format(1)")
    progress = page.locator("#quiz-progress").text_content()
    # The answers ticked straight in the form (stepping through each screen is tested in en and ar)
    page.evaluate(
        """(answers) => { for (const [qid, value] of Object.entries(answers)) for (const v of [].concat(value))
          document.querySelector(`#q-${qid} input[value='${v}']`).checked = true;
          document.getElementById('quiz-form').requestSubmit(); }""",
        ANSWERS,
    )
    expect(page.locator("#quiz-result")).to_be_visible()
    rules = page.evaluate(
        "() => [...document.querySelectorAll('#quiz-result [data-rule]')].map((el) => el.dataset.rule)"
    )
    seen = {
        "progress": progress,
        "one": one,
        "scores": page.evaluate(
            "() => [...document.querySelectorAll('#quiz-result [data-score]')].map((s) => s.textContent)"
        ),
        "expected": page.evaluate(
            "() => [5, 12].map((n) => new Intl.NumberFormat(document.documentElement.lang).format(n))"
        ),
        "scroll": page.evaluate("() => document.documentElement.scrollWidth"),
        "broken": lines_break_as_the_script_does(page, code),
    }
    context.close()
    return rules, seen


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_the_self_check_gives_the_same_result_in_every_language_with_its_own_digits(
    browser, base_url, english_result, code
):
    rules, seen = result_in(browser, base_url, code)
    assert rules == english_result  # the same items, in the same order: only the words change
    assert seen["one"] in seen["progress"]  # "Question 1 of …", in the language's digits
    assert seen["scores"] == seen["expected"]  # the spasm score, then the daily-life score
    if seen["one"] != "1":  # a language with digits of its own (Bengali): no 0-9 left
        assert not any(ch.isascii() and ch.isdigit() for ch in seen["progress"] + "".join(seen["scores"]))
    assert seen["scroll"] <= 320 and seen["broken"] == []
