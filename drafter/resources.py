"""Where bundled data lives: templates and phrase libraries, layout profiles, dictionaries.

Installed, templates/ ships as the package `drafter.bundled` (see pyproject.toml); in a source
checkout it is the repository's top-level templates/ folder.  Everything else is drafter/data/.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def templates_dir() -> Path:
    installed = _PACKAGE / "bundled"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "templates"


def phrases_dir() -> Path:
    return templates_dir() / "phrases"


def data_dir() -> Path:
    return _PACKAGE / "data"
