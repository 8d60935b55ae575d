"""Files of yet other makers (set 15), each rule on inputs written here, with a case it must
leave alone: an editor's note under a speech and a download site's count of a text's characters,
a figure's or a table's caption and a document named on a line of its own (no headings), a
quotation set in bold inside a sentence of Markdown, a sentence in bold leading its paragraph of
Markdown, and headings set in a frame of their own (〖…〗)."""

from __future__ import annotations

from pathlib import Path

import userfiles
from userfiles import essays

from drafter.clean import clean_docs
from drafter.cleanrules import chrome_line
from drafter.corpus import read_sources, split_essays
from drafter.docformats import read_markdown
from drafter.emphasis import strip_emphasis
from drafter.outline import caption, outline

BODY = "全村共有党员46名，其中60岁以上的23名，党员队伍老龄化的问题比较突出，需要下大力气解决。"
BODY2 = "今后，村党支部将继续加强学习，改进作风，努力把各项工作做得更实更细，让群众更加满意。"
BODY3 = "春耕期间，村里组织农技人员上门指导，帮助种植户解决病虫害防治等技术难题30余个。"


def heads(texts: list[str], title: str = "村级工作总结", source: str = "t.txt",
          styled: frozenset[int] = frozenset()) -> list[tuple[int, str, str]]:
    return userfiles.heads(texts, title, source, styled)


# ---------------------------------------------------------------- notes on where a text comes from


def test_an_editors_note_and_a_sites_count_of_characters_are_furniture() -> None:
    for note in ("（据录音整理，未经本人审阅）", "（本文根据作者在村民代表会上的讲话录音整理）", "（未经本人审定）",
                 "（全文共3120字，下载后可直接编辑）", "(本文共1,860字)"):
        assert chrome_line(note), note
    lines = ["在村“两委”换届工作会议上的讲话", BODY, BODY2, "", "（根据速记整理，未经本人审阅）"]
    assert essays(lines)[0][1] == [BODY, BODY2]
    # (a sentence in brackets about a recording, or a count inside the text, is the author's)
    for line in ("（会上的讲话已根据录音整理成文，印发各村学习。）但是", "本文共3000字，分三个部分。", "（根据会议记录整理）"):
        assert not chrome_line(line), line


def test_a_sign_off_over_a_sites_count_of_characters_goes() -> None:
    lines = ["村党支部书记2025年述职报告", BODY, BODY2, "", "述职人：李某", "2026年1月10日", "", "（本文共1560字，下载后可编辑）"]
    assert essays(lines)[0][1] == [BODY, BODY2]


# ---------------------------------------------------------------- captions and named documents


def test_a_caption_is_no_heading() -> None:
    texts = ["一、基本情况", BODY, "图1　2023—2025年村集体经济收入变化", "（一）产业发展", BODY3, "表2-1 各组种植面积统计",
             "图3村级服务站外景", "（二）村庄治理", BODY2]
    assert heads(texts) == [(1, "一、", "基本情况"), (2, "（一）", "产业发展"), (2, "（二）", "村庄治理")]
    # (and not when the docx styles it as a heading)
    assert heads(["一、基本情况", BODY, "表1：主要指标完成情况", "（一）产业发展", BODY3], styled=frozenset({3})) == [
        (1, "一、", "基本情况"), (2, "（一）", "产业发展")]
    assert caption("图1　村级服务站") and caption("附表2：各村收入分档") and caption("表1 2025年主要指标")
    # (a heading naming a figure's subject, a sentence about a table, a number in a heading)
    assert not caption("图书室建设") and not caption("表1显示，全村收入稳步增长。") and not caption("图强奋进")
    assert heads(["一、基本情况", BODY, "表彰先进典型", BODY2]) == [(1, "一、", "基本情况"), (2, "", "表彰先进典型")]


def test_a_document_named_on_a_line_of_its_own_is_no_heading() -> None:
    texts = ["村党支部印发的学习材料中，排在第一篇的是：", "《某村关于加强作风建设的实施方案》", BODY, "一、几点收获", BODY2]
    assert heads(texts) == [(1, "一、", "几点收获")]
    # (a short title line holding a named document goes on heading)
    assert heads(["学习《条例》的体会", BODY, "一、几点收获", BODY2]) == [(1, "", "学习《条例》的体会"), (2, "一、", "几点收获")]


# ---------------------------------------------------------------- Markdown's bold


def test_a_quotation_set_in_bold_inside_a_sentence_loses_its_marks() -> None:
    assert strip_emphasis("全村推行**“党员+农户”**模式，带动增收。") == ("全村推行“党员+农户”模式，带动增收。", False)
    assert strip_emphasis("认真学习**《村民委员会组织法》**条文。")[0] == "认真学习《村民委员会组织法》条文。"
    # (masks stay, a quotation inside what they stand around too)
    assert strip_emphasis("由**村“两委”和**组负责")[0] == "由**村“两委”和**组负责"
    assert strip_emphasis("**村和**组")[0] == "**村和**组"


def test_a_sentence_in_bold_leading_its_paragraph_of_markdown_heads_it(tmp_path: Path) -> None:
    md = "\n\n".join(["# 村级工作经验材料", BODY, "**抓班子、带队伍，建强战斗堡垒。**" + BODY3,
                      "**抓产业、促增收，拓宽致富门路。**" + BODY2, "全村推行**“党员+农户”**模式，带动增收。"]) + "\n"
    lines, hints, _ = read_markdown(md)
    assert [lines[i][:8] for i in hints] == ["村级工作经验材料", "抓班子、带队伍，", "抓产业、促增收，"]
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    (doc,) = clean_docs(read_sources([tmp_path / "a.md"])[0])
    got = [(h.level, h.marker, h.text, h.lead) for h in outline(doc, frozenset(doc.heading_lines))]
    assert got == [(1, "", "抓班子、带队伍，建强战斗堡垒", BODY3), (1, "", "抓产业、促增收，拓宽致富门路", BODY2)]
    assert "全村推行“党员+农户”模式，带动增收。" in [p.text for p in doc.paragraphs]
    # (a bold lead of a paragraph wrapped over lines, bold inside a sentence, a .docx's styled
    # paragraph going on after its first sentence: no such heading)
    assert read_markdown("**抓班子。**" + BODY + "\n" + BODY2 + "\n")[1] == []
    assert read_markdown("全村**抓班子、带队伍。**" + BODY + "\n")[1] == []
    assert heads(["抓班子、带队伍。" + BODY3 + BODY2], source="t.docx", styled=frozenset({1})) == []


# ---------------------------------------------------------------- 〖〗 frames


def test_a_line_set_in_a_frame_of_its_own_is_a_heading_without_it() -> None:
    lines = ["某村2025年党建工作总结", BODY, "第一部分　工作回顾", "〖聚焦班子建设，把牢发展方向〗", "　　" + BODY3,
             "〖聚焦作风建设，树立良好形象〗", "　　" + BODY2]
    (doc,) = clean_docs(split_essays(lines, "t.txt"))
    assert [p.text for p in doc.paragraphs] == [BODY, "第一部分工作回顾", "聚焦班子建设，把牢发展方向", BODY3,
                                                "聚焦作风建设，树立良好形象", BODY2]
    got = [(h.level, h.marker, h.text) for h in outline(doc, frozenset(doc.heading_lines))]
    assert got[1:] == [(2, "", "聚焦班子建设，把牢发展方向"), (2, "", "聚焦作风建设，树立良好形象")]
    # (a frame around a sentence, or one going on into an unindented line, stays as it is)
    texts = essays(["某村2025年党建工作总结", BODY, "〖全年发展党员5名。〗", BODY2])[0][1]
    assert any("〖全年发展党员5名。〗" in t for t in texts)
    (doc,) = clean_docs(split_essays(["某村2025年党建工作总结", BODY, "〖聚焦班子建设，", "把牢发展方向〗", BODY2], "t.txt"))
    assert doc.heading_lines == ()
