"""Every full page is valid HTML to the Nu Html Checker (vnu.jar from npm's vnu-jar, pinned in
package-lock.json, run by Debian's Java; `make test` installs both): the picker, every page the app
lists for offline use in every locale, error pages, and the no-JavaScript self-check result.
Fragments (no <html> element, e.g. the result view quiz.js fills) are not pages. One JVM start
checks every file at once."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from flask import url_for

from pwa import create_app
from pwa.i18n import url_code
from pwa.offline.precache import precache_urls
from pwa.quiz.definition import KINDS, contract
from pwa.quiz.engine import evaluate

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
VECTORS = json.loads((ROOT / "tests" / "quiz_vectors.json").read_text(encoding="utf-8"))["vignettes"]
FORM = "application/x-www-form-urlencoded"  # also when there are no answers
DOCUMENT = re.compile(rb"<html[\s>]", re.IGNORECASE)


def covering_vignettes() -> list[dict]:
    """Few vignettes (greedy) whose no-JS results together show every rule that any vignette shows."""
    outcomes = [evaluate(contract(), v["answers"]) for v in VECTORS]
    shown = [{o["summary"], *(rule for key in KINDS.values() if key != "summary" for rule in o[key])} for o in outcomes]
    left, chosen = set().union(*shown), []
    while left:
        best = max(range(len(VECTORS)), key=lambda i: len(shown[i] & left))
        chosen.append(VECTORS[best])
        left -= shown[best]
    return chosen


def full_pages() -> dict[str, bytes]:
    """{label: body} of every full HTML page the app serves, each with the status it must have."""
    app = create_app({"TESTING": True})
    client = app.test_client()
    pages: dict[str, bytes] = {}

    def add(label: str, response, status: int = 200) -> None:
        assert response.status_code == status, f"{label}: {response.status_code}, expected {status}"
        if response.mimetype == "text/html" and DOCUMENT.search(response.data):
            pages[label] = response.data

    for url, _ in precache_urls(app):  # the picker, every page x locale, the offline pages
        if not url.startswith("/static/"):
            add(f"GET {url}", client.get(url))
    with app.test_request_context("/"):
        results = {
            locale: url_for("localized.quiz.result", lang_code=url_code(locale)) for locale in app.config["LOCALES"]
        }
    add("GET /no-such-page/ (404)", client.get("/no-such-page/"), 404)
    for locale, result in results.items():
        code = url_code(locale)
        add(f"GET /{code}/no-such-page/ (404)", client.get(f"/{code}/no-such-page/"), 404)
        add(f"GET {result} (405)", client.get(result), 405)
        add(f"POST {result} bad answer (400)", client.post(result, data={"no-such-question": "x"}), 400)
        for number, vignette in enumerate(covering_vignettes()):
            add(f"POST {result} answers {number}", client.post(result, data=vignette["answers"], content_type=FORM))
    assert len(pages) > 2 * len(results), sorted(pages)
    return pages


def file_name(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-") + ".html"


def test_every_full_page_is_valid_html(tmp_path):
    java = shutil.which("java")
    assert java, "java is missing: `make test` installs it (scripts/apt-install.sh default-jre-headless)"
    assert VNU.is_file(), f"{VNU} is missing: `make test` installs it (npm ci --ignore-scripts)"
    labels = {}
    for label, body in full_pages().items():
        path = tmp_path / file_name(label)
        assert path.name not in labels, f"two pages share the file name {path.name}"
        path.write_bytes(body)
        labels[path.name] = label
    checked = subprocess.run(
        # C1 only: a short run starts faster; its larger frames need more stack than the default.
        [
            java,
            "-Xss4m",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            str(VNU),
            "--errors-only",
            "--exit-zero-always",
            "--format",
            "json",
            *sorted(str(tmp_path / name) for name in labels),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert checked.returncode == 0, checked.stderr[-2000:]
    try:
        messages = json.loads(checked.stderr or checked.stdout)["messages"]
    except ValueError:
        raise AssertionError(f"vnu.jar did not print JSON: {checked.stderr[-2000:]}") from None
    errors = [m for m in messages if m.get("type") != "info"]
    report = [
        f"{labels.get(Path(m.get('url', '')).name, m.get('url'))}:{m.get('lastLine', '?')}: "
        f"{m.get('message')}\n    {m.get('extract', '').strip()!r}"
        for m in errors
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(report)
