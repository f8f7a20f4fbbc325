"""Static files under URLs that carry their content hash (?v=…), computed here.

A URL whose hash matches the file is cached for a year; any other (no hash, an old
hash) revalidates. Files are served as bytes so responses can be compressed; our stylesheets
and scripts are minified first (rcssmin, rjsmin)."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

import rcssmin
import rjsmin
from flask import Flask, Response, abort, current_app, request

TYPES = {
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
    ".txt": "text/plain",
}


class Assets:
    """Serves exactly the files under static/, each by its one canonical name ("css/app.css"): an
    alias ("a1/../css/app.css", "css//app.css", a NUL byte) is not a file here, so it is a 404 and
    never a new cache entry. The cache therefore holds at most one copy of each file."""

    def __init__(self, root: str | Path, rescan: bool = False):
        self.root = Path(root).resolve()
        self.rescan = rescan  # development: files added while the server runs are found
        self._cache: dict[str, tuple[float, bytes, str]] = {}
        self._names = frozenset(self.files())

    def files(self) -> list[str]:
        """Every servable file, as a path relative to static/ (sorted: stable output)."""
        return sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*")
            if p.is_file() and p.suffix in TYPES and not p.name.startswith(".")
        )

    def load(self, filename: str) -> tuple[bytes, str] | None:
        if filename not in self._names:
            if not self.rescan or "\x00" in filename:
                return None
            self._names = frozenset(self.files())
            if filename not in self._names:
                return None
        path = self.root / filename
        try:
            mtime = path.stat().st_mtime
        except OSError:  # removed since the scan
            return None
        cached = self._cache.get(filename)
        if cached is None or cached[0] != mtime:
            data = path.read_bytes()
            if path.suffix == ".css":  # served minified: the comments are for people, not for phones
                data = rcssmin.cssmin(data.decode("utf-8")).encode("utf-8")
            elif path.suffix == ".js" and not path.name.endswith(".min.js"):  # vendored files come minified
                data = rjsmin.jsmin(data.decode("utf-8")).encode("utf-8")
            cached = (mtime, data, hashlib.sha256(data).hexdigest()[:12])
            self._cache[filename] = cached
        return cached[1], cached[2]

    def version(self, filename: str) -> str | None:
        loaded = self.load(filename)
        return loaded[1] if loaded else None


def serve(filename: str) -> Response:
    assets: Assets = current_app.extensions["assets"]
    loaded = assets.load(filename)
    if loaded is None:
        abort(404)
    data, digest = loaded
    mimetype = TYPES.get(Path(filename).suffix) or mimetypes.guess_type(filename)[0]
    response = Response(data, mimetype=mimetype)
    if request.args.get("v") == digest:
        response.headers["Cache-Control"] = f"public, max-age={current_app.config['STATIC_MAX_AGE']}, immutable"
    else:
        response.headers["Cache-Control"] = "no-cache"
    response.set_etag(digest)
    response.make_conditional(request)  # in place: the same object, now 304 or 206 where due
    return response


def add_version(endpoint: str, values: dict) -> None:
    """url_for("static", filename=…) gains ?v=<content hash>."""
    if endpoint == "static" and "filename" in values:
        digest = current_app.extensions["assets"].version(values["filename"])
        if digest:
            values.setdefault("v", digest)


def init_app(app: Flask) -> None:
    app.extensions["assets"] = Assets(app.config["STATIC_ROOT"], rescan=app.debug)
    app.add_url_rule("/static/<path:filename>", endpoint="static", view_func=serve)
    app.url_defaults(add_version)
