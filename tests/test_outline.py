"""Outline: marker families, levels by order of appearance, lead splitting, gold outline, CLI."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drafter import api
from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.model import OutlineHeading
from drafter.outline import outline

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests/data/gold_outline.json").read_text(encoding="utf-8"))["essays"]
BODY = "这是正文内容，具体做法和成效都写在这里，内容比较长，足以成为一个段落。"


def heads(*lines: str) -> list[tuple[int, str, str]]:
    docs = split_essays(["某镇工作总结", *lines], "t.txt")
    return [(h.level, h.marker, h.text) for h in outline(clean_doc(docs[0]))]


def _key(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)


def test_gold_outline_of_the_seeds() -> None:
    outlines, problems = api.outline_paths([ROOT / "seeds"])
    assert problems == []
    assert [o.doc.title for o in outlines] == [g["title"] for g in GOLD]
    found = {(n, h.level, h.marker, _key(h.text)) for n, o in enumerate(outlines) for h in o.headings}
    gold = {(n, lv, mk, _key(tx)) for n, g in enumerate(GOLD) for lv, mk, tx in g["headings"]}
    true = len(found & gold)
    precision, recall = true / len(found), true / len(gold)
    print(f"gold outline: precision {precision:.3f}, recall {recall:.3f} ({len(gold)} headings)")
    assert (precision, recall) == (1.0, 1.0), sorted(found ^ gold)


def test_levels_follow_the_order_families_appear_in() -> None:
    # the same families in the opposite order give the opposite levels
    a = heads("（一）抓党建", BODY, "1.建强班子", BODY, "（二）促发展", BODY, "1.招商引资", BODY)
    b = heads("1.抓党建", BODY, "（一）建强班子", BODY, "2.促发展", BODY, "（一）招商引资", BODY)
    assert [x[0] for x in a] == [1, 2, 1, 2] and [x[0] for x in b] == [1, 2, 1, 2]
    assert [x[1] for x in a] == ["（一）", "1.", "（二）", "1."]


def test_heading_leading_its_paragraph_is_split() -> None:
    docs = split_essays(["总结", "一、加强学习，提高素质。该同志坚持把学习作为提高素质的途径。", BODY], "t.txt")
    (h,) = outline(clean_doc(docs[0]))
    assert (h.marker, h.text) == ("一、", "加强学习，提高素质")
    assert h.lead == "该同志坚持把学习作为提高素质的途径。"


@pytest.mark.parametrize(
    ("line", "marker", "text"),
    [
        ("一、关于乡镇书记角色定位问题", "一、", "关于乡镇书记角色定位问题"),
        ("二.加强队伍建设。" + BODY, "二.", "加强队伍建设"),
        ("（三）要锤炼过硬作风", "（三）", "要锤炼过硬作风"),
        ("(四)、强化保障。" + BODY, "（四）、", "强化保障"),
        ("1.从干部队伍来看。" + BODY, "1.", "从干部队伍来看"),
        ("2、从群众思想来看。" + BODY, "2、", "从群众思想来看"),
        ("3．从管理规范来看。" + BODY, "3．", "从管理规范来看"),
        ("（1）建立竞争机制。" + BODY, "（1）", "建立竞争机制"),
        ("(2)建立激励机制。" + BODY, "（2）", "建立激励机制"),
        ("第一，政策能力是基础。" + BODY, "第一，", "政策能力是基础"),
        ("第二、决策能力是关键。" + BODY, "第二、", "决策能力是关键"),
        ("一是权限小了。" + BODY, "一是", "权限小了"),
        ("一要知全局。" + BODY, "一要", "知全局"),
        ("首先，为民增收。" + BODY, "首先，", "为民增收"),
        ("首先要做到三不怕：一要不怕吃亏。" + BODY, "首先", "要做到三不怕"),
        ("诚。“内不欺己，外不欺人，是为诚”。", "", "诚"),
        ("权小责大造成的焦虑心态", "", "权小责大造成的焦虑心态"),
    ],
)
def test_marker_families(line: str, marker: str, text: str) -> None:
    assert heads(line, BODY)[0][1:] == (marker, text)


def test_enumerations_in_the_middle_of_a_paragraph_are_not_headings() -> None:
    found = heads("我认为有三点：一是要坚持认真学习。二是善于调查研究。三是利用空闲多读书。", BODY)
    assert found == []


def test_qiyi_qier_qisan_lead_their_paragraphs() -> None:
    found = heads(
        "通过学习，我有三点体会。",
        "其一，抓党建必须抓到村、落到人。" + BODY,
        "其二，谋发展必须因地制宜。" + BODY,
        "其三，做工作必须心中有民。" + BODY,
    )
    assert found == [(1, "其一，", "抓党建必须抓到村、落到人"), (1, "其二，", "谋发展必须因地制宜"),
                     (1, "其三，", "做工作必须心中有民")]
    # (其一般… is the start of a word, not a marker)
    assert heads("其一般公共预算收入增长9%，其二季度的数据尤其亮眼。" + BODY, BODY) == []


def test_closing_zuihou_alone_is_not_a_heading() -> None:
    assert heads(BODY, "最后，希望大家共同努力，把工作做得更好。") == []


def test_unmarked_parallel_lead_sentences() -> None:
    found = heads(
        "干工作既要“人情世故”，更要“坚定原则”。" + BODY,
        "干工作既要“苦口婆心”，更要“甜嘴公心”。" + BODY,
        BODY,
    )
    assert [t for _, _, t in found] == ["干工作既要“人情世故”，更要“坚定原则”", "干工作既要“苦口婆心”，更要“甜嘴公心”"]
    xy = heads("想干事是岗位使命。" + BODY, "干实事是群众期盼。" + BODY, "能干事是价值体现。" + BODY)
    assert [t for _, _, t in xy] == ["想干事是岗位使命", "干实事是群众期盼", "能干事是价值体现"]
    assert heads("讲求团结是干好工作的基础。" + BODY, BODY) == []


def test_lost_line_break_inside_a_numbered_sequence_is_repaired() -> None:
    found = heads(
        "一是权限小了。" + BODY,
        "二是经费少了。" + BODY + "三是债务重了。" + BODY,
        "四是人才跑了。" + BODY,
    )
    assert [(m, t) for _, m, t in found] == [
        ("一是", "权限小了"),
        ("二是", "经费少了"),
        ("三是", "债务重了"),
        ("四是", "人才跑了"),
    ]


def test_outline_json_cli(cli: Callable[..., Any]) -> None:
    run = cli("outline", "seeds", "--json")
    assert run.code == 0
    data = json.loads(run.out)
    assert len(data) == 13
    assert data[7]["headings"][0] == {
        "level": 1,
        "marker": "一、",
        "text": "深化认识，加强思想政治教育，增强乡镇干部工作的执行力",
    }
    assert data[0]["source"] == "seeds/000_42fb3468613297b2.txt"


def test_outline_tree_for_people(cli: Callable[..., Any]) -> None:
    run = cli("outline", "seeds/004_1d1a16fd9092f83b.txt")
    assert run.code == 0
    assert "      第一，要坚持不懈抓党建" in run.out  # level 3 under （一）


def test_clean_cli_json_out_and_summary(cli: Callable[..., Any], tmp_path: Path) -> None:
    run = cli("clean", "seeds/003_ea4d32f341b2b80d.txt", "--json")
    assert run.code == 0
    (doc,) = json.loads(run.out)
    assert doc["title"] == "乡镇干部队伍素质建设思考"
    assert doc["lines"] == [1, 19] and doc["source"] == "seeds/003_ea4d32f341b2b80d.txt"
    assert doc["text"].split("\n")[1].startswith("一、深化认识")
    run = cli("clean", "seeds", "--out", str(tmp_path))
    assert run.code == 0
    files = sorted(tmp_path.iterdir())
    assert len(files) == 13 and not any(f.name.startswith(".") for f in files)
    assert files[0].read_text(encoding="utf-8").startswith("乡镇干部的工作\n\n乡镇干部处在最基层")
    run = cli("clean", "seeds/001_1d7535a8f01d4eea.txt")
    assert run.code == 0 and "共 1 篇" in run.out and "基层干部" in run.out


def test_clean_cli_bad_input_exit_code(cli: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    run = cli("clean", str(tmp_path / "empty.txt"), "seeds/003_ea4d32f341b2b80d.txt", "--json")
    assert run.code == 2
    assert len(json.loads(run.out)) == 1
    assert "empty.txt" in run.err and "空的" in run.err and "Traceback" not in run.err


def test_heading_records_its_paragraph_and_line() -> None:
    docs = split_essays(["总结", BODY, "一、抓党建", BODY], "t.txt")
    doc = clean_doc(docs[0])
    (h,) = outline(doc)
    assert isinstance(h, OutlineHeading)
    assert doc.paragraphs[h.paragraph].text == "一、抓党建" and h.line == 3 and h.family == "cn-dun"
