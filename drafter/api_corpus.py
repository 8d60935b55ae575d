"""The library API over the corpus stages: read → clean → outline, and cleaned essays written out.

Part of drafter.api, which re-exports every function here: callers (the CLI, the tests) import
them from there.  Each stage is imported when first used: reading and cleaning pull in charset
detection and OpenCC, which the render path must not load.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .errors import OutputError, Problem
from .model import CleanDoc, DocOutline, SourceDoc


def read_sources(paths: Sequence[str | Path]) -> tuple[list[SourceDoc], list[Problem]]:
    """Read files and folders (recursively) and split them into essays, before cleaning.

    Bad files (binary, empty, undecodable, unsupported) become Problems; the rest is read.
    """
    from .corpus import read_sources as _read

    return _read(paths)


def clean_sources(docs: Sequence[SourceDoc]) -> list[CleanDoc]:
    """Clean essays already read (see read_sources)."""
    from .clean import clean_docs

    return clean_docs(docs)


def clean_paths(paths: Sequence[str | Path]) -> tuple[list[CleanDoc], list[Problem]]:
    """Read, split and clean: one CleanDoc per essay, and a Problem per file that failed.

    CleanParagraph.spun and .placeholder tell extraction which paragraphs it must skip.
    """
    docs, problems = read_sources(paths)
    return clean_sources(docs), problems


def outline_doc(doc: CleanDoc) -> DocOutline:
    """The heading tree of one cleaned document."""
    from .outline import outline

    return DocOutline(doc, tuple(outline(doc, frozenset(doc.heading_lines))))


def outline_paths(paths: Sequence[str | Path]) -> tuple[list[DocOutline], list[Problem]]:
    """Read, clean and outline: per essay its CleanDoc and OutlineHeadings (levels 1-based)."""
    docs, problems = clean_paths(paths)
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
