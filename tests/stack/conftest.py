"""The `make serve` stack (nginx in front of the export, gunicorn behind it) on a free port."""

from __future__ import annotations

import pytest

from pwa.stack import Stack, free_port


@pytest.fixture(scope="session")
def stack():
    with Stack(port=free_port(), quiet=True) as running:
        yield running
