"""requirements-ci.txt (what CI installs, with --require-hashes) still matches pyproject.toml and
constraints.txt: rerun `make lock` when this fails."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from pwa.config import ROOT


def pins(text: str) -> dict[str, str]:
    return {canonicalize_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", text, re.M)}


LOCK = (ROOT / "requirements-ci.txt").read_text()
LOCKED = pins(LOCK)
CONSTRAINED = pins((ROOT / "constraints.txt").read_text())
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
NEEDED = [Requirement(r) for r in PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]]


def test_every_dependency_of_the_app_and_its_tests_is_locked_at_a_version_it_allows():
    for requirement in NEEDED:
        name = canonicalize_name(requirement.name)
        assert name in LOCKED, f"{name} is not in requirements-ci.txt: run make lock"
        assert requirement.specifier.contains(LOCKED[name], prereleases=True), (name, LOCKED[name])


def test_the_lock_agrees_with_constraints_and_every_pin_has_a_hash():
    for name, version in LOCKED.items():
        assert CONSTRAINED.get(name, version) == version, f"{name}: lock {version}, constraints {CONSTRAINED[name]}"
    entries = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", LOCK.strip())
    assert len(entries) == len(LOCKED)
    assert all("--hash=sha256:" in entry for entry in entries)
