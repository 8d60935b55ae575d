"""Pages of sites the project never saw while its rules were written, labelled by hand.

Each folder holds scraped pages (h*.txt, g*.txt) and gold.yaml: per page its essays with their
titles, headings and strings of the author's text that must survive, and strings of furniture
that must go.  The pages and labels were written by a helper who had not read the cleaning
rules.  heldout_clean was measured first and its misses read while the rules were fixed, so it
is a development set; heldout_clean2 was written after that and measured once (the figures in
the comment below), then its misses were read and some fixed: it is a development set now too.
heldout_clean3 (a document site, a WeChat repost, a government portal, a forum thread in
Traditional script, a mobile page, a personal library page) went the same way a session later,
and heldout_clean4 (text copied out of a PDF, a question-and-answer page, a news app, an office
system's export, a blog with its sidebar inside the text, three essays under other marks) one
session after that, and heldout_clean5 (a county government's article page, a forwarded e-mail,
a Word file saved as text, a self-media page in Traditional script, a study site's collection
with its teachers' notes, a forum thread) in the same session, after the rules from set 4.
The floors are what is measured now; a change that lowers one is a regression.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from drafter.clean import clean_docs
from drafter.corpus import read_sources
from drafter.outline import outline

DATA = Path(__file__).parent / "data"


@dataclass
class Score:
    docs: int = 0
    docs_ok: int = 0
    titles_ok: int = 0
    headings: int = 0
    headings_ok: int = 0
    keep: int = 0
    keep_ok: int = 0
    drop: int = 0
    drop_ok: int = 0
    misses: list[str] = field(default_factory=list)


def _marker(marker: str) -> str:
    # the gold writes a marker as the page did; cleaning makes its marks full-width
    return marker.replace("(", "（").replace(")", "）").rstrip("，,")


def score(folder: str) -> Score:
    gold = yaml.safe_load((DATA / folder / "gold.yaml").read_text(encoding="utf-8"))
    s = Score()
    for name, page in gold.items():
        sources, problems = read_sources([DATA / folder / name])
        # (a file that could not be read counts every label as missed, its noise included)
        s.misses += [f"{name} unread {p.message}" for p in problems]
        docs = clean_docs(sources)
        s.docs += len(page["documents"])
        s.docs_ok += len(page["documents"]) if len(docs) == len(page["documents"]) else 0
        # (a gold document the cleaning did not make counts all its headings and strings as missed)
        for want, doc in zip(page["documents"], [*docs, *[None] * len(page["documents"])], strict=False):
            s.titles_ok += doc is not None and doc.title == want["title"]
            # (the outline as `drafter outline` makes it: with the lines the file styles as headings)
            heads = [] if doc is None else outline(doc, frozenset(doc.heading_lines))
            got = [(h.level, _marker(h.marker), h.text) for h in heads]
            for h in want.get("headings") or []:
                s.headings += 1
                # (the labels of heldout_clean2 cut a heading that opens its paragraph, 第一，聚焦
                #招商引资，增强发展后劲。…, at its first comma; the outline keeps its clauses)
                found = any(
                    (level, marker) == (h["level"], _marker(h["marker"])) and (text + "，").startswith(h["text"] + "，")
                    for level, marker, text in got
                )
                s.headings_ok += found
                if not found:
                    s.misses.append(f"{name} heading {h}")
            text = "" if doc is None else "\n".join(p.text for p in doc.paragraphs)
            for kept in want.get("must_keep") or []:
                s.keep += 1
                s.keep_ok += kept in text
                if kept not in text:
                    s.misses.append(f"{name} keep {kept}")
        everything = "\n".join(d.title + "\n" + "\n".join(p.text for p in d.paragraphs) for d in docs)
        for noise in page.get("must_drop") or []:
            s.drop += 1
            s.drop_ok += noise not in everything and not problems
            if noise in everything or problems:
                s.misses.append(f"{name} drop {noise}")
    return s


# (folder, floors: documents split right, titles, headings, kept strings, dropped strings)
FLOORS = {
    "heldout_clean": (9, 9, 53, 52, 136),
    # measured once before its misses were read: (5, 3, 31, 31, 141) of (11, 11, 73, 65, 190)
    "heldout_clean2": (11, 11, 73, 65, 190),
    # measured once before its misses were read: (9, 5, 38, 76, 101) of (9, 9, 55, 76, 147);
    # the code before the rules from heldout_clean2 gave (9, 5, 25, 76, 89)
    "heldout_clean3": (9, 9, 55, 76, 147),
    # measured once before its misses were read: (4, 2, 13, 61, 114) of (9, 9, 62, 108, 165)
    "heldout_clean4": (9, 9, 62, 107, 165),
    # measured once before its misses were read, with the rules from heldout_clean4 in:
    # (9, 6, 26, 111, 97) of (9, 9, 39, 112, 164)
    # session 10 (sign-offs, an e-mail's signature, a self-media greeting): 157 → 164 dropped
    "heldout_clean5": (9, 9, 39, 111, 164),
    # measured once before its misses were read (session 8, code of the session's start):
    # (4, 1, 22, 94, 82) of (9, 9, 49, 124, 186)
    # session 10 (sign-offs, GBK read as Latin-1): (…, 123, 181) → (…, 124, 186)
    "heldout_clean6": (9, 9, 49, 124, 186),
    # measured once before its misses were read (session 9, cleaning code of the session's start):
    # (8, 8, 37, 101, 140) of (10, 10, 68, 124, 175)
    # then its misses were read and some fixed (not its 版记):
    # (10, 10, 68, 121, 165); session 10 (sign-offs and a document's 附注 and 印发 line, a forum
    # signature and the next poster's name, a book's running header met once in an essay):
    "heldout_clean7": (10, 10, 68, 122, 175),
    # a users' corpus: .docx (Word styles, tracked changes, comments, fields), Markdown, a group
    # chat, a journal's PDF text; measured once before its misses were read (session 10, code of
    # the session's start): (2, 3, 25, 81, 54); then (session 10) its misses were read and the
    # reading of .docx, Markdown, chat exports and journals' pages fixed (not its signatures):
    # (10, 10, 58, 130, 121); the sign-off rules, written from sets 5–7 without this set's pages,
    # then took 10 of its 11 signature and date lines:
    "heldout_clean8": (10, 10, 58, 130, 131),
    # Word and WPS files with text boxes, content controls, real footnotes and endnotes, fields,
    # hidden text, outline levels, merged cells, a 红头 and a 版记, and a notes app's Markdown;
    # measured once before its misses were read (session 10): (2, 5, 28, 74, 72) of (10, 10, 78,
    # 125, 111) with the code of the session's start, and this with the readers written from
    # heldout_clean8 in: (8, 7, 51, 107, 84); session 10, after its misses were read (hidden text,
    # Symbol characters, content controls' prompts, a form wrapping a speech, bold and centred
    # headings, bylines under a title, soft hyphens, a notes app's markup and its several texts,
    # decimal outline numbers; the outline scored with the lines styled as headings, as
    # `drafter outline` makes it, which changes no other set's score):
    "heldout_clean9": (10, 10, 78, 125, 111),
    # users' files of other makers (WPS numbering from heading styles, a LibreOffice-saved 简报 in
    # two columns, an online doc's export, a layout table, PDF text hard-wrapped with page feet in
    # GB18030 and CR line ends, a WeChat article in UTF-16, a notes app's Markdown with front
    # matter), written by a helper who neither read nor ran the code; measured once before its
    # misses were read (session 11), with the code of the session's start, of (10, 10, 80, 138, 99):
    # (6, 6, 22, 110, 77); then (session 11) its misses were read and fixed: WPS's Normal is style
    # "1" (a bare number is a heading style only when the style's name is unknown), 附件1 over an
    # attachment's title after a section break, a title typed as two centred paragraphs in one
    # large size, a 简报's masthead over its rule, a heading set in a typeface of its own, bylines
    # of 委员 and signatures of a 主席团, 供稿 credits, （此数据请…核实）, PDF texts one after another
    # (the next opens after the sign-off's date) and a title the page wrapped, emoji in sentences,
    # an account's credit lines (文字：… 图片：…, 终审：…) and the bars before its headings:
    "heldout_clean10": (10, 10, 80, 138, 99),
    # users' files again (an AI chat answer pasted as Markdown, old Word in compatibility mode
    # with headings typed with tabs, WPS 另存为文本 holding three essays numbered 1.1.1 and
    # 第一部分, a 会议纪要 and a 心得体会 with poetry, Big5 with 「」), written by a helper who
    # neither read nor ran the code; measured once before its misses were read (session 11):
    # (5, 6, 31, 76, 38) of (8, 8, 59, 98, 53) with the code of the session's start, and
    # (5, 7, 42, 86, 41) with the readers written from heldout_clean10 in; then (session 11) its
    # misses were read and fixed: an AI assistant's closing offer with its options and its tip
    # on the draft, a byline of a unit and a name (under a subtitle too), a 会议纪要's 时间 line
    # and its fields each a line, a speech's title after a sign-off with a byline, a date and a
    # salutation over its prose; session 13: 覆核 in its Big5 text, which t2s keeps, is 复核 as the
    # label has it (t2s._mainland):
    "heldout_clean11": (8, 8, 59, 98, 53),
    # users' files of yet other makers (an e-mail saved as text with its headers, signature and a
    # quoted notice, bold lead sentences and a landscape section, 密级 and 文号 in header tables
    # with STYLEREF running heads, a forum thread reposting an account's article over two posts,
    # a GBK 材料汇编 with a cover and a typed 目录, headings indented with 全角空格 numbered 1. 2.1
    # (1) ①, an 附件 essay after its report), written by a helper who neither read nor ran the
    # code; measured once before its misses were read (session 12), with the code of the
    # session's start, of (9, 9, 67, 128, 112): (7, 7, 51, 122, 98); then (session 12) its misses
    # were read and fixed: an attachment under a bare 附件 label after its report's 附件 list
    # and sign-off is an essay of its own, an e-mail's header and the note over the report it
    # carries, its confidentiality notice and the attribution over the quoted message, a post's
    # （未完，接2楼） and （接1楼） and a floor's name alone, captions of one clause ending on 。,
    # an account's 01 / 02 on a line over its headings:
    "heldout_clean12": (9, 9, 67, 128, 112),
    # yet others (a Notepad UTF-16 BE save with pinyin in six bracket shapes, three UTF-8 files
    # joined with BOMs inside and （正文完） under each, OCR of a scanned 红头文件 with spaced lines
    # and page numbers cutting words, a county portal page of two pages, Markdown with raw HTML
    # headings, a table and entities, Word's automatic numbering on Normal paragraphs restarting
    # in a second essay with footnotes and a text box), written by a helper who neither read nor
    # ran the code; measured once before its misses were read (session 13), with the code of
    # the session's start, of (9, 9, 69, 142, 102): (6, 6, 41, 115, 90); then (session 13) its
    # misses were read and fixed: pinyin in square, lenticular and tortoise-shell brackets (a
    # tone number in lower case), a BOM inside a file, texts joined after an end mark or a rule
    # (（正文完）, ==========) when a title with prose under it follows, （一）、 as （一）, 一. before a
    # year, a heading OCR'd with a space after every character, one-character headings running
    # into their paragraphs (three, or two the essay lists with 、), Markdown's HTML headings,
    # breaks after a heading or a label, note marks, images and tables (mdhtml.py), and a Word
    # footnote's custom mark:
    "heldout_clean13": (9, 9, 69, 142, 102),
    # and others again (a GBK 工作要点 with ㈠ and ⑴ families and more than ten sections, a 范文
    # page of 【篇一】【篇二】 with a paragraph of mojibake (UTF-8 read as Windows-1252) to repair,
    # a .docx with tracked changes not yet accepted and heading styles that mislead, Markdown
    # converted from Word (setext headings, escaped markers, hard-wrapped lines), a Hong Kong
    # page in Traditional script with nested 「『』」, a WeChat post carrying two essays), written
    # by a helper who neither read nor ran the code; measured once before its misses were read
    # (session 14), with the code of the session's start, of (8, 8, 65, 147, 87): (6, 6, 51,
    # 132, 78); then (session 14) its misses were read and fixed: ㈠…㈩ as the markers of
    # （一）…（十）, the note of a document's adoption under its title, UTF-8 read as
    # Windows-1252 with its undefined bytes and its runs through ï and ã, a framed 【相关推荐】,
    # a converter's Markdown (backslash escapes, hard breaks, setext headings, image
    # attributes), a writer's line over a paragraph wrapped at a page's width, Hong Kong forms
    # (衞 → 卫), headings a bullet sets off (● …), a post's essays split at each writer's line.
    # Not its masked name kept as ***: cleaning writes every mask as the placeholder ×××.
    "heldout_clean14": (8, 8, 65, 146, 87),
    # and others again, aimed at outlines and splitting (a 范文 page with a 目录 of dot leaders
    # and page numbers over 范文一/范文二, a .docx whose headings are Normal paragraphs with outline
    # levels under a table-of-contents field, five marker families deep with families coming
    # back, captions and in-sentence （1） that are no headings, bold lead sentences in Markdown,
    # a GB18030 speech, 第一部分 over 〖〗-framed headings), written by a helper who neither read
    # nor ran the code; measured once before its misses were read (session 14), with the code of
    # the session's start and again with that session's code before, of (6, 6, 56, 124, 46):
    # (6, 6, 46, 123, 41); then its misses were read and fixed: an editor's note under a speech
    # (（根据录音整理，未经本人审阅）) and a site's count of characters (（本文共…字，下载后可编辑）) as
    # furniture, which frees the sign-off over it; captions (图1　…, 表1 …) and a document named on a
    # line of its own (《…》) no headings; a quotation set in bold inside a sentence of Markdown
    # (推行**“…”**模式) without its marks; a bold sentence leading its paragraph of Markdown as a
    # heading; lines framed in 〖〗 as headings without the frame:
    "heldout_clean15": (6, 6, 56, 124, 46),
    # and a third set of session 14 (a 实施方案 on letterhead copied out of a PDF, with a page
    # footer of unit and page count and the document number repeated as a header, two 述职报告
    # pasted from an OA system with 【标题】【正文】【附件】【审批意见】 fields, a WPS .docx holding
    # its essay in a one-cell table with headings set only in a bigger font), written by a helper
    # who neither read nor ran the code; measured before its misses were read, with the code of
    # the session's start and with that session's final code (the same), of (4, 4, 33, 72, 37):
    # (2, 3, 21, 58, 22); then its misses were read and fixed: an OA system's field lines under
    # their bracketed labels (【流水号】…, 【标　题】…, 【附件】…, 【审批意见】) and its approvers'
    # lines (…　某某　2026-01-09 16:20　意见：同意。) as furniture, which frees the sign-off over
    # them, and not counted among the few lines of furniture between a dated sign-off and the
    # next text's title (two records become two essays); a masked name alone under the title
    # (×××) as a byline; a running footer of unit and page count (…文件　第 1 页 共 3 页) found
    # though no line opens like a page number, which takes the repeated 文号 header with it:
    "heldout_clean16": (4, 4, 33, 72, 37),
    # set 17, written in session 15 without reading the code (a 范文 page of three essays, the
    # first synonym-spun with substitutions of its own; a Traditional page with pinyin and
    # two-character headings; leads framed X得Y是Z; 第一、 with 其一/其二 and 首先/其次 typed with
    # half-width marks): measured blind with the code of the session's start, (7, 5, 17, 121, 97)
    # of (7, 7, 31, 133, 104); then its misses were read and fixed: an essay mark after the page's
    # title (某某述职报告 篇1), whose title is the essay's; headings of two characters over the
    # quotation they open (慎独。“…”), as a set sharing a character or listed with 、; a slogan of
    # four-character phrases under the title over the opening paragraph as no heading; the
    # spinner's 大众, 操纵 and 时刻 read back inside a spun passage (人民大众, 可操纵, 时刻把… stay);
    # © and · as bytes of GBK read as Latin-1, not a copyright line or a bar of links; a title
    # stuffed after a comma taking the comma with it.  Not fixed: the gold keeps masks as typed
    # (***同志, **村) where cleaning writes every mask ×××, as set 1's gold does (3 kept strings):
    "heldout_clean17": (7, 7, 31, 130, 104),
    # set 18, written in session 15 without reading the code (a Word file whose 第一部分/一、/①
    # and 甲、乙、丙、 numbers come only from numbering.xml, a 讲话稿 of 第一，/同志们，第三，
    # points on a 范文 page with a spun paragraph, a PDF copy whose 抓…，关键在…，让… headings wrap
    # over two lines): measured blind with the code of the session's start (4, 2, 11, 73, 19),
    # then its misses read and fixed: 甲、乙、丙、 a family of markers, a 第N， point after
    # 同志们， once 第一， has led, two spinner's words in a short paragraph marking it spun (and
    # 人民大众 running into a noun read back), a site's channel after its name and a collection's
    # name at a page break as furniture, a column's label over the title not the title, and
    # lines of one clause frame, wrapped at the page's width, headings of their own:
    "heldout_clean18": (4, 4, 18, 76, 26),
    # set 19, written in session 15 without reading the code (a 范文 page with side-by-side
    # fields, a 字号 selector, a 【site】 watermark mid-paragraph and a section spun with
    # substitutions of its own; a .docx with a paragraph typed in half-width marks; a Markdown note
    # of two clipped pages with front matter, a 锟斤拷 paragraph and U+FFFD marks): blind
    # (4, 4, 9, 54, 27) with the code of the session's start, (4, 4, 12, 54, 27) with the code
    # after sets 17 and 18 were read; then its misses read and fixed: a spinner's common words
    # (出产, 鼓吹, 供给, 办事, 查抄, 方针, 平安, 根本, 加速) read back in a spun passage, each left
    # alone in the phrases of plain prose (平安 restored only before 检查/生产/…, 根本 only before
    # 设施/…), a site's name stamped mid-paragraph (【范文365】), a domain written with a middle dot
    # (（site·com）), and 上篇文章：/下篇文章：/手机扫码阅读 as furniture:
    "heldout_clean19": (4, 4, 13, 63, 36),
    # set 20, written in session 15 without reading the code (a 调研报告 .docx four levels deep
    # whose headings are set only by 黑体/楷体 fonts, with a typed 目录 and a table; a WPS text
    # of two essays indented with full-width spaces, a title typed over two lines and headings
    # ending in 。 or ：; a 经验交流材料 with 一是/二是 heading+body items): blind
    # (4, 4, 34, 95, 14) of (4, 4, 34, 95, 15) with the code of the session's start and the
    # current code alike; then a note of which draft a document is under its title ((第三稿，…
    # 按…意见修改), (征求意见稿)) is dropped like an adoption note:
    "heldout_clean20": (4, 4, 34, 95, 15),
    # set 21, written in session 16 without reading the code (a 文库 preview page of a spun
    # 经验交流材料 with VIP/下载券 furniture, page footers cutting words and a 展开阅读全文 fold; a
    # clerk's collection file of a 知乎 answer with zero-width buttons and its copy block, and a
    # Taiwan Traditional 心得体会 with 「『』」; a PDF pasted into Word a paragraph per line with
    # page numbers mid-sentence; an OCR'd speech without indentation in mixed ASCII/full-width
    # marks): blind (3, 3, 18, 83, 28) of (5, 5, 31, 120, 40); then its misses were read and the
    # rules of a question-and-answer site's furniture, a clerk's 素材 labels, a document site's
    # fold and a spinner's further substitutions added:
    "heldout_clean21": (5, 5, 31, 120, 40),
    # set 22, written in session 16 without reading the code (a 调研报告 .docx of 第一章/第一节
    # set in heading styles with bold 一、 leads under them; a text of three essays parted only by
    # a blank line and the next title, among them a speech of 第一点，… and 一抓/二抓 and a report
    # whose 首先/其次/再次/最后 are level 2; a Markdown note of two # essays with 〔一〕 headings, bold
    # unmarked leads and ◆ lines): blind (1, 3, 3, 66, 15) of (6, 6, 43, 114, 17); then its
    # misses read and fixed: essays one blank line apart in a file of unparted paragraphs parted
    # at a title naming its kind, a second # title after a front matter a new text, 第一章/
    # 第一节/第一点/一抓/〔一〕/［一］ families of markers, 首先，我代表…表示感谢 no heading, a
    # clerk's filing note under an essay ((已报…，2025年10月20日)) dropped:
    "heldout_clean22": (6, 6, 43, 114, 17),
    # set 23, written in session 16 without reading the code (a Word 2007 述职述廉报告 from a
    # county template, its body in one content control, with smart tags, customXml and a
    # MERGEFIELD mid-sentence; a WPS file of two essays whose headings sit in text boxes (each
    # held twice, with the fallback copy) or carry only a custom style based on the heading
    # styles, with a stale 目录; a speech exported from an OA system as UTF-16 LE without a BOM; a
    # GB18030 text with 4-byte characters in names): blind (4, 4, 17, 89, 20) of
    # (5, 5, 37, 115, 25), the UTF-16 file unread; full marks once UTF-16 without a BOM is read,
    # a heading alone in a text box is read once, a style's outline level comes through basedOn,
    # and a template's word to whoever fills it and an OA system's export stamp go:
    "heldout_clean23": (5, 5, 37, 115, 25),
    # set 24, written in session 16 without reading the code (a 述职报告 .docx of 一、德：…/
    # 五、廉：… Heading 1 lines with 1）items and a 个人基本情况 block; a clerk's text of a
    # 工作总结 with unnumbered sections, 1.…：… and a)/b) items and a 心得体会 of 学什么？/思什么？
    # heads; an 经验交流材料 .docx of bold 一个中心：/两个抓手：/三项机制： heads with 1）and ①
    # items; a 范文 page of a 述职述廉报告 headed 德——…/廉——… with （一）抓什么：… under 绩):
    # blind (5, 5, 24, 115, 26) of (5, 5, 44, 115, 27); then (session 16) its misses were read
    # and fixed: a marked heading alone on its line keeps what follows its inner ：/？ when no
    # sentence does, parallel heads of a short head and a phrase (德——…, 学什么？…) stand alone
    # unmarked, a) b) items are a family, two bold lines in a row between paragraphs both head,
    # and a 范文 site's 【导读】 is furniture:
    "heldout_clean24": (5, 5, 44, 115, 27),
    # set 25, written in session 16 without reading the code, after the seeds (a WordPress 范文
    # post with ruby pinyin glued to its characters (乡xiāng镇zhèn), a bare anti-copy domain in
    # sentences, a spinner's one-way dictionary over one essay, excerpts cut with […] and a
    # comment thread; a GBK aggregator page in a naive Traditional conversion (乾部, 隻爭朝夕) with
    # 注音 and ? for lost characters, essays labelled 範文（一）; a 搜狐号 post with a fold mid-essay,
    # a paragraph of UTF-8 read as GBK, essays parted by —— 01 ——): blind (2, 1, 26, 72, 31) of
    # (6, 6, 34, 114, 40) with the code of the session's start and after sets 21–23 alike:
    "heldout_clean25": (6, 6, 34, 114, 40),
    # set 26, written in session 16 without reading the code as a sample of ordinary input (a
    # GBK 范文 page of two essays under 篇一：/篇二： with 首先/其次/再次/最后 points; a clerk's
    # Word 述职述廉报告 with heading styles over typed numbers, bold 1. leads and a table; a
    # WeChat article copied on a phone, unmarked heads over 一是 items and the copy-all button
    # text; a note app's Markdown speech with ## 一、 and bold 一是 leads): blind
    # (5, 5, 30, 103, 31) of (5, 5, 36, 103, 40) with the code of the session's start and with
    # the code after sets 21–25 alike; read, (5, 5, 36, 103, 40):
    "heldout_clean26": (5, 5, 36, 103, 40),
    # set 27, written at the end of session 16 without reading the code as a sample of ordinary
    # input (a 范文 page of two essays under 范文一/范文二; a clerk's Word 述职报告 with 黑体
    # headings and bold 楷体 leads; a county OA portal page saved as GBK with unmarked parallel
    # heads), held out, its misses not read yet: (4, 3, 25, 75, 23) of (4, 4, 25, 75, 25) with
    # the code of the session's start and its end alike (the portal's name taken for the title,
    # a 供稿 credit kept):
    "heldout_clean27": (4, 3, 25, 75, 23),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_pages_of_unseen_sites(folder: str) -> None:
    s = score(folder)
    got = (s.docs_ok, s.titles_ok, s.headings_ok, s.keep_ok, s.drop_ok)
    assert all(g >= f for g, f in zip(got, FLOORS[folder], strict=True)), (got, s.misses)
