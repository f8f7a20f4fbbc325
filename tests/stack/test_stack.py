"""nginx serves the export with the app's own headers and error pages, passes only the
no-JavaScript POST on, survives slow clients, and Ctrl-C stops all of it."""

from __future__ import annotations

import gzip
import os
import pwd
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pwa.deploy import PER_RESPONSE
from pwa.offline.precache import precache_urls
from pwa.stack import connects, free_port, wait_for


def fetch(url: str, method: str = "GET", data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def kept(headers) -> dict[str, str]:
    """The headers both servers must agree on (not Date, ETag, Content-Length and the like)."""
    return {k: v for k, v in headers.items() if k.lower() not in PER_RESPONSE | {"server", "connection"}}


def raw(port: int, data: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
    head, _, body = out.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def title(html: bytes) -> str:
    return re.search(rb"<h1>(.*?)</h1>", html, re.S).group(1).decode()


def test_every_kind_of_file_gets_the_same_headers_and_bytes_as_from_the_app(stack, shared_app):
    client = shared_app.test_client()
    urls = [url for url, _lang in precache_urls(shared_app)] + ["/sw.js"]
    urls += [url.split("?")[0] for url in urls if "?v=" in url]  # unhashed: revalidate
    kinds = set()
    for url in urls:
        for method in ("GET", "HEAD"):
            ours = client.open(url, method=method)
            status, headers, body = fetch(stack.url + url, method, headers={"Accept-Encoding": "gzip"})
            assert (status, kept(headers) | {"Content-Encoding": ""}) == (
                ours.status_code,
                kept(ours.headers) | {"Content-Encoding": ""},
            ), f"{method} {url}"
            if method == "GET":
                assert (gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body) == ours.data, url
        kinds.add(
            ours.headers["Content-Type"] + ours.headers["Cache-Control"] + ours.headers.get("Content-Language", "")
        )
    assert len(kinds) >= 8  # pages per language, the picker, worker, manifest, JSON, CSS, images, hashed


def test_nginx_compresses_from_precompressed_files(stack):
    for encoding in ("gzip", "br"):
        status, headers, body = fetch(stack.url + "/en/", headers={"Accept-Encoding": encoding})
        assert (status, headers["Content-Encoding"], headers["Vary"]) == (200, encoding, "Accept-Encoding")


@pytest.mark.parametrize(
    ("name", "request_bytes", "app_request"),
    [
        ("404", b"GET /es/no-such-page/ HTTP/1.1\r\nHost: x\r\n", ("GET", "/es/no-such-page/", b"")),
        ("405 on a static page", b"POST /ar/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n", ("POST", "/ar/", b"a")),
        ("400", b"GET /en/ HTTP/1.1\r\nHost: x\r\nHost: y\r\n", ("GET", "/en/?q=%zz", b"")),
        (
            "413",
            b"POST /es/quiz/result/ HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n",
            ("POST", "/es/quiz/result/", b"a" * 70000),
        ),
        ("414", b"GET /ar/?q=" + b"x" * 1100 + b" HTTP/1.1\r\nHost: x\r\n", ("GET", "/ar/?q=" + "x" * 1100, b"")),
    ],
)
def test_nginx_own_errors_carry_the_apps_headers_and_translated_page(
    stack, shared_app, name, request_bytes, app_request
):
    method, path, body = app_request
    ours = shared_app.test_client().open(path, method=method, data=body)
    extra = body if method == "POST" else b""
    status, headers, page = raw(stack.port, request_bytes + b"Connection: close\r\n\r\n" + extra)
    assert status == ours.status_code, name
    assert kept(headers) | {"Allow": ""} == kept(ours.headers) | {"Allow": ""}, name
    if status == 405:  # nginx allows fewer methods on a file than the app on a route
        assert set(headers["Allow"].split(", ")) <= set(ours.headers["Allow"].split(", "))
    assert title(page) == title(ours.data), name  # the app's page, in the URL's language
    assert f'lang="{ours.headers["Content-Language"]}"'.encode() in page


def test_the_no_javascript_self_check_is_answered_by_the_app_through_nginx(stack, shared_app):
    form = b"duration=years&brow=up&ear_gradual=no"
    ours = shared_app.test_client().post(
        "/es/quiz/result/", data=form, content_type="application/x-www-form-urlencoded"
    )
    status, headers, page = fetch(
        stack.url + "/es/quiz/result/", "POST", form, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert (status, kept(headers)) == (ours.status_code, kept(ours.headers))
    origin = re.compile(rb'(data-fill="origin"[^>]*>)[^<]*')  # the printed result names the site it came from
    assert origin.sub(rb"\1", page) == origin.sub(rb"\1", ours.data)
    assert re.search(rb'data-fill="origin"[^>]*>' + re.escape(stack.url.encode()) + rb"<", page)


def test_redirects_never_echo_the_host(stack):
    status, headers, _ = raw(stack.port, b"GET /en HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert (status, headers["Location"]) == (301, "/en/")


def slow_clients(port: int, count: int, post: bool = False) -> list[socket.socket]:
    """Connections that send part of a request and then wait, as slowloris does."""
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        if post:  # a body that never finishes: without buffering it would hold a gunicorn worker
            sock.sendall(b"POST /en/quiz/result/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nq_side=")
        else:
            sock.sendall(b"GET /en/ HTTP/1.1\r\nHost: x\r\nX-a: b\r\n")
        sockets.append(sock)
    return sockets


@pytest.mark.parametrize("count", [2, 50])
def test_slow_clients_do_not_stop_normal_requests(stack, count):
    """Slow connections for pages and for the POST (more than gunicorn has workers), held open
    and trickling bytes, while normal GETs and POSTs are answered quickly."""
    slow = slow_clients(stack.port, count) + slow_clients(stack.port, count, post=True)
    try:
        for round_ in range(3):
            for i, sock in enumerate(slow):
                sock.sendall(b"X-b: c\r\n" if i < count else b"a")  # a trickle keeps each one alive
            started = time.monotonic()
            assert fetch(stack.url + "/en/symptoms/")[0] == 200
            assert (
                fetch(
                    stack.url + "/en/quiz/result/", "POST", b"", {"Content-Type": "application/x-www-form-urlencoded"}
                )[0]
                == 200
            )
            assert time.monotonic() - started < 2, f"round {round_}: {time.monotonic() - started:.1f} s"
            time.sleep(0.5)
    finally:
        for sock in slow:
            sock.close()


def children(pid: int) -> set[int]:
    """Every descendant of pid (from /proc)."""
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            kids = {int(k) for k in task.read_text().split()}
            found |= kids
            todo += kids
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def test_ctrl_c_stops_nginx_gunicorn_and_removes_the_run_directory():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pwa.stack", "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        text=True,
    )
    try:
        wait_for(lambda: connects(("127.0.0.1", port)), "make serve", seconds=60, procs=(proc,))
        started = children(proc.pid)
        names = {Path(f"/proc/{pid}/comm").read_text().strip() for pid in started}
        assert "nginx" in names and len(started) >= 4, names  # nginx master + workers, gunicorn + workers
        run_dir = re.search(r"run directory (\S+)\)", proc.stdout.readline()).group(1)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground group
        assert proc.wait(timeout=30) == 0
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in started if alive(pid)]
        assert not connects(("127.0.0.1", port))
        assert not Path(run_dir).exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdout.close()


def test_nginx_workers_run_as_its_worker_user_and_only_it_can_read_the_files_and_socket(stack):
    """As root, Debian's www-data reads the export and connects to the socket through the run
    directory's group, and nobody else can; otherwise everything runs as us. The 200s and the
    POST above show that it works; this shows who it works for."""
    run_dir, sock = stack.run_dir.stat(), (stack.run_dir / "app.sock").stat()
    nginx = next(p for p in stack.procs if "nginx" in p.args[0])
    workers = children(nginx.pid)
    uids = {int(Path(f"/proc/{pid}/status").read_text().split("\nUid:\t")[1].split()[0]) for pid in workers}
    if stack.worker_user:
        account = pwd.getpwnam(stack.worker_user)
        assert uids == {account.pw_uid}
        assert run_dir.st_gid == sock.st_gid == account.pw_gid
        assert run_dir.st_mode & 0o007 == 0 and sock.st_mode & 0o077 == 0o070
    else:
        assert uids == {os.getuid()}
        assert run_dir.st_mode & 0o077 == 0
