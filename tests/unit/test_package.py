"""`pip install .` gives a working app: the wheel carries the templates, static/ and the compiled
translations, and the installed package (not the checkout) serves every page, file and language."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from pwa.config import ROOT

SERVE_EVERYTHING = textwrap.dedent("""
    import json, sys
    import pwa
    from pwa import create_app
    from pwa.content.pages import PAGES
    app = create_app()
    client = app.test_client()
    assets = app.extensions["assets"]
    codes = [code.replace("_", "-") for code in app.config["LOCALES"]]
    status = {}
    for code in codes:
        for page in PAGES:
            url = f"/{code}/{page.slug + '/' if page.slug else ''}"
            status[url] = client.get(url).status_code
        status[f"/{code}/quiz/"] = client.get(f"/{code}/quiz/").status_code
    for name in assets.files():
        status["/static/" + name] = client.get("/static/" + name).status_code
    home = {code: client.get(f"/{code}/").get_data(as_text=True) for code in codes}
    print(json.dumps({"package": pwa.__file__, "static": app.config["STATIC_ROOT"],
                      "files": len(assets.files()), "status": status,
                      "marked": {code: home[code].count('class="untranslated"') for code in codes},
                      "titles": {code: home[code].split("<title>")[1].split("</title>")[0] for code in codes}}))
""")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from this checkout, installed (not editable) into a folder of its own."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next((out / "dist").glob("*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(out / "site"), str(wheel)],
        check=True,
        capture_output=True,
    )
    # Run from elsewhere with only the installed copy of pwa on the path (its dependencies come
    # from this environment: the question is what the wheel holds).
    run = subprocess.run(
        [sys.executable, "-c", SERVE_EVERYTHING],
        cwd=out,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(out / "site"), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return out, json.loads(run.stdout)


def test_the_wheel_is_what_runs(installed):
    out, result = installed
    assert result["package"].startswith(str(out / "site")) and result["static"].startswith(str(out / "site"))


def test_the_installed_package_serves_every_page_file_and_language(installed, app):
    _, result = installed
    assert result["files"] == len(app.extensions["assets"].files())  # every static file is in the wheel
    failing = {url: code for url, code in result["status"].items() if code != 200}
    assert not failing, failing
    assert len(set(result["titles"].values())) == len(result["titles"])  # each language its own words
    assert not any(result["marked"].values()), result["marked"]  # the compiled catalogs are there
