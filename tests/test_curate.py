"""Curation: list/search/show/accept/reject/merge through the CLI; decisions survive merges."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import curate
from drafter.cli import main
from drafter.library import dump_library, load_library
from drafter.model import Phrase, PhraseSource


def lib(tmp_path: Path, name: str, phrases: list[Phrase]) -> Path:
    path = tmp_path / name
    path.write_text(dump_library("测试", phrases), encoding="utf-8")
    return path


A = Phrase(id="jinju-a", category="金句", text="上面千条线，下面一根针", occurrences=1, documents=1,
           sources=(PhraseSource("a.txt#1", 3),))
B = Phrase(id="paibi-b", category="排比", text="抓思想、抓制度、抓督导、抓后续")


def test_merge_keeps_decisions_and_edits() -> None:
    decided = Phrase(**{**A.__dict__, "status": "rejected", "tags": ("俗语",)})
    fresh = [Phrase(**{**A.__dict__, "occurrences": 4, "documents": 3,
                       "sources": (PhraseSource("b.txt#2", 9),)}), B]
    merged = {p.id: p for p in curate.merge_candidates([decided], fresh)}
    assert merged["jinju-a"].status == "rejected" and merged["jinju-a"].tags == ("俗语",)
    assert merged["jinju-a"].documents == 3 and len(merged["jinju-a"].sources) == 2
    assert merged["paibi-b"].status == "candidate"
    # matched by text even when the id changed
    renamed = Phrase(**{**A.__dict__, "id": "jinju-z"})
    assert [p.id for p in curate.merge_candidates([decided], [renamed])] == ["jinju-a"]


def test_cli_accept_reject_list_show(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    path = lib(tmp_path, "c.yaml", [A, B])
    assert main(["phrases", "accept", "jinju-a", "--lib", str(path)]) == 0
    assert main(["phrases", "reject", "paibi-b", "--lib", str(path)]) == 0
    status = {p.id: p.status for p in load_library(path)}
    assert status == {"jinju-a": "accepted", "paibi-b": "rejected"}
    assert main(["phrases", "list", "--lib", str(path), "--status", "accepted"]) == 0
    out = capsys.readouterr().out
    assert "jinju-a" in out and "paibi-b" not in out
    assert main(["phrases", "search", "抓督导", "--lib", str(path)]) == 0
    assert "paibi-b" in capsys.readouterr().out
    assert main(["phrases", "show", "jinju-a", "--lib", str(path)]) == 0
    assert "a.txt#1:3" in capsys.readouterr().out
    assert main(["phrases", "accept", "nope", "--lib", str(path)]) == 2
    assert "nope" in capsys.readouterr().err


def test_cli_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    target = lib(tmp_path, "t.yaml", [Phrase(**{**A.__dict__, "status": "accepted"})])
    fresh = lib(tmp_path, "f.yaml", [A, B])
    assert main(["phrases", "merge", str(fresh), "--into", str(target)]) == 0
    merged = {p.id: p.status for p in load_library(target)}
    assert merged == {"jinju-a": "accepted", "paibi-b": "candidate"}


def test_reject_bundled_writes_user_override(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter import library

    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    bundled = library.available_phrases()
    if not bundled:
        pytest.skip("no bundled accepted phrases yet")
    target = bundled[0]
    written = curate.set_status([target.id], "rejected")
    assert written == [tmp_path / "home" / "phrases" / "decisions.yaml"]
    assert target.id not in {p.id for p in library.available_phrases()}
