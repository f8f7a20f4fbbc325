"""Hostile and unlucky requests, generated with Hypothesis over every route, method and locale.

Shared by the seeded sample in tests/unit/test_fuzz.py and by scripts/fuzz.py (50,000 requests to
the WSGI app, 5,000 over raw sockets to gunicorn). A request is a plain dict, so the same value can
drive Werkzeug's test client or be written byte by byte to a socket."""

from __future__ import annotations

import re
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as seeded
from hypothesis import strategies as st

METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "FOO"]
# Bytes that break naive code: NUL, CR/LF, tabs, DEL, a lone surrogate's UTF-8, overlong and invalid
# sequences, percent signs without hex digits, traversal.
NASTY = [
    "\x00",
    "%00",
    "\r\n",
    "%0d%0a",
    "\t",
    "\x7f",
    "%",
    "%zz",
    "%c3%28",
    "%ff%fe",
    "%e2%82",
    "..",
    "%2e%2e",
    "./",
    "//",
    "\\",
    "%5c",
    "é",
    "\u202e",
    "😀",
    "\ud800",
    "~",
    ";",
    "#",
    "?",
]
HOSTS = [
    "localhost",
    "127.0.0.1",
    "127.0.0.1:5000",
    "[::1]",
    "a..b",
    ".",
    "..",
    "-a-",
    "a" * 64 + ".com",
    ("a" * 63 + ".") * 5,
    "exämple.com",
    "host:99999",
    "host:port",
    "",
    " ",
    "a b",
    "evil.example",
    "localhost\r\nX-Injected: 1",
    "%00",
    "[::1",
    "_under_score",
]
HEADER_NAMES = [
    "Accept-Language",
    "Accept-Encoding",
    "Accept",
    "Cookie",
    "If-None-Match",
    "If-Modified-Since",
    "Range",
    "Referer",
    "User-Agent",
    "Origin",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "Content-Type",
    "Content-Language",
    "Authorization",
]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "text/plain",
    "application/json",
    "application/x-www-form-urlencoded; charset=utf-16",
    "",
    "garbage/",
    ";;;",
]


def routes(app) -> list[str]:
    """Every URL rule with its arguments filled from the app: each locale, each page slug."""
    locales = [c.replace("_", "-") for c in app.config["LOCALES"]]
    out = []
    for rule in app.url_map.iter_rules():
        path = rule.rule
        if "<lang_code>" in path:
            out += [path.replace("<lang_code>", code) for code in locales]
        elif "<path:filename>" in path:
            assets = app.extensions["assets"].files()
            out += [path.replace("<path:filename>", name) for name in assets[:: max(1, len(assets) // 12)]]
        else:
            out.append(path)
    return sorted({re.sub(r"<[^>]+>", "x", p) for p in out})


def _mutate(path: str, data) -> str:
    """One of: unchanged, slash toggled, a nasty piece spliced in, a segment replaced, very long."""
    choice = data.draw(st.integers(0, 6))
    if choice == 0:
        return path
    if choice == 1:
        return path[:-1] if path.endswith("/") and len(path) > 1 else path + "/"
    if choice in (2, 3):
        at = data.draw(st.integers(0, len(path)))
        piece = data.draw(st.sampled_from(NASTY)) if choice == 2 else data.draw(st.text(max_size=12))
        return path[:at] + piece + path[at:]
    if choice == 4:
        parts = path.split("/")
        parts[data.draw(st.integers(0, len(parts) - 1))] = data.draw(
            st.sampled_from(["..", "%2e%2e", "a1/..", "", "x" * 300])
        )
        return "/".join(parts)
    if choice == 5:
        return path + "/" + "a" * data.draw(st.sampled_from([10, 255, 3000, 20000]))
    return (
        "/static/"
        + data.draw(st.sampled_from(["", "a1/../", "./", "css/../css/", "%2e%2e/", "..%2f"]))
        + path.rsplit("/", 1)[-1]
    )


def _query(data) -> str:
    kind = data.draw(st.integers(0, 4))
    if kind == 0:
        return ""
    if kind == 1:
        return "v=" + data.draw(st.text(alphabet="0123456789abcdef", max_size=12))
    if kind == 2:
        return data.draw(st.sampled_from(NASTY)) + data.draw(st.text(max_size=20))
    if kind == 3:
        return "&".join(
            f"{data.draw(st.text(max_size=6))}={data.draw(st.text(max_size=10))}"
            for _ in range(data.draw(st.integers(1, 5)))
        )
    return "x=" + "a" * data.draw(st.sampled_from([100, 5000, 70000]))


def _body(data, fields: list[str]) -> tuple[bytes, str, bool]:
    """A form body (bytes), its content type, and whether to send it chunked."""
    kind = data.draw(st.integers(0, 6))
    if kind == 0:
        body = b""
    elif kind == 1:  # the self-check form with random, missing and repeated answers
        pairs = [
            (data.draw(st.sampled_from(fields or ["x"])), data.draw(st.text(max_size=12)))
            for _ in range(data.draw(st.integers(0, 30)))
        ]
        body = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in pairs).encode()
    elif kind == 2:
        body = data.draw(st.binary(max_size=300))  # not UTF-8, not a form
    elif kind == 3:
        body = b"a=" + b"%ff%fe%00" * data.draw(st.integers(1, 50))
    elif kind == 4:
        body = b"a=" + b"x" * data.draw(st.sampled_from([1000, 200_000, 3_000_000]))  # oversized
    elif kind == 5:
        body = b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n' + data.draw(st.binary(max_size=50))
    else:
        body = ("&".join(f"{f}=" for f in fields) * data.draw(st.integers(1, 3))).encode()
    return body, data.draw(st.sampled_from(CONTENT_TYPES)), data.draw(st.booleans())


@st.composite
def requests(draw, paths: list[str], fields: list[str]) -> dict:
    data = draw(st.data())
    method = draw(st.sampled_from(METHODS))
    path = _mutate(draw(st.sampled_from(paths)), data)
    headers = {"Host": draw(st.sampled_from(HOSTS)) if draw(st.integers(0, 3)) == 0 else "localhost"}
    for _ in range(draw(st.integers(0, 4))):
        headers[draw(st.sampled_from(HEADER_NAMES))] = draw(
            st.one_of(
                st.text(max_size=40),
                st.sampled_from(NASTY),
                st.sampled_from(["*", "en", "ar;q=x", "xx-YY,,;q=2", 'W/"x"', "bytes=5-1"]),
            )
        )
    body, content_type, chunked = (
        _body(data, fields) if method in ("POST", "PUT", "PATCH") or draw(st.integers(0, 9)) == 0 else (b"", "", False)
    )
    if content_type:
        headers["Content-Type"] = content_type
    bad_chunks = chunked and draw(st.integers(0, 2)) == 0
    return {
        "method": method,
        "path": path,
        "query": _query(data),
        "headers": headers,
        "body": body,
        "chunked": chunked,
        "bad_chunks": bad_chunks,
    }


def chunked(body: bytes, bad: bool) -> bytes:
    """The body in HTTP/1.1 chunked coding; `bad` gives a malformed chunk size."""
    if bad:
        return b"zz\r\n" + body + b"\r\n0\r\n\r\n"
    return (f"{len(body):x}\r\n".encode() + body + b"\r\n" if body else b"") + b"0\r\n\r\n"


class ChunkSizeError(Exception):
    """Like gunicorn's InvalidChunkSize: a plain Exception, not an OSError."""


class BrokenInput:
    """A body the server fails to decode half-way, as gunicorn does on a malformed chunk size
    (it raises InvalidChunkSize from wsgi.input.read)."""

    def __init__(self, body: bytes):
        self.body = body

    def read(self, size: int = -1) -> bytes:
        raise ChunkSizeError(f"Invalid chunk size: {self.body[:8]!r}")

    readline = read


def environ(request: dict) -> dict:
    """A WSGI environ for the request, built by hand so malformed values reach the app unchanged
    (as a server would pass them on)."""
    import io
    from urllib.parse import unquote_to_bytes

    # A server percent-decodes the path into PATH_INFO (so "%00" arrives as a NUL byte).
    raw = unquote_to_bytes(request["path"].encode("utf-8", "surrogatepass"))
    body = chunked(request["body"], request["bad_chunks"]) if request["chunked"] else request["body"]
    env = {
        "REQUEST_METHOD": request["method"],
        "SCRIPT_NAME": "",
        "PATH_INFO": raw.decode("latin-1"),
        "QUERY_STRING": request["query"].encode("utf-8", "surrogatepass").decode("latin-1"),
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "5000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": BrokenInput(body) if request["bad_chunks"] else io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if request["chunked"]:
        env["HTTP_TRANSFER_ENCODING"] = "chunked"
        env["wsgi.input_terminated"] = True
    elif body:
        env["CONTENT_LENGTH"] = str(len(body))
    for name, value in request["headers"].items():
        key = name.upper().replace("-", "_")
        value = value.encode("utf-8", "surrogatepass").decode("latin-1")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            env[key] = value
        else:
            env["HTTP_" + key] = value
    return env


def fuzz(app, count: int, seed: int, one) -> None:
    """Calls one(request) for `count` requests generated over the app's own routes and form fields,
    the same ones for the same seed (the script's 50,000 and the test's seeded sample alike)."""
    from pwa.quiz.views import contract

    with app.app_context():
        fields = [q["id"] for q in contract()["questions"]]

    @seeded(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(requests(routes(app), fields))
    def run(request):
        one(request)

    run()


def call(app, request: dict) -> tuple[int, dict, bytes]:
    """The app's answer to the request as a server would pass it: status, headers, body (an
    exception raised here escaped the app)."""
    captured: dict = {}

    def start_response(status, headers, exc_info=None):
        captured.update(status=int(status.split()[0]), headers=dict(headers))

    body = b"".join(app(environ(request), start_response))
    return captured["status"], captured["headers"], body
