"""Every bad input gets a clear, translated 4xx, never a 500."""

from __future__ import annotations

import pytest

from tests.unit.helpers import TRANSLATED, Page, direction, translated


def error_page(response):
    page = Page(response.get_data(as_text=True))
    assert response.headers["Cache-Control"] == "no-store"
    assert response.mimetype == "text/html"
    return page


@pytest.mark.parametrize(
    ("accept", "lang"),
    [
        ("en", "en"),
        ("es-MX,es;q=0.9", "es"),
        ("ar", "ar"),
        ("sw", "en"),
        ("zh-CN", "zh-Hans"),  # the same language, as the picker offers it
        ("pt-PT,pt;q=0.9", "pt-BR"),
        ("ur-PK,en;q=0.5", "ur"),  # the browser's order, not an exact match further down
        ("sw,ko;q=0.8", "ko"),
    ],
)
def test_unknown_locale_is_a_404_in_the_negotiated_language(client, accept, lang):
    response = client.get("/xx/about/", headers={"Accept-Language": accept})
    assert response.status_code == 404
    page = error_page(response)
    assert page.html["lang"] == lang
    assert page.html["dir"] == direction(lang)
    assert page.h1.strip() == translated(lang, "Page not found")


@pytest.mark.parametrize("code", TRANSLATED)
def test_unknown_page_is_a_404_in_the_urls_language(client, code):
    response = client.get(f"/{code}/no-such-page/", headers={"Accept-Language": "en"})
    assert response.status_code == 404
    assert error_page(response).h1.strip() == translated(code, "Page not found")


def test_wrong_method_is_a_translated_405_with_allow(client):
    response = client.post("/es/about/")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    page = error_page(response)
    assert page.html["lang"] == "es" and "untranslated" not in response.get_data(as_text=True)


def test_oversized_body_is_413(client, app):
    response = client.post(
        "/en/", data=b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1), headers={"Content-Type": "application/octet-stream"}
    )
    assert response.status_code == 413
    error_page(response)


def test_overlong_query_is_414(client, app):
    response = client.get("/ar/?q=" + "a" * app.config["MAX_QUERY_LENGTH"])
    assert response.status_code == 414
    assert error_page(response).html["dir"] == "rtl"


@pytest.mark.parametrize("query", ["%zz", "a=%e9", "a=%", "%ff%fe=1"])
def test_malformed_query_is_400(client, query):
    response = client.get(f"/en/?{query}")
    assert response.status_code == 400
    error_page(response)


def test_a_harmless_query_is_ignored(client):
    assert client.get("/en/?fbclid=abc&utm_source=x").status_code == 200


def test_missing_trailing_slash_redirects_to_the_page(client):
    response = client.get("/en/about")
    assert response.status_code == 308 and response.headers["Location"].endswith("/en/about/")


def test_error_pages_link_home_in_their_language(client):
    page = Page(client.get("/ar/no-such-page/").get_data(as_text=True))
    assert any(a.get("href") == "/ar/" for a in page.find("a"))


def test_limits_come_from_pwa_environment_variables(monkeypatch):
    from pwa import create_app

    monkeypatch.setenv("PWA_MAX_QUERY_LENGTH", "10")
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/en/?a=123456").status_code == 200
    assert client.get("/en/?a=123456789").status_code == 414
