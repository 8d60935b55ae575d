"""Heading markers: the families of numbers and words that open a heading (一、 （一） 1.
（1） 第一， 第一部分 第一章 第一节 第一点 一是/一要 一抓 首先/其次 ① 壹、 【一】 〔一〕 ［一］ 甲、
诚。 a)), and the marker a paragraph opens with.  The outline (outline.py) nests them; cleaning
(breaks.py) finds the same markers by one pattern of its own, which its test keeps in step with
marker_kind.  No third-party import.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .numerals import CIRCLED, cn_number, decimal_marker
from .textscan import line_cache

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CN = "一二三四五六七八九十"
STEMS = "甲乙丙丁戊己庚辛壬癸"

# after 第一部分, 第一章…: a space, a mark, or the heading's short text to the line's end
_UNIT_END = r"(?:[ \u3000]+|[：:，,、]|(?=[^\s。！？；，,：:]{2,20}$))"

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paren-cn", re.compile(rf"^[（(]([{_CN}]{{1,3}})[)）][、，]?")),
    ("paren-arabic", re.compile(r"^[（(](\d{1,2})[)）][、，.．]?")),
    # 一、2026年… is a heading, 一、二、三等奖 a list of numerals and 一.5 a number (三.2026年… a
    # heading again: a year)
    ("cn-dun", re.compile(rf"^([{_CN}]{{1,3}})(?:、(?![{_CN}][、，])|[.．](?![{_CN}])(?!\d(?!\d{{3}}年)))")),
    # (3.2026年工作打算 is a heading over a year, 1.5万 a number)
    ("arabic", re.compile(r"^(\d{1,2})(?:[.．、](?!\d(?!\d{3}年))|\s(?!\d))(?![%．.])")),
    ("arabic-rp", re.compile(r"^(\d{1,2})[)）](?![\d%])")),  # 1) 1）
    ("daxie", re.compile(r"^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,2})[、.．]")),  # 壹、 (大写数字)
    ("di-n", re.compile(rf"^第([{_CN}]{{1,3}})[，,、：:]")),
    # (第一部分基本情况 alone on its line: cleaning drops the wide space a page put after 部分)
    ("di-part", re.compile(rf"^第([{_CN}]{{1,3}})部分{_UNIT_END}")),
    ("yi-shi", re.compile(rf"^([{_CN}])[是要]")),
    ("bracket-cn", re.compile(rf"^【([{_CN}]{{1,3}})】")),  # 【一】
    # 甲、乙、丙、 (天干, Word's ideographTraditional numbering); 甲、乙双方 is no marker
    ("tiangan", re.compile(rf"^([{STEMS}])、(?![{STEMS}])")),
    # (其一，其二，… only before a mark: 其一般… is no marker)
    ("shouxian", re.compile(r"^(首先|其次|再次|其三|其四|最后|其[一二](?=[，,：:、]))[，,：:、]?")),
    # 第一章 第一节 第一点 (a chapter, a section, a speech's point): a family each
    ("di-zhang", re.compile(rf"^第([{_CN}]{{1,3}})章{_UNIT_END}")),
    ("di-jie", re.compile(rf"^第([{_CN}]{{1,3}})节{_UNIT_END}")),
    ("di-dian", re.compile(rf"^第([{_CN}]{{1,3}})点{_UNIT_END}")),
    # 一抓…。二抓…。 (抓到/抓住/抓紧/一抓就灵 are words)
    ("yi-zhua", re.compile(rf"^([{_CN}])抓(?![到住紧就])")),
    ("tortoise-cn", re.compile(rf"^〔([{_CN}]{{1,3}})〕")),  # 〔一〕
    ("square-cn", re.compile(rf"^［([{_CN}]{{1,3}})］")),  # ［一］
    ("single", re.compile(rf"^([{HAN}])。(?=[“‘\"]|$)")),
    # a) b) (ASCII letters, as a typist numbers items under 1.); ab) and a)b) are no markers
    ("latin", re.compile(r"^([a-z])[)）](?![a-z)）])")),
)
ORDINAL_FAMILIES = {"paren-cn", "paren-arabic", "cn-dun", "arabic", "arabic-rp", "daxie", "di-n", "di-part", "yi-shi",
                    "circled", "roman", "bracket-cn", "tiangan", "di-zhang", "di-jie", "di-dian", "yi-zhua",
                    "tortoise-cn", "square-cn", "latin"}
# families whose members also run on inside one paragraph as an enumeration
INLINE_FAMILIES = ORDINAL_FAMILIES | {"shouxian"}
SEQUENCE = {"首先": 1, "其一": 1, "其次": 2, "其二": 2, "再次": 3, "其三": 3, "其四": 4, "最后": 9}


class Marker(NamedTuple):
    """A heading marker (a tuple: cleaning makes one per marked paragraph, and a frozen
    dataclass costs several times as much to build)."""

    family: str
    marker: str  # as written, e.g. "一、", "（一）", "首先，"
    ordinal: int
    rest: str  # the paragraph after the marker


# The families a marker opening with a character can be of, in _FAMILIES order ("arabic"
# opens with any digit, and "single" is any character followed by 。): most paragraphs open
# with none of these characters, and the others need one or two matches instead of eight.
_FAMILY = dict(_FAMILIES)
_BY_OPENER = {
    **{ch: (("paren-cn", _FAMILY["paren-cn"]), ("paren-arabic", _FAMILY["paren-arabic"])) for ch in "（("},
    **{ch: tuple((f, _FAMILY[f]) for f in ("cn-dun", "yi-shi", "yi-zhua")) for ch in _CN},
    "第": tuple((f, _FAMILY[f]) for f in ("di-n", "di-part", "di-zhang", "di-jie", "di-dian")),
    "〔": (("tortoise-cn", _FAMILY["tortoise-cn"]),),
    "［": (("square-cn", _FAMILY["square-cn"]),),
    **{ch: (("shouxian", _FAMILY["shouxian"]),) for ch in "首其再最"},
    **{ch: (("daxie", _FAMILY["daxie"]),) for ch in "壹贰貳叁參肆伍陆陸柒捌玖拾"},
    "【": (("bracket-cn", _FAMILY["bracket-cn"]),),
    **{ch: (("tiangan", _FAMILY["tiangan"]),) for ch in STEMS},
    **{ch: (("latin", _FAMILY["latin"]),) for ch in "abcdefghijklmnopqrstuvwxyz"},
}
_ARABIC = (("arabic", _FAMILY["arabic"]), ("arabic-rp", _FAMILY["arabic-rp"]))

_CIRCLED_TAIL = re.compile(r"[、.．]?\s*")
_SINGLE = ("single", _FAMILY["single"])


_SPACE_THEN_HAN = re.compile(rf"\s*(?:[{HAN}“]|\d{{4}}年)")  # what an arabic marker is followed by
_NOT_SPACE = re.compile(r"\S")


def marker_kind(text: str) -> tuple[str, int, int] | None:
    """(family, ordinal, length) of the heading marker that opens a paragraph, if any: what
    paragraph_marker finds, without copying the paragraph (cleaning asks of every paragraph)."""
    first = text[:1]
    if first in CIRCLED:
        tail = _CIRCLED_TAIL.match(text, 1)
        end = tail.end() if tail is not None else 1
        return None if _NOT_SPACE.search(text, end) is None else (*CIRCLED[first], end)
    families = _BY_OPENER.get(first, ())
    if first.isdecimal():
        if (text[1:2] in ".．" or text[2:3] in ".．") and (decimal := decimal_marker(text)) is not None:
            return decimal
        families = _ARABIC
    if text[1:2] == "。":
        families = (*families, _SINGLE)
    for family, pattern in families:
        m = pattern.match(text)
        if m is None:
            continue
        if family == "single":
            return family, 1, 0
        end = m.end()
        # nothing but spaces after it, or an arabic number not followed by Han text: no marker
        if _NOT_SPACE.search(text, end) is None or (family == "arabic" and not _SPACE_THEN_HAN.match(text, end)):
            continue
        word = m.group(1)
        if family == "tiangan":
            return family, STEMS.index(word) + 1, end
        if family == "latin":
            return family, ord(word) - ord("a") + 1, end
        return family, SEQUENCE.get(word, 0) if family == "shouxian" else cn_number(word), end
    return None


@line_cache
def paragraph_marker(text: str) -> Marker | None:
    """The heading marker that opens a paragraph, if any."""
    found = marker_kind(text)
    if found is None:
        return None
    family, ordinal, end = found
    if family == "single":
        return Marker(family, "", 1, text)
    return Marker(family, text[:end], ordinal, text[end:].lstrip())
