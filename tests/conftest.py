"""Shared fixtures: the repository root, test data, and the CLI driven in-process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from drafter.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `drafter ARGS…` in this process from the repository root; return code and output."""
    monkeypatch.chdir(ROOT)

    def run(*args: str) -> Run:
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse exits on --help and usage errors
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
