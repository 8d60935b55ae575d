"""Quality of extraction on the seed essays: recall against a hand-labelled gold list, and
precision of the top 50 candidates per category against hand judgements.

Both data files were labelled by reading the seeds (tests/data/gold_parallels.yaml) and the
extraction output (tests/data/judged_top50.yaml); the thresholds sit just below what was measured.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from drafter.cli import main
from drafter.library import load_library
from drafter.model import Phrase

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
PUNCT = re.compile(r"[，；：、。！？“”‘’（）《》\s]")


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> list[Phrase]:
    out = tmp_path_factory.mktemp("mined")
    assert main(["extract", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    return load_library(out / "phrases.yaml")


def _found(gold: str, candidates: list[str]) -> bool:
    """The gold text, up to punctuation, or a candidate overlapping it by at least 70 %."""
    g = PUNCT.sub("", gold)
    for c in candidates:
        if c == g:
            return True
        if (g in c or c in g) and min(len(c), len(g)) >= 0.7 * max(len(c), len(g)):
            return True
    return False


def test_recall_of_parallels_and_sayings(mined: list[Phrase]) -> None:
    """Measured 2026-11-21: 34 of 40 gold items (0.85).  Missed: sayings with no parallel frame
    and no speech verb (计利当计天下利…, 良言一句如春风…), a heading (既要“多面手”…), a
    pair of clauses two characters apart in length (执政之道在于安民…)."""
    gold = yaml.safe_load((DATA / "gold_parallels.yaml").read_text(encoding="utf-8"))
    candidates = [PUNCT.sub("", p.text) for p in mined if p.category in ("排比", "金句")]
    items = [text for texts in gold.values() for text in texts]
    assert len(items) >= 25
    missed = [text for text in items if not _found(text, candidates)]
    recall = 1 - len(missed) / len(items)
    assert recall >= 0.8, f"recall {recall:.2f}; missed: {missed}"


# Measured 2026-11-21 (good / judged of the top 50): 排比 42/50, 句式 22/26, 金句 29/31,
# 四字格 42/50, 标题 4/4.  Floors sit just below.
FLOORS = {"排比": 0.8, "句式": 0.8, "金句": 0.9, "四字格": 0.8, "标题": 0.75}


def test_precision_of_top_candidates(mined: list[Phrase]) -> None:
    judged = yaml.safe_load((DATA / "judged_top50.yaml").read_text(encoding="utf-8"))
    report = []
    for category, floor in FLOORS.items():
        verdicts = {item["text"]: bool(item["good"]) for item in judged.get(category, [])}
        top = [p.text for p in mined if p.category == category][:50]
        assert top, f"no {category} candidates at all"
        unjudged = [t for t in top if t not in verdicts]
        # a changed extraction must be judged again: at most 10 % may be new
        assert len(unjudged) <= max(2, len(top) // 10), f"{category} 未评判：{unjudged}"
        judged_top = [t for t in top if t in verdicts]
        precision = sum(verdicts[t] for t in judged_top) / len(judged_top)
        report.append(f"{category} {precision:.2f}")
        assert precision >= floor, f"{category} precision {precision:.2f} < {floor}"


def test_openings_transitions_and_closings(mined: list[Phrase]) -> None:
    """Measured 2026-11-22: 16 candidates (was 4), 12 judged good: 开头 7/9, 过渡 3/4, 结尾 2/3.

    Each category alone is too small for a precision of its own, so they are pooled."""
    judged = yaml.safe_load((DATA / "judged_top50.yaml").read_text(encoding="utf-8"))
    categories = ("开头", "过渡", "结尾")
    verdicts = {(c, item["text"]): bool(item["good"]) for c in categories for item in judged.get(c, [])}
    found = [(p.category, p.text) for p in mined if p.category in categories]
    assert all(any(c == category for c, _ in found) for category in categories)
    assert len(found) >= 14, found
    unjudged = [f for f in found if f not in verdicts]
    assert len(unjudged) <= 2, f"未评判：{unjudged}"
    judged_found = [f for f in found if f in verdicts]
    precision = sum(verdicts[f] for f in judged_found) / len(judged_found)
    assert precision >= 0.7, f"precision {precision:.2f}"
