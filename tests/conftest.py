"""Fixtures shared by the unit and browser tests: app, client, runner, fresh catalogs."""

from __future__ import annotations

import pytest

from pwa import catalogs, create_app


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """A .po edited since the last install must not be tested against a stale .mo."""
    catalogs.compile_all()


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture(scope="session")
def shared_app():
    """One app for read-only checks that walk every URL (its precache is built once)."""
    return create_app({"TESTING": True})
