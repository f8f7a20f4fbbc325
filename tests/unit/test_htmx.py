"""htmx is ours: vendored with its checksum, configured so CSP needs no exception."""

from __future__ import annotations

import hashlib
import json
import re

from pwa.config import ROOT
from tests.unit.helpers import Page

VENDOR = ROOT / "static" / "vendor"


def test_vendored_htmx_matches_its_recorded_checksum():
    lines = (VENDOR / "SHA256SUMS").read_text().split("\n")
    sums = dict(reversed(line.split("  ")) for line in lines if line.strip())
    assert sums, "no checksum recorded"
    for name, digest in sums.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    assert any(re.fullmatch(r"htmx-2\.0\.\d+\.min\.js", name) for name in sums)


def test_htmx_config_keys_exist_in_the_vendored_version(client):
    page = Page(client.get("/en/").get_data(as_text=True))
    config = json.loads(page.find("meta", name="htmx-config")[0]["content"])
    source = next(VENDOR.glob("htmx-*.min.js")).read_text()
    for key in config:
        assert re.search(rf"\b{key}:", source), f"{key} is not an htmx config key in this version"
    assert config["includeIndicatorStyles"] is False  # htmx would inject a <style>
    assert config["allowEval"] is False and config["allowScriptTags"] is False
    assert config["historyCacheSize"] == 0  # no page snapshots in storage


def test_language_links_are_not_boosted(client):
    """A boosted swap keeps <html lang dir>: switching language must be a real navigation."""
    html = client.get("/ar/").get_data(as_text=True)
    assert '<body data-hx-boost="true">' in html
    assert '<ul data-hx-boost="false">' in html
