"""Fuzz the app: N generated requests to the WSGI app (and optionally M over raw sockets to a running
server), then a table by status. Exit status 1 on any 5xx, escaped exception, or 4xx that is not a
translated page with the security headers.

    python scripts/fuzz.py [--wsgi 50000] [--socket 5000 --port 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import socket
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import brotli  # noqa: E402
from flask import got_request_exception  # noqa: E402

from pwa import create_app  # noqa: E402
from pwa.security import HEADERS  # noqa: E402
from tests.fuzzing import call, chunked, fuzz  # noqa: E402


def check(request: dict, status: int, headers: dict, body: bytes) -> str | None:
    """What is wrong with one answer from the app, or None."""
    if status >= 500:
        return f"{status}"
    missing = [h for h in HEADERS if h not in headers]
    if missing:
        return f"{status} without {missing[0]}"
    if 400 <= status < 500 and request["method"] != "HEAD":
        text = body.decode("utf-8", "replace")
        if 'class="error-code"' not in text or "<html lang=" not in text:
            return f"{status} not an error page"
    return None


def run_wsgi(app, count: int, seed: int) -> tuple[collections.Counter, list]:
    statuses: collections.Counter = collections.Counter()
    problems: list = []
    exceptions: list = []
    got_request_exception.connect(lambda sender, exception, **kw: exceptions.append(repr(exception)), app, weak=False)

    def one(request):
        before = len(exceptions)
        try:
            status, headers, body = call(app, request)
        except Exception as error:  # escaped the app: a server would answer a bare 500
            statuses["exception"] += 1
            problems.append(("escaped " + repr(error)[:120], request))
            return
        statuses[status] += 1
        problem = check(request, status, headers, body)
        if len(exceptions) > before:
            problem = problem or "exception " + exceptions[-1][:120]
        if problem:
            problems.append((problem, request))

    fuzz(app, count, seed, one)
    statuses["logged exceptions"] = len(exceptions)
    return statuses, problems


def raw(request: dict, host: str, port: int) -> bytes:
    target = (request["path"] + ("?" + request["query"] if request["query"] else "")).encode("utf-8", "surrogatepass")
    lines = [request["method"].encode() + b" " + target + b" HTTP/1.1"]
    body = chunked(request["body"], request["bad_chunks"]) if request["chunked"] else request["body"]
    for name, value in request["headers"].items():
        lines.append(name.encode() + b": " + value.encode("utf-8", "surrogatepass"))
    lines.append(b"Transfer-Encoding: chunked" if request["chunked"] else b"Content-Length: %d" % len(body))
    lines.append(b"Connection: close")
    with socket.create_connection((host, port), timeout=10) as sock:
        try:
            sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before reading it all (an oversized body): read it
        out = b""
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except ConnectionResetError:
            pass
    return out


def decode(headers: dict, body: bytes) -> bytes:
    """The body as the app sent it: de-chunked, then decompressed."""
    if "chunked" in headers.get("Transfer-Encoding", ""):
        out, rest = b"", body
        while rest:
            size, _, rest = rest.partition(b"\r\n")
            length = int(size.split(b";")[0] or b"0", 16)
            if not length:
                break
            out, rest = out + rest[:length], rest[length + 2 :]
        body = out
    coding = headers.get("Content-Encoding", "")
    if coding == "gzip":
        body = gzip.decompress(body)
    elif coding == "br":
        body = brotli.decompress(body)
    elif coding == "deflate":
        body = zlib.decompress(body)
    return body


def run_socket(app, count: int, seed: int, port: int) -> tuple[collections.Counter, list]:
    statuses: collections.Counter = collections.Counter()
    problems: list = []

    def one(request):
        started = time.monotonic()
        try:
            answer = raw(request, "127.0.0.1", port)
        except (TimeoutError, ConnectionError, OSError) as error:
            statuses["no answer"] += 1
            problems.append((f"no answer after {time.monotonic() - started:.1f}s: {error!r}", request))
            return
        head, _, body = answer.partition(b"\r\n\r\n")
        status_line, *header_lines = head.split(b"\r\n")
        try:
            status = int(status_line.split()[1])
        except (IndexError, ValueError):
            statuses["garbled"] += 1
            problems.append(("garbled " + status_line[:60].decode("latin-1"), request))
            return
        statuses[status] += 1
        headers = {}
        for line in header_lines:
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip()] = value.strip()
        if "Content-Security-Policy" not in headers and status in (400, 414, 431, 501, 505):
            # gunicorn's own answer to a request line or header it will not pass on (too long,
            # malformed, an unsupported coding or version): below the app; it must answer, not hang
            statuses[status] -= 1
            statuses[f"{status} from gunicorn itself"] += 1
            return
        problem = check(request, status, headers, decode(headers, body))
        if problem:
            problems.append((problem, request))

    fuzz(app, count, seed, one)
    return statuses, problems


def table(title: str, statuses: collections.Counter, problems: list, seconds: float) -> None:
    total = sum(v for k, v in statuses.items() if k != "logged exceptions")
    print(f"\n{title}: {total} requests in {seconds:.0f} s")
    print("| status | requests |\n|---|---|")
    for status, n in sorted(((k, v) for k, v in statuses.items() if v), key=lambda kv: str(kv[0])):
        print(f"| {status} | {n} |")
    kinds = collections.Counter(p for p, _ in problems)
    print(f"problems: {len(problems)}")
    for kind, n in kinds.most_common(15):
        example = next(r for p, r in problems if p == kind)
        print(
            f"  {n} x {kind}  e.g. {example['method']} {example['path'][:80]!r} ?{example['query'][:30]!r} host={example['headers'].get('Host')!r}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wsgi", type=int, default=50_000)
    parser.add_argument("--socket", type=int, default=0)
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = create_app()
    bad = 0
    if args.wsgi:
        started = time.monotonic()
        statuses, problems = run_wsgi(app, args.wsgi, args.seed)
        table("WSGI app", statuses, problems, time.monotonic() - started)
        bad += len(problems) + statuses["exception"]
    if args.socket:
        started = time.monotonic()
        statuses, problems = run_socket(app, args.socket, args.seed, args.port)
        table(f"gunicorn on 127.0.0.1:{args.port}", statuses, problems, time.monotonic() - started)
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
