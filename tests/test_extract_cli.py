"""`drafter extract` end to end from files: --jobs gives identical bytes, unreadable files are
reported and skipped, an existing output is merged, never silently overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.library import load_library

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_jobs_give_identical_bytes(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(SEEDS), "--out", str(one), "--jobs", "1"]) == 0
    assert main(["extract", str(SEEDS), "--out", str(two), "--jobs", "2"]) == 0
    for name in ("phrases.yaml", "skeletons.yaml"):
        assert (one / name).read_bytes() == (two / name).read_bytes()
    phrases = load_library(one / "phrases.yaml")
    # every candidate points back to a seed file and essay number
    assert phrases and all(s.doc.split("#")[0] in {p.name for p in SEEDS.iterdir()}
                           for p in phrases for s in p.sources)


def test_bad_files_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "003_ea4d32f341b2b80d.txt", src)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "跳过" in err
    assert load_library(out / "phrases.yaml")  # the readable file was still mined


def test_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "empty.txt"), "--out", str(out)]) != 0
    assert not (out / "phrases.yaml").exists()


def test_rerun_needs_force_for_skeletons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    seed = str(SEEDS / "001_1d7535a8f01d4eea.txt")
    assert main(["extract", seed, "--out", str(out)]) == 0
    before = (out / "skeletons.yaml").read_bytes()
    assert main(["extract", seed, "--out", str(out)]) != 0
    assert "--force" in capsys.readouterr().err
    assert (out / "skeletons.yaml").read_bytes() == before
    assert main(["extract", seed, "--out", str(out), "--force"]) == 0
