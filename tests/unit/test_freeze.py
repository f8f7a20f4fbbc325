"""`flask freeze` writes every page of every language, byte for byte as served."""

from __future__ import annotations

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
