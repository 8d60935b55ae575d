"""Files of yet other makers (set 22), each rule on inputs written here, with a case it must
leave alone: essays pasted into one text file one blank line apart, a Markdown note of two #
texts under a front matter, a clerk's filing note under an essay, the marker families 第一章
第一节 第一点 一抓 〔一〕 ［一］, and 首先，我代表…表示感谢 opening a speech."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.docformats import read_markdown
from drafter.outline import marker_kind

# ---------------------------------------------------------------- essays one blank line apart

IND = "\u3000\u3000"
SPEECH = ["在全镇防汛工作会议上的讲话", IND + "同志们：", IND + BODY, IND + "一、认清形势", IND + BODY2]
REPORT = ["关于某镇农村供水情况的调研报告", IND + BODY3, IND + "一、基本情况", IND + BODY]


def test_essays_one_blank_line_apart_are_parted_at_the_next_title() -> None:
    # (the first essay's short unmarked headings, indented like its paragraphs, stay headings)
    first = ["参加青年干部培训班学习体会", IND + BODY, IND + "担当是干部的本分", IND + BODY2, IND + "实干是成事的关键",
             IND + BODY3]
    got = essays([*first, "", *SPEECH, "", *REPORT])
    assert [title for title, _ in got] == [first[0], SPEECH[0], REPORT[0]]
    assert got[0][1] == [BODY, "担当是干部的本分", BODY2, "实干是成事的关键", BODY3]
    # (each paragraph stands between blank lines: a line naming a kind under one is a heading)
    lines = ["某镇2025年工作总结", "", BODY, "", "二〇二五年度基层党建工作述职报告", "", BODY2, "", BODY3]
    assert len(essays(lines)) == 1
    # (nor a short heading naming a kind, nor a line naming none, after a blank in a run of lines)
    for head in ("主要做法和体会", "全镇上下齐心协力抓好各项工作落实"):
        assert len(essays(["某镇2025年工作总结", BODY, BODY2, BODY3, "", head, BODY, BODY2])) == 1


# ---------------------------------------------------------------- a filing note


def test_a_filing_note_under_an_essay_goes() -> None:
    lines = ["某镇2025年工作总结", BODY, BODY2, "（已报县委办公室，2025年12月30日）", "", *SPEECH]
    got = essays(lines)
    assert got[0][1] == [BODY, BODY2]
    assert essays(["某镇工作总结", BODY, "（已印发各村、各站所，2026年1月5日）"])[0][1] == [BODY]
    # (a bracket of the author's, without the date a filing note bears, stays)
    assert essays(["某镇工作总结", BODY, "（已报县委组织部备案）"])[0][1] == [BODY, "（已报县委组织部备案）"]


# ---------------------------------------------------------------- Markdown


def test_a_note_of_two_titles_under_a_front_matter_holds_two_texts() -> None:
    text = ("---\ntitle: 材料存档\ntags: [人居环境, 网格化, 交流材料, 2025年存档]\n---\n\n"
            f"# 某镇人居环境整治工作情况\n\n{BODY}\n\n## 〔一〕组织到位\n\n{BODY2}\n\n"
            f"# 某镇网格化管理工作汇报\n\n{BODY3}\n\n## 一、主要做法\n\n{BODY}\n")
    _, _, starts = read_markdown(text)
    assert len(starts) == 1
    # (one # title over ## sections, under a front matter: one text)
    _, _, starts = read_markdown(text.split("# 某镇网格化")[0] + f"## 二、保障到位\n\n{BODY3}\n")
    assert starts == []


# ---------------------------------------------------------------- marker families


def test_chapters_sections_points_and_bracketed_numbers_are_markers() -> None:
    assert marker_kind("第一章\u3000总则") == ("di-zhang", 1, 4)
    assert marker_kind("第二节生产环节") == ("di-jie", 2, 3)
    assert marker_kind("第三点，责任要压紧。") == ("di-dian", 3, 4)
    assert marker_kind("二抓隐患排查。各村要…") == ("yi-zhua", 2, 2)
    assert marker_kind("〔四〕长效管护到位") == ("tortoise-cn", 4, 3)
    assert marker_kind("［二］规划引领到位") == ("square-cn", 2, 3)
    # (prose opening with the same words)
    for prose in ("第一节课上，老师讲了很多。", "第一点意见是要提高认识。", "一抓到底，绝不松懈。", "第二章节的内容。",
                  "〔2025〕12号文件"):
        assert marker_kind(prose) is None, prose


def test_levels_follow_the_order_families_first_appear() -> None:
    got = heads(["第一章　基本情况", BODY, "第一节　产业规模", BODY2, "第二章　存在问题", "第一节　生产环节",
                 "一、茶园管理粗放。" + BODY3], "某乡白茶产业调研报告")
    assert [(level, marker) for level, marker, _ in got] == \
        [(1, "第一章"), (2, "第一节"), (1, "第二章"), (2, "第一节"), (3, "一、")]
    # (第一节 first, 第一章 nowhere: the sections are level 1)
    assert [level for level, _, _ in heads(["第一节　产业规模", BODY, "第二节　经营主体", BODY2], "某调研报告")] == [1, 1]


def test_points_of_a_speech_and_their_grips() -> None:
    got = heads(["同志们：", "第一点，认识要再提高。" + BODY, "第二点，措施要再落细。", "一抓火源管控。" + BODY2,
                 "二抓隐患排查。" + BODY3, "第三点，责任要再压紧。" + BODY], "在全镇防火工作会议上的讲话")
    assert got == [(1, "第一点，", "认识要再提高"), (1, "第二点，", "措施要再落细"), (2, "一抓", "火源管控"),
                   (2, "二抓", "隐患排查"), (1, "第三点，", "责任要再压紧")]


def test_bold_leads_nest_under_a_bracketed_heading() -> None:
    texts = ["〔一〕组织领导到位", BODY, "〔二〕规划引领到位", "坚持因地制宜。" + BODY2, "坚持量力而行。" + BODY3,
             "〔三〕资金保障到位", "整合涉农项目资金1860万元，引导乡贤捐资。"]
    got = heads(texts, "某镇人居环境整治", "t.md", frozenset({1, 3, 4, 5, 6}))
    assert [(level, marker) for level, marker, _ in got] == \
        [(1, "〔一〕"), (1, "〔二〕"), (2, ""), (2, ""), (1, "〔三〕")]


# ---------------------------------------------------------------- a speech's thanks


def test_a_speechs_thanks_opening_with_shouxian_is_no_heading() -> None:
    thanks = "首先，我代表镇党委、镇政府，向全镇广大党员干部表示衷心的感谢！"
    assert heads(["同志们：", thanks, BODY, "一、认清形势", BODY2], "在全镇大会上的讲话") == [(1, "一、", "认清形势")]
    greeting = "首先，受县委委托，向与会同志致以诚挚的问候。"
    assert heads([greeting, BODY], "在某会上的致辞") == []
    # (首先 over a point of the text is a heading, alone too)
    assert heads(["首先，要明确干部职责定位。" + BODY, BODY2], "某镇干部工作职责") == \
        [(1, "首先，", "要明确干部职责定位")]
