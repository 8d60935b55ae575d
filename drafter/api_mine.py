"""The library API over mining: many files → phrase candidates and skeletons; a skeleton → a template.

`extract` maps batches of files to worker processes, each of which reads, cleans, outlines and mines
its files (mine_files), and merges their counts in a fixed order; `scaffold_template` turns one
mined skeleton into a template.  Part of drafter.api, which re-exports these: callers import them
from there.  The miners are imported inside the functions: the render path must not load them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .api_corpus import file_units, outline_paths
from .errors import InputError, OutputError, Problem

if TYPE_CHECKING:
    from .extract.phrases import Counts as _Counts
    from .extract.run import Written as ExtractSummary

MINING_BATCH_BYTES = 256_000  # files read, cleaned and mined together by one worker


def _file_batches(units: Iterable[tuple[list[Problem], list[str]]], problems: list[Problem]) -> Iterator[list[str]]:
    """The readable files of file_units' `units`; unusable paths go to `problems` as they come."""
    for found, names in units:
        problems.extend(found)
        if names:
            yield names


def mine_files(names: list[str]) -> tuple[_Counts, list[Problem], int]:
    """Read, clean, outline and mine some files: the unit of work of `extract` (one process).

    Returns the counts, the files' problems and the number of documents mined.
    Reading and cleaning run here, in the worker, not in the parent: they cost about as much as
    mining, and a parent that cleaned alone would starve the workers.  Documents are numbered
    within their file (file name#essay number), so the ids do not depend on how files are grouped.
    """
    from .extract.phrases import extract_counts

    problems: list[Problem] = []
    inputs = []
    for name in names:
        outlines, found = outline_paths([name])
        problems.extend(found)
        for number, item in enumerate(outlines, 1):
            inputs.append((f"{Path(item.doc.source).name}#{number}", item.doc, item.headings))
    # the documents of all files mined together: the clause scan runs once over all of them
    return extract_counts(inputs), problems, len(inputs)


def extract(
    paths: Sequence[Path],
    out: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    wrap: Callable[[Iterator[list[str]]], Iterable[list[str]]] | None = None,
) -> ExtractSummary:
    """Mine phrase candidates and section skeletons from source files into `out`.

    Files are mapped in `jobs` processes and merged in a fixed order, so every --jobs writes the
    same bytes.  Files that cannot be read are reported in the summary's `problems`; when none
    can be read at all, nothing is written.  `wrap` sees the batches of file names on their way
    to the workers (the CLI shows progress).
    """
    from dataclasses import replace

    from .extract.phrases import Counts
    from .extract.run import workers, write_outputs
    from .pool import drive

    problems: list[Problem] = []
    total = Counts()
    mined = 0

    def take(result: tuple[_Counts, list[Problem], int]) -> None:
        nonlocal mined
        total.update(result[0])
        problems.extend(result[1])
        mined += result[2]

    found: Iterable[tuple[list[Problem], list[str]]] = file_units(paths, MINING_BATCH_BYTES)
    if jobs > 1:  # (a corpus of one batch is mined here: starting processes would only cost)
        found = list(found)
        jobs = jobs if sum(1 for _, names in found if names) > 1 else 1
    units = _file_batches(found, problems)
    with workers(jobs) as pool:  # the same processes mine, then share the writing
        drive(wrap(units) if wrap else units, mine_files, take, jobs=jobs, pool=pool)
        if not mined:
            problems.append(Problem("没有读到任何一篇正文，请检查给出的语料文件或文件夹"))
            raise InputError(problems[-1].message, problems=problems)
        written = write_outputs(total, out, force=force, pool=pool, jobs=jobs)
    return replace(written, problems=tuple(problems))


def scaffold_template(
    skeleton: str, output: Path, *, skeletons: Path | None = None, template_id: str | None = None, force: bool = False
) -> Path:
    """Write a template built from a mined skeleton (by id or genre name)."""
    from .extract.run import write_atomic
    from .extract.scaffold import scaffold
    from .extract.structures import load_skeletons
    from .library import available_phrases
    from .resources import data_dir
    from .templates import all_templates

    source = skeletons or data_dir() / "skeletons.yaml"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        raise InputError("找不到骨架文件，请先运行 drafter extract 或用 --skeletons 指定", file=str(source)) from None
    items = load_skeletons(text, str(source))
    chosen = next((s for s in items if skeleton in (s.id, s.genre)), None)
    if chosen is None:
        names = "、".join(f"{s.genre}（{s.id}）" for s in items) or "无"
        raise InputError(f"没有名为“{skeleton}”的骨架；可用：{names}", file=str(source))
    if output.exists() and not force:
        raise OutputError("文件已存在，加 --force 覆盖", file=str(output))
    tid = template_id or re.sub(r"[^a-z0-9-]", "-", output.stem.lower()).strip("-") or chosen.id
    # the slots of the opening and closing phrases are asked the way the bundled templates ask them
    known = {f.key: f for t in reversed(all_templates()) for f in t.fields}
    write_atomic(output, scaffold(chosen, tid, phrases=available_phrases(), known_fields=known))
    return output
