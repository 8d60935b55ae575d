"""The users' files of other makers, each rule on inputs written here, with a case it must
leave alone: WPS's numeric style ids (its Normal is style 1), an attachment's 附件1 over its
title after a section break, a title typed as two centred paragraphs, a 简报's masthead over
its rule, a heading set apart by its typeface alone, bylines and credits (委员, 主席团, 供稿),
a request to check a figure typed in brackets, texts copied one after another out of PDFs (the
next one opens after the sign-off's date; a title wrapped in two lines), emoji inside a
sentence, an account's credit lines and the bars it draws before its headings."""

from __future__ import annotations

import zipfile
from pathlib import Path

from userfiles import BODY, BODY2, BODY3

from drafter.clean import clean_docs
from drafter.cleanrules import is_chrome_line
from drafter.corpus import read_sources, split_essays
from drafter.docxread import read_docx
from drafter.editnotes import strip_notes
from drafter.essayseams import signed_starts, title_tail
from drafter.outline import outline
from drafter.textscan import beyond_bmp

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIRE = "在进山路口设立临时检查站12个，落实专人值守，严禁携带火种进山。"
FIRE2 = "各村要组建不少于10人的半专业扑火队，防火期内实行24小时值班制度。"
CENTER = '<w:jc w:val="center"/>'
SECTION = "<w:sectPr/>"
RULED = '<w:pBdr><w:bottom w:val="double" w:sz="12" w:color="FF0000"/></w:pBdr>'


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r></w:p>"


def size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/>'


def font(name: str) -> str:
    return f'<w:rFonts w:eastAsia="{name}"/>'


def docx(tmp_path: Path, body: str, styles: str | None = None) -> Path:
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        if styles is not None:
            zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
    return path


def essays(path: Path) -> list[tuple[str, list[str]]]:
    docs, problems = read_sources([path])
    assert problems == []
    return [(d.title, [p.text for p in d.paragraphs]) for d in clean_docs(docs)]


# ---------------------------------------------------------------- Word and WPS files


def test_a_numeric_style_id_is_a_heading_only_by_its_name(tmp_path: Path) -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/></w:style>')
    body = (p("某镇工作总结", CENTER) + p(BODY, '<w:pStyle w:val="1"/>') + p("一、加强学习", '<w:pStyle w:val="2"/>')
            + p(BODY2, '<w:pStyle w:val="1"/>') + p("二、改进作风", '<w:pStyle w:val="3"/>'))
    lines, headings, _ = read_docx(docx(tmp_path, body, styles), "a.docx")
    # (WPS's Normal is style 1; a style the file does not define is known by its id alone)
    assert [lines[i] for i in headings] == ["一、加强学习", "二、改进作风"]


def test_an_attachments_label_over_its_title_opens_an_essay_and_goes(tmp_path: Path) -> None:
    # (the section break sits in the properties of the section's last paragraph)
    body = (p("某镇工作总结", CENTER) + p(BODY) + p(BODY3) + p(BODY2, SECTION) + p("附件1")
            + p("某镇森林防火工作方案", CENTER) + p(FIRE) + p(FIRE2))
    (one, two) = essays(docx(tmp_path, body))
    assert one == ("某镇工作总结", [BODY, BODY3, BODY2]) and two == ("某镇森林防火工作方案", [FIRE, FIRE2])
    # (a label the page opens with over prose is no attachment's: nothing splits there)
    body = p("某镇工作总结", CENTER) + p(BODY) + p(BODY2, SECTION) + p("附件1") + p(BODY) + p(BODY2)
    assert len(essays(docx(tmp_path, body))) == 1


def test_a_title_typed_as_two_centred_paragraphs_is_one(tmp_path: Path) -> None:
    big = size(44)
    body = p("某镇2025年秋冬季森林防灭火", CENTER, big) + p("工作实施方案", CENTER, big) + p(BODY) + p(BODY2)
    ((title, _),) = essays(docx(tmp_path, body))
    assert title == "某镇2025年秋冬季森林防灭火工作实施方案"
    # (a byline set smaller, or a subtitle opening with a dash, is no part of the title)
    for second, rpr in (("镇党委书记　张某某", size(32)), ("——在全镇工作会议上的讲话", big)):
        body = p("在全镇经济工作会议上的讲话", CENTER, big) + p(second, CENTER, rpr) + p(BODY) + p(BODY2)
        ((title, _),) = essays(docx(tmp_path, body))
        assert title == "在全镇经济工作会议上的讲话"


def test_a_bulletins_masthead_over_its_rule_goes(tmp_path: Path) -> None:
    masthead = p("某镇工作简报", CENTER, size(72)) + p("第9期", CENTER) + p("某镇党政办公室编　2025年11月28日", RULED)
    body = masthead + p("关于某镇集体经济发展情况的调研报告", CENTER) + p(BODY) + p(BODY2)
    ((title, paragraphs),) = essays(docx(tmp_path, body))
    assert title == "关于某镇集体经济发展情况的调研报告" and paragraphs == [BODY, BODY2]
    # (a rule under a paragraph of the text, with a sentence above it, is the author's layout)
    body = p("某镇工作总结", CENTER) + p(BODY) + p("一、主要做法", RULED) + p(BODY2)
    ((title, paragraphs),) = essays(docx(tmp_path, body))
    assert title == "某镇工作总结" and "一、主要做法" in paragraphs


def test_a_line_in_a_typeface_of_its_own_between_paragraphs_is_a_heading(tmp_path: Path) -> None:
    body_font, heading_font = font("仿宋_GB2312"), font("黑体")
    body = (p("某镇心得体会", CENTER) + p(BODY, rpr=body_font) + p("首先，要在学思践悟中筑牢信仰之基", rpr=heading_font)
            + p(BODY2, rpr=body_font))
    lines, headings, _ = read_docx(docx(tmp_path, body), "a.docx")
    assert [lines[i] for i in headings] == ["首先，要在学思践悟中筑牢信仰之基"]
    docs, _ = read_sources([tmp_path / "a.docx"])
    (doc,) = clean_docs(docs)
    heads = outline(doc, frozenset(doc.heading_lines))
    assert [(h.marker, h.text) for h in heads] == [("首先，", "要在学思践悟中筑牢信仰之基")]
    # (in the typeface of the paragraphs around it, a short line is no heading by its face)
    body = (p("某镇心得体会", CENTER) + p(BODY, rpr=body_font) + p("要在学思践悟中筑牢信仰之基", rpr=body_font)
            + p(BODY2, rpr=body_font))
    assert read_docx(docx(tmp_path, body), "a.docx")[1] == []


# ---------------------------------------------------------------- bylines, credits, notes


def _clean(lines: list[str]) -> list[list[str]]:
    return [[p.text for p in d.paragraphs] for d in clean_docs(split_essays(lines, "t.txt"))]


def test_a_committee_members_byline_a_presidiums_signature_and_a_credit_go() -> None:
    lines = ["某镇党委组织委员2025年度述职报告", "某镇党委委员、组织委员　张某某", BODY, BODY2]
    assert _clean(lines) == [[BODY, BODY2]]
    lines = ["关于某镇饮水安全的调研报告", BODY, BODY2, "某镇人大主席团", "2025年9月26日"]
    assert _clean(lines) == [[BODY, BODY2]]
    lines = ["某村三治融合的经验做法", BODY, BODY2, "（某村党支部供稿）"]
    assert _clean(lines) == [[BODY, BODY2]]
    # (in a sentence, and as a paragraph with words after it, they stay)
    said = "镇党委委员、组织委员张某某主持会议，各村党支部书记参加。"
    supplied = "（本期材料由某村党支部供稿，镇党政办汇总整理，特此说明。）"
    assert _clean(["某镇工作总结", said, BODY, supplied, BODY2]) == [[said, BODY, supplied, BODY2]]


def test_a_request_to_check_a_figure_goes_the_authors_request_stays() -> None:
    texts = ["总产量达到1.36万吨（此数据请农业站再核实），实现了“双稳”。"]
    strip_notes(texts)
    assert texts == ["总产量达到1.36万吨，实现了“双稳”。"]
    kept = ["各村要认真核实上报数据（请各村于3月1日前确认），确保准确。", "（该项工作请各村核实后报镇党政办。）"]
    texts = list(kept)
    strip_notes(texts)
    assert texts == kept


def test_emoji_in_a_sentence_go_other_characters_beyond_the_bmp_stay() -> None:
    (paras,) = _clean(["某社区工作总结", "王阿姨赞不绝口。😊" + BODY, "安装电动车充电桩60个🚗。" + BODY2])
    assert paras == ["王阿姨赞不绝口。" + BODY, "安装电动车充电桩60个。" + BODY2]
    rare = "𠮷"  # (a Han character beyond the BMP, in a name: no picture)
    (paras,) = _clean(["某社区工作总结", f"{rare}家村全年新增就业120人，" + BODY])
    assert paras[0].startswith(rare)
    assert beyond_bmp("中😊") and beyond_bmp(rare) and not beyond_bmp("中文") and not beyond_bmp("") \
        and not beyond_bmp("abc")


def test_an_accounts_credit_lines_go_a_sentence_opening_the_same_way_stays() -> None:
    for line in ("文字：王某某　图片：李某", "终审：张某某", "校对：周某", "摄影：陈某　美编：刘某"):
        assert is_chrome_line(line), line
    for line in ("审核：由镇财政所负责对各村上报的数据进行审核，确保真实准确。", "文字材料要简明扼要。"):
        assert not is_chrome_line(line), line


def test_a_bar_before_a_short_line_of_a_text_file_makes_it_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n".join(["某镇红色物业工作纪实", BODY, "▍党建引领，让“无主”小区有了“主心骨”", BODY2,
                               "▍议事会每月召开一次，居民提需求、党员领任务。", BODY]), encoding="utf-8")
    docs, _ = read_sources([path])
    # (a line with a sentence in it, bar or not, is the text's)
    assert [docs[0].lines[i] for i in docs[0].heading_hints] == ["▍党建引领，让“无主”小区有了“主心骨”"]
    (doc,) = clean_docs(docs)
    heads = outline(doc, frozenset(doc.heading_lines))
    assert [(h.level, h.marker, h.text) for h in heads] == [(1, "", "党建引领，让“无主”小区有了“主心骨”")]


# ---------------------------------------------------------------- texts copied out of PDFs


HEADER = "某镇人大调研成果选编（2025）"


def test_the_next_essay_opens_after_the_sign_offs_date() -> None:
    lines = ["某镇2025年工作总结", BODY, BODY3, BODY2, "某镇人民政府", "2026年1月6日", "— 5 —", HEADER,
             "关于某镇饮水安全情况的调研报告", "某镇人大主席团调研组", FIRE, "— 6 —", HEADER, FIRE2, "某镇人大主席团",
             "2025年9月26日", "— 7 —"]
    # (the page number and the running header over the title go with the essay they head)
    assert signed_starts(lines) == {6: 8}
    docs = split_essays(lines, "t.txt")
    assert [d.title for d in docs] == ["某镇2025年工作总结", "关于某镇饮水安全情况的调研报告"]
    assert [[p.text for p in d.paragraphs] for d in clean_docs(docs)] == [[BODY, BODY3, BODY2], [FIRE, FIRE2]]
    # (a date closing a text and a page's tags after it, with no paragraph under them: no essay)
    tags = ["某镇2025年工作总结", BODY, BODY2, "2026年1月6日", "述职报告 农业农村工作", "分享 | 收藏 | 下载"]
    assert signed_starts(tags) == {}
    # (a running header naming a kind of writing, met on every page, is no title)
    again = ["某镇2025年工作总结", BODY, "2026年1月6日", "某镇工作材料汇编", BODY2, "某镇工作材料汇编", BODY]
    assert signed_starts(again) == {}


def test_a_title_wrapped_by_the_page_is_joined() -> None:
    lines = ["某镇2025年工作总结和2026年", "工作打算", BODY, BODY2]
    assert title_tail(lines, 0, 4) == 1
    (doc,) = split_essays(lines, "t.txt")
    assert doc.title == "某镇2025年工作总结和2026年工作打算"
    assert [p.text for p in clean_docs([doc])[0].paragraphs] == [BODY, BODY2]
    # (a whole title over a byline, a unit, a heading or a dated note: none joins it)
    for second in ("某镇党委调研组", "某镇人民政府", "一、工作情况", "（2026年1月）", "张某某"):
        assert title_tail(["关于某镇饮水安全情况的调研报告", second, BODY], 0, 3) == -1, second
        assert title_tail(["某镇2025年工作总结和2026年", second, BODY], 0, 3) == -1, second
