"""Terminal output for people: the only module that imports rich (tables, progress, messages).

rich is imported lazily so that `drafter --help` and plain builds stay fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def say(message: str) -> None:
    """A line for the user on stdout (kept plain so it can be piped)."""
    print(message)


def warn(message: str) -> None:
    print(message, file=sys.stderr)


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from rich.table import Table

    tab = Table(title=title, show_lines=False)
    for col in columns:
        tab.add_column(col, overflow="fold")
    for row in rows:
        tab.add_row(*(str(x) for x in row))
    _console().print(tab)


def progress(items: Iterable[T], total: int | None, description: str) -> Iterator[T]:
    """Yield items while showing a progress bar on stderr (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    with Progress(console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)
