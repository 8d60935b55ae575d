"""Outline: the heading tree of a cleaned document.

A heading is a paragraph that opens with a marker — 一、 （一） 1. 2.1 （1） 第一， 一是/一要,
首先/其次/最后, a single character (诚。) or two over a quotation (慎独。“…”, charheads.py) — or
one that is a short title line, or one of several paragraphs opening with the same lead
sentence (干工作既要…更要…, X是Y。), or one of several lines of a short head and its phrase
(德——讲政治…, 学什么？学理论…: phraseheads.py).  Enumerations in the middle of a paragraph are
body text.  A heading that leads its paragraph (一、加强学习。该同志…) is split into heading
text and `lead`.

Levels are nesting depth, decided by the order in which marker families appear in the document
(the first family seen is level 1, a new family nests under the current heading, a family seen
before closes everything opened after it) — not by a fixed table, because essays disagree.

Cleaning uses the markers and lead sentences to split off siblings a lost line break glued
into the paragraph before (breaks.py).
"""

from __future__ import annotations

import re

from .charheads import pair_heads, single_run_ins
from .leads import parallel_frames, parallel_leads
from .markers import _FAMILIES as _FAMILIES
from .markers import HAN as HAN
from .markers import INLINE_FAMILIES, Marker, paragraph_marker
from .markers import ORDINAL_FAMILIES as ORDINAL_FAMILIES
from .markers import SEQUENCE as SEQUENCE
from .markers import STEMS as STEMS
from .markers import marker_kind as marker_kind
from .model import CleanDoc, OutlineHeading
from .numerals import CIRCLED as CIRCLED
from .numerals import UNITS as UNITS
from .numerals import cn_number as cn_number
from .numerals import number_lines
from .phraseheads import phrase_heads

_END = "。！？：；"
_SALUTATION = re.compile("(?:同志们|同志們|各位|尊敬的|亲爱的|親愛的|老师们|朋友们|大家)")
# A speaker's call to the hall before a point of the speech (同志们，第三，要…)
_CALLED = re.compile("(?:同志们|同志們|各位同志|朋友们|朋友們)[，,]")
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|^[（(]?\d{4}[-./]\d{1,2}")


def _first_sentence(text: str) -> tuple[str, str]:
    """(heading text without end punctuation, the body that runs on after it)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "“‘「（(《":
            depth += 1
        elif ch in "”’」）)》":
            depth = max(0, depth - 1)
        elif ch in _END and depth == 0:
            return text[:i].strip(), text[i + 1 :].strip()
    return text.strip().rstrip("。.；;：:！!？?"), ""


# A marked line that is one heading though it holds a 。-less cut (德：坚定理想信念，始终…, 抓什么：
# 抓住…这个重点, 学什么？学理论…): a short head, the mark, and a phrase with no sentence in it —
# where 粮食生产：全镇落实…。具体… leads its paragraph, what follows its colon being sentences, and
# 活动时间：2026年3月1日 is a field and its value (a number in it)
_ONE_HEADING = re.compile(r"[^。！？：；]{1,12}[：？][^。！？：；\d]{2,30}")


# The writer named under the title or at the foot (县委政研室调研组, 西河乡党委): a byline,
# which heads nothing
_BYLINE = re.compile(
    r"[\w（）()·]{1,20}(?:人民政府|政府|委员会|党委|党工委|党支部|党总支|办公室|研究室|政研室|调研组|课题组|工作组"
    r"|调查组|局|中心)"
    r"|[\w（）()·]{0,20}[×＊*]{2,3}"  # (or a writer's post and masked name: 某某乡乡长×××)
)


# The short first sentence of a paragraph Markdown marks as a heading (its lead set in bold)
_STYLED_LEAD = re.compile(r"[^。！？：；“‘「（(《]{2,40}[。！？]")
# A figure's or a table's caption (图1　…, 表2-1 …, 附图3：…): it names what stands over or under
# it, and heads no section.  (Cleaning takes out the wide space between 图1 and a Han character.)
_CAPTION = re.compile(rf"附?[图表圖]\s*\d{{1,2}}(?:[-—–.．]\d{{1,2}})?(?:[ \u3000]+\S|[：:]\s*\S|[{HAN}“《])")


def _styled_lead(text: str, marked: bool) -> tuple[str, str] | None:
    """(heading, body) of a paragraph marked as a heading (`marked`: by Markdown) that goes on
    after its first sentence (**抓产业、促增收。**围绕…), where that sentence is short; None: no
    such lead."""
    m = _STYLED_LEAD.match(text) if marked else None
    return None if m is None or m.end() == len(text) else _first_sentence(text)


def caption(text: str) -> bool:
    """Whether a paragraph is a figure's or a table's caption: short, no sentence in it."""
    return text[:1] in "图表圖附" and len(text) <= 60 and _CAPTION.match(text) is not None \
        and not any(ch in text for ch in "。！？；")


def _title_line(text: str) -> bool:
    if _DATE.search(text) or text.startswith(("—", "－－")):
        return False  # a date line, or the subtitle under the title (——在…会议上的发言)
    if caption(text):
        return False
    if text[:1] == "《" and text[-1:] == "》" and text.count("《") == 1:
        return False  # a document cited on a line of its own (《…实施方案》): no section's heading
    if text.endswith(("：", ":")) and len(text) <= 13 and not re.search("[，。；、]", text):
        return _SALUTATION.match(text) is None  # (同志们：, 各位领导： greet; they head nothing)
    if text.endswith("。") and re.search(r"\d", text):
        return False  # 全年排查整改隐患330处。 is a fact stated in a sentence, not a heading
    return 2 <= len(text) <= 30 and not re.search(f"[{_END}，,、!?;]", text.rstrip("。"))


# ---------------------------------------------------------------- the tree


_MEMBER_BREAK = re.compile("[。！？；]")
_BOLD = {"【": "】", "〖": "〗", "［": "］", "[": "]"}


def _enumerated(text: str, marker: Marker) -> bool:
    """一要…。二要…。三要… in one paragraph, each member one sentence: an enumeration, not
    headings.  (Cleaning has already split off members that a lost line break glued to
    paragraph-opening siblings; a member running on for sentences is a run-in section.)"""
    first = _MEMBER_BREAK.search(text)
    if first is None:
        return False
    kind = marker_kind(text[first.end() : first.end() + 12] + "x")
    return kind is not None and kind[0] == marker.family and kind[1] == marker.ordinal + 1


_SLOGAN = re.compile(f"[{HAN}]{{8}}")


def _subtitle(found: list[tuple[int, str, str, str, str]]) -> bool:
    """Whether the first heading found is a slogan under the title over the opening paragraph,
    two four-character phrases (沉下身子扎根泥土; cleaning took out the wide space between them),
    the sections opening after that paragraph under headings of other shapes: a subtitle, which
    heads no section (学习《条例》的体会 there heads the essay's first section)."""
    return len(found) >= 2 and found[0][:2] == (0, "title") and found[1][0] >= 2 \
        and _SLOGAN.fullmatch(found[0][3]) is not None and all(f[1] != "title" for f in found[1:])


# A speaker's thanks, greeting or welcome to the hall (我代表县委向…表示衷心的感谢, 向…致以
# 诚挚的问候): a sentence of courtesy, whatever word opens it
_COURTESY = re.compile(
    "(?:代表|向)[^。！？]{0,60}?(?:表示|致)[^。！？]{0,8}?(?:感谢|谢意|问候|祝贺|欢迎|敬意|慰问)"
)


def _courtesy(text: str) -> bool:
    """Whether the first sentence of a paragraph is a speaker's courtesy to the hall."""
    end = _MEMBER_BREAK.search(text)
    return _COURTESY.search(text, 0, len(text) if end is None else end.start()) is not None


def _called_point(text: str, found: list[tuple[int, str, str, str, str]]) -> Marker | None:
    """The point of a speech after a call to the hall (同志们，|第三，要…): a 第N， marker,
    after 第一，/第二， headings found before it; a call before anything else is prose."""
    m = paragraph_marker(text)
    if m is None or m.family != "di-n" or m.ordinal < 2:
        return None
    return m if any(f[1] == "di-n" for f in found) else None


def outline(doc: CleanDoc, heading_lines: frozenset[int] = frozenset()) -> list[OutlineHeading]:
    """Headings of one cleaned document, in order, each with its nesting level.  `heading_lines`:
    the lines styled as headings (CleanDoc.heading_lines), of which the paragraphs of
    CleanDoc.heading_paragraphs are the headings (a line of .md may start several paragraphs)."""
    texts = [p.text for p in doc.paragraphs]
    styled = None if doc.heading_paragraphs is None else frozenset(doc.heading_paragraphs)
    found: list[tuple[int, str, str, str, str]] = []  # paragraph, family, marker, text, lead
    taken: set[int] = set()
    seen_first = False
    numbered = number_lines(texts, _title_line)  # (heading → the number on the line over it: 01)
    run_in = single_run_ins(doc.title, texts)
    paired = pair_heads(doc.title, texts)  # (慎独。“…”: a two-character head over its quotation)
    phrased = phrase_heads(texts)  # (德——讲政治，… and 学什么？学理论… in parallel: headings unmarked)
    # (Markdown marks its headings itself, a sentence leading its paragraph in bold too: the
    # headings of a .docx are read from how they are set, which a paragraph of text may share)
    marked = doc.source.endswith((".md", ".markdown"))
    for i, text in enumerate(texts):
        if i in numbered:
            found.append((i, "number-line", numbered[i], text.rstrip("。：: "), ""))
            taken.add(i)
        if i in numbered or i + 1 in numbered:  # (the heading, and its number's own line)
            continue
        m = Marker("single", "", 1, text) if i in run_in or i in paired else paragraph_marker(text)
        if m is None and text[:1] in "同各朋" and (call := _CALLED.match(text)) is not None:
            m = _called_point(text[call.end() :], found)
        if m is None and text[:1] in _BOLD and text[-1:] == _BOLD.get(text[0]) and len(text) <= 42:
            m = paragraph_marker(text[1:-1])  # a heading set off in brackets: 【一、坚持党建引领】
        if m is not None and m.family == "shouxian" and m.ordinal >= 3 and not seen_first:
            m = None  # 最后，… alone closes an essay; it is a heading only after 首先/其次
        if m is not None and m.family == "shouxian" and m.ordinal == 1 and _courtesy(m.rest):
            m = None  # (首先，我代表…表示衷心的感谢！ opens a speech with its thanks: no heading)
        if m is not None and m.family in INLINE_FAMILIES and _enumerated(text, m):
            m = None
        if m is not None:
            seen_first = seen_first or m.family == "shouxian"
            if i in paired:
                head, lead = text[:2], text[3:].strip()
            elif m.family == "single":
                head, lead = text[0], text[2:].strip()
            elif _ONE_HEADING.fullmatch(m.rest) is not None and m.rest[-1] not in "，、—“（(《":
                head, lead = m.rest, ""  # (四、绩：聚焦分管重点，推动… alone on its line: no body after 绩：)
            else:
                head, lead = _first_sentence(m.rest)
            found.append((i, m.family, m.marker.rstrip(), head, lead))
            taken.add(i)
        elif i in phrased:
            found.append((i, "phrase", "", text, ""))
            taken.add(i)
        elif doc.paragraphs[i].line in heading_lines and (styled is None or i in styled) and not caption(text) \
                and ((parts := _styled_lead(text, marked)) is not None or len(text) <= 60):
            found.append((i, "style", "", *(parts or (text.rstrip("。：:"), ""))))
            taken.add(i)
        elif _title_line(text) and not ((i <= 1 or i >= len(texts) - 2) and _BYLINE.fullmatch(text)) \
                and not (i == 0 and text[-1] in "：:"):  # (县安委会： opening a document is whom it is sent to)
            found.append((i, "title", "", text.rstrip("。：: "), ""))
            taken.add(i)
    # (lines of one clause frame, 抓…，关键在…，让…, head their sections unnumbered)
    for i in parallel_frames(texts, taken):
        found.append((i, "frame", "", texts[i], ""))
        taken.add(i)
    leads, _ = parallel_leads(texts, taken)
    for i in leads:
        head, lead = _first_sentence(texts[i])
        found.append((i, "lead", "", head, lead))
    found.sort()
    if _subtitle(found):
        del found[0]
    stack: list[str] = []
    result: list[OutlineHeading] = []
    for i, family, marker, head, lead in found:
        if family in stack:
            del stack[stack.index(family) + 1 :]
        else:
            stack.append(family)
        result.append(
            OutlineHeading(
                level=len(stack),
                marker=marker,
                text=head,
                line=doc.paragraphs[i].line,
                paragraph=i,
                family=family,
                lead=lead,
            )
        )
    return result
