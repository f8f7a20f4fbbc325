"""Rendered pages kept in memory, per process. Every page is a pure function of its URL and the
release (design.md §5), so a 200 GET is rendered once and then served from here.

Keyed by the matched route and its arguments (the endpoint, the URL's language and the view's
arguments), never the raw URL or its query string: 10,000 query strings on one page are one entry.
Only the view's own response is kept, before compression and the headers every response gets
(those are added again on each request, so HEAD, compression, Vary and the security headers stay
right). Bounded by entries and bytes (least recently used first out); off in debug mode, where
templates change under the server. Static files have their own cache (pwa/assets.py)."""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock

from flask import Flask, Response, current_app, g, request

Key = tuple[str, str | None, tuple]


class PageCache:
    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.entries: OrderedDict[Key, tuple[bytes, int, list[tuple[str, str]]]] = OrderedDict()
        self.size = 0
        self.lock = Lock()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0

    def get(self, key: Key) -> tuple[bytes, int, list[tuple[str, str]]] | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: Key, body: bytes, status: int, headers: list[tuple[str, str]]) -> None:
        with self.lock:
            if key in self.entries or len(body) > self.max_bytes:
                return
            self.entries[key] = (body, status, headers)
            self.size += len(body)
            while len(self.entries) > self.max_entries or self.size > self.max_bytes:
                _, (old, _, _) = self.entries.popitem(last=False)
                self.size -= len(old)


def key() -> Key | None:
    """The matched route and its arguments, or None when the request is not a cacheable GET."""
    if request.method not in ("GET", "HEAD") or request.routing_exception is not None:
        return None
    if request.endpoint in (None, "static") or current_app.debug:
        return None
    return request.endpoint, g.get("lang_code"), tuple(sorted((request.view_args or {}).items()))


def serve_cached() -> Response | None:
    """before_request: a page rendered before is served without running its view; on a miss the
    key is left on g for keep(), so it is worked out once per request."""
    k = key()
    found = k and current_app.extensions["page_cache"].get(k)
    if not found:
        g.page_key = k
        return None
    body, status, headers = found
    return Response(body, status=status, headers=headers)


def keep(response: Response) -> Response:
    """after_request, before compression: keep a freshly rendered 200 page (a miss of serve_cached;
    nothing is left on g for a hit, or for a request answered before it ran)."""
    k = g.pop("page_key", None)
    if k is None or response.status_code != 200 or response.direct_passthrough:
        return response
    headers = [(name, value) for name, value in response.headers.items() if name.lower() != "content-length"]
    current_app.extensions["page_cache"].put(k, response.get_data(), response.status_code, headers)
    return response


def init_app(app: Flask) -> None:
    """Register after the compressor: after_request functions run last-registered first, so
    keep() sees the view's response before it is compressed."""
    app.extensions["page_cache"] = PageCache(app.config["PAGE_CACHE_ENTRIES"], app.config["PAGE_CACHE_BYTES"])
    app.before_request(serve_cached)
    app.after_request(keep)
