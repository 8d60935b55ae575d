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
from typing import Generic, TypeVar

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
    jobs: int, data: Sequence[object] = (), warm: Callable[[], None] | None = None, *, here: bool = False
) -> Iterator[Executor | None]:
    """The processes of a run with `jobs` > 1 (None otherwise: everything runs here).

    `data` is what the work may read through `shared()`: data already in memory, given to the
    workers when they start (a forked worker inherits it, nothing is pickled), so that units can be
    small ranges into it rather than copies.  `warm` (a module-level function) loads what every
    unit needs, in the parent first, so that forked workers inherit it.  `here`: the parent works
    too (drive(here=True)), so one process fewer is started."""
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
            pool = ProcessPoolExecutor(max_workers=jobs - here, initializer=_start, initargs=(data, warm))
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
          jobs: int = 1, pool: Executor | None = None, here: bool = False) -> None:
    """Run `work` on every unit (in `pool`, from `workers(jobs)`, or in a pool of its own) and hand
    each result to `take`, in submission order.  At most 2 × jobs units are in flight (4 × jobs
    with `here`, this process's finished ones among them), so memory stays bounded whatever the
    size of the corpus; `work` must be a module-level function (it is
    pickled by name).  `here` (with a pool from `workers(jobs, here=True)`): this process works
    too, on a unit whenever the workers have enough queued, so its results are never pickled."""
    if pool is None and jobs > 1:
        with workers(jobs, here=here) as own:
            drive(units, work, take, jobs=jobs, pool=own, here=here)
        return
    if pool is None:
        for unit in units:
            take(work(unit))
        return
    pending: deque[Future[R] | _Done[R]] = deque()
    for unit in units:
        if not here:
            pending.append(pool.submit(work, unit))
            while len(pending) >= jobs * 2:
                take(pending.popleft().result())
            continue
        # (this process's own results wait in line too, so the bound is wider than the workers'
        # queue: with jobs * 2 it would stop to wait for a worker's unit while it could work)
        while pending and (len(pending) >= jobs * 4 or pending[0].done()):
            take(pending.popleft().result())
        # (two units queued for each worker keep it busy while this process works on the next)
        if sum(not p.done() for p in pending) >= 2 * (jobs - 1):
            pending.append(_Done(work(unit)))
        else:
            pending.append(pool.submit(work, unit))
    while pending:
        take(pending.popleft().result())


class _Done(Generic[R]):
    """A unit's result computed here, waiting in line behind the workers' futures."""

    __slots__ = ("value",)

    def __init__(self, value: R) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self) -> R:
        return self.value


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
