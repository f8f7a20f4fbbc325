"""The target of `flask run` and gunicorn (`gunicorn app:app`)."""

from pwa import create_app

app = create_app()
