"""Defaults; then PWA_* environment variables (values parse as JSON); then a test mapping."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """static/ or translations/: inside the package when installed from a wheel (pyproject's
    force-include puts them there), else beside it in the checkout."""
    inside = PACKAGE / name
    return inside if inside.is_dir() else ROOT / name


class Defaults:
    # Babel spellings (pt_BR); URLs use pt-BR (pwa.i18n.url_code). English first: the source.
    LOCALES = ["en", "es", "fr", "pt_BR", "ar", "ur", "hi", "bn", "zh_Hans", "ja", "ko", "vi"]
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_TRANSLATION_DIRECTORIES = str(data_dir("translations"))
    STATIC_ROOT = str(data_dir("static"))

    # Bad input limits: larger bodies get 413, longer query strings 414.
    MAX_CONTENT_LENGTH = 64 * 1024
    MAX_FORM_MEMORY_SIZE = 64 * 1024
    MAX_QUERY_LENGTH = 1024

    # A year for URLs that carry the file's content hash (?v=…); pages and /sw.js revalidate.
    STATIC_MAX_AGE = 365 * 24 * 3600

    # A static export for a host with no server (flask freeze --no-server): the no-JavaScript
    # self-check cannot post, so the page says that JavaScript is needed instead.
    STATIC_HOST_ONLY = False

    # Rendered pages kept per process (pwa/cache.py): every page of every locale fits many times.
    PAGE_CACHE_ENTRIES = 512
    PAGE_CACHE_BYTES = 32 * 1024 * 1024

    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_BR_LEVEL = 5
    COMPRESS_MIN_SIZE = 256
    COMPRESS_MIMETYPES = [
        "text/html",
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/json",
        "application/manifest+json",
        "image/svg+xml",
        "text/plain",
    ]

    # Test hook that simulates an edit of the English source: {old msgid: new English text}.
    # The new text is untranslated in every other locale, so it shows marked, and the
    # service worker's version changes. Empty in production.
    TEXT_OVERRIDES: dict[str, str] = {}
