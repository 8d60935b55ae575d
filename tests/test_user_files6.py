"""Users' files of yet other makers (set 13), each rule on inputs written here, with a case it
must leave alone: pinyin in square, lenticular and tortoise-shell brackets, texts joined into one
file (a BOM inside it, an end mark or a rule closing each text), （一）、 and 一. markers before a
year, a heading OCR'd with a space after every character, one-character headings running into
their paragraphs (德。…), Markdown pasted from a rich-text editor (<h2>, <br>, <sup>, <img>,
<table>) and a Word footnote with a mark of its own."""

from __future__ import annotations

import zipfile
from pathlib import Path

import userfiles
from userfiles import BODY, BODY2, BODY3, essays

from drafter.clean import clean_docs
from drafter.corpus import read_sources, split_essays
from drafter.docformats import read_markdown
from drafter.docxread import read_docx
from drafter.essayseams import closed_starts
from drafter.mdhtml import html_blocks
from drafter.outline import marker_kind
from drafter.punct import remove_stray_spaces, strip_pinyin


def heads(texts: list[str], title: str = "述职报告") -> list[tuple[int, str, str]]:
    return userfiles.heads(texts, title)


# ---------------------------------------------------------------- pinyin in other brackets


def test_pinyin_in_brackets_goes_with_its_brackets() -> None:
    assert strip_pinyin("他们龃龉【jǔ yǔ】不断，桎梏〔zhì gù〕难除。") == "他们龃龉不断，桎梏难除。"
    assert strip_pinyin("把骰［tóu］子收好，别给[gei3]他。") == "把骰子收好，别给他。"
    # (a note's number, a cell, a label in brackets, mismatched brackets, a capital before a
    # tone number, a bracket after Latin text: none of them an annotation)
    for kept in ("见注释[1]。", "见附表[A1]。", "方案【试行】。", "对此【gù]不论。", "型号[Ka3]。", "PDCA[jì huà]。"):
        assert strip_pinyin(kept) == kept


# ---------------------------------------------------------------- texts joined into one file


def test_an_end_mark_or_a_rule_closes_a_text_and_the_next_title_opens_one() -> None:
    lines = ["某镇2025年工作总结", BODY, BODY3, BODY2, "（全文完）", "", "某镇2026年工作计划", BODY2, BODY,
             "************", "在全镇经济工作会议上的讲话", "镇长　某某", BODY3, BODY2]
    assert closed_starts(lines) == {6: 6, 10: 10}
    assert [title for title, _ in essays(lines)] == ["某镇2025年工作总结", "某镇2026年工作计划", "在全镇经济工作会议上的讲话"]
    assert essays(lines)[0][1] == [BODY, BODY3, BODY2]  # (the end mark goes)
    # (a mark then a rule: one seam, at the line after the mark)
    assert closed_starts(["某镇2025年工作总结", BODY, "（正文完）", "==========", "某镇2026年工作计划", BODY2]) == {3: 4}


def test_a_rule_with_no_text_after_it_opens_no_essay() -> None:
    # (a rule under the last paragraph, over a document's 版记 or a red head; a list of other
    # articles after the end mark; a rule before a heading, not a title)
    assert closed_starts(["某镇2025年工作总结", BODY, BODY3, "━━━━━━━━", "抄送：县委办，县政府办。", "━━━━━━━━"]) == {}
    assert closed_starts(["某某镇人民政府文件", "━━━━━━━━", "某镇2026年工作计划", BODY2]) == {}
    assert closed_starts(["某镇2025年工作总结", BODY, "（完）", "相关推荐", "某镇2024年工作总结", BODY2]) == {}
    assert closed_starts(["某镇2025年工作总结", BODY, "==========", "二、存在问题", BODY2]) == {}
    lines = ["某镇2025年工作总结", BODY, "（完）", "猜你喜欢", "某镇2024年工作总结", "一年来，全镇上下团结一心……"]
    assert len(essays(lines)) == 1


def test_a_bom_inside_a_joined_file_goes(tmp_path: Path) -> None:
    text = "\n".join(["某镇2025年工作总结", BODY, BODY3, BODY2, "（全文完）", "\ufeff某镇2026年工作计划", BODY2, BODY])
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    docs, _ = read_sources([tmp_path / "a.txt"])
    assert [d.title for d in docs] == ["某镇2025年工作总结", "某镇2026年工作计划"]
    assert not any("\ufeff" in line for d in docs for line in d.lines)


# ---------------------------------------------------------------- markers


def test_a_marker_before_a_year_and_a_paren_marker_with_a_comma() -> None:
    assert marker_kind("二.2026年工作安排") == ("cn-dun", 2, 2)
    assert marker_kind("一.5倍") is None and marker_kind("二.25万元") is None  # (numbers)
    texts = essays(["某镇工作总结", BODY, "一、主要做法", "（一）、强化组织领导，压实工作责任", BODY2, "（二）、健全工作机制", BODY3])[0][1]
    assert texts[2:] == ["（一）、强化组织领导，压实工作责任", BODY2, "（二）、健全工作机制", BODY3]
    # (a sentence of clauses after the marker is joined to its next line as before)
    assert essays(["某镇工作总结", BODY, "（一）、全年组织集中学习，", "成效明显。"])[0][1][1] == "（一）、全年组织集中学习，成效明显。"


def test_a_heading_spaced_out_by_ocr_is_read_whole() -> None:
    assert remove_stray_spaces("（ 三 ） 强 化 督 查 问 责", keep_words=True) == "（三）强化督查问责"
    # (a title keeps the space between its phrases)
    assert remove_stray_spaces("某镇人民政府 2025年工作总结", keep_words=True) == "某镇人民政府 2025年工作总结"


def test_one_character_headings_running_into_their_paragraphs() -> None:
    texts = ["德。政治上始终同党中央保持高度一致。", "能。工作中注重学习新知识。", "一要勤学。学习是立身之本。",
             "二要善思。思考是进步之梯。", "勤。坚持每周下村走访。"]
    assert heads(texts) == [(1, "", "德"), (1, "", "能"), (2, "一要", "勤学"), (2, "二要", "善思"), (1, "", "勤")]
    # (two, when the essay lists their characters with 、)
    assert heads(["从学、思两个方面谈体会。", "学。坚持读原著学原文。", "思。坚持把学习和思考结合起来。"])[:2] == \
        [(1, "", "学"), (1, "", "思")]
    # (a reply opening with 好。 or 是。, twice, the same character: no headings)
    assert heads(["好。我们马上落实。", "是。这件事已经办妥。"]) == []
    assert heads(["好。我们马上落实。", "好。明天就办。", "好。下周汇报。"]) == []


# ---------------------------------------------------------------- Markdown with HTML in it


def test_html_blocks_in_markdown_read_as_the_page_showed_them() -> None:
    md = "\n".join([
        '<h1 align="center"><span style="font-size:22pt">某镇2026年&ldquo;清洁家园&rdquo;行动方案</span></h1>',
        "",
        f"<p>{BODY}<br>{BODY2}</p>",
        '<h2 style="x">一、工作目标</h2>',
        f"**（一）整治范围**<br>&emsp;&emsp;{BODY3}",
        "全镇保洁员队伍达到120人<sup>[1]</sup>，新建垃圾房100m<sup>2</sup>。",
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="现场照片">',
        "<table><tr><td>村名</td><td>户数</td></tr></table>",
    ])
    lines, hints, _ = read_markdown(md)
    shown = [line for line in lines if line.strip()]
    assert shown[0] == "某镇2026年“清洁家园”行动方案" and 0 in hints
    assert shown[1] == BODY + BODY2  # (a break inside prose: the paragraph goes on)
    assert shown[2] == "一、工作目标" and lines.index("一、工作目标") in hints
    assert shown[3] == "（一）整治范围" and shown[4].strip() == BODY3  # (a break after a bold heading)
    assert shown[5] == "全镇保洁员队伍达到120人，新建垃圾房100m2。"  # (a note's mark goes, an exponent stays)
    assert shown[6:] == ["村名\u3000户数"]


def test_markdown_without_html_blocks_is_left_alone() -> None:
    for md in ("# 标题\n\n正文<span>一</span>。", "a < b，c > d。", "正文。<br 不是标签"):
        assert html_blocks(md) == md


# ---------------------------------------------------------------- a Word footnote's own mark


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_a_footnote_with_a_custom_mark_leaves_no_mark(tmp_path: Path) -> None:
    def para(*runs: str) -> str:
        return "<w:p>" + "".join(runs) + "</w:p>"

    text = lambda t: f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'  # noqa: E731
    body = para(text("全镇共有水库23座"), '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>',
                text("，河道46公里。")) \
        + para(text("星号"), '<w:r><w:t>*</w:t></w:r>', text("照常保留。"))  # (a star that is no note's mark)
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
    lines, _, _ = read_docx(path, "a.docx")
    assert [line for line in lines if line.strip()] == ["全镇共有水库23座，河道46公里。", "星号*照常保留。"]


# ---------------------------------------------------------------- a scanned document's title


def test_a_title_as_wide_as_the_page_runs_into_no_line_under_it() -> None:
    title = "某某镇人民政府关于加强农村集体资产管理的实施意见"  # (as wide as the lines of the page)
    lines = [title, "各村、镇直各单位：", "　　为规范农村集体资金、资产、资源管理，防止集体",
             "资产流失，保障集体经济组织成员权益，结合我镇实际", "，现提出如下意见。", "一、总体要求",
             "　　坚持所有权、经营权、监督权相分离，以清产核资为", "基础，以制度建设为保障，以信息化监管为手段，着力", "构建归属清晰、权责明确的管理体系。", "- 1 -",
             "　　各村要对集体所有的资金、资产、资源进行全面清查", "，做到账账相符、账实相符。"]
    docs = clean_docs(split_essays(lines, "t.txt"))
    texts = [p.text for p in docs[0].paragraphs]
    assert docs[0].title == title and texts[0] == "各村、镇直各单位："
    # (the lines the page wrapped are joined as before)
    assert texts[1] == "为规范农村集体资金、资产、资源管理，防止集体资产流失，保障集体经济组织成员权益，结合我镇实际，现提出如下意见。"
