"""Headers for the static export, taken from the app's own answers (one source of truth).

`rules(app)` asks the app (its test client) for every URL of the export and groups the answers
into kinds of file: the picker, the pages of each language, each other file at the root or under
a language (the worker, the manifests, quiz.json), the static files by extension, and the error
pages. From those rules come the `_headers` file of a static host (Netlify, Cloudflare Pages and
others read it) and the nginx configuration of `make serve` (pwa/stack.py). Change a header in
the app and both follow; a kind whose files disagree is an error here, not a silent guess."""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask
from werkzeug.exceptions import (
    BadGateway,
    BadRequest,
    GatewayTimeout,
    HTTPException,
    MethodNotAllowed,
    NotFound,
    RequestEntityTooLarge,
    RequestURITooLarge,
    ServiceUnavailable,
)

from pwa.i18n import url_code
from pwa.offline.precache import precache_urls

# Set per response by whichever server sends the bytes (nginx offers byte ranges of what it
# does not compress), so not part of a kind's rule.
PER_RESPONSE = {
    "content-length", "date", "vary", "content-encoding", "etag", "last-modified", "location", "accept-ranges",
}  # fmt: skip

# The errors nginx itself answers, each with the app's page in the URL's language. A 5xx comes
# from nginx only when the app behind it cannot answer; the app's page says it is our fault.
NGINX_ERRORS: dict[int, type[HTTPException]] = {
    400: BadRequest,
    404: NotFound,
    405: MethodNotAllowed,
    413: RequestEntityTooLarge,
    414: RequestURITooLarge,
    502: BadGateway,
    503: ServiceUnavailable,
    504: GatewayTimeout,
}
ERRORS_DIR = "_errors"  # in the export: _errors/<lang>/<status>.html


@dataclass
class Rules:
    """What the app sends for each kind of file, without the per-response headers."""

    common: dict[str, str]  # identical on every answer below (the security headers)
    picker: dict[str, str]  # "/"
    pages: dict[str, dict[str, str]]  # URL language code -> what every page of it sends
    files: dict[str, dict[str, str]]  # exact path -> what that file sends (sw.js, manifests, ...)
    static_types: dict[str, str]  # extension -> Content-Type under /static/
    static_fresh: dict[str, str]  # /static/… path -> its ?v= hash: cached a year when it matches
    static_cache: dict[str, str]  # "hashed" and "other" -> Cache-Control
    static_other: dict[str, str]  # the remaining headers every static file sends
    errors: dict[str, dict[str, str]]  # language code -> what its error pages send
    proxied: list[str] = field(default_factory=list)  # routes only the app answers (the POST)
    max_body: int = 0  # bytes: more is a 413
    max_query: int = 0  # characters: more is a 414


def _kept(headers) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in PER_RESPONSE}


def _one(kind: str, answers: dict[str, dict[str, str]]) -> dict[str, str]:
    """The headers every answer of a kind shares; an error if they differ."""
    first_url, first = next(iter(answers.items()))
    for url, headers in answers.items():
        if headers != first:
            raise ValueError(f"{kind}: {url} sends {headers}, but {first_url} sends {first}")
    return first


def rules(app: Flask) -> Rules:
    return contextvars.Context().run(_rules, app)  # outside any request context (see precache)


def _rules(app: Flask) -> Rules:
    client = app.test_client()
    codes = [url_code(loc) for loc in app.config["LOCALES"]]
    answers: dict[str, dict[str, str]] = {}
    for url, _lang in precache_urls(app):
        response = client.get(url)
        if response.status_code != 200:
            raise ValueError(f"{url}: {response.status_code}")
        answers[url] = _kept(response.headers)
    answers["/sw.js"] = _kept(client.get("/sw.js").headers)

    static = {u: h for u, h in answers.items() if u.startswith("/static/")}
    pages = {
        code: {u: h for u, h in answers.items() if u.startswith(f"/{code}/") and u.endswith("/")} for code in codes
    }
    files = {u: h for u, h in answers.items() if u not in static and u != "/" and not u.endswith("/")}

    # Static files: the same headers but Content-Type (by extension) and Cache-Control (by hash).
    types: dict[str, dict[str, dict[str, str]]] = {}
    fresh: dict[str, str] = {}
    cache: dict[str, dict[str, dict[str, str]]] = {"hashed": {}, "other": {}}
    rest: dict[str, dict[str, str]] = {}
    for url, headers in static.items():
        path, _, query = url.partition("?")
        fresh[path] = query.removeprefix("v=")
        types.setdefault(Path(path).suffix.lstrip("."), {})[url] = {"Content-Type": headers["Content-Type"]}
        cache["hashed"][url] = {"Cache-Control": headers["Cache-Control"]}
        other = _kept(client.get(path).headers)
        cache["other"][path] = {"Cache-Control": other["Cache-Control"]}
        rest[url] = {k: v for k, v in headers.items() if k not in ("Content-Type", "Cache-Control")}
        rest[path] = {k: v for k, v in other.items() if k not in ("Content-Type", "Cache-Control")}

    # Error pages, as the app answers real bad requests under each language.
    errors: dict[str, dict[str, str]] = {}
    for code in codes:
        bad = {
            404: client.get(f"/{code}/no-such-page/"),
            405: client.post(f"/{code}/"),
            414: client.get(f"/{code}/?q=" + "x" * (app.config["MAX_QUERY_LENGTH"] + 1)),
            400: client.get(f"/{code}/?q=%zz"),
        }
        for status, response in bad.items():
            if response.status_code != status:
                raise ValueError(f"/{code}/: expected {status}, the app answered {response.status_code}")
        errors[code] = _one(
            f"errors of /{code}/",
            {f"{s}": {k: v for k, v in _kept(r.headers).items() if k != "Allow"} for s, r in bad.items()},
        )

    every = [*answers.values(), *rest.values(), *errors.values()]
    common = {k: v for k, v in every[0].items() if all(h.get(k) == v for h in every)}

    def own(headers: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in headers.items() if k not in common}

    return Rules(
        common=common,
        picker=own(answers["/"]),
        pages={code: own(_one(f"pages of /{code}/", pages[code])) for code in codes if pages[code]},
        files={url: own(headers) for url, headers in files.items()},
        static_types={ext: _one(f"*.{ext}", t)["Content-Type"] for ext, t in types.items()},
        static_fresh=fresh,
        static_cache={name: _one(f"static ({name})", c)["Cache-Control"] for name, c in cache.items()},
        static_other=own(_one("static files", rest)),
        errors={code: own(h) for code, h in errors.items()},
        proxied=[rule.rule for rule in app.url_map.iter_rules() if "POST" in (rule.methods or ())],
        max_body=app.config["MAX_CONTENT_LENGTH"],
        max_query=app.config["MAX_QUERY_LENGTH"],
    )


def error_pages(app: Flask) -> dict[str, bytes]:
    """_errors/<lang>/<status>.html: the app's own error page for each status nginx answers."""
    from pwa.errors import render_error

    out: dict[str, bytes] = {}
    for locale in app.config["LOCALES"]:
        code = url_code(locale)
        for status, error in NGINX_ERRORS.items():

            def render(code: str = code, error: type[HTTPException] = error) -> str:
                with app.test_request_context(f"/{code}/"):
                    exc = error(valid_methods=["GET", "HEAD"]) if error is MethodNotAllowed else error()
                    return str(render_error(exc)[0])

            out[f"{ERRORS_DIR}/{code}/{status}.html"] = contextvars.Context().run(render).encode("utf-8")
    return out


def headers_file(r: Rules) -> str:
    """Netlify / Cloudflare Pages `_headers`. A path that matches several rules gets all their
    headers, so no header name is given twice for one path: the common ones on /*, the language
    on /<lang>/*, and the type of each file whose type a host might not know. A static host
    ignores ?v=, so static files revalidate there (their unhashed rule)."""
    blocks: list[tuple[str, dict[str, str]]] = []
    shared_cache = {
        r.picker.get("Cache-Control"),
        r.static_cache["other"],
        *(h.get("Cache-Control") for h in [*r.pages.values(), *r.files.values()]),
    }
    everywhere = dict(r.common)
    if len(shared_cache) == 1:
        everywhere["Cache-Control"] = shared_cache.pop() or "no-cache"
    blocks.append(("/*", everywhere))
    for code, headers in r.pages.items():
        blocks.append((f"/{code}/*", {k: v for k, v in headers.items() if k == "Content-Language"}))
    for url, headers in r.files.items():
        blocks.append((url, {k: v for k, v in headers.items() if k not in everywhere and k != "Content-Language"}))
    for path in sorted(r.static_fresh):
        blocks.append((path, {"Content-Type": r.static_types[Path(path).suffix.lstrip(".")]}))
    lines = ["# Written by `flask freeze` from the app's own headers (pwa/deploy.py): do not edit."]
    for path, headers in blocks:
        if headers:
            lines.append(path)
            lines += [f"  {k}: {v}" for k, v in headers.items()]
    return "\n".join(lines) + "\n"


# nginx's temporary folders, in the run directory (its defaults under /var/lib/nginx need root).
TEMP_DIRS = {"client_body": "body", "proxy": "proxy", "fastcgi": "fastcgi", "uwsgi": "uwsgi", "scgi": "scgi"}


def temp_paths(run_dir: str | Path) -> str:
    """The *_temp_path directives for TEMP_DIRS under run_dir/tmp (pwa/stack.py creates them)."""
    return "".join(f"    {kind}_temp_path {Path(run_dir) / 'tmp' / name};\n" for kind, name in TEMP_DIRS.items())


def _q(value: str) -> str:
    """An nginx string: double-quoted, with backslashes and quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _add(headers: dict[str, str], indent: str = "    ") -> str:
    """add_header for each header but Content-Type, which nginx sets from default_type or types."""
    return "".join(f"{indent}add_header {k} {_q(v)} always;\n" for k, v in headers.items() if k != "Content-Type")


def _type(headers: dict[str, str], indent: str = "    ") -> str:
    kind = headers.get("Content-Type")
    return f"{indent}types {{ }}\n{indent}default_type {_q(kind)};\n" if kind else ""


def nginx_conf(
    r: Rules,
    root: str | Path,
    socket: str | Path,
    listen: str = "127.0.0.1:8080",
    run_dir: str | Path = ".",
    user: str | None = None,
    brotli: str | None = None,
) -> str:
    """The whole nginx.conf: the export from `root`, the app's POST routes through `socket`.
    add_header in a location replaces the server's, so each location states all its headers."""
    root, run_dir = Path(root), Path(run_dir)
    codes = list(r.pages)
    langs = "|".join(re.escape(c) for c in codes)
    proxied = "|".join(re.escape(p).replace("<lang_code>", f"(?:{langs})") for p in r.proxied)
    error_routes = "".join(
        f"    error_page {status} /{ERRORS_DIR}/$hfs_lang/{status}.html;\n" for status in NGINX_ERRORS
    )
    static_types = "".join(f"        {_q(kind)} {ext};\n" for ext, kind in sorted(r.static_types.items()))
    fresh = "".join(
        f"        {_q(f'{path}?{digest}')} {_q(r.static_cache['hashed'])};\n"
        for path, digest in sorted(r.static_fresh.items())
    )
    files = "".join(
        f"    location = {url} {{\n{_type(h, '        ')}{_add({**r.common, **h}, '        ')}    }}\n"
        for url, h in r.files.items()
    )
    pages = "".join(
        f"    location /{code}/ {{\n{_type(h, '        ')}{_add({**r.common, **h}, '        ')}    }}\n"
        for code, h in r.pages.items()
    )
    errors = "".join(
        f"    location ^~ /{ERRORS_DIR}/{code}/ {{\n"
        f"        internal;\n{_type(h, '        ')}{_add({**r.common, **h, 'Allow': '$hfs_allow'}, '        ')}"
        "    }\n"
        for code, h in r.errors.items()
    )
    load = f"load_module {brotli};\n" if brotli else ""
    compress = "    gzip_static on;\n" + ("    brotli_static on;\n" if brotli else "")
    return f"""# Written by pwa/stack.py from the app's own headers (pwa/deploy.py): do not edit.
{load}{f"user {user};" if user else ""}
worker_processes auto;
pid {run_dir / "nginx.pid"};
error_log stderr warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    open_file_cache max=2000 inactive=60s;  # the export does not change while it is served
    open_file_cache_errors on;
    keepalive_timeout 15s;
    # Slow clients: a request must arrive, and an answer be taken, in time; nginx holds idle
    # connections cheaply, and the app only ever sees whole, buffered requests.
    client_header_timeout 10s;
    client_body_timeout 10s;
    send_timeout 10s;
    client_max_body_size {r.max_body};
    large_client_header_buffers 4 8k;
{temp_paths(run_dir)}    map_hash_bucket_size 128;
    map $uri $hfs_lang {{
        ~^/({langs})/ $1;
        default {codes[0]};
    }}
    # A 405 of nginx's own is a static file asked for with another method.
    map $uri $hfs_allow {{
        ~/405\\.html$ "GET, HEAD";
        default "";
    }}
    map "$uri?$arg_v" $hfs_static_cache {{
        default {_q(r.static_cache["other"])};
{fresh}    }}
    upstream hfs_app {{
        server unix:{socket};
    }}
    server {{
    listen {listen};
    root {root};
    index index.html;
    absolute_redirect off;
    charset off;
    gzip_vary on;
{compress}{error_routes}
    if ($args ~ "^.{{{r.max_query + 1}}}") {{
        return 414;
    }}
    location = /index.html {{
{_type(r.picker, "        ")}{_add({**r.common, **r.picker}, "        ")}    }}
{files}{pages}
    location /static/ {{
        types {{
{static_types}        }}
{_add({**r.common, **r.static_other, "Cache-Control": "$hfs_static_cache"}, "        ")}    }}
    # Only the app answers these (the self-check's form without JavaScript); it sends its own
    # headers. nginx reads the whole request first, then passes it on.
    location ~ ^(?:{proxied})$ {{
        proxy_pass http://hfs_app;
        proxy_request_buffering on;
        proxy_buffering on;
        proxy_http_version 1.1;
        proxy_set_header Host $http_host;  # with its port: the printed result names the site
        proxy_set_header Connection "";
        proxy_connect_timeout 5s;
        proxy_send_timeout 30s;
        proxy_read_timeout 30s;
    }}
{errors}
    # Anything else: a redirect to the folder (/en -> /en/), else the app's not-found page.
    location / {{
        try_files $uri/ =404;
{_add({**r.common, "Cache-Control": "no-store"}, "        ")}    }}
    }}
}}
"""
