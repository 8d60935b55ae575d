"""Files of yet other makers (set 14), each rule on inputs written here, with a case it must
leave alone: GB2312's ㈠…㈩ markers, the note of a document's adoption under its title, UTF-8
read as Windows-1252 with the bytes it leaves undefined, a list of other articles under a framed
heading (【相关推荐】), Markdown written by a converter (escapes, hard breaks, setext headings,
image attributes), a writer's line under a title over a paragraph wrapped at a page's width,
Hong Kong character forms, headings a bullet sets off, and a post carrying essays by two
writers."""

from __future__ import annotations

from pathlib import Path

import userfiles
from userfiles import BODY, BODY2, BODY3, essays

from drafter import t2s
from drafter.clean import clean_docs
from drafter.corpus import read_sources, split_essays
from drafter.docformats import read_markdown
from drafter.essayseams import authored_starts
from drafter.mojibake import repair_mojibake
from drafter.outline import marker_kind, outline
from drafter.pagemarks import starts_teaser_zone


def heads(texts: list[str], title: str = "工作要点") -> list[tuple[int, str, str]]:
    return userfiles.heads(texts, title)


# ---------------------------------------------------------------- ㈠ ㈡ (U+3220)


def test_parenthesised_ideographs_are_the_markers_of_paren_numbers() -> None:
    texts = ["一、加强组织建设", "㈠健全工作机制", BODY, "㈡压实工作责任", BODY2, "二、推进产业发展", "㈠做强特色产业", BODY3]
    assert heads(texts) == [(1, "一、", "加强组织建设"), (2, "㈠", "健全工作机制"), (2, "㈡", "压实工作责任"),
                            (1, "二、", "推进产业发展"), (2, "㈠", "做强特色产业")]
    assert marker_kind("㈩完善考核办法") == ("paren-cn", 10, 1)
    # (the signs after ㈩ are words in brackets, ㈪ (月), ㈱ (株): no markers; nor ㈠ alone)
    assert marker_kind("㈪份工作安排") is None and marker_kind("㈱") is None and marker_kind("㈠") is None


# ---------------------------------------------------------------- a document's adoption note


def test_the_note_of_a_documents_adoption_under_its_title_goes() -> None:
    lines = ["某镇2026年安全生产工作要点", "（2026年1月8日镇党政联席会议审议通过）", BODY, "一、压实安全责任", BODY2]
    assert essays(lines)[0][1][0] == BODY
    lines[1] = "（经2026年1月8日镇党委会议讨论通过）"
    assert essays(lines)[0][1][0] == BODY
    # (in the text, a sentence naming a meeting that adopted something stays)
    note = "（2025年12月县政府常务会议审议通过的方案已经印发。）"
    assert note in essays(["某镇2026年安全生产工作要点", BODY, note, BODY2])[0][1]


def test_the_note_of_which_draft_a_document_is_under_its_title_goes() -> None:
    lines = ["某镇党政办公室2026年度工作总结", "（第二稿，2026年3月2日按党委会意见修改）", BODY, "一、压实责任", BODY2]
    assert essays(lines)[0][1][0] == BODY
    lines[1] = "（征求意见稿）"
    assert essays(lines)[0][1][0] == BODY
    # (a bracketed line that is no draft's note stays)
    lines[1] = "（2026年3月按要求修改的内容见附件）"
    assert essays(lines)[0][1][0] == lines[1]


# ---------------------------------------------------------------- UTF-8 read as Windows-1252


def _as_1252(text: str) -> str:
    """What a browser shows of UTF-8 read as Windows-1252: its five undefined bytes as controls."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def test_utf8_read_as_windows_1252_is_repaired_with_its_undefined_bytes_and_punctuation() -> None:
    sentence = "全镇发放春耕补贴资金52万元，惠及农户1380户。"
    broken = _as_1252(sentence)
    assert "\x8f" in broken and "ï¼Œ" in broken and "ã€‚" in broken  # (发 is E5 8F 91; ， EF BC 8C)
    assert repair_mojibake("　　" + broken)[0] == "　　" + sentence
    # (Latin words and pinyin with the same letters stay: naïve, São Paulo, lǜ sè)
    for kept in ("他说这个想法太naïve了。", "考察团去了São Paulo和Café Tortoni。", "绿色（lǜ sè）发展。"):
        assert repair_mojibake(kept)[0] == kept


# ---------------------------------------------------------------- 【相关推荐】


def test_a_framed_heading_opens_a_list_of_other_articles() -> None:
    assert starts_teaser_zone("【相关推荐】") and starts_teaser_zone("[推荐阅读]")
    lines = ["某镇2025年防汛工作总结", BODY, BODY3, "【相关推荐】", "·乡镇防汛工作总结范文（精选5篇）", "·2026年防汛工作方案"]
    assert essays(lines)[0][1] == [BODY, BODY3]
    # (a heading framed in brackets is no list's: 【一、…】, 【经验推广】)
    assert not starts_teaser_zone("【一、坚持党建引领】") and not starts_teaser_zone("【经验推广】")


# ---------------------------------------------------------------- Markdown from a converter


def test_markdown_from_a_converter_reads_its_escapes_breaks_and_setext_headings() -> None:
    md = "\n".join([
        "某镇关于农村道路建设的调研报告", "==============================", "",
        "某镇人大主席团调研组", "",
        "为摸清全镇农村道路建设情况，2025年9月，镇人大主席团组织部分代表", "深入各村开展调研。现将有关情况报告如下。", "",
        "一、基本情况", "------------", "",
        "1\\. 路网基本形成。全镇通硬化路的村达到100%，\\*\\*\\*同志", "牵头建立了养护队伍，日均\\", "巡查20公里。", "",
        "![](media/image2.png){width=\"5.2in\" height=\"2.9in\"}", "",
    ])
    lines, hints, _ = read_markdown(md)
    assert [lines[i] for i in hints] == ["某镇关于农村道路建设的调研报告", "一、基本情况"]
    shown = [line for line in lines if line.strip()]
    assert "==============================" not in shown and "------------" not in shown
    assert "1. 路网基本形成。全镇通硬化路的村达到100%，***同志" in shown
    assert "牵头建立了养护队伍，日均" in shown  # (a hard break's backslash goes)
    assert not any("{width" in line or "\\" in line for line in lines)


def test_markdown_setext_and_escapes_leave_other_lines_alone() -> None:
    # (a front matter's closing ---, a rule under a sentence, a rule after a blank line)
    lines, hints, _ = read_markdown("---\ntitle: 年度总结\n---\n\n" + BODY + "\n---\n\n正文。\n\n---\n")
    assert hints == [] and lines[2] == "---" and lines[5] == "---"
    # (a backslash in a code span shows, as the renderer shows it)
    assert read_markdown("字段代码 `PAGE \\# 0` 照常。\n")[0] == ["字段代码 PAGE \\# 0 照常。"]


def test_a_writer_under_a_title_over_a_wrapped_paragraph_goes(tmp_path: Path) -> None:
    md = "\n".join([
        "某镇关于农村道路建设的调研报告", "==============================", "", "某镇人大主席团调研组", "",
        "为摸清全镇农村道路建设情况，2025年9月，镇人大主席团组织部分代表", "深入各村开展调研。现将有关情况报告如下。", "",
    ])
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    (doc,) = clean_docs(read_sources([tmp_path / "a.md"])[0])
    assert [p.text for p in doc.paragraphs] == [
        "为摸清全镇农村道路建设情况，2025年9月，镇人大主席团组织部分代表深入各村开展调研。现将有关情况报告如下。"]
    # (a unit's name over a short line is no byline: the line may be a heading's)
    texts = essays(["某镇调研报告", "某镇人大主席团调研组", "一是道路，二是桥梁", BODY])[0][1]
    assert texts[0] == "某镇人大主席团调研组"


# ---------------------------------------------------------------- Hong Kong forms


def test_hong_kong_forms_become_simplified() -> None:
    assert t2s.simplified(["我們重視環境衞生，會議室的枱面要乾淨。"]) == ["我们重视环境卫生，会议室的台面要干净。"]
    # (the standard Traditional forms convert as before)
    assert t2s.simplified(["環境衛生"]) == ["环境卫生"]


# ---------------------------------------------------------------- headings a bullet sets off


def test_a_line_a_bullet_sets_off_over_an_indented_paragraph_is_a_heading() -> None:
    lines = ["驻村一年的几点体会", BODY, "● 沉下心来，把情况摸清楚", "　　" + BODY2, "● 俯下身子，把事情办扎实", "　　" + BODY3]
    (doc,) = clean_docs(split_essays(lines, "t.txt"))
    assert [p.text for p in doc.paragraphs] == [BODY, "沉下心来，把情况摸清楚", BODY2, "俯下身子，把事情办扎实", BODY3]
    got = [(h.level, h.marker, h.text) for h in outline(doc, frozenset(doc.heading_lines))]
    assert got == [(1, "", "沉下心来，把情况摸清楚"), (1, "", "俯下身子，把事情办扎实")]
    # (a bullet item wrapped onto an unindented line goes on there; bullets in a row are a list)
    texts = essays(["驻村一年的几点体会", BODY, "● 全镇共排查隐患120处，已整改", "完毕110处。", BODY2])[0][1]
    assert "全镇共排查隐患120处，已整改完毕110处。" in texts
    (doc,) = clean_docs(split_essays(["驻村一年的几点体会", BODY, "● 党建引领", "● 产业发展", BODY2], "t.txt"))
    assert doc.heading_lines == ()


# ---------------------------------------------------------------- a post carrying two essays


def test_a_post_carrying_essays_by_two_writers_is_split_at_each_writers_line() -> None:
    lines = ["【青春说】两名年轻干部的成长感悟", "编者按：本期刊发两名年轻干部的感悟。", "",
             "✦ 作者：某村驻村工作队员　张某", "", "在田埂上读懂乡村", "", "　　" + BODY, "　　" + BODY3, "",
             "◆ ◆ ◆", "", "✦ 作者：镇党政办　李某", "", "写好基层这本书", "", "　　" + BODY2, "　　" + BODY]
    assert authored_starts(lines) == {3: 5, 12: 14}
    got = essays(lines)
    assert [title for title, _ in got] == ["在田埂上读懂乡村", "写好基层这本书"]
    assert got[0][1] == [BODY, BODY3] and got[1][1] == [BODY2, BODY]
    # (the title over the writer's line, too)
    assert authored_starts(["在田埂上读懂乡村", "文｜张某", BODY, "写好基层这本书", "文|李某", BODY2]) == {0: 0, 3: 3}
    # (one writer's line is an essay's byline: no split)
    assert authored_starts(["在田埂上读懂乡村", "作者：张某", BODY, BODY3]) == {}


def test_a_parenthesised_ideograph_glued_into_the_paragraph_before_is_split_off() -> None:
    glued = ["工作要点", "一、加强组织建设", "㈠健全工作机制。" + BODY + "㈡压实工作责任。" + BODY2, "㈢强化督促检查。" + BODY3]
    assert essays(glued)[0][1] == [
        "一、加强组织建设", "㈠健全工作机制。" + BODY, "㈡压实工作责任。" + BODY2, "㈢强化督促检查。" + BODY3
    ]
    # (inside a sentence ㈡ is a reference, and a ㈡ glued where no gap calls for it stays)
    kept = ["工作要点", "一、加强组织建设", "㈠健全工作机制。全镇按附表㈡所列事项分解任务。" + BODY, "㈡压实工作责任。" + BODY2]
    assert essays(kept)[0][1] == kept[1:]
