"""Hostile input never gets a 5xx: a seeded sample of the generator scripts/fuzz.py runs 50,000 of,
the causes found by fuzzing as named cases, and the static cache bounded under aliases."""

from __future__ import annotations

import tracemalloc

import pytest

from pwa.security import HEADERS
from scripts.fuzz import check
from tests.fuzzing import call, fuzz


def plain(path: str, host: str = "localhost", query: str = "", method: str = "GET", **extra) -> dict:
    return {
        "method": method,
        "path": path,
        "query": query,
        "headers": {"Host": host},
        "body": b"",
        "chunked": False,
        "bad_chunks": False,
        **extra,
    }


@pytest.fixture(scope="module")
def fuzz_app():
    from pwa import create_app

    return create_app()  # not TESTING: an exception becomes a 500, as in production


SEEN_BEFORE = [  # each gave a 500 or an exception that escaped the app before it was fixed
    plain("/static/css/app.css%00.js"),
    plain("/en/", host="a..b"),
    plain("/en/", host="."),
    plain("/es/when-to-get-help/", host="a" * 64 + ".com", method="PATCH"),
    plain("/es", query="\x88ú=&ss=\r", method="OPTIONS"),
    plain("/en/symptoms", query="x=%0d%0a\r\n"),
    plain(
        "/en/quiz/result/",
        method="POST",
        body=b"q=1",
        chunked=True,
        bad_chunks=True,
        headers={"Host": "localhost", "Content-Type": "application/x-www-form-urlencoded"},
    ),
]


@pytest.mark.parametrize(
    "request_", SEEN_BEFORE, ids=lambda r: f"{r['method']} {r['path'][:30]} {r['headers']['Host'][:12]}"
)
def test_inputs_that_once_gave_a_500_now_get_a_translated_4xx_or_a_redirect(fuzz_app, request_):
    status, headers, body = call(fuzz_app, request_)
    assert check(request_, status, headers, body) is None, (status, body[:200])
    assert status < 500


def test_a_seeded_sample_of_the_generator_gets_no_5xx_and_only_translated_error_pages(fuzz_app):
    problems = []

    def one(request):
        status, headers, body = call(fuzz_app, request)
        problem = check(request, status, headers, body)
        if problem:
            problems.append((problem, request["method"], request["path"][:60], request["headers"].get("Host")))

    fuzz(fuzz_app, 800, 20261130, one)
    assert not problems, problems[:5]


def test_redirects_are_paths_that_echo_no_host_and_inject_no_header(client):
    for path, host in [("/en/symptoms", "evil.example"), ("//evil.example/en", "localhost"), ("/en/symptoms", "a..b")]:
        response = client.get(path, headers={"Host": host})
        location = response.headers.get("Location", "")
        assert response.status_code in (308, 400) and "evil" not in location and not location.startswith("//")
    response = client.get("/en/symptoms?x=%0d%0a")
    assert response.status_code == 308 and response.headers["Location"] == "/en/symptoms/?x=%0d%0a"
    assert all(name in response.headers for name in HEADERS)


def test_static_aliases_are_refused_and_never_grow_the_cache(app, client):
    """Each alias of the 50 KB htmx file used to store one more copy of it (4,000 aliases: about
    100 MB per worker). Now the process keeps what it had, whatever the number of aliases."""
    assets, htmx = app.extensions["assets"], next(n for n in app.extensions["assets"].files() if "htmx" in n)
    folder, name = htmx.rsplit("/", 1)

    def aliases(start, count):
        for n in range(start, start + count):
            alias = [f"a{n}/../{htmx}", f"{folder}/./{name}", f"{folder}//{name}", f"./{htmx}"][n % 4]
            assert client.get(f"/static/{alias}?n={n}").status_code == 404

    assert client.get(f"/static/{htmx}").status_code == 200
    aliases(0, 100)  # warm: the 404 page's own files, template and translation caches
    entries = len(assets._cache)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    aliases(100, 500)
    grown = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert len(assets._cache) == entries  # one entry per real file, whatever the URL
    assert grown < 1_000_000, grown  # bytes kept after 500 more aliases (one copy of htmx: ~50 KB)
