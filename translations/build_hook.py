"""Hatch build hook: compile every .po to .mo on install, editable installs too.

Loads pwa/catalogs.py by path, because importing the pwa package would need Flask,
which is not in the build environment.
"""

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        spec = importlib.util.spec_from_file_location("catalogs", Path(self.root, "pwa", "catalogs.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_all()  # into translations/, which the app reads from the checkout
