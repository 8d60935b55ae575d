"""The library API over the corpus stages: read → clean → outline, and cleaned essays written out.

Part of drafter.api, which re-exports every function here: callers (the CLI, the tests) import
them from there.  Each stage is imported when first used: reading and cleaning pull in charset
detection and OpenCC, which the render path must not load.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar, cast

from .errors import OutputError, Problem
from .model import CleanDoc, DocOutline, SourceDoc


def read_sources(paths: Sequence[str | Path]) -> tuple[list[SourceDoc], list[Problem]]:
    """Read files and folders (recursively) and split them into essays, before cleaning.

    Bad files (binary, empty, undecodable, unsupported) become Problems; the rest is read.
    """
    from .corpus import read_sources as _read

    return _read(paths)


# Units of work of --jobs: essays in memory in ranges of about this many characters (fewer at the
# end, so that no process idles long), files in batches of about FILE_BATCH_BYTES.  A corpus
# smaller than one range is cleaned here: starting processes would cost more than they save.
UNIT_CHARS = 400_000
FILE_BATCH_BYTES = 256_000

T = TypeVar("T")
_Unit = tuple[list[Problem], list[str]]  # problems met before the files, the files


def clean_sources(docs: Sequence[SourceDoc], jobs: int = 1) -> list[CleanDoc]:
    """Clean essays already read (see read_sources), in `jobs` processes; the same result for
    every `jobs` (each essay is cleaned on its own)."""
    from .clean import clean_docs

    if jobs <= 1:
        return clean_docs(docs)
    sizes = [sum(map(len, doc.lines)) for doc in docs]
    if sum(sizes) < UNIT_CHARS:
        return clean_docs(docs)
    from .pool import drive, ranges, workers

    cleaned: list[CleanDoc] = []
    # (the workers inherit the essays: none is pickled on the way there)
    with workers(jobs, docs, _warm) as pool:
        drive(ranges(sizes, jobs, UNIT_CHARS, UNIT_CHARS // 8), _clean_range, cleaned.extend, jobs=jobs, pool=pool)
    return cleaned


def _warm() -> None:
    """Load what cleaning loads on first use (OpenCC, the tables), so forked workers inherit it."""
    from .clean import clean_doc

    clean_doc(SourceDoc("標題", "-", 1, 2, ("標題", "第一段正文。")))


def _clean_range(span: tuple[int, int]) -> list[CleanDoc]:
    from .clean import clean_docs
    from .pool import shared

    return clean_docs(cast("Sequence[SourceDoc]", shared()[span[0] : span[1]]))


def file_units(paths: Sequence[str | Path], size: int | None = None) -> Iterator[_Unit]:
    """The files under `paths` in batches of about `size` bytes, each with the problems of the
    unusable paths met since the batch before (so that problems keep their order among files)."""
    from .corpus import iter_files

    size = FILE_BATCH_BYTES if size is None else size
    problems: list[Problem] = []
    batch: list[str] = []
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Problem):
            if batch:
                yield problems, batch
                problems, batch, total = [], [], 0
            problems.append(item)
            continue
        path, name = item
        batch.append(name)
        total += path.stat().st_size
        if total >= size:
            yield problems, batch
            problems, batch, total = [], [], 0
    if batch or problems:
        yield problems, batch


def clean_paths(paths: Sequence[str | Path], jobs: int = 1) -> tuple[list[CleanDoc], list[Problem]]:
    """Read, split and clean: one CleanDoc per essay, and a Problem per file that failed.  With
    `jobs` > 1 the files are read and cleaned in that many processes, with the same result.

    CleanParagraph.spun and .placeholder tell extraction which paragraphs it must skip.
    """
    if jobs <= 1:
        docs, problems = read_sources(paths)
        return clean_sources(docs), problems
    return _in_workers(paths, jobs, _clean_files)


def outline_doc(doc: CleanDoc) -> DocOutline:
    """The heading tree of one cleaned document."""
    from .outline import outline

    return DocOutline(doc, tuple(outline(doc, frozenset(doc.heading_lines))))


def outline_paths(paths: Sequence[str | Path], jobs: int = 1) -> tuple[list[DocOutline], list[Problem]]:
    """Read, clean and outline: per essay its CleanDoc and OutlineHeadings (levels 1-based)."""
    if jobs <= 1:
        docs, problems = clean_paths(paths)
        return [outline_doc(d) for d in docs], problems
    return _in_workers(paths, jobs, _outline_files)


def _in_workers(
    paths: Sequence[str | Path], jobs: int, work: Callable[[_Unit], tuple[list[T], list[Problem]]]
) -> tuple[list[T], list[Problem]]:
    from .pool import drive, workers

    found: list[T] = []
    problems: list[Problem] = []

    def take(result: tuple[list[T], list[Problem]]) -> None:
        found.extend(result[0])
        problems.extend(result[1])

    units = list(file_units(paths))
    if sum(1 for _, names in units if names) < 2:  # (one batch: processes would only cost)
        jobs = 1
    with workers(jobs, (), _warm) as pool:
        drive(units, work, take, jobs=jobs, pool=pool)
    return found, problems


def _clean_files(unit: _Unit) -> tuple[list[CleanDoc], list[Problem]]:
    """A unit of clean_paths in a worker: the problems met before its files, then the files'."""
    docs, problems = clean_paths(unit[1]) if unit[1] else ([], [])
    return docs, unit[0] + problems


def _outline_files(unit: _Unit) -> tuple[list[DocOutline], list[Problem]]:
    docs, problems = _clean_files(unit)
    return [outline_doc(d) for d in docs], problems


def write_clean_docs(docs: Sequence[CleanDoc], out_dir: Path, *, force: bool = False) -> list[Path]:
    """One UTF-8 .txt per document in out_dir (title line, then paragraphs), written atomically.

    Names come from the source file and the essay's title; an existing file is kept unless
    `force` (every target is checked before anything is written).
    """
    from .output import check_target, write_atomic

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        message = f"无法创建输出文件夹（{err.strerror}）。请换一个有写入权限的位置。"
        raise OutputError(message, file=str(out_dir)) from err
    planned: list[tuple[Path, str]] = []
    used: set[str] = set()
    for doc in docs:
        raw_name = f"{Path(doc.source).stem}_{doc.start_line:05}_{doc.title}"
        stem = re.sub(r'[\\/:*?"<>|\s]+', "_", raw_name)[:80]
        name = stem + ".txt"
        n = 1
        while name in used:
            n += 1
            name = f"{stem}_{n}.txt"
        used.add(name)
        planned.append((out_dir / name, doc.title + "\n\n" + doc.text + "\n"))
    for target, _ in planned:
        check_target(target, force=force)
    for target, text in planned:
        write_atomic(target, text.encode("utf-8"), force=force)
    return [target for target, _ in planned]
