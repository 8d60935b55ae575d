"""The structures of the writing users hand in most (set 24), each rule on inputs written here,
with a case it must leave alone: a marked heading alone on its line holding an inner ：/？
(一、德：坚定理想信念，…) is one heading; unmarked parallel heads of a short head and a phrase
(德——讲政治，… / 学什么？学理论…) stand alone and head their sections; a) b) items are a
marker family; two bold lines one over the other between paragraphs are a heading and its
first sub-heading; a 范文 site's 【导读】 is furniture."""

from __future__ import annotations

from pathlib import Path

from test_user_files import CENTER, docx, p
from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.breaks import _markers
from drafter.clean import clean_docs
from drafter.cleanrules import chrome_line
from drafter.corpus import read_sources
from drafter.docxread import read_docx
from drafter.outline import marker_kind, outline
from drafter.phraseheads import phrase_heads

# ---------------------------------------------------------------- a heading with an inner colon


def test_a_marked_heading_alone_on_its_line_keeps_its_colon_part() -> None:
    texts = ["一、德：坚定理想信念，始终做到对党忠诚", BODY, "（一）抓什么：抓住群众身边不正之风和腐败问题这个重点", BODY2,
             "（二）学什么？学理论、学政策、学本领", BODY3]
    assert heads(texts, "某镇干部述职报告") == [
        (1, "一、", "德：坚定理想信念，始终做到对党忠诚"),
        (2, "（一）", "抓什么：抓住群众身边不正之风和腐败问题这个重点"),
        (2, "（二）", "学什么？学理论、学政策、学本领"),
    ]


def test_a_heading_leading_its_paragraph_at_a_colon_is_still_cut_there() -> None:
    texts = ["一、主要工作", "1.粮食生产：全镇落实粮食播种面积6.82万亩，实现“双稳”。具体抓了两个环节：",
             "2.特色产业：以茶叶、油茶为重点", "二、活动安排", "（一）活动时间：2026年3月1日至3月31日", BODY]
    assert heads(texts, "某镇工作总结") == [
        (1, "一、", "主要工作"), (2, "1.", "粮食生产"), (2, "2.", "特色产业：以茶叶、油茶为重点"),
        (1, "二、", "活动安排"), (2, "（一）", "活动时间"),
    ]


# ---------------------------------------------------------------- parallel phrase heads

DASHED = ["德——讲政治、守规矩，始终把忠诚放在首位", "能——学业务、练本领，努力做监督执纪的行家里手",
          "勤——沉下去、盯得住，把监督延伸到村组一线", "廉——严于律己、以身作则，当好廉洁自律的表率"]
CASES = "全年受理信访举报19件，办结率100%，群众对基层正风反腐的满意度明显提升。"
CLOSE = "打铁必须自身硬。我时刻以纪检干部的标准严格要求自己，自觉接受组织和群众监督。"


def test_parallel_dash_heads_stand_alone_and_head_their_sections() -> None:
    lines = ["某镇纪委书记述职述廉报告", BODY, DASHED[0], BODY2, DASHED[1], BODY3, DASHED[2],
             "（一）抓什么：抓住群众身边不正之风和腐败问题这个重点", CASES, DASHED[3], CLOSE]
    ((title, paras),) = essays(lines)
    assert paras == lines[1:]  # (no head joined to the paragraph under it)
    assert heads(paras, title) == [
        (1, "", DASHED[0]), (1, "", DASHED[1]), (1, "", DASHED[2]),
        (2, "（一）", "抓什么：抓住群众身边不正之风和腐败问题这个重点"), (1, "", DASHED[3]),
    ]


def test_parallel_question_heads_stand_alone_and_head_their_sections() -> None:
    asked = ["学什么？学理论、学政策、学本领", "思什么？思差距、思责任、思方法", "践什么？把学到的东西用到实际工作中"]
    lines = ["参加培训班学习心得体会", BODY, asked[0], BODY2, asked[1], BODY3, asked[2], CASES]
    ((title, paras),) = essays(lines)
    assert paras == lines[1:]
    assert heads(paras, title) == [(1, "", q) for q in asked]
    # (names over their posts, one after another: a list; two dashed lines: not a set)
    roster = ["王芳——县委办公室副主任、机要局局长", "李明——县委组织部干部科科长", "赵刚——县纪委监委第三纪检监察室主任"]
    assert phrase_heads([BODY, *roster, BODY2]) == set()
    assert phrase_heads([BODY, DASHED[0], BODY2, DASHED[1], BODY3]) == set()
    # (heads of several characters sharing none: the questions of a story, no frame; a phrase
    # left open at its end)
    story = ["怎么办？先问问村里的老党员", "为何如此？群众心里有杆秤", "结果呢？问题很快就解决了"]
    assert phrase_heads([BODY, story[0], BODY2, story[1], BODY3, story[2], CASES]) == set()
    opened = [d + "，" for d in DASHED[:3]]
    assert phrase_heads([BODY, opened[0], BODY2, opened[1], BODY3, opened[2], CASES]) == set()
    # (and such lines, left as they were, are joined to the line under them as before)
    ((_, paras),) = essays(["某镇工作简报", BODY, story[0], BODY2, story[1], BODY3])
    assert paras[1] == story[0] + BODY2


# ---------------------------------------------------------------- a) b)


def test_latin_letter_items_are_a_marker_family() -> None:
    texts = ["一年来的主要工作", "1.粮食生产：全镇落实粮食播种面积6.82万亩。具体抓了两个环节：",
             "a) 早稻集中育秧：建成集中育秧中心3个，机插秧面积达到1.2万亩。",
             "b）晚稻病虫害统防统治：组建植保专业服务队5支。", "2.特色产业：以茶叶为重点，产值达到3.6亿元。"]
    assert heads(texts, "某镇农业农村工作总结") == [
        (1, "", "一年来的主要工作"), (2, "1.", "粮食生产"), (3, "a)", "早稻集中育秧"),
        (3, "b）", "晚稻病虫害统防统治"), (2, "2.", "特色产业"),
    ]
    assert marker_kind("c)加强服务") == ("latin", 3, 2)
    assert _markers(["c)加强服务", "a)b)c)", "ab)加强"]) == {0: ("latin", 3)}
    # (a letter glued to another, or with nothing after it, is no marker)
    assert marker_kind("a)b)两种方案") is None and marker_kind("ab)加强") is None and marker_kind("a)") is None


# ---------------------------------------------------------------- two bold lines in a row

BOLD = "<w:b/>"


def test_a_bold_heading_over_a_bold_sub_heading_both_head(tmp_path: Path) -> None:
    body = (
        p("某镇化解矛盾纠纷的经验做法", CENTER) + p(BODY) + p("一、主要做法", rpr=BOLD)
        + p("一个中心：把群众满意作为检验工作的第一标准", rpr=BOLD) + p(BODY2)
        + p("两个抓手：网格员和调解室", rpr=BOLD) + p(BODY3) + p("二、取得成效", rpr=BOLD) + p(BODY)
    )
    (doc,) = clean_docs(read_sources([docx(tmp_path, body)])[0])
    assert [(h.level, h.marker, h.text) for h in outline(doc, frozenset(doc.heading_lines))] == [
        (1, "一、", "主要做法"), (2, "", "一个中心：把群众满意作为检验工作的第一标准"),
        (2, "", "两个抓手：网格员和调解室"), (1, "二、", "取得成效"),
    ]
    # (a centred title and its byline after another essay's prose; a bold sentence over a bold line)
    body = (
        p("某镇工作总结", CENTER) + p(BODY) + p(BODY2)
        + p("某镇学习心得体会", CENTER, BOLD) + p("某镇党政综合办公室", CENTER, BOLD) + p(BODY3)
        + p("这一行是粗体的一句话。", rpr=BOLD) + p("加强学习", rpr=BOLD) + p(BODY)
    )
    lines, styled, _ = read_docx(docx(tmp_path, body), "a.docx")
    assert [lines[i] for i in styled] == []


# ---------------------------------------------------------------- furniture


def test_a_sites_guide_in_brackets_over_the_text_is_furniture() -> None:
    guide = "【导读】本文是一篇镇纪委书记年度述职述廉报告，按德、能、勤、绩、廉五个方面展开，供大家参考。"
    assert chrome_line(guide) and chrome_line("[导语] 以下是某某镇的工作总结")
    assert essays(["某镇纪委书记述职述廉报告", guide, BODY, BODY2]) == [("某镇纪委书记述职述廉报告", [BODY, BODY2])]
    # (the word in the author's sentence, and a note in English about such a line, stay)
    assert not chrome_line("编写好导读】部分，是这次教材修订的重点。")
    assert not chrome_line("【导读】 that retells the first paragraph")
    assert not chrome_line("以上是我的几点体会，供大家参考。")
