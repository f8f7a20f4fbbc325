"""Catalogs: complete, fresh, plain text; missing or changed English shows marked."""

from __future__ import annotations

from babel.messages import pofile

from pwa import catalogs, create_app
from tests.unit.helpers import TRANSLATED, Page, catalog_messages, translated


def test_catalogs_are_complete_and_the_template_is_fresh():
    assert catalogs.check([c.replace("-", "_") for c in TRANSLATED]) == []


def test_cli_check_passes(runner):
    result = runner.invoke(args=["translate", "check"])
    assert result.exit_code == 0, result.output


def _temp_catalogs(tmp_path, monkeypatch, edit) -> None:
    """A copy of the Spanish catalog, changed by `edit`, in a temporary translations/."""
    with catalogs.po_path("es").open("rb") as fileobj:
        catalog = pofile.read_po(fileobj, locale="es")
    edit(next(m for m in catalog if m.id and m.id == "What causes it?"))
    monkeypatch.setattr(catalogs, "TRANSLATIONS", tmp_path)
    monkeypatch.setattr(catalogs, "POT", tmp_path / "messages.pot")
    target = catalogs.po_path("es")
    target.parent.mkdir(parents=True)
    with target.open("wb") as fileobj:
        pofile.write_po(fileobj, catalog)


def test_check_reports_a_missing_translation_and_a_stale_template(tmp_path, monkeypatch):
    _temp_catalogs(tmp_path, monkeypatch, lambda m: setattr(m, "string", ""))
    (tmp_path / "messages.pot").write_text("")  # an empty template: stale
    problems = catalogs.check(["es"])
    assert any("messages.pot is stale" in p for p in problems)
    assert any("is not translated" in p for p in problems)


def test_a_fuzzy_translation_is_reported_and_not_compiled(tmp_path, monkeypatch):
    _temp_catalogs(tmp_path, monkeypatch, lambda m: m.flags.add("fuzzy"))
    assert any("is fuzzy" in p for p in catalogs.check(["es"]))
    (mo,) = catalogs.compile_all()
    from babel.support import Translations

    with mo.open("rb") as fileobj:
        assert Translations(fileobj).pgettext("page_home.cause", "What causes it?") == "What causes it?"
    with catalogs.po_path("es").with_suffix(".mo").open("wb") as fileobj:  # control: without the flag
        from babel.messages import mofile

        with catalogs.po_path("es").open("rb") as po:
            catalog = pofile.read_po(po, locale="es")
        next(m for m in catalog if m.id == "What causes it?").flags.discard("fuzzy")
        mofile.write_mo(fileobj, catalog)
    with catalogs.po_path("es").with_suffix(".mo").open("rb") as fileobj:
        assert Translations(fileobj).pgettext("page_home.cause", "What causes it?") != "What causes it?"


def test_an_edited_english_sentence_shows_in_english_marked_in_other_languages():
    app = create_app({"TEXT_OVERRIDES": {"What causes it?": "What is the cause?"}})
    client = app.test_client()
    english = client.get("/en/").get_data(as_text=True)
    assert "What is the cause?" in english and 'class="untranslated"' not in english
    spanish = Page(client.get("/es/").get_data(as_text=True))
    marked = spanish.find("span", **{"class": "untranslated", "lang": "en"})
    assert len(marked) == 2  # the heading and its entry in "On this page", nothing else
    html = client.get("/es/").get_data(as_text=True)
    assert '<span class="untranslated" lang="en" dir="ltr">What is the cause?</span>' in html
    assert (
        translated("es", "Parts of this page are not translated yet. They are shown in English and marked EN.") in html
    )


def test_translations_are_used_for_article_blocks(client):
    page = Page(client.get("/es/").get_data(as_text=True))
    assert page.h1.strip() == translated("es", "Hemifacial spasm", "page_home.title")


def test_translations_are_escaped_not_trusted_as_markup(app):
    from pwa.i18n import _mark

    with app.test_request_context("/es/"):
        assert str(_mark("<b>x</b> & y", True)) == "&lt;b&gt;x&lt;/b&gt; &amp; y"


def test_every_self_check_text_is_in_the_template():
    """Answer choices are built in code; the extractor must still carry every one."""
    from babel.messages import pofile

    from pwa.quiz.definition import DEFINITION

    with catalogs.POT.open("rb") as fileobj:
        keys = {(m.context, m.id) for m in pofile.read_po(fileobj) if m.id}
    texts = [q.prompt for q in DEFINITION.questions] + [o.label for q in DEFINITION.questions for o in q.options]
    texts += [r.text for r in DEFINITION.rules] + [p.title for p in DEFINITION.parts]
    assert [t for t in texts if t not in keys] == []


def test_every_block_of_every_page_is_in_the_template():
    """A marker the extractor does not know would leave its text out of every catalog."""
    from pwa.content.checks import blocks
    from pwa.content.pages import PAGES

    template = {(m.context, m.id) for m in catalogs.extract() if m.id}
    missing = [(b.context, b.text) for page in PAGES for b in blocks(page) if (b.context, b.text) not in template]
    assert missing == []


def test_a_fuzzy_entry_shows_in_english_marked_in_every_language(tmp_path, monkeypatch):
    """A translation flagged fuzzy (its English changed) is left out when the catalogs compile,
    so each language's page shows that sentence in English, marked, with the notice."""
    from pwa.i18n import babel, url_code

    # Flask-Babel caches catalogs by locale on the one Babel object every app shares: this test's
    # catalogs go in an empty cache of their own, and the real ones' cache comes back after it.
    monkeypatch.setattr(babel.domain_instance, "cache", {})
    msgid, context = "What causes it?", "page_home.cause"
    sources = {code: catalogs.po_path(code.replace("-", "_")) for code in TRANSLATED}
    monkeypatch.setattr(catalogs, "TRANSLATIONS", tmp_path)
    for code, source in sources.items():
        locale = code.replace("-", "_")
        with source.open("rb") as fileobj:
            catalog = pofile.read_po(fileobj, locale=locale)
        catalog.get(msgid, context=context).flags.add("fuzzy")
        catalogs.po_path(locale).parent.mkdir(parents=True)
        with catalogs.po_path(locale).open("wb") as fileobj:
            pofile.write_po(fileobj, catalog)
    assert len(catalogs.compile_all()) == len(TRANSLATED)
    client = create_app({"BABEL_TRANSLATION_DIRECTORIES": str(tmp_path)}).test_client()
    for code in TRANSLATED:
        html = client.get(f"/{url_code(code)}/").get_data(as_text=True)
        assert f'<span class="untranslated" lang="en" dir="ltr">{msgid}</span>' in html, code
        notice = "Parts of this page are not translated yet. They are shown in English and marked EN."
        assert translated(code, notice) in html, code
        assert translated(code, "Self-check") in html, code  # the rest is still translated


# Entries a language writes exactly as the English, each with its reason. Anything else that is
# the same as the English was not translated. A text without letters (a comma) may stay as it is.
SAME_AS_ENGLISH = {
    ("es", "quiz.answer.no"): "No is Spanish for no",
    ("es", "quiz.eye_shut.no"): "No is Spanish for no",
    ("es", "page_glossary.tic_term"): "tic is the Spanish word",
    ("fr", "page_glossary.tic_term"): "tic is the French word",
    ("vi", "page_glossary.tic_term"): "tic is the word the Vietnamese glossary uses",
    ("fr", "page_causes.title"): "Causes is the French word",
    ("fr", "Date"): "Date is the French word",
    ("fr", "Menu"): "Menu is the French word",
    ("pt_BR", "Menu"): "Menu is the Portuguese word",
    ("vi", "Menu"): "Menu is the word Vietnamese apps use",
    ("vi", "page_glossary.botulinum_toxin_term"): "Vietnamese medical writing keeps the international name (glossary)",
}


def test_every_translation_differs_from_the_english_except_the_listed_ones():
    import re

    same = set()
    for code in TRANSLATED:
        locale = code.replace("-", "_")
        for context, english, translation in catalog_messages(locale):
            if translation == english and re.search(r"[^\W\d_]", english):
                same.add((locale, context or english))
    assert same == set(SAME_AS_ENGLISH)  # a listed entry that is now translated fails too


def test_texts_in_attributes_keep_the_translations_no_break_spaces(client):
    """Titles, descriptions, labels and the texts scripts show come through the plain filter, which
    keeps French's no-break space before ":" (Jinja's striptags turned it into a plain space)."""
    english = "Plain answers about twitching on one side of the face: what it is, what causes it and what can help."
    description = translated("fr", english, "page_home.summary")
    assert "\u00a0:" in description
    html = client.get("/fr/").get_data(as_text=True)
    assert f'<meta name="description" content="{description}">' in html
    imported = translated("fr", "New: %(new)s. Already saved: %(old)s.")
    assert "\u00a0:" in imported
    history = client.get("/fr/quiz/history/").get_data(as_text=True)
    assert 'data-imported="' + imported % {"new": "{new}", "old": "{old}"} + '"' in history
