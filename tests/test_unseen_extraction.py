"""Extraction on essays the rules were not written from (tests/data/unseen/, written for the
tests, nothing taken from seeds/): recall of their parallel constructions and sayings, and the
rules behind it on lines of their own.

tests/data/unseen_gold.yaml says which essays were read while the rules changed (dev, seen) and
which were measured once, after (heldout).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from drafter.cli import main
from drafter.extract.mine import mine_batch
from drafter.library import load_library
from drafter.model import CleanDoc, CleanParagraph

DATA = Path(__file__).resolve().parent / "data"
PUNCT = re.compile(r"[，；：、。！？“”‘’（）《》\s]")


def _found(gold: str, candidates: list[str]) -> bool:
    g = PUNCT.sub("", gold)
    return any(c == g or ((g in c or c in g) and min(len(c), len(g)) >= 0.7 * max(len(c), len(g)))
               for c in candidates)


@pytest.fixture(scope="module")
def candidates(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("unseen")
    assert main(["extract", str(DATA / "unseen"), "--out", str(out), "--jobs", "1"]) == 0
    return [PUNCT.sub("", p.text) for p in load_library(out / "phrases.yaml") if p.category in ("排比", "金句")]


# Measured 2026-11-22 (see unseen_gold.yaml for what each set is): dev 12/23 → 15/23, seen
# 7/17 → 13/17, heldout 6/15 before the changes and 7/15 after.  Far below the seeds' 34/40:
# the rules still miss lists whose items share no character (抓重点、补短板、强弱项) and
# unquoted sayings (打铁还需自身硬).  Floors sit at what was measured.
FLOORS = {"dev": 15 / 23, "seen": 13 / 17, "heldout": 7 / 15}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_recall_on_unseen_essays(candidates: list[str], part: str) -> None:
    gold = yaml.safe_load((DATA / "unseen_gold.yaml").read_text(encoding="utf-8"))[part]
    missed = [text for text in gold if not _found(text, candidates)]
    recall = 1 - len(missed) / len(gold)
    assert recall >= FLOORS[part] - 1e-9, f"{part} recall {recall:.2f}; missed: {missed}"


def _mine(sentence: str) -> list[tuple[str, str]]:
    """Candidates of the sentence as the middle paragraph of a document (no opening or closing)."""
    out: list[tuple[str, str]] = []
    filler = CleanParagraph("这一段是别的内容，不含并列的句子，也不含引语。", 1)
    doc = CleanDoc("t", "t.txt", 1, 3, (filler, CleanParagraph(sentence, 2), filler))
    mine_batch([(doc, [], lambda category, text, line, tags: out.append((category, text)))])
    return out


def test_a_pair_sharing_a_frame_inside_a_sentence() -> None:
    assert ("排比", "放下架子、扑下身子") in _mine("干部只有放下架子、扑下身子，才能把情况摸清楚。")
    assert ("排比", "事有人管、责有人担") in _mine("我们推行网格包联，做到事有人管、责有人担，群众很满意。")


def test_a_pair_sharing_nothing_is_not_a_parallel() -> None:
    assert not [c for c in _mine("我们坚持统筹谋划、压实责任，推动工作落地见效。") if c[0] == "排比"]


def test_a_quoted_couplet_is_a_saying_without_a_speaker() -> None:
    assert ("金句", "水滴石穿，绳锯木断") in _mine("“水滴石穿，绳锯木断。”我们坚持常抓不懈。")


def test_a_quoted_pair_of_unequal_clauses_is_not_a_saying() -> None:
    assert not [c for c in _mine("群众反映“这个办法好，我们以后还要继续用下去”。") if c[0] == "金句"]


def test_a_three_character_run_behind_a_lead_in_word() -> None:
    assert ("排比", "听民声、察民情、解民忧") in _mine("我们坚持听民声、察民情、解民忧，办好每一件实事。")
