"""`drafter clean/outline --jobs N`: the files read and cleaned in N processes give what one
process gives (documents, their order, the problems and their order, the exit code)."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, Run

from drafter import api_corpus
from drafter.clean import clean_docs
from drafter.corpus import read_sources
from drafter.model import CleanDoc


def _corpus(tmp_path: Path) -> Path:
    """The seeds with a binary and an empty file among them (problems amid good files)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "2_bad.txt").write_bytes(b"\x00\x01\x02\x89PNG")
    (folder / "5_empty.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("command", ["clean", "outline"])
def test_jobs_give_the_same_output(
    command: str, tmp_path: Path, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path)
    monkeypatch.setattr(api_corpus, "FILE_BATCH_BYTES", 1)  # one file per unit: many units in flight
    one = cli(command, str(folder), str(tmp_path / "missing.txt"), "--json")
    two = cli(command, str(folder), str(tmp_path / "missing.txt"), "--json", "--jobs", "2")
    assert one.code == two.code == 2  # some files failed
    assert one.out == two.out and one.out.count("\"source\"") >= 13
    assert one.err == two.err
    errors = [line for line in two.err.splitlines() if line.startswith("错误")]
    assert len(errors) == 3 and "2_bad.txt" in errors[0] and "5_empty.txt" in errors[1] and "missing" in errors[2]


def test_in_memory_ranges_give_what_one_process_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    docs, _ = read_sources([ROOT / "seeds"])
    monkeypatch.setattr(api_corpus, "UNIT_CHARS", 2000)  # several ranges, and processes started
    assert api_corpus.clean_sources(docs, jobs=2) == clean_docs(docs)


def test_file_units_keep_problems_in_their_place(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    units = list(api_corpus.file_units([folder, tmp_path / "none"], size=10**9))
    # the bad files are read in a worker; a path that does not exist is a problem before any
    assert [len(p) for p, _ in units] == [0, 1] and units[1][1] == []
    assert sum(len(names) for _, names in units) == len(list(folder.iterdir()))


def test_jobs_below_one_are_refused_in_chinese(cli: Callable[..., Run]) -> None:
    run = cli("clean", "seeds", "--jobs", "0")
    assert run.code != 0 and "--jobs 至少为 1" in run.err and "例如 --jobs 2" in run.err and "Traceback" not in run.err


def test_cleaned_essays_travel_between_processes_unchanged() -> None:
    """What a worker sends back (pickled, through CleanDoc.__reduce__) is the essay it cleaned:
    every paragraph with its line, its spun and placeholder flags, and the report."""
    docs, _ = read_sources([ROOT / "seeds"])
    cleaned = clean_docs(docs)
    assert any(p.spun for d in cleaned for p in d.paragraphs)
    assert any(p.placeholder for d in cleaned for p in d.paragraphs)
    back = pickle.loads(pickle.dumps(cleaned, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == cleaned
    assert all(type(d) is CleanDoc and isinstance(d.paragraphs, tuple) for d in back)


@pytest.mark.parametrize(("cpus", "expected"), [(1, 1), (2, 2), (16, 4)])
def test_without_jobs_the_usable_cpus_are_used_at_most_four(
    cpus: int, expected: int, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from drafter import api

    asked: list[int] = []

    def clean_paths(paths: list[str], jobs: int = 1) -> tuple[list[CleanDoc], list[object]]:
        asked.append(jobs)
        return [], []

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    monkeypatch.setattr(api, "clean_paths", clean_paths)
    cli("clean", "seeds", "--json")
    cli("clean", "seeds", "--json", "--jobs", "3")
    assert asked == [expected, 3]


def test_a_corpus_of_one_batch_is_mined_without_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """extract with jobs > 1 on a corpus smaller than one batch starts no process (they would
    only cost), and gives what jobs 1 gives."""
    from drafter import api_mine
    from drafter.extract import run

    started: list[int] = []
    real = run.pool_workers

    def workers(jobs: int, *args: object, **kwargs: object) -> object:
        started.append(jobs)
        return real(jobs, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "pool_workers", workers)
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    one = api_mine.extract([seed], tmp_path / "one", jobs=1)
    two = api_mine.extract([seed], tmp_path / "two", jobs=4)
    assert started == [1, 1]
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()
    assert one.problems == two.problems
