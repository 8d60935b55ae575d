"""Numbered lines as headings, for the joins (paragraphs.py): which lines are shaped like a
heading (title_like: short and without a clause mark; couplet_heading: two or three balanced
clauses after a marker) and which marker families stand alone as headings in an essay, so that
their other members (三、改善人居环境，建设宜居宜业和美乡村) are not joined to the next line.
"""

from __future__ import annotations

import operator
import re
from collections import Counter

from .repeats import MARKER_START
from .textscan import line_cache

_SENT_END = "。！？"
MARKER_MAX = 5  # the longest MARKER_START match: （十二） or 第十二，
_CLAUSE_MARK = re.compile(f"[{_SENT_END}；，,、]")

NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]、?|\d{1,2}[.．、]"
                       r"|第[一二三四五六七八九十]{1,3}(?:部分)?[，,、 \u3000]"
                       r"|[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,2}、|[\u2160-\u217f][、.．]?|\d{1,2}[)）]"
                       r"|【[一二三四五六七八九十]{1,3}】)")
_CLAUSES = re.compile("[，,、]")


def couplet_heading(text: str) -> bool:
    """A numbered heading of two or three balanced clauses and no end mark (一、强化理论武装，
    筑牢思想根基): a line of its own, not a sentence broken after a comma (一、加强学习，提高)."""
    m = NUMBERED.match(text)
    if m is None or len(text) - m.end() > 30 or _CLAUSE_MARK.search(text, m.end()) is None:
        return False
    lens = [len(part) for part in _CLAUSES.split(text[m.end():].strip())]
    return 2 <= len(lens) <= 3 and min(lens) >= 3 and max(lens) - min(lens) <= 3 \
        and not any(ch in text for ch in _SENT_END)


def _family(marker: str) -> str:
    """The family of a numbered line's marker: 三、 and 十二、 → 一、; （2） → （9）."""
    return _RUN.sub(_GROUP, marker.translate(_FAMILY))


_RUN = re.compile(r"(.)\1+")
_GROUP = operator.itemgetter(1)  # (a callable, so that sub copies the group without a Python call)
_FAMILY = str.maketrans(
    "0123456789二三四五六七八九十贰貳叁參肆伍陆陸柒捌玖拾"
    + "".join(map(chr, [*range(0x2161, 0x216C), *range(0x2171, 0x217C)])),  # (Ⅱ…Ⅻ, ⅱ…ⅻ)
    "9999999999一一一一一一一一一" + "壹" * 12 + "Ⅰ" * 11 + "ⅰ" * 11,
)


def standalone_families(lines: list[str]) -> set[str]:
    """The marker families whose numbered lines stand alone as headings in the essay: one of
    them is a title or a couplet, or two of them at least are lines of clauses without an end
    mark and none of them is a sentence (一、认清形势，切实增强…紧迫感 / 二、突出重点，全面落实…)."""
    found: set[str] = set()
    shaped: dict[str, bool] = {}
    for t in lines:
        if (m := NUMBERED.match(t)) is None:
            continue
        family = _family(m.group())
        if title_like(t) or couplet_heading(t):
            found.add(family)
        else:
            shaped[family] = shaped.get(family, True) and _clauses_alone(t, m.end())
    counts = Counter(_family(m.group()) for t in lines if (m := NUMBERED.match(t)) is not None)
    return found | {f for f, ok in shaped.items() if ok and counts[f] >= 2}


def _clauses_alone(text: str, start: int) -> bool:
    """A numbered line of two or three clauses of four characters or more and no end mark."""
    if len(text) > 40 or any(ch in text for ch in _SENT_END):
        return False
    lens = [len(part) for part in _CLAUSES.split(text[start:].strip())]
    return 2 <= len(lens) <= 3 and min(lens) >= 4


def sibling_heading(text: str, families: set[str]) -> bool:
    """A numbered line of clauses (三、改善人居环境，建设宜居宜业和美乡村) with no end mark, whose
    siblings stand alone as headings: a heading too, though its clauses are not balanced."""
    m = NUMBERED.match(text)
    return m is not None and _family(m.group()) in families and _clauses_alone(text, m.end())


@line_cache
def title_like(text: str) -> bool:
    if len(text) > 24 + MARKER_MAX:
        return False
    marker = MARKER_START.match(text)
    if marker is not None:
        text = text[marker.end() :]
    return 2 <= len(text) <= 24 and _CLAUSE_MARK.search(text) is None
