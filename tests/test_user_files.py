"""The users' own files: Word documents as the final document reads (numbering, tracked changes,
strike-through, covers, contents, notes, page breaks between texts), editing notes typed into a
draft, a note app's Markdown, a group chat's export and a journal's pages saved as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from userfiles import BODY, BODY2

from drafter.clean import clean_docs
from drafter.corpus import read_sources
from drafter.docformats import read_markdown

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r></w:p>"


def numbered(text: str, num: int, ilvl: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>')


CENTER = '<w:jc w:val="center"/>'
PAGE = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
NUMBERING = (
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '</w:abstractNum><w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    "</w:lvlOverride></w:num>"
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>'
)


def docx(tmp_path: Path, body: str, numbering: str | None = None) -> Path:
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        if numbering:
            zf.writestr("word/numbering.xml", numbering)
    return path


def lines_of(path: Path) -> list[list[str]]:
    docs, problems = read_sources([path])
    assert problems == []
    return [[s for s in d.lines if s.strip()] for d in docs]


def test_automatic_numbering_is_rendered_counted_per_list_and_level(tmp_path: Path) -> None:
    body = (
        p("某镇工作总结", CENTER) + p(BODY) + numbered("加强学习", 1) + numbered("集中学习", 1, 1)
        + numbered("个人自学", 1, 1) + numbered("改进作风", 1) + numbered("深入调研", 1, 1)
        + numbered("列表项", 3) + numbered("重新编号", 2) + numbered("接着编号", 1) + p(BODY2)
    )
    (lines,) = lines_of(docx(tmp_path, body, NUMBERING))
    assert lines[2:] == ["一、加强学习", "（1）集中学习", "（2）个人自学", "二、改进作风", "（1）深入调研",
                         "列表项", "一、重新编号", "二、接着编号", BODY2]
    # (without numbering.xml nothing is added)
    (lines,) = lines_of(docx(tmp_path, body))
    assert "加强学习" in lines


def test_tracked_changes_accepted_and_struck_text_dropped(tmp_path: Path) -> None:
    para = (
        "<w:p><w:r><w:t>满意度达到</w:t></w:r><w:del><w:r><w:delText>97.6%</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>98.1%</w:t></w:r></w:ins><w:r><w:rPr><w:strike/></w:rPr><w:t>，位居第一</w:t></w:r>"
        '<w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>，较上年提高</w:t></w:r><w:r><w:t>1.2个百分点。</w:t></w:r></w:p>'
    )
    (lines,) = lines_of(docx(tmp_path, p("某镇工作总结", CENTER) + p(BODY) + para))
    assert lines[-1] == "满意度达到98.1%，较上年提高1.2个百分点。"


def test_page_break_before_a_centered_title_opens_a_new_essay(tmp_path: Path) -> None:
    # (the text before the first new title is an essay when it holds 100 characters of prose)
    body = p("龙潭乡经验做法", CENTER) + p(BODY) + p(BODY2) + p(BODY) + PAGE + p("培训心得体会", CENTER) + p(BODY2)
    docs, _ = read_sources([docx(tmp_path, body)])
    assert [d.title for d in docs] == ["龙潭乡经验做法", "培训心得体会"]
    # a page break inside one text (the next page goes on with prose) splits nothing
    docs, _ = read_sources([docx(tmp_path, p("龙潭乡经验做法", CENTER) + p(BODY) + PAGE + p(BODY2))])
    assert len(docs) == 1


def test_cover_contents_superscript_marks_and_end_notes_go(tmp_path: Path) -> None:
    toc = "".join(p(e, '<w:pStyle w:val="TOC1"/>') for e in ("一、基本情况 1", "二、存在问题 2"))
    body = (
        p("某镇调研报告", CENTER) + p("某镇人民政府调研组", CENTER) + PAGE + p("目　　录", CENTER) + toc + PAGE
        + p("关于某镇人居环境的调研报告", CENTER) + p("一、基本情况", '<w:outlineLvl w:val="0"/>')
        + "<w:p><w:r><w:t>累计投入资金3860万元</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
        "<w:t>①</w:t></w:r><w:r><w:t>，新建公厕面积1200m</w:t></w:r><w:r><w:rPr>"
        '<w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t>，成效明显。</w:t></w:r></w:p>'
        + p(BODY) + p("————————") + p("注：①数据来源：财政决算报表。") + p("②按有效问卷计算。")
    )
    (lines,) = lines_of(docx(tmp_path, body))
    assert lines == ["关于某镇人居环境的调研报告", "一、基本情况", "累计投入资金3860万元，新建公厕面积1200m2，成效明显。", BODY]


def test_editing_notes_typed_into_a_draft_go_and_are_counted(tmp_path: Path) -> None:
    text = (
        "某镇工作总结\n撰写调研文章4篇。【审核意见：请写明刊物名称】认真落实责任制，带动农户4100余户（待核实），成效明显。\n"
        "储备后备力量48名。【王书记批注：数字与台账不一致，再核】【此处插入照片：揭牌仪式】\n"
        "【典型案例】某村推行积分制管理办法（试行），群众参与度明显提高，效果良好。\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (doc,) = clean_docs(read_sources([tmp_path / "a.txt"])[0])
    got = [q.text for q in doc.paragraphs]
    assert got[0] == "撰写调研文章4篇。认真落实责任制，带动农户4100余户，成效明显。"
    assert got[1] == "储备后备力量48名。"
    assert got[2].startswith("【典型案例】") and "（试行）" in got[2]
    assert doc.removed["notes"] > 20


MD = """---
title: 年终材料
---

[TOC]

# 某镇党政办公室工作总结

> [!note] 初稿，交主任审核
> 12月数据待补

全年起草各类文稿216篇，文稿质量明显提升。[^1] 具体安排详见[[工作要点]]，另见[[规划|三年规划]]。

![[现场.jpg]]

<!-- 数据待补充
再核 -->

## 一、主要工作

> 县委办在通报中指出：“办文质量高，值得学习借鉴。”

[^1]: 数据截至12月20日。

---

# 几点心得体会

**把学习当作第一需要**

党政办是镇党委、政府的参谋部，写材料、办文件，样样离不开学习，这是我最深的体会。

#年终总结 #党政办
"""


def test_markdown_note_marks_go_and_a_rule_before_a_title_opens_a_text() -> None:
    lines, hints, starts = read_markdown(MD)
    text = [s for s in lines if s.strip()]
    assert "全年起草各类文稿216篇，文稿质量明显提升。 具体安排详见工作要点，另见三年规划。" in text
    assert "县委办在通报中指出：“办文质量高，值得学习借鉴。”" in text
    assert not any(s in "\n".join(text) for s in ("[TOC]", "[!note]", "数据待补", "现场.jpg", "[^1", "#年终", "12月20日"))
    assert [lines[i] for i in starts] == ["几点心得体会"]
    assert "把学习当作第一需要" in [lines[i] for i in hints]
    # (a rule inside one text, no title after it, and # headings of one text split nothing)
    assert read_markdown("# 总结\n\n" + "正文写了很多很多内容，而且足够长。\n\n---\n\n## 二、下一步\n\n正文。\n")[2] == []
    # (a heading typed without its space is no tag: it keeps its text)
    assert read_markdown("#一、基本情况\n")[0] == ["#一、基本情况"]


CHAT = """微信聊天记录导出　群聊：材料组（9人）
导出时间：2026-01-12 22:05:31

—————  2026-01-08  —————

吴志刚  20:41:07
各位，我先起了个草稿，大家帮忙挑挑毛病[抱拳]

吴志刚  20:42:15
以党建激活村级集体经济
近年来，乡党委坚持把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，探索推行新模式，推动全乡11个村集体经济破零增收，成效明显。
一、建强主心骨

刘洋  20:44:52
[强][强]

王磊  20:47:30
「吴志刚：组建村级合作社45个」
- - - - - - - -
合作社数字要不要再核一下？

吴志刚 撤回了一条消息

吴志刚  20:52:40
二、织密利益链
坚持先富带后富、村强带民富，推行订单生产，由合作社统一供种、统一技术、统一收购，带动1860户农户参与产业发展，户均年增收4300元。

罗丹  08:13:40
成长的几点体会
2023年7月，我通过选调来到大坪乡工作，先后在党政办、乡村振兴办工作，并包联石垭村，在领导和同事们的帮助下逐渐成长为基层干部。

罗丹  08:32:10
收到[OK]
"""


def test_group_chat_keeps_the_drafts_each_sender_posts(tmp_path: Path) -> None:
    (tmp_path / "chat.txt").write_text(CHAT, encoding="utf-8")
    got = lines_of(tmp_path / "chat.txt")
    assert [g[0] for g in got] == ["以党建激活村级集体经济", "成长的几点体会"]
    assert got[0][-2:] == ["二、织密利益链", got[0][-1]] and "一、建强主心骨" in got[0]
    assert not any(s in "\n".join(got[0]) for s in ("[强]", "合作社数字", "撤回", "吴志刚", "草稿"))
    # (a text with a time or two in it is no chat)
    (tmp_path / "t.txt").write_text("会议纪要\n张三  09:30\n" + BODY + "\n李四  10:00\n" + BODY2 + "\n", encoding="utf-8")
    assert lines_of(tmp_path / "t.txt")[0][1] == "张三  09:30"


JOURNAL = """中国知网　CNKI　https://www.cnki.net
下载日期：2026-01-11

基层论坛　2025年第12期　　　　　基层实践

双河镇以微网格提升基层治理效能的实践

张海燕①
（中共青岚县双河镇委员会，青岚　418300）

【摘要】本文总结了双河镇推行微网格治理的主要做法和初步成效。
【关键词】网格化治理；微网格
中图分类号：D422.6　　文献标识码：A

　　近年来，青岚县双河镇针对辖区人口多、流动
性大等问题，化解率98.6%②，推动治理力量下沉。
一、主要做法
　　双河镇以村为基础，细分为318个微网格。引导农户以村为
【本刊推荐】专栏持续征稿，欢迎来稿
交流。
单位成立合作社。

①作者简介：张海燕，女，主要研究方向为基层治理。

· 36 ·
(C)1994-2026 China Academic Journal Electronic Publishing House. All rights reserved.

参考文献：
[1]李明.网格化治理的实践逻辑[J].基层治理研究,2023(6):45-49.
（责任编辑：李　默）
"""


def test_journal_pages_lose_the_journals_furniture(tmp_path: Path) -> None:
    (tmp_path / "j.txt").write_text(JOURNAL, encoding="utf-8")
    (lines,) = lines_of(tmp_path / "j.txt")
    assert lines[0] == "双河镇以微网格提升基层治理效能的实践"
    assert "性大等问题，化解率98.6%，推动治理力量下沉。" in lines
    assert "单位成立合作社。" in lines
    text = "\n".join(lines)
    for gone in ("知网", "张海燕", "418300", "摘要", "关键词", "中图分类号", "本刊推荐", "作者简介", "Publishing",
                 "参考文献", "[J]", "责任编辑"):
        assert gone not in text, gone
    # (an abstract alone, without key words or a classification number, is no journal's)
    (tmp_path / "k.txt").write_text("调研报告\n摘要：本文总结了做法。\n" + BODY + "\n参考文献：\n", encoding="utf-8")
    assert "参考文献：" in lines_of(tmp_path / "k.txt")[0]
