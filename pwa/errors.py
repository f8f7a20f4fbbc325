"""Translated 4xx pages in the URL's or the negotiated language; never a 500 for bad input."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_to_bytes, urlsplit

from flask import Response, current_app, render_template, request
from flask.globals import request_ctx
from werkzeug.exceptions import BadRequest, HTTPException, RequestEntityTooLarge, RequestURITooLarge
from werkzeug.routing import RequestRedirect

from pwa.i18n import template_gettext as _

BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def messages() -> dict[int, tuple[str, str]]:
    """Title and explanation for each status, in the current language."""
    return {
        400: (
            _("Something in this request was not right"),
            _("The address or the form could not be read. Please check the link, or go back and try again."),
        ),
        404: (
            _("Page not found"),
            _("There is no page at this address. It may have moved, or the link may have a typing mistake."),
        ),
        405: (
            _("This action is not allowed here"),
            _("This address cannot be used this way. Please go back and use the links and buttons on the page."),
        ),
        413: (
            _("Too much data was sent"),
            _("The form sent more data than this app accepts. Please go back and try again."),
        ),
        414: (
            _("This address is too long"),
            _("The address has more text than this app accepts. Please check the link."),
        ),
        415: (
            _("This kind of data cannot be read"),
            _("The form was sent in a format this app does not accept. Please go back and try again."),
        ),
        500: (
            _("Something went wrong on our side"),
            _("This is our mistake, not yours. Please try again in a moment."),
        ),
    }


def render_error(error: HTTPException):
    if request_ctx.url_adapter is None:
        # A Host header Werkzeug refuses (a..b, ".", a label over 63 characters) leaves no URL
        # adapter, so url_for would raise inside the error page. Links in it are paths, never
        # absolute URLs, so any server name builds them.
        request_ctx.url_adapter = current_app.url_map.bind("localhost", url_scheme="http")
    code = error.code or 500
    known = messages()
    title, message = known.get(code) or known[400 if code < 500 else 500]
    message = getattr(error, "message", None) or message  # a specific, translated explanation
    body = render_template("errors/error.html", code=code, title=title, message=message)
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}  # keeps Allow on 405
    headers.update({"Cache-Control": "no-store", "Vary": "Accept-Language"})
    return body, code, headers


# What may stay unescaped in a redirect's path and query (RFC 3986 pchar and query, "%" kept so
# existing escapes pass through); anything else, CR and LF included, is percent-encoded.
PATH_SAFE, QUERY_SAFE = "/%:@!$&'()*+,;=-._~", "/?%:@!$&'()*+,;=-._~"


def redirect_relative(error: RequestRedirect) -> Response:
    """The trailing-slash redirect as a path, never an absolute URL: nothing from the Host header
    is echoed, no header injection from the query, and no "//host" that a browser would follow off
    the site."""
    target = urlsplit(error.new_url)
    location = "/" + quote(target.path, safe=PATH_SAFE).lstrip("/")
    if target.query:
        location += "?" + quote(target.query, safe=QUERY_SAFE)
    return Response(status=error.code, headers={"Location": location, "Cache-Control": "no-store"})


def routing_redirect() -> Response | None:
    """Flask hands a RequestRedirect straight to the client (error handlers never see it), so the
    redirect is answered here, before dispatch."""
    if isinstance(request.routing_exception, RequestRedirect):
        return redirect_relative(request.routing_exception)
    return None


def check_request() -> None:
    """Refuse an oversized body, or a malformed or oversized query string, before any view runs."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge()
    raw = request.query_string
    if len(raw) > current_app.config["MAX_QUERY_LENGTH"]:
        raise RequestURITooLarge()
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest() from None
    if BAD_ESCAPE.search(raw):
        raise BadRequest()
    if request.method in BODY_METHODS:
        try:  # read (and keep) the body now, so a broken one is a 400 here, not a 500 in a view
            request.get_data(cache=True)
        except HTTPException:  # too large: 413
            raise
        except Exception:  # the server could not decode it: gunicorn's InvalidChunkSize is a bare
            raise BadRequest() from None  # Exception subclass, other servers raise OSError


def init_app(app) -> None:
    app.before_request(check_request)
    app.before_request(routing_redirect)
    app.register_error_handler(HTTPException, render_error)
