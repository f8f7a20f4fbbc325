"""`flask freeze` writes every page of every language, byte for byte as served."""

from __future__ import annotations

import re

from pwa.deploy import NGINX_ERRORS, PER_RESPONSE
from pwa.freeze import freeze
from pwa.offline.precache import precache_urls


def test_freeze_writes_the_whole_site(app, client, tmp_path):
    freeze(app, tmp_path)
    for url, _lang in precache_urls(app):
        path = url.split("?", 1)[0].lstrip("/")
        target = tmp_path / (path + "index.html" if path.endswith("/") or path == "" else path)
        assert target.read_bytes() == client.get(url).data, url
    assert (tmp_path / "sw.js").read_bytes() == client.get("/sw.js").data
    not_found = (tmp_path / "404.html").read_text()
    assert '<html lang="en" dir="ltr">' in not_found and "Page not found" in not_found


def test_cli_freeze(runner, tmp_path):
    result = runner.invoke(args=["freeze", "--destination", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ar" / "about" / "index.html").exists()


def test_no_server_export_hides_the_post_and_says_javascript_is_needed(runner, tmp_path):
    served = runner.invoke(args=["freeze", "--destination", str(tmp_path / "served")])
    static = runner.invoke(args=["freeze", "--no-server", "--destination", str(tmp_path / "static")])
    assert served.exit_code == 0 and static.exit_code == 0, static.output
    for code in (locale.replace("_", "-") for locale in runner.app.config["LOCALES"]):
        with_server = (tmp_path / "served" / code / "quiz" / "index.html").read_text()
        without = (tmp_path / "static" / code / "quiz" / "index.html").read_text()
        assert '<button type="submit" id="quiz-submit">' in with_server and "<noscript>" not in with_server
        assert '<button type="submit" id="quiz-submit" hidden>' in without and "<noscript><p" in without
    sw_served, sw_static = ((tmp_path / d / "sw.js").read_text() for d in ("served", "static"))
    assert sw_served != sw_static  # the precache names the bytes of each export


def host_headers(headers_file: str, path: str) -> dict[str, str]:
    """What a static host (Netlify's and Cloudflare Pages' rules) sends for `path`: the headers of
    every block whose pattern matches, "*" matching anything; a name given twice is an error."""
    out: dict[str, str] = {}
    pattern = None
    for line in headers_file.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            pattern = re.compile(re.escape(line).replace(r"\*", ".*") + "$")
            continue
        if pattern.match(path):
            name, value = line.strip().split(": ", 1)
            assert name not in out, f"{path}: {name} twice"
            out[name] = value
    return out


def test_the_headers_file_gives_a_static_host_the_apps_headers_for_every_file(app, client, tmp_path):
    freeze(app, tmp_path)
    headers_file = (tmp_path / "_headers").read_text()
    checked = 0
    for url, _lang in [*precache_urls(app), ("/sw.js", None)]:
        path = url.split("?", 1)[0]  # a static host ignores ?v=: the file revalidates
        ours = {k: v for k, v in client.get(path).headers.items() if k.lower() not in PER_RESPONSE}
        host = host_headers(headers_file, path)
        if path.endswith("/"):  # index.html: every host sends text/html for it
            ours.pop("Content-Type")
        assert host == ours, path
        checked += 1
    assert checked == len(precache_urls(app)) + 1


def test_the_export_holds_the_apps_error_pages_in_every_language(app, client, tmp_path):
    freeze(app, tmp_path)
    for locale in app.config["LOCALES"]:
        code = locale.replace("_", "-")
        for status in NGINX_ERRORS:
            page = (tmp_path / "_errors" / code / f"{status}.html").read_text()
            assert f'<html lang="{code}"' in page, (code, status)
            title = re.search(r"<h1>(.*?)</h1>", page).group(1)
            if status in (404, 405, 413, 414):  # the same page the app gives for that error here
                real = {404: client.get(f"/{code}/no-such-page/"), 405: client.post(f"/{code}/"),
                        413: client.post(f"/{code}/quiz/result/", data=b"a" * (app.config["MAX_CONTENT_LENGTH"] + 1)),
                        414: client.get(f"/{code}/?q=" + "x" * (app.config["MAX_QUERY_LENGTH"] + 1))}[status]  # fmt: skip
                assert real.status_code == status and f"<h1>{title}</h1>" in real.get_data(as_text=True)
