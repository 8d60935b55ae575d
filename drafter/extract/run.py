"""The extraction driver: stream units of work through N processes, merge, write.

`drive` runs any module-level function over a stream of units (batches of file names for
`drafter extract`, see drafter.api.mine_files; batches of cleaned documents for `count`) with a
bounded number in flight, so neither the corpus nor its per-document results pile up in memory.
Results are merged in submission order (the merge is associative and commutative anyway), so
every --jobs gives the same bytes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from .. import output
from ..errors import OutputError, Problem
from ..library import dump_library, load_library
from ..model import Phrase
from .mine import gc_paused
from .phrases import Counts, DocInput, extract_counts, finalize
from .structures import dump_skeletons, skeletons

# Units of about 100,000 characters: a few dozen for a corpus of 10 MB, so that the last ones
# leave no process idle for long (with 8 units, 2 processes stand at 5 against 4), while each unit
# still amortises the array operations of the clause scan (drafter.extract.scan) over its text.
BATCH_CHARS = 100_000
_TEXT = attrgetter("text")


def batches(inputs: Iterable[DocInput], size: int = BATCH_CHARS) -> Iterator[list[DocInput]]:
    batch: list[DocInput] = []
    chars = 0
    for item in inputs:
        batch.append(item)
        chars += sum(map(len, map(_TEXT, item[1].paragraphs)))  # (in C: the parent of --jobs 2 runs this)
        if chars >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _warm() -> None:
    """Load the dictionaries and build the vocabulary tables of extraction (a no-op in a worker
    forked from a parent that did)."""
    from .mine import vocabulary

    vocabulary()


B = TypeVar("B")
R = TypeVar("R")


def drive(units: Iterable[B], work: Callable[[B], R], take: Callable[[R], None], *,
          jobs: int = 1) -> None:
    """Run `work` on every unit (in `jobs` processes) and hand each result to `take`, in
    submission order.  At most 2 × jobs units are in flight, so memory stays bounded whatever
    the size of the corpus; `work` must be a module-level function (it is pickled by name)."""
    if jobs <= 1:
        for unit in units:
            take(work(unit))
        return
    _warm()  # in the parent first: workers forked from it inherit the tables
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        pending: deque[Future[R]] = deque()
        for unit in units:
            pending.append(pool.submit(work, unit))
            while len(pending) >= jobs * 2:
                take(pending.popleft().result())
        while pending:
            take(pending.popleft().result())


def count(
    inputs: Iterable[DocInput],
    *,
    jobs: int = 1,
    on_batch: Callable[[int], None] | None = None,
    batch_chars: int = BATCH_CHARS,
) -> Counts:
    """Map documents already cleaned and merge; `on_batch(documents)` after each batch."""
    total = Counts()

    def take(result: tuple[Counts, int]) -> None:
        total.update(result[0])
        if on_batch:
            on_batch(result[1])

    drive(batches(inputs, batch_chars), _map_counted, take, jobs=jobs)
    return total


def _map_counted(batch: list[DocInput]) -> tuple[Counts, int]:
    return extract_counts(batch), len(batch)


@dataclass(frozen=True)
class Written:
    phrases: Path
    skeletons: Path
    candidates: int
    kept_decisions: int
    problems: tuple[Problem, ...] = field(default=())  # files that could not be read


def write_atomic(path: Path, text: str) -> None:
    """UTF-8 text through the project's one safe writer (the caller has decided on overwriting)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    output.write_atomic(path, text.encode("utf-8"), force=True)


def write_outputs(counts: Counts, out: Path, *, name: str = "语料候选措辞",
                  force: bool = False) -> Written:
    """Write DIR/phrases.yaml and DIR/skeletons.yaml.

    An existing phrases.yaml is merged, not overwritten: every decision and edit in it survives
    (see drafter.curate.merge_candidates).  skeletons.yaml is derived data and is replaced only
    with --force or when absent.
    """
    from ..curate import merge_candidates

    if out.exists() and not out.is_dir():
        raise OutputError("输出位置已存在且不是文件夹，请换一个 --out", file=str(out))
    with gc_paused():
        fresh = finalize(counts)
    phrases_path, skel_path = out / "phrases.yaml", out / "skeletons.yaml"
    kept = 0
    merged: Sequence[Phrase] = fresh
    if phrases_path.exists():
        old = load_library(phrases_path)
        merged = merge_candidates(old, fresh)
        kept = sum(1 for p in old if p.status != "candidate")
    if skel_path.exists() and not force:
        raise OutputError(
            "骨架文件已存在；加 --force 重新生成（措辞库总是合并，已有的采用/弃用决定不会丢失）",
            file=str(skel_path),
        )
    with gc_paused():
        library, skeleton_text = dump_library(name, merged), dump_skeletons(skeletons(counts.sections, counts.examples))
    write_atomic(phrases_path, library)
    write_atomic(skel_path, skeleton_text)
    return Written(phrases_path, skel_path, len(fresh), kept)
