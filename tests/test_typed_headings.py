"""Sub-structure a user typed inside a fact: numbered heading lines of a `|` block laid out as
headings of the level under the template's own heading (reopened from the .docx: the paragraph's
style and the run's fonts), their words and markers as typed; and an odd number of straight
double quotes decided one by one from their context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

from conftest import Run
from test_export_docx import Docx, font, is_bold, runs, text_of

from drafter.typedheads import TypedHeading, headings_in, items_outline, level_of
from drafter.usertext import typeset

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# the form's fields above the first list of facts
HEAD = """template: work-report
unit: 青禾镇人民政府
period: 2026年
we: 我镇
focus: 产业发展
achievements:
  - title: 抓党建促引领
    facts:
"""

REPORT = HEAD + """      - |
        （一）抓党建促引领
        （一）强化组织领导
        成立了由党委书记任组长的领导小组，全年召开专题会议12次。
        1. 建立台账
        全镇建立问题台账3本，销号率100%。
        2.完善制度
        出台制度5项，主要做法：1.定期通报；2.跟踪问效。
        一是抓学习。全年集中学习24次。
        （二）加强队伍建设。选派驻村干部36名，实现"全覆盖"，打造"一村一品
        1.5万元用于培训
        3.15开展消费维权宣传
        （三）下步打算
  - title: 抓产业促增收
    facts:
      - 1.发展特色种植。新增高标准农田1200亩。
      - 2.培育经营主体。新培育家庭农场15家。
      - |
        我镇聚焦三项重点：
        1.稳粮
        2.扩菜
        3.强链
        全年农业总产值增长6.1%。
"""


def _build(cli: Callable[..., Run], tmp_path: Path, form: str, out: str) -> Path:
    path = tmp_path / "表单.yaml"
    path.write_text(form, "utf-8")
    target = tmp_path / out
    run = cli("build", str(path), "-o", str(target), "--force")
    assert run.code == 0, run.err
    return target


def _paragraphs(cli: Callable[..., Run], tmp_path: Path, form: str) -> list[ET.Element]:
    return Docx(_build(cli, tmp_path, form, "稿.docx").read_bytes()).body


def _style(p: ET.Element) -> str:
    el = p.find(f"{W}pPr/{W}pStyle")
    return "" if el is None else el.get(f"{W}val") or ""


def _one(paragraphs: list[ET.Element], text: str) -> ET.Element:
    found = [p for p in paragraphs if text_of(p).startswith(text)]
    assert len(found) == 1, (text, [text_of(p) for p in found])
    return found[0]


def test_typed_headings_take_the_levels_under_the_template_heading(cli: Callable[..., Run], tmp_path: Path) -> None:
    paras = _paragraphs(cli, tmp_path, REPORT)
    # the template's own: 一、 黑体, （一） 楷体
    assert _style(_one(paras, "一、主要工作及成效")) == "Heading1"
    template_head = _one(paras, "（一）抓党建促引领")  # (typed again over the text: shown once)
    assert _style(template_head) == "Heading2" and font(runs(template_head)[0]) == "楷体_GB2312"
    # the user's （一） under it: level 3, 仿宋 bold; the user's 1. under that: level 4, 仿宋
    head = _one(paras, "（一）强化组织领导")
    assert text_of(head) == "（一）强化组织领导" and _style(head) == "Heading3"
    assert font(runs(head)[0]) == "仿宋_GB2312" and is_bold(runs(head)[0])
    for typed in ("1. 建立台账", "2.完善制度"):
        p = _one(paras, typed)
        assert text_of(p) == typed and _style(p) == "Heading4", typed
        assert font(runs(p)[0]) == "仿宋_GB2312" and not is_bold(runs(p)[0])
    # a heading leading its paragraph: one paragraph, the heading run in the heading font only
    lead = _one(paras, "（二）加强队伍建设。")
    assert _style(lead) == "Heading3"
    head_run, body_run = runs(lead)
    assert text_of(head_run) == "（二）加强队伍建设。" and is_bold(head_run)
    assert text_of(body_run).startswith("选派驻村干部") and not is_bold(body_run)
    assert font(body_run) == "仿宋_GB2312"


def test_what_is_no_heading_stays_a_paragraph(cli: Callable[..., Run], tmp_path: Path) -> None:
    paras = _paragraphs(cli, tmp_path, REPORT)
    for plain in (
        "出台制度5项，主要做法：1.定期通报；2.跟踪问效。",  # an enumeration inside a paragraph
        "一是抓学习。",  # an opener, not a heading
        "1.5万元用于培训", "3.15开展消费维权宣传",  # a figure and a date, not markers
        "（三）下步打算",  # nothing under it: no empty heading
        "1.发展特色种植。",  # a YAML list of facts: the template lays it out
        "2.培育经营主体。",
        "我镇聚焦三项重点：1.稳粮", "2.扩菜", "3.强链",  # a list inside a text, nothing between its items
    ):
        p = _one(paras, plain)
        assert _style(p) == "", plain
        assert all(font(r) == "仿宋_GB2312" and not is_bold(r) for r in runs(p)), plain
    # no heading the user typed twice, no heading without its words
    texts = [text_of(p) for p in paras]
    assert texts.count("（一）抓党建促引领") == 1
    assert not [t for t in texts if t.strip() in ("（一）", "1.", "一、")]


def test_the_plain_text_keeps_the_lines_as_typed(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = _build(cli, tmp_path, REPORT, "稿.txt").read_text("utf-8")
    for line in ("（一）强化组织领导", "1. 建立台账", "2.完善制度"):
        assert f"\n　　{line}\n" in text, line  # (no 。 added to a heading, no number of the draft's)
    assert "\n　　（二）加强队伍建设。选派驻村干部36名，实现“全覆盖”，打造“一村一品。\n" in text
    assert "\n　　一是抓学习。全年集中学习24次。\n" in text
    assert text.count("抓党建促引领") == 1


def test_a_typed_one_under_the_template_one_takes_the_next_style(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = """template: 述职报告
name: 李四
post: 某某镇党委副书记
period: 2026年以来
structure: 德能勤绩廉
de:
  - |
    一、学深悟透
    坚持每周集中学习一次。
    1.读原著
    通读原著3部。
    二、学以致用。撰写调研报告4篇。
neng: [履职能力增强]
qin: [全年下村180天]
ji:
  - title: 抓经济
    facts: [完成GDP 8.6亿元]
lian: [严守纪律]
shortcomings: [学习不够深入]
plans: [加强学习, 狠抓落实]
"""
    paras = _paragraphs(cli, tmp_path, form)
    section = _one(paras, "一、加强学习")
    assert _style(section) == "Heading1" and font(runs(section)[0]) == "黑体"
    for typed in ("一、学深悟透", "二、学以致用。"):  # (the user's 一、 kept, in （一）'s style)
        p = _one(paras, typed)
        assert _style(p) == "Heading2" and font(runs(p)[0]) == "楷体_GB2312", typed
    sub = _one(paras, "1.读原著")
    assert _style(sub) == "Heading3" and is_bold(runs(sub)[0])


def test_levels_nest_from_the_template_heading_down() -> None:
    assert level_of(2, {2, 3}, 3) == 3 and level_of(3, {2, 3}, 3) == 4  # under （一）: 1. and （1）
    assert level_of(1, {1}, 2) == 2 and level_of(3, {3}, 2) == 3  # 1. stays 仿宋 bold under 一、
    assert level_of(1, {1, 2}, 2) == 2 and level_of(2, {1, 2}, 2) == 3
    assert level_of(4, {1, 2, 3, 4}, 2) == 4  # (no level below the fourth)
    assert level_of(1, {1}, 1) == 1


def test_a_series_that_does_not_begin_here_is_no_outline() -> None:
    # （二） with no （一） (the first ran into the template's words, or the user's numbering
    # goes on from another field): the lines stay paragraphs; a series from its first is read
    stray = headings_in(["（二）加强队伍建设。选派了干部。", "（三）完善制度", "制定了办法。"], [])
    assert all(isinstance(x, str) for x in stray)
    begun = headings_in(["（一）加强队伍建设。选派了干部。", "（二）完善制度", "制定了办法。"], [])
    assert [x.marker for x in begun if isinstance(x, TypedHeading)] == ["（一）", "（二）"]
    mixed = headings_in(["一、抓班子", "班子建设有力。", "（三）抓队伍", "队伍稳定。"], [])
    assert [type(x).__name__ for x in mixed] == ["TypedHeading", "str", "str", "str"]


def test_an_odd_number_of_straight_quotes() -> None:
    cases = {
        '实现"全覆盖"，打造"一村一品': "实现“全覆盖”，打造“一村一品",  # the last one is alone: it opens
        '"要我简办"变成了"我要简办': "“要我简办”变成了“我要简办",
        '打造"一村一品"品牌，形成"三抓三促"格局"': "打造“一村一品”品牌，形成“三抓三促”格局”",
        '坚持"周一调度，"周五小结"制度': "坚持“周一调度，“周五小结”制度",  # after ， it opens
        '完成"白改黑改造': "完成“白改黑改造",
        '组织学习。"学习强国"积分"': "组织学习。“学习强国”积分”",
        '提出"三个一"："一村一策': "提出“三个一”：“一村一策",
    }
    for typed, want in cases.items():
        assert typeset(typed) == want, typed
    # pairs as before; Latin quotations and an inch mark among Latin characters as typed
    assert typeset('建成"5G"基站') == "建成“5G”基站"
    assert typeset('推广 the "Smart Farm" app，效果好') == '推广 the "Smart Farm" app，效果好'
    assert typeset('配备 55" TV，打造"智慧屏"系统') == '配备 55" TV，打造“智慧屏”系统'
    assert typeset('He said "OK"') == 'He said "OK"'  # (no Chinese on the line)


def test_no_straight_quote_reaches_a_chinese_draft(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = "\n".join(text_of(p) for p in _paragraphs(cli, tmp_path, REPORT))
    assert '"' not in text
    assert "实现“全覆盖”，打造“一村一品" in text


LISTED = HEAD + """      - （一）强化组织领导
      - 成立了由党委书记任组长的领导小组。
      - 全年召开专题会议12次。
      - （二）加强队伍建设。选派驻村干部36名。
      - （三）完善制度
      - 出台制度5项。
  - title: 抓产业促增收
    facts:
      - 1.发展特色种植。新增高标准农田1200亩。
      - 2.培育经营主体。新培育家庭农场15家。
      - （一）下步打算
"""


def test_a_heading_given_as_a_list_item_of_its_own(cli: Callable[..., Run], tmp_path: Path) -> None:
    paras = _paragraphs(cli, tmp_path, LISTED)
    for typed in ("（一）强化组织领导", "（三）完善制度"):
        p = _one(paras, typed)
        assert text_of(p) == typed and _style(p) == "Heading3", typed
        assert font(runs(p)[0]) == "仿宋_GB2312" and is_bold(runs(p)[0])
    lead = _one(paras, "（二）加强队伍建设。")
    head_run, body_run = runs(lead)
    assert _style(lead) == "Heading3" and text_of(head_run) == "（二）加强队伍建设。" and is_bold(head_run)
    assert text_of(body_run) == "选派驻村干部36名。" and not is_bold(body_run)
    assert _style(_one(paras, "成立了由党委书记")) == "" and _style(_one(paras, "出台制度5项")) == ""
    # numbered facts, one an item, and a heading item with nothing under it: the list's paragraphs
    for plain in ("1.发展特色种植。", "2.培育经营主体。", "（一）下步打算"):
        assert _style(_one(paras, plain)) == "", plain


def test_a_fact_typed_with_half_width_marks_is_no_heading() -> None:
    # (…100%. ends a sentence: a fact with figures, as a list item or a line over another)
    facts = [["1.完成农村户厕改造1860户,问题厕所整改率100%."], ["2.农村生活污水治理率提高到41.5%,垃圾处理率保持在95%以上."]]
    assert all(isinstance(x, str) for x in items_outline(facts, []))
    assert all(isinstance(x, str) for x in headings_in([f[0] for f in facts], []))
    assert isinstance(headings_in(["（一）完善制度", "出台制度5项。"], [])[0], TypedHeading)
