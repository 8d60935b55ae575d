"""Reading what a township clerk keeps on her disk, each rule on inputs written here, with a case
it must leave alone: a text in UTF-16 without a byte-order mark (an OA system's export) and a
binary that is none; headings a WPS author set as the only text of a text box, written twice
(DrawingML and its VML fallback), and a text box holding no heading; a custom style whose
outline level comes from the heading style it is based on; a template's bracketed word to
whoever fills it in; an OA system's stamp on what it exports; a speaker's post over a masked
name under the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_user_files3 import CENTER, docx, p
from userfiles import BODY, BODY2, BODY3, essays

from drafter.cleanrules import is_chrome_line
from drafter.corpus import read_sources
from drafter.docxread import read_docx
from drafter.editnotes import strip_notes
from drafter.errors import InputError
from drafter.textfile import decode

SPEECH = ["在全镇防汛工作会议上的讲话", "一、清醒认识今年防汛形势", BODY,
          "二、扎实抓好汛前准备", "下坪村种粮大户李𫖯主动提供2台挖掘机作为抢险备用。", "Word 2026 OA"]


# ---------------------------------------------------------------- UTF-16 without a BOM


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_as_text_but_a_binary_stays_binary(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "export.txt").write_bytes("\r\n".join(SPEECH).encode(encoding))  # (𫖯: a surrogate pair)
    # (an even number of bytes without a NUL pair, which UTF-16 decodes: into private-use
    # characters read as LE, into rare Han characters after ideographic spaces read as BE)
    packed = bytes(b for k in range(400) for b in (0x30 + k % 40, 0, 0x8F, 0xE4 ^ (k % 7)))
    (tmp_path / "data.txt").write_bytes(packed)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    docs, problems = read_sources([tmp_path])
    assert len(docs) == 1 and docs[0].title == SPEECH[0]
    assert "下坪村种粮大户李𫖯主动提供2台挖掘机作为抢险备用。" in docs[0].lines
    assert sorted(Path(pr.file or "").name for pr in problems) == ["data.txt", "image.txt"]
    assert all("二进制" in pr.message for pr in problems)
    # (a form or a phrase library read by textfile.py: the same)
    assert decode("\n".join(SPEECH).encode(encoding), "f.txt", "表单") == "\n".join(SPEECH)
    with pytest.raises(InputError, match="编码"):
        decode(packed, "f.txt", "表单")


# ---------------------------------------------------------------- headings in text boxes

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def boxed(text: str) -> str:
    """A paragraph anchoring a shape whose text box holds `text`, in DrawingML and in VML."""
    box = f"<w:txbxContent>{p(text)}</w:txbxContent>"
    return (f'<w:p><w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps"><w:drawing>'
            f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict><v:textbox xmlns:v='urn:schemas-microsoft-com:vml'>{box}</v:textbox></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r></w:p>")


def test_a_marked_heading_alone_in_a_text_box_is_read_once_as_a_heading(tmp_path: Path) -> None:
    body = (p("某镇茶旅融合经验做法", CENTER) + boxed("内部资料　注意保存") + p(BODY)
            + boxed("一、规划先行，把茶园建成景区") + p(BODY2) + boxed("二、龙头带动，把茶农连成一体") + p(BODY3)
            + boxed("一、请党政办核实第二部分数据后报县安委办。"))
    lines, headings, _ = read_docx(docx(tmp_path, body), "a.docx")
    # (a stamp, a note with a sentence in its box: still not read)
    shown = [line for line in lines if line.strip()]
    assert shown == ["某镇茶旅融合经验做法", BODY, "一、规划先行，把茶园建成景区", BODY2, "二、龙头带动，把茶农连成一体", BODY3]
    assert [lines[i] for i in headings] == ["一、规划先行，把茶园建成景区", "二、龙头带动，把茶农连成一体"]


# ---------------------------------------------------------------- outline levels through basedOn

STYLES = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="15"><w:name w:val="一级标题"/><w:basedOn w:val="2"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="19"><w:name w:val="TOC Heading"/><w:basedOn w:val="2"/>'
          '<w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="30"><w:name w:val="正文缩进"/><w:basedOn w:val="1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="31"><w:name w:val="甲"/><w:basedOn w:val="32"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="32"><w:name w:val="乙"/><w:basedOn w:val="31"/></w:style>')


def test_a_custom_style_based_on_a_heading_style_heads_the_outline(tmp_path: Path) -> None:
    def styled(text: str, sid: str) -> str:
        return p(text, f'<w:pStyle w:val="{sid}"/>')

    body = (p("某镇调研报告", CENTER) + styled("发展现状", "15") + p(BODY) + styled("主要做法", "15")
            + styled("一是盘活资源", "30") + styled("二是发展物业", "31") + styled("目录", "19") + p(BODY2))
    lines, headings, _ = read_docx(docx(tmp_path, body, STYLES), "a.docx")
    # (its own level 9 un-heads TOC Heading; a style based on Normal, or on a loop, heads nothing)
    assert [lines[i] for i in headings] == ["发展现状", "主要做法"]


# ---------------------------------------------------------------- template and export furniture


def test_a_templates_bracketed_word_to_whoever_fills_it_goes() -> None:
    texts = ["（请用仿宋_GB2312三号字填写，正文控制在3000字以内，请勿改动模板格式）\n" + BODY,
             BODY2 + "【请勿修改模板样式】",
             "（注：正文字数控制在2000字左右）\n" + BODY3,
             # (the author's own brackets: a request in the text, a rule about fonts it reports)
             "（请各村于5月底前报送）\n会议要求公文正文一律用仿宋三号字（请勿使用其他字体）。",
             ]
    removed = strip_notes(texts)
    assert texts[:3] == ["\n" + BODY, BODY2, "\n" + BODY3] and all(removed[:3])
    assert texts[3] == "（请各村于5月底前报送）\n会议要求公文正文一律用仿宋三号字（请勿使用其他字体）。" and removed[3] == 0


def test_an_office_systems_stamp_on_its_export_is_furniture() -> None:
    assert is_chrome_line("【本文件由岚水县协同办公平台导出，仅供内部使用，请勿外传】")
    assert is_chrome_line("此文档由某某公文系统自动生成")
    # (a policy's own closing clause stays)
    assert not is_chrome_line("本文件由县农业农村局负责解释，自发布之日起施行。")
    assert not is_chrome_line("本文件由县政府办公室印发至各乡镇。")


def test_the_oa_export_reads_whole_with_its_stamp_gone(tmp_path: Path) -> None:
    lines = ["某县协同办公平台　公文正文导出", "导出人：×××　导出时间：2026-04-08 09:12:36", *SPEECH[:5],
             "【本文件由某县协同办公平台导出，仅供内部使用，请勿外传】"]
    path = tmp_path / "oa.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16-le"))
    docs, problems = read_sources([path])
    assert problems == []
    (title, paras), = essays(list(docs[0].lines))
    assert title == SPEECH[0] and paras[-1] == "下坪村种粮大户李𫖯主动提供2台挖掘机作为抢险备用。"
    assert not any("导出" in t for t in paras)


def test_a_speakers_post_over_a_masked_name_under_the_title_is_a_byline() -> None:
    title = "某镇党委委员、副镇长2025年度述职述廉报告"
    assert essays([title, "某镇党委委员、副镇长　×××", BODY, BODY2]) == [(title, [BODY, BODY2])]
    assert essays([title, "镇长　王**", BODY]) == [(title, [BODY])]
    # (the template's word to whoever fills it in between them goes too, and the byline with it)
    assert essays([title, "某镇党委委员、副镇长　×××", "（请用仿宋_GB2312三号字填写，正文控制在3000字以内）", BODY]) \
        == [(title, [BODY])]
    # (more than a name after the post: a line of the text)
    assert essays([title, "副镇长×××同志讲话要点", BODY])[0][1][0].startswith("副镇长×××同志讲话要点")
