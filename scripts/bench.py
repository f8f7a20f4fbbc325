"""Benchmark (not a test): bytes per page, render-blocking CSS, JavaScript, the offline
pack of each language, and requests per second under gunicorn.

    .venv/bin/python scripts/bench.py [--seconds 5] [--no-server]

Sizes are as served by the app's own compression (brotli and gzip); KB = 1,024 bytes.
Budgets (design.md): HTML + CSS <= 14 KB per page, all JS <= 30 KB, one language's
offline pack <= 250 KB as transferred, shared files included. Exits 1 if one is over.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pwa import create_app  # noqa: E402
from pwa.offline.views import precache  # noqa: E402

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
        pack = [e["url"] for e in entries if e["lang"] in (None, lang)]
        br = sum(measured[u]["br"] for u in pack)
        gz = sum(measured[u]["gzip"] for u in pack)
        raw = sum(measured[u]["raw"] for u in pack)
        verdict = "ok" if gz <= BUDGET_PACK else "OVER"
        ok &= gz <= BUDGET_PACK
        print(f"  {lang:6} {len(pack):3} files {'':28} {kb(br)} {kb(gz)} {kb(raw)} KB  budget 250 KB: {verdict}")
    everything = sum(m["gzip"] for m in measured.values())
    print(f"  every language at once (outreach): {kb(everything)} KB gzip, {len(entries)} files")
    return ok


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def throughput(seconds: float, urls: list[str], threads: int = 8) -> None:
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(os.cpu_count() or 2),
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "/dev/null",
            "app:app",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # up to 10 s for the workers to start
            try:
                urllib.request.urlopen(base + "/sw.js", timeout=1).read()  # also builds the precache
                break
            except OSError:
                time.sleep(0.1)
        print(
            f"\nthroughput under gunicorn ({os.cpu_count()} workers, {threads} client threads, "
            f"{seconds:g} s each, gzip accepted; client and server share this machine)"
        )
        for url in urls:
            count = [0] * threads
            deadline = time.monotonic() + seconds

            def hammer(i: int, url: str = url, count: list[int] = count, deadline: float = deadline) -> None:
                request = urllib.request.Request(base + url, headers={"Accept-Encoding": "gzip"})
                while time.monotonic() < deadline and count[i] < 100_000:
                    with urllib.request.urlopen(request, timeout=5) as response:
                        response.read()
                    count[i] += 1

            workers = [threading.Thread(target=hammer, args=(i,)) for i in range(threads)]
            start = time.monotonic()
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            elapsed = time.monotonic() - start
            print(f"  GET {url:22} {sum(count) / elapsed:8.0f} requests/s  ({sum(count)} requests)")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each throughput run")
    parser.add_argument("--no-server", action="store_true", help="sizes only")
    args = parser.parse_args()
    ok = report_sizes(create_app())
    if not args.no_server:
        throughput(args.seconds, ["/en/", "/ar/about/", "/", "/static/css/app.css"])
    print("\nall budgets met" if ok else "\nBUDGET EXCEEDED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
