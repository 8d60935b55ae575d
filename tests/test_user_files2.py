"""The users' own files, more of Word's and a notes app's markup: hidden text, Symbol-font
characters, content controls showing their prompt, a form wrapping a speech, headings set
apart by bold or centring, bylines under a title, soft hyphens, a note export's highlights,
HTML, entities, task lists and several # texts, and decimal outline numbers (2.1, 2.1.1)."""

from __future__ import annotations

from pathlib import Path

from test_user_files import BODY, BODY2, CENTER, docx, lines_of, p

from drafter.breaks import _markers
from drafter.clean import clean_docs
from drafter.corpus import read_sources
from drafter.docformats import read_markdown
from drafter.outline import marker_kind, outline
from drafter.symbolfont import symbol_char

BOLD = "<w:b/>"
HIDDEN = "<w:vanish/>"


def run(text: str, rpr: str = "") -> str:
    return f"<w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r>"


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def cell(body: str, span: int = 1) -> str:
    return f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{body}</w:tc>'


def test_hidden_text_and_symbols_read_as_word_shows_them(tmp_path: Path) -> None:
    sym = '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>'
    body = (
        p("某镇工作总结", CENTER) + p(BODY)
        + para(run("当火险等级"), sym, run("4级时，一律禁止野外用火。"), run("（此处删去一段）", HIDDEN), run("实行7"),
               '<w:r><w:sym w:font="Symbol" w:char="F0B4"/></w:r>', run("24小时值守。"))
        + para(run("（以下数据待核对）", HIDDEN), ppr=f"<w:rPr>{HIDDEN}</w:rPr>")
        + p(BODY2)
    )
    (lines,) = lines_of(docx(tmp_path, body))
    assert lines[2:] == ["当火险等级≥4级时，一律禁止野外用火。实行7×24小时值守。", BODY2]
    # (a hidden run that opens a field still opens it: the field's code stays out of the text)
    assert symbol_char("Symbol", "F061") == "α" and symbol_char("Wingdings", "F0FC") == ""
    assert symbol_char("Symbol", "2264") == "≤" and symbol_char("Symbol", "zz") == ""


def test_a_content_controls_prompt_is_no_text(tmp_path: Path) -> None:
    prompt = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
              + run("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>")
    filled = "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>" + run("全镇共有12个村。") + "</w:sdtContent></w:sdt>"
    (lines,) = lines_of(docx(tmp_path, p("某镇工作总结", CENTER) + p(BODY) + para(prompt) + para(filled)))
    assert lines[2:] == ["全镇共有12个村。"]


def test_a_form_wrapping_a_speech_gives_the_speech_alone(tmp_path: Path) -> None:
    speech = p("在全镇工作会议上的讲话", CENTER) + p(BODY) + p("一、提高认识") + p(BODY2)
    form = (
        "<w:tbl>"
        + f"<w:tr>{cell(p('文稿名称'))}{cell(p('在全镇工作会议上的讲话'), 3)}</w:tr>"
        + f"<w:tr>{cell(p('审核意见'))}{cell(p('同意，请按修改稿印发。') + p('周某　1月13日'), 3)}</w:tr>"
        + f"<w:tr>{cell(speech, 4)}</w:tr></w:tbl>"
    )
    (doc,) = read_sources([docx(tmp_path, p("某镇文稿审签单", CENTER) + form)])[0]
    assert doc.title == "在全镇工作会议上的讲话"
    assert [s for s in doc.lines if s.strip()] == ["在全镇工作会议上的讲话", BODY, "一、提高认识", BODY2]


def test_a_table_with_sentences_in_other_rows_stays_a_table(tmp_path: Path) -> None:
    notes = p("说明：本表数据来自各村上报，已经镇统计站核对。") + p(BODY) + p(BODY2)
    table = (
        "<w:tbl>"
        + f"<w:tr>{cell(p('村名'))}{cell(p('户数'))}</w:tr>"
        + f"<w:tr>{cell(p('东村'))}{cell(p('全村已经完成改造，群众反映良好，满意度较高。'))}</w:tr>"
        + f"<w:tr>{cell(notes, 2)}</w:tr></w:tbl>"
    )
    (lines,) = lines_of(docx(tmp_path, p("某镇工作总结", CENTER) + p(BODY) + table))
    assert "村名\u3000户数" in lines and "东村\u3000全村已经完成改造，群众反映良好，满意度较高。" in lines
    assert BODY2 in lines  # (the cell holding a text is read a paragraph a line)


def test_bold_or_centred_lines_between_paragraphs_are_headings(tmp_path: Path) -> None:
    body = (
        p("某镇经验做法", CENTER) + p("某镇党委", CENTER) + p(BODY)
        + para(run("规划引领，把茶园建成景区", BOLD)) + p(BODY2)
        + p("业态创新，让茶农吃上旅游饭", CENTER) + p(BODY)
        + para(run("只有一半", BOLD), run("，是粗体的一行")) + p(BODY2)
    )
    (doc,) = clean_docs(read_sources([docx(tmp_path, body)])[0])
    heads = [(h.marker, h.text) for h in outline(doc, frozenset(doc.heading_lines))]
    assert heads == [("", "规划引领，把茶园建成景区"), ("", "业态创新，让茶农吃上旅游饭")]
    # (the unit under the title is a byline, gone with the title)
    assert doc.paragraphs[0].text == BODY


def test_bylines_under_a_title_go_and_a_note_in_brackets_is_no_title(tmp_path: Path) -> None:
    text = (
        "（交流材料之三）\n关于某镇乡村旅游的调研报告\n某镇党委办公室调研组　执笔：王某某\n（2026年1月14日）\n"
        f"{BODY}\n{BODY2}\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = clean_docs(read_sources([path])[0])
    assert doc.title == "关于某镇乡村旅游的调研报告"
    assert [p.text for p in doc.paragraphs] == [BODY, BODY2]
    speech = f"在全镇工作会议上的讲话\n镇党委书记　周某某\n同志们：\n{BODY}\n"
    path.write_text(speech, encoding="utf-8")
    (doc,) = clean_docs(read_sources([path])[0])
    assert [p.text for p in doc.paragraphs] == ["同志们：", BODY]
    # (a short line of the author's under the title stays: it is no unit, writer or date)
    path.write_text(f"某镇工作总结\n回顾这一年\n{BODY}\n", encoding="utf-8")
    (doc,) = clean_docs(read_sources([path])[0])
    assert doc.paragraphs[0].text == "回顾这一年"


def test_soft_hyphens_are_invisible(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"某镇工作总结\n部分旅游村停车\u00ad位不足，节假日车辆乱停乱放。{BODY}\n", encoding="utf-8")
    (doc,) = clean_docs(read_sources([path])[0])
    assert doc.paragraphs[0].text.startswith("部分旅游村停车位不足，")


NOTES = (
    "\ufeff# 某镇道路建设方案\r\n创建时间：2026/1/5 09:12\r\n\r\n<br>\r\n\r\n"
    f"{BODY}\r\n\r\n## 1 总体目标\r\n\r\n每个村配备1名==专职养护员==。&nbsp;<font color=\"#FF0000\">确保畅通</font>。<br>{BODY2}\r\n\r\n"
    "- [ ] 周五前交审核\r\n- [x] 里程数已核对\r\n- 列表里的一项要留下\r\n\r\n"
    f"# 关于某镇养老服务的调研报告\r\n\r\n{BODY}\r\n"
)


def test_a_note_apps_export_loses_its_markup_and_holds_two_texts() -> None:
    lines, _hints, starts = read_markdown(NOTES)
    text = "\n".join(lines)
    assert "每个村配备1名专职养护员。 确保畅通。" + BODY2 in text
    for gone in ("<br>", "==", "<font", "&nbsp;", "周五前交审核", "里程数已核对"):
        assert gone not in text
    assert "列表里的一项要留下" in text
    assert [lines[i] for i in starts] == ["关于某镇养老服务的调研报告"]
    # (a # heading after prose in a file not opening with one is a section, not a new text)
    assert read_markdown(f"{BODY}\n\n# 一、总体要求\n\n{BODY2}\n")[2] == []
    # (==, < and & of the author's own stay: a == b, 1<2, A&B)
    assert read_markdown("写作 a == b 时，1<2，A&B。\n")[0] == ["写作 a == b 时，1<2，A&B。"]


def test_decimal_outline_numbers_are_markers_nested_by_depth(tmp_path: Path) -> None:
    assert marker_kind("2.1 提升路网通达水平") == ("decimal2", 1, 4)
    assert marker_kind("2.1.1实施通组公路硬化") == ("decimal3", 1, 5)
    for prose in ("2.5万元用于道路养护。", "3.14是圆周率。", "2025.12.1召开会议", "1.5倍于去年", "12.5%的村"):
        assert marker_kind(prose) is None or not marker_kind(prose)[0].startswith("decimal"), prose
    texts = ["2.1 提升路网", "2.5万元", "3.2.1　完善机制"]
    assert _markers(texts) == {0: ("decimal2", 1), 2: ("decimal3", 1)}
    path = tmp_path / "a.txt"
    path.write_text(f"某镇道路建设方案\n{BODY}\n1 总体目标\n{BODY2}\n2 主要任务\n2.1 提升路网\n2.1.1 硬化通组公路\n"
                    f"{BODY}\n2.2 完善管养\n{BODY2}\n", encoding="utf-8")
    (doc,) = clean_docs(read_sources([path])[0])
    assert [(h.level, h.marker) for h in outline(doc)] == [(1, "1"), (1, "2"), (2, "2.1"), (3, "2.1.1"), (2, "2.2")]
