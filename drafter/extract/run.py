"""The extraction driver: stream units of work through N processes, merge, write.

drafter.pool's `drive` runs the map over a stream of units (batches of file names for
`drafter extract`, see drafter.api_mine.mine_files; ranges or batches of cleaned documents for
`count`) with a bounded number in flight, so neither the corpus nor its per-document results pile
up in memory.  Results are merged in submission order (the merge is associative and commutative
anyway), so every --jobs gives the same bytes.  The processes (`workers`) stay for the writing,
which they share by categories (`write_outputs`): what one process does alone, while the others
wait, is what keeps --jobs 2 from being twice as fast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import cast

from .. import output
from ..errors import OutputError, Problem
from ..model import PHRASE_CATEGORIES, Phrase
from ..phrasefile import dump_library, load_library, phrase_record
from ..pool import drive, ranges, shared
from ..pool import workers as pool_workers
from ..yamlio import dump
from .mine import gc_paused
from .phrases import Counts, DocInput, extract_counts, finalize
from .structures import dump_skeletons, skeletons

# Units of about 100,000 characters amortise the array operations of the clause scan
# (drafter.extract.scan) over their text; 400,000 also the cost of a unit itself: its Counts, and
# with --jobs its trip to and from a worker, some 3 ms of the parent's CPU taken from the workers.
# With documents in memory the units are that large while the corpus lasts and shrink towards its
# end (`_ranges`), so that the last ones leave no process idle for long.
BATCH_CHARS = 100_000
UNIT_CHARS = 400_000
_TEXT = attrgetter("text")


def _chars(item: DocInput) -> int:
    return sum(map(len, map(_TEXT, item[1].paragraphs)))  # (in C: the parent of --jobs 2 runs this)


def batches(inputs: Iterable[DocInput], size: int = BATCH_CHARS) -> Iterator[list[DocInput]]:
    batch: list[DocInput] = []
    chars = 0
    for item in inputs:
        batch.append(item)
        chars += _chars(item)
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


def workers(jobs: int, shared: Sequence[object] = ()) -> AbstractContextManager[Executor | None]:
    """The processes of a run with `jobs` > 1 (None otherwise), for `drive` and then
    `write_outputs`, with the tables of extraction loaded before they fork (drafter.pool.workers);
    `shared` is what the work may read through drafter.pool.shared()."""
    return pool_workers(jobs, shared, _warm)


def count(
    inputs: Iterable[DocInput],
    *,
    jobs: int = 1,
    on_batch: Callable[[int], None] | None = None,
    batch_chars: int = BATCH_CHARS,
    unit_chars: int = UNIT_CHARS,
    pool: Executor | None = None,
) -> Counts:
    """Map documents already cleaned and merge; `on_batch(documents)` after each unit.

    A stream is sent to the workers in batches of `batch_chars`; documents in memory (a
    Sequence, the `shared` of `pool` when one is given) are read by the workers where they
    inherited them (pickling them to send them was the largest cost of the parent, taken from the
    workers' cores), in ranges of `unit_chars` that shrink to `batch_chars` / 4 at the end."""
    total = Counts()

    def take(result: tuple[Counts, int]) -> None:
        total.update(result[0])
        if on_batch:
            on_batch(result[1])

    if not isinstance(inputs, Sequence) or (pool and shared() is not inputs):
        drive(batches(inputs, batch_chars), _map_counted, take, jobs=jobs, pool=pool)
        return total
    with workers(jobs, inputs) if pool is None else nullcontext(pool) as pool:
        sizes = [_chars(item) for item in inputs]
        drive(ranges(sizes, jobs, unit_chars, batch_chars // 4), _map_range, take, jobs=jobs, pool=pool)
    return total


def _map_counted(batch: Sequence[DocInput]) -> tuple[Counts, int]:
    return extract_counts(batch), len(batch)


def _map_range(span: tuple[int, int]) -> tuple[Counts, int]:
    docs = cast("Sequence[DocInput]", shared()[span[0]:span[1]])  # (what count shared: its inputs)
    return _map_counted(docs)


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
                  force: bool = False, pool: Executor | None = None, jobs: int = 1) -> Written:
    """Write DIR/phrases.yaml and DIR/skeletons.yaml (a new phrases.yaml in `jobs` parts, with the
    workers of `pool` when given).

    An existing phrases.yaml is merged, not overwritten: every decision and edit in it survives
    (see drafter.curate.merge_candidates).  skeletons.yaml is derived data and is replaced only
    with --force or when absent.
    """
    from ..curate import merge_candidates

    if out.exists() and not out.is_dir():
        raise OutputError("输出位置已存在且不是文件夹，请换一个 --out", file=str(out))
    phrases_path, skel_path = out / "phrases.yaml", out / "skeletons.yaml"
    kept, library, candidates = 0, "", 0
    if pool is None or phrases_path.exists():
        with gc_paused():
            fresh = finalize(counts)
        merged: Sequence[Phrase] = fresh
        if phrases_path.exists():
            old = load_library(phrases_path)
            merged = merge_candidates(old, fresh)
            kept = sum(1 for p in old if p.status != "candidate")
        candidates = len(fresh)
    if skel_path.exists() and not force:
        raise OutputError(
            "骨架文件已存在；加 --force 重新生成（措辞库总是合并，已有的采用/弃用决定不会丢失）",
            file=str(skel_path),
        )
    with gc_paused():
        if pool is None or phrases_path.exists():
            library = dump_library(name, merged)
        else:
            library, candidates = _library_in_parts(name, counts, pool, jobs)
        skeleton_text = dump_skeletons(skeletons(counts.sections, counts.examples))
    write_atomic(phrases_path, library)
    write_atomic(skel_path, skeleton_text)
    return Written(phrases_path, skel_path, candidates, kept)


def _library_in_parts(name: str, counts: Counts, pool: Executor, jobs: int) -> tuple[str, int]:
    """dump_library(name, finalize(counts)) and the number of its phrases, the categories in
    parts (one here, the others in the workers) while the workers are there to share the
    finalizing and YAML writing, a fifth of the CPU of the stage for the seeds of 1 MB.

    finalize never joins candidates of two categories and orders by category first, so its phrases
    are those of runs of consecutive categories one after the other (all unknown categories in one
    run: they are ranked together); a block list's entries are written the same in any list."""
    order = {c: i for i, c in enumerate(PHRASE_CATEGORIES)}
    sizes = Counter(min(order.get(key[:key.index("\t")], 99), 99) for key in counts.occurrences)
    runs = _balanced(sorted(sizes), sizes, jobs)
    where = {rank: n for n, ranks in enumerate(runs) for rank in ranks}
    parts = [Counts() for _ in runs]
    for key, n in counts.occurrences.items():
        part = parts[where[min(order.get(key[:key.index("\t")], 99), 99)]]
        part.occurrences[key], part.documents[key] = n, counts.documents[key]
        if key in counts.sources:
            part.sources[key] = counts.sources[key]
        if key in counts.tags:
            part.tags[key] = counts.tags[key]
        if key in counts.genres:
            part.genres[key] = counts.genres[key]
    futures = [pool.submit(_phrase_items, part) for part in parts[1:]]
    items = [_phrase_items(parts[0])] + [f.result() for f in futures]
    found = sum(n for _, n in items)
    if not found:
        return dump_library(name, []), 0
    head = dump({"library": name, "phrases": [0]}).removesuffix("- 0\n")  # the list's key, no entry
    return head + "".join(text for text, _ in items), found


def _phrase_items(counts: Counts) -> tuple[str, int]:
    """The entries of finalize(counts) as they stand in the text of a library, and their number."""
    with gc_paused():
        kept = finalize(counts)
        text = dump({"phrases": [phrase_record(p) for p in kept]}) if kept else "phrases:\n"
    return text.removeprefix("phrases:\n"), len(kept)


def _balanced(ranks: list[int], sizes: Counter[int], n: int) -> list[list[int]]:
    """`ranks` in at most `n` runs of consecutive ones, of about equal total size."""
    runs: list[list[int]] = [[]]
    total, done = sum(sizes.values()), 0
    for rank in ranks:
        if runs[-1] and len(runs) < n and done + sizes[rank] / 2 >= total * len(runs) / n:
            runs.append([])
        runs[-1].append(rank)
        done += sizes[rank]
    return runs
