"""Curation of phrase libraries: list, search, show, accept, reject, merge.

A decision is the status of an entry (accepted / rejected) and any edit made to its text, slots,
tags or genres.  Merging a fresh candidate set into a library keeps every decision: an entry the
curator touched keeps its words and status and only gains the new counts and sources.  Entries
are matched by id (a hash of category and text) or, failing that, by category and text with
punctuation ignored.

Deciding on a bundled entry without naming a library writes an override into the user's layer
($DRAFTER_HOME/phrases/decisions.yaml): the package is never modified.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from . import yamlio
from .errors import InputError, TemplateError
from .library import available_phrases, drafter_home, library_files, sort_key, user_library_dirs
from .model import PHRASE_CATEGORIES, Phrase, PhraseSource, PhraseStatus
from .phrasefile import MAX_LIBRARY_BYTES, dump_library, load_library

SOURCE_CAP = 5
_PUNCT_RE = re.compile(r"[，；：、。！？“”‘’（）《》\s]")
DECISIONS_FILE = "decisions.yaml"


def _match_key(p: Phrase) -> tuple[str, str]:
    return (p.category, _PUNCT_RE.sub("", p.text))


def _curated(p: Phrase) -> bool:
    return p.status != "candidate"


def merge_candidates(existing: Sequence[Phrase], fresh: Sequence[Phrase]) -> list[Phrase]:
    """`existing` updated with `fresh`: decisions kept, counts and sources refreshed, new
    candidates added, nothing dropped."""
    by_id = {p.id: p for p in existing}
    by_key = {_match_key(p): p for p in existing}
    out: dict[str, Phrase] = {p.id: p for p in existing}
    for new in fresh:
        old = by_id.get(new.id) or by_key.get(_match_key(new))
        if old is None:
            out[new.id] = new
            continue
        sources = sorted(
            set(old.sources) | set(new.sources), key=lambda s: (s.doc, s.line)
        )[:SOURCE_CAP]
        counted = replace(old, sources=tuple(sources), occurrences=new.occurrences,
                          documents=new.documents, score=new.score)
        if _curated(old):
            out[old.id] = counted
        else:  # an undecided candidate simply takes the fresh reading (tags, genres…)
            out[old.id] = replace(new, id=old.id, sources=tuple(sources))
    return sorted(out.values(), key=lambda p: (sort_key(p)[0], -p.score, p.id))


def library_name(path: Path) -> str:
    located = yamlio.load_file(path, what="措辞库", max_bytes=MAX_LIBRARY_BYTES,
                               error=TemplateError)
    data = located.data
    name = data.get("library") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else path.stem


def write_library(path: Path, name: str, phrases: Sequence[Phrase]) -> None:
    from .extract.run import write_atomic

    write_atomic(path, dump_library(name, phrases))


# ---------------------------------------------------------------- queries


def load_phrases(libs: Sequence[Path] = ()) -> list[Phrase]:
    """Entries of every status: the named library files, or else every layer."""
    if libs:
        from .library import layered

        return layered(list(libs))
    return available_phrases(include=None)


def select(
    phrases: Iterable[Phrase],
    *,
    category: str | None = None,
    tag: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> list[Phrase]:
    if category and category not in PHRASE_CATEGORIES:
        raise InputError(f"类别“{category}”不存在，可用的类别：{'、'.join(PHRASE_CATEGORIES)}")
    out = []
    for p in phrases:
        if category and p.category != category:
            continue
        if tag and tag not in p.tags and tag not in p.genres:
            continue
        if status and p.status != status:
            continue
        if text and text not in p.text and not any(text in t for t in p.tags):
            continue
        out.append(p)
    return out


def find(phrases: Sequence[Phrase], pid: str) -> Phrase:
    for p in phrases:
        if p.id == pid:
            return p
    raise InputError(f"找不到编号为“{pid}”的措辞，请用 drafter phrases list 或 search 查看编号")


# ---------------------------------------------------------------- decisions


def set_status(ids: Sequence[str], status: PhraseStatus, lib: Path | None = None) -> list[Path]:
    """Accept or reject entries; returns the files written.

    With `lib`, the entries must be in that file and are changed there.  Without it, an entry
    found in a user library is changed in place, and a bundled one gets an override in the
    user's decisions.yaml.
    """
    if not ids:
        raise InputError("请给出至少一个措辞编号")
    if lib is not None:
        phrases = load_library(lib)
        known = {p.id for p in phrases}
        missing = [i for i in ids if i not in known]
        if missing:
            raise InputError(f"措辞库中没有这些编号：{'、'.join(missing)}", file=str(lib))
        chosen = set(ids)
        updated = [replace(p, status=status) if p.id in chosen else p for p in phrases]
        write_library(lib, library_name(lib), updated)
        return [lib]
    everything = available_phrases(include=None)
    targets = [find(everything, i) for i in ids]
    user_dirs = [d.resolve() for d in user_library_dirs()]
    by_file: dict[Path, set[str]] = {}
    overrides: list[Phrase] = []
    for p in targets:
        origin = Path(p.origin).resolve()
        if any(origin.is_relative_to(d) for d in user_dirs):
            by_file.setdefault(Path(p.origin), set()).add(p.id)
        else:
            overrides.append(replace(p, status=status))
    written: list[Path] = []
    for path, chosen in sorted(by_file.items()):
        phrases = load_library(path)
        updated = [replace(p, status=status) if p.id in chosen else p for p in phrases]
        write_library(path, library_name(path), updated)
        written.append(path)
    if overrides:
        path = drafter_home() / "phrases" / DECISIONS_FILE
        current = {p.id: p for p in (load_library(path) if path.exists() else [])}
        for p in overrides:
            current[p.id] = p
        write_library(path, "我的措辞决定", sorted(current.values(), key=sort_key))
        written.append(path)
    return written


def merge_files(sources: Sequence[Path], into: Path) -> tuple[int, int]:
    """Merge candidate libraries into `into` (created if missing); returns (entries, kept
    decisions)."""
    fresh: dict[str, Phrase] = {}
    for path in sources:
        for p in load_library(path):
            fresh.setdefault(p.id, p)
    existing = load_library(into) if into.exists() else []
    name = library_name(into) if into.exists() else into.stem
    merged = merge_candidates(existing, list(fresh.values()))
    write_library(into, name, merged)
    return len(merged), sum(1 for p in existing if _curated(p))


def describe(p: Phrase) -> list[tuple[str, str]]:
    """Rows of `phrases show`."""
    rows = [("编号", p.id), ("类别", p.category), ("状态", p.status), ("文字", p.text)]
    if p.slots:
        rows.append(("槽位", "，".join(f"{{{k}}}：{v}" for k, v in p.slots.items())))
    if p.tags:
        rows.append(("标签", "、".join(p.tags)))
    if p.genres:
        rows.append(("文种", "、".join(p.genres)))
    rows.append(("次数", f"{p.occurrences} 次，{p.documents} 篇"))
    rows.append(("得分", f"{p.score:.3f}"))
    rows += [("来源", f"{s.doc}:{s.line}") for s in p.sources]
    rows.append(("所在库", p.origin))
    return rows


__all__ = [
    "PhraseSource",
    "describe",
    "find",
    "library_files",
    "load_phrases",
    "merge_candidates",
    "merge_files",
    "select",
    "set_status",
]
