"""Worker processes for the corpus stages: run a function over units of work in N processes.

`workers` starts the processes of a run (none for one job: everything then runs in the caller),
`drive` streams units through them with a bounded number in flight and hands the results back in
submission order, so every --jobs gives the same result, and `ranges` cuts data already in memory
into units.  Cleaning (drafter.api_corpus) and extraction (drafter.extract.run) both run on these.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

_SHARED: Sequence[object] = ()  # the `shared` of the running `workers`, in the parent and its workers


def shared() -> Sequence[object]:
    """What the running `workers` were given to share (in the parent and in every worker)."""
    return _SHARED


def _start(data: Sequence[object], warm: Callable[[], None] | None) -> None:
    global _SHARED
    _SHARED = data
    if warm is not None:
        warm()


@contextmanager
def workers(
    jobs: int, data: Sequence[object] = (), warm: Callable[[], None] | None = None
) -> Iterator[Executor | None]:
    """The processes of a run with `jobs` > 1 (None otherwise: everything runs here).

    `data` is what the work may read through `shared()`: data already in memory, given to the
    workers when they start (a forked worker inherits it, nothing is pickled), so that units can be
    small ranges into it rather than copies.  `warm` (a module-level function) loads what every
    unit needs, in the parent first, so that forked workers inherit it.

    The parent does no unit itself: its threads that feed the workers and take their results
    back need the interpreter's lock, and a parent busy cleaning held it for milliseconds at a
    time while a worker waited for its next unit (with 2 jobs, 15 % longer in wall-clock)."""
    global _SHARED
    outer, _SHARED = _SHARED, data
    pool: Executor | None = None
    frozen = jobs > 1 and not gc.get_freeze_count()
    try:
        if jobs > 1:
            if warm is not None:
                warm()
            if frozen:
                # the objects there are now (dictionaries, documents in memory) set aside from the
                # collector: the parent's collections skip them, and a worker's do not write into
                # (and so copy) every page it shares with the parent
                gc.freeze()
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(data, warm))
        yield pool
    finally:
        if pool:
            pool.shutdown()  # not cancel_futures: 3.11 can hang after a unit could not be pickled
        _SHARED = outer
        if frozen:
            gc.unfreeze()


B = TypeVar("B")
R = TypeVar("R")


def drive(units: Iterable[B], work: Callable[[B], R], take: Callable[[R], None], *,
          jobs: int = 1, pool: Executor | None = None) -> None:
    """Run `work` on every unit (in `pool`, from `workers(jobs)`, or in a pool of its own) and hand
    each result to `take`, in submission order.  At most 2 × jobs units are in flight, so memory
    stays bounded whatever the size of the corpus; `work` must be a module-level function (it is
    pickled by name)."""
    if pool is None and jobs > 1:
        with workers(jobs) as own:
            drive(units, work, take, jobs=jobs, pool=own)
        return
    if pool is None:
        for unit in units:
            take(work(unit))
        return
    pending: deque[Future[R]] = deque()
    for unit in units:
        pending.append(pool.submit(work, unit))
        while len(pending) >= jobs * 2:
            take(pending.popleft().result())
    while pending:
        take(pending.popleft().result())


def ranges(sizes: Sequence[int], jobs: int, most: int, least: int) -> Iterator[tuple[int, int]]:
    """(start, stop) ranges of items of `sizes`, each of `most` in all, with jobs > 1 at most the
    share of one process in half of what is left, and at least `least` (guided self-scheduling:
    whichever process finishes first takes the next range, so they all finish within a small one)."""
    left, start, chars = sum(sizes), 0, 0
    for stop, size in enumerate(sizes, 1):
        chars += size
        if chars >= (most if jobs <= 1 else max(least, min(most, left // (2 * jobs)))):
            yield start, stop
            left, start, chars = left - chars, stop, 0
    if start < len(sizes):
        yield start, len(sizes)
