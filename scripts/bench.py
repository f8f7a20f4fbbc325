"""Benchmark (not a test): bytes per page, render-blocking CSS, JavaScript, the offline
pack of each language; then, with wrk, requests per second and p50/p99 latency for the same URLs
under make run's gunicorn, the make serve stack and nginx serving the export with nothing of ours
(the ratios are to the last), and a load run of 100 connections against each.

    .venv/bin/python scripts/bench.py [--seconds 5] [--load-seconds 30] [--no-server]

Sizes are as served by the app's own compression (brotli and gzip); KB = 1,024 bytes.
Budgets (design.md): HTML + CSS <= 14 KB per page, all JS <= 30 KB, one language's
offline pack <= 250 KB as transferred, shared files included. Targets (issue 11): make serve
reaches at least 0.9 of plain nginx for pages, and no load run has an error. Exits 1 if one is missed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flask import url_for  # noqa: E402

from pwa import create_app  # noqa: E402
from pwa.deploy import temp_paths  # noqa: E402
from pwa.offline.precache import precache_urls  # noqa: E402
from pwa.offline.views import precache  # noqa: E402
from pwa.stack import NGINX, Stack, connects, free_port, wait_for  # noqa: E402

KB = 1024
BUDGET_PAGE, BUDGET_JS, BUDGET_PACK = 14 * KB, 30 * KB, 250 * KB


def sizes(client, url: str) -> dict[str, int]:
    out = {"raw": len(client.get(url).data)}
    for encoding in ("br", "gzip"):
        response = client.get(url, headers={"Accept-Encoding": encoding})
        out[encoding] = len(response.data)  # not compressed (e.g. PNG): the raw size
    return out


def kb(n: int) -> str:
    return f"{n / KB:7.1f}"


def report_sizes(app) -> bool:
    client = app.test_client()
    entries, version = precache(app)
    ok = True
    pages = [e for e in entries if not e["url"].startswith("/static/") and e["url"].endswith("/")]
    print(f"service worker version {version}: {len(entries)} precached URLs\n")
    print("page                       HTML raw    br  gzip | CSS br  gzip | HTML+CSS gzip  budget")
    for entry in pages:
        url = entry["url"]
        html = sizes(client, url)
        css_urls = re.findall(r'<link rel="stylesheet" href="([^"]+)"', client.get(url).get_data(as_text=True))
        css = [sizes(client, c) for c in css_urls]
        css_br, css_gz = sum(c["br"] for c in css), sum(c["gzip"] for c in css)
        total = html["gzip"] + css_gz
        verdict = "ok" if total <= BUDGET_PAGE else "OVER"
        ok &= total <= BUDGET_PAGE
        print(
            f"{url:26} {kb(html['raw'])} {kb(html['br'])} {kb(html['gzip'])} | {kb(css_br)} {kb(css_gz)} |"
            f" {kb(total)} KB    {verdict}"
        )

    js = [e["url"] for e in entries if e["url"].split("?")[0].endswith(".js")]
    js_sizes = {url: sizes(client, url) for url in js}
    js_gz = sum(s["gzip"] for s in js_sizes.values())
    print("\nJavaScript (all deferred)        raw      br    gzip")
    for url, s in js_sizes.items():
        print(f"  {url.split('?')[0]:30} {kb(s['raw'])} {kb(s['br'])} {kb(s['gzip'])}")
    print(
        f"  {'total':30} {kb(sum(s['raw'] for s in js_sizes.values()))} "
        f"{kb(sum(s['br'] for s in js_sizes.values()))} {kb(js_gz)} KB   budget 30 KB: "
        f"{'ok' if js_gz <= BUDGET_JS else 'OVER'}"
    )
    ok &= js_gz <= BUDGET_JS

    measured = {e["url"]: sizes(client, e["url"]) for e in entries}
    print("\noffline pack per language (shared files included)   transferred br   gzip   stored (decoded)")
    for lang in app.config["LOCALES"]:
        pack = [e["url"] for e in entries if e["lang"] in (None, lang.replace("_", "-"))]
        br = sum(measured[u]["br"] for u in pack)
        gz = sum(measured[u]["gzip"] for u in pack)
        raw = sum(measured[u]["raw"] for u in pack)
        verdict = "ok" if gz <= BUDGET_PACK else "OVER"
        ok &= gz <= BUDGET_PACK
        print(f"  {lang:6} {len(pack):3} files {'':28} {kb(br)} {kb(gz)} {kb(raw)} KB  budget 250 KB: {verdict}")
    everything = sum(m["gzip"] for m in measured.values())
    print(f"  every language at once (outreach): {kb(everything)} KB gzip, {len(entries)} files")
    return ok


WRK = shutil.which("wrk") or "/usr/bin/wrk"
# Every request of a load run takes the next path of the list (so all pages are hit).
ROTATE = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], {["Accept-Encoding"] = "gzip"})
end
"""


def wrk(url: str, seconds: float, connections: int, paths: list[str] | None = None) -> dict[str, float]:
    """requests/s, p50 and p99 in ms, and errors (socket errors and non-2xx/3xx answers)."""
    command = [WRK, "-t2", f"-c{connections}", f"-d{seconds:g}s", "--latency", "--timeout", "5s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if paths:
            script.write(ROTATE % ", ".join(f'"{p}"' for p in paths))
            script.flush()
            command += ["-s", script.name]
        else:
            command += ["-H", "Accept-Encoding: gzip"]
        out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def latency(percent: str) -> float:
        value, scale = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)$", out, re.M).groups()
        return float(value) * unit[scale]

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "errors": errors,
    }


def plain_nginx_conf(site: Path, run_dir: Path, port: int, user: str | None) -> Path:
    """nginx serving the same export with nothing of ours (no headers, no error pages, no proxy),
    tuned as make serve is (open_file_cache, gzip_static): the static-file limit."""
    conf = run_dir / "plain.conf"
    conf.write_text(
        f"""{f"user {user};" if user else ""}
worker_processes auto;
pid {run_dir / "plain.pid"};
error_log stderr error;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    open_file_cache max=2000 inactive=60s;
{temp_paths(run_dir)}    server {{
        listen 127.0.0.1:{port};
        root {site};
        gzip_static on;
    }}
}}
"""
    )
    return conf


def servers(seconds: float, pages: list[str], sample: list[str], load_seconds: float) -> bool:
    """The same URLs under make run's gunicorn, the make serve stack and plain nginx."""
    ok = True
    results: dict[str, dict[str, dict[str, float]]] = {}
    loads: dict[str, dict[str, float]] = {}
    gunicorn_port = free_port()
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{gunicorn_port}", "--workers", "2",
         "--access-logfile", "/dev/null", "--error-logfile", "/dev/null", "--no-control-socket", "app:app"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    stack = Stack(port=free_port(), quiet=True)
    plain: subprocess.Popen | None = None
    try:
        stack.start()
        assert stack.run_dir is not None
        plain_port = free_port()
        conf = plain_nginx_conf(stack.run_dir / "site", stack.run_dir, plain_port, stack.worker_user)
        plain = subprocess.Popen(
            [NGINX, "-e", "stderr", "-p", str(stack.run_dir), "-c", str(conf), "-g", "daemon off;"]
        )
        targets = {
            "make run (gunicorn)": f"http://127.0.0.1:{gunicorn_port}",
            "make serve (nginx + app)": stack.url,
            "nginx, export only": f"http://127.0.0.1:{plain_port}",
        }
        for name, base in targets.items():
            host, port = base.rsplit("/", 1)[1].split(":")
            wait_for(lambda host=host, port=port: connects((host, int(port))), name, seconds=30)
            urllib.request.urlopen(base + "/sw.js", timeout=30).read()  # warm: the app builds its precache
            results[name] = {url: wrk(base + url, seconds, 100) for url in sample}
            loads[name] = wrk(base + "/", load_seconds, 100, paths=pages)
    finally:
        if plain is not None:
            plain.terminate()
            plain.wait(timeout=10)
        stack.stop()
        gunicorn.terminate()
        gunicorn.wait(timeout=10)

    last = list(results)[-1]
    print(
        f"\nthroughput: wrk, 2 threads, 100 connections, {seconds:g} s per URL, gzip accepted; "
        f"client and servers share this {os.cpu_count()}-core machine.\nratio = requests/s divided by "
        f"'{last}'"
    )
    print(f"  {'URL':28} {'server':26} {'requests/s':>10} {'ratio':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for url in sample:
        for name, by_url in results.items():
            r = by_url[url]
            ratio = r["rps"] / results[last][url]["rps"]
            print(
                f"  {url.split('?')[0]:28} {name:26} {r['rps']:10.0f} {ratio:6.2f} {r['p50']:8.2f} {r['p99']:8.2f}"
                f" {r['errors']:6.0f}"
            )
    stack_name = list(results)[1]
    page_ratios = [results[stack_name][u]["rps"] / results[last][u]["rps"] for u in sample if u.endswith("/")]
    verdict = min(page_ratios) >= 0.9
    ok &= verdict
    print(
        f"  make serve reaches {min(page_ratios):.2f} of plain nginx for pages (at least 0.90): {'ok' if verdict else 'LOW'}"
    )
    print(f"\nload: 100 connections for {load_seconds:g} s, every page of every language in turn ({len(pages)} URLs)")
    print(f"  {'server':26} {'requests':>9} {'requests/s':>10} {'ratio':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for name, r in loads.items():
        ok &= r["errors"] == 0
        print(
            f"  {name:26} {r['requests']:9.0f} {r['rps']:10.0f} {r['rps'] / loads[last]['rps']:6.2f} {r['p50']:8.2f}"
            f" {r['p99']:8.2f} {r['errors']:6.0f}  {'ok' if r['errors'] == 0 else 'ERRORS'}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each throughput run")
    parser.add_argument("--load-seconds", type=float, default=30.0, help="duration of each load run")
    parser.add_argument("--no-server", action="store_true", help="sizes only")
    args = parser.parse_args()
    app = create_app()
    ok = report_sizes(app)
    if not args.no_server:
        pages = [url for url, _lang in precache_urls(app) if url.endswith("/")]
        with app.test_request_context():
            css = url_for("static", filename="css/app.css")
        ok &= servers(args.seconds, pages, ["/en/", "/ar/about/", "/", css], args.load_seconds)
    print("\nall budgets and targets met" if ok else "\nBUDGET OR TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
