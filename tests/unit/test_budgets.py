"""The byte budgets of design.md, as a test: sizes are deterministic (the app's own br and gzip),
so they are checked on every run; timings stay in `make bench`."""

from __future__ import annotations

from scripts.bench import report_sizes


def test_every_page_the_javascript_and_each_language_pack_are_within_budget(app, capsys):
    within = report_sizes(app)
    table = capsys.readouterr().out
    assert "OVER" not in table and within, table
    assert table.count(" ok") >= len(app.config["LOCALES"]) + 2  # pages, JS and every pack were measured
