"""Phrase libraries in layers: the bundled ones, then the user's, then any given; the phrases in use.

Layers, first to last: the bundled libraries (templates/phrases/*.yaml), the user's libraries
($DRAFTER_HOME/phrases, default ~/.drafter/phrases), then any extra paths.  An entry of a later
layer with the same id replaces the earlier one, which is how a user overrides or rejects a
bundled phrase without editing the package.  Reading, checking and writing one library file is
drafter.phrasefile's (re-exported here for callers of the library as a whole); like it, this
module sits on the render path and imports nothing heavier than the standard library.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path

from . import resources
from .errors import Problem, TemplateError
from .model import PHRASE_CATEGORIES, Phrase
from .phrasefile import ID_RE as ID_RE
from .phrasefile import MAX_LIBRARY_BYTES as MAX_LIBRARY_BYTES
from .phrasefile import SLOT_RE as SLOT_RE
from .phrasefile import STATUSES as STATUSES
from .phrasefile import check_text_balance as check_text_balance
from .phrasefile import dump_library as dump_library
from .phrasefile import load_library as load_library
from .phrasefile import loads_library as loads_library
from .phrasefile import phrase_record as phrase_record
from .phrasefile import slot_names as slot_names


def drafter_home() -> Path:
    home = os.environ.get("DRAFTER_HOME")
    return Path(home).expanduser() if home else Path.home() / ".drafter"


def user_library_dirs() -> list[Path]:
    """The user's library folder, when it exists."""
    folder = drafter_home() / "phrases"
    return [folder] if folder.is_dir() else []


def library_files(extra: Sequence[Path] = ()) -> list[Path]:
    """Every library file in layer order: bundled, user, then `extra` (files or folders)."""
    files: list[Path] = []
    for folder in [resources.phrases_dir(), *user_library_dirs()]:
        if folder.is_dir():
            files += sorted(folder.glob("*.yaml"))
    for item in extra:
        files += sorted(item.glob("*.yaml")) if item.is_dir() else [item]
    return files


_CACHE: dict[tuple[tuple[str, int, int], ...], tuple[Phrase, ...]] = {}


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)  # load_library reports the missing file
    return (str(path), st.st_mtime_ns, st.st_size)


def sort_key(phrase: Phrase) -> tuple[int, str]:
    order = PHRASE_CATEGORIES.index(phrase.category) if phrase.category in PHRASE_CATEGORIES else 99
    return (order, phrase.id)


def layered(files: Sequence[Path]) -> list[Phrase]:
    """Load `files` in order; a later entry with the same id replaces an earlier one."""
    by_id: dict[str, Phrase] = {}
    problems: list[Problem] = []
    for path in files:
        try:
            for phrase in load_library(path):
                by_id[phrase.id] = phrase
        except TemplateError as err:
            problems += err.problems
    if problems:
        raise TemplateError("措辞库有误", problems=problems)
    return sorted(by_id.values(), key=sort_key)


def available_phrases(
    extra: Sequence[Path] = (), *, include: Collection[str] | None = ("accepted",)
) -> list[Phrase]:
    """Phrases of all layers, sorted by category then id; cached until a file changes.

    By default only accepted entries, the ones rendering may use; pass include=None for every
    status (curation) or another set of statuses.
    """
    files = library_files(extra)
    key = tuple(_stamp(p) for p in files)
    merged = _CACHE.get(key)
    if merged is None:
        merged = tuple(layered(files))
        if len(_CACHE) > 16:
            _CACHE.clear()
        _CACHE[key] = merged
    if include is None:
        return list(merged)
    return [p for p in merged if p.status in include]
