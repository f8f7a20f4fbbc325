"""`flask translate extract|update|compile|check|review` and `flask pwa precache`."""

from __future__ import annotations

import json

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from pwa import catalogs

translate = AppGroup("translate", help="Message catalogs (Babel).")
pwa = AppGroup("pwa", help="Offline list and service worker.")


def _targets(locales: tuple[str, ...]) -> list[str]:
    """Given locales, else every configured one but the English source."""
    return list(locales) or [loc for loc in current_app.config["LOCALES"] if loc != "en"]


@translate.command("extract")
def extract():
    """Write translations/messages.pot from the code and templates."""
    path = catalogs.write_pot()
    click.echo(f"wrote {path.relative_to(catalogs.ROOT)}")


@translate.command("update")
@click.argument("locales", nargs=-1)
def update(locales):
    """Merge messages.pot into each locale's .po (changed English becomes fuzzy)."""
    for path in catalogs.update(_targets(locales)):
        click.echo(f"updated {path.relative_to(catalogs.ROOT)}")


@translate.command("compile")
def compile_():
    """Compile every .po to .mo (fuzzy entries left out: shown in English, marked)."""
    for path in catalogs.compile_all():
        click.echo(f"compiled {path.relative_to(catalogs.ROOT)}")


@translate.command("check")
@click.argument("locales", nargs=-1)
def check(locales):
    """Fail if messages.pot is stale or any locale is not 100% translated."""
    problems = catalogs.check(_targets(locales))
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise SystemExit(1)
    click.echo("catalogs complete and fresh")


@translate.command("review")
@click.argument("locale")
def review(locale):
    """The messages a second reader of LOCALE checks: every safety message, then the seeded
    sample of the others (pwa/review.py), one context id (or English text) per line."""
    from pwa import review as plan

    safety, sample = plan.safety_keys(), plan.sample_keys(locale)
    click.echo(f"# safety ({len(safety)})")
    click.echo("\n".join(safety))
    click.echo(f"# sample ({len(sample)}, seeded by {locale})")
    click.echo("\n".join(sample))


@pwa.command("precache")
def precache():
    """Print the precache list and the service worker version."""
    from pwa.offline.views import precache as build

    entries, version = build(current_app._get_current_object())
    click.echo(json.dumps({"version": version, "entries": entries}, indent=1))


@click.command("freeze")
@click.option("--destination", default=str(catalogs.ROOT / "frozen"), show_default=True)
@click.option(
    "--no-server",
    is_flag=True,
    help="For a static host with no app behind it: the no-JavaScript self-check says JavaScript is needed.",
)
@with_appcontext
def freeze_command(destination, no_server):
    """Write the whole site, every language, to static files."""
    from pwa.freeze import freeze

    urls = freeze(current_app._get_current_object(), destination, no_server=no_server)
    click.echo(f"froze {len(urls)} URLs and 404.html into {destination}")


def init_app(app) -> None:
    app.cli.add_command(freeze_command)
    app.cli.add_command(translate)
    app.cli.add_command(pwa)
