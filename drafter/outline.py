"""Outline: the heading tree of a cleaned document.

A heading is a paragraph that opens with a marker — 一、 （一） 1. （1） 第一， 一是/一要,
首先/其次/最后, a single character (诚。) — or one that is a short title line, or one of several
paragraphs opening with the same lead sentence (干工作既要…更要…, X是Y。).  Enumerations in the
middle of a paragraph are body text.  A heading that leads its paragraph (一、加强学习。该同志…)
is split into heading text and `lead`.

Levels are nesting depth, decided by the order in which marker families appear in the document
(the first family seen is level 1, a new family nests under the current heading, a family seen
before closes everything opened after it) — not by a fixed table, because essays disagree.

`repair_breaks` is used by cleaning: scrapers lose line breaks, gluing 四是… or a parallel lead
sentence into the previous paragraph; when the siblings around it open paragraphs, it is split.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from .cleanrules import line_cache
from .model import CleanDoc, OutlineHeading

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CN = "一二三四五六七八九十"
_END = "。！？：；"

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paren-cn", re.compile(rf"^[（(]([{_CN}]{{1,3}})[)）][、，]?")),
    ("paren-arabic", re.compile(r"^[（(](\d{1,2})[)）][、，.．]?")),
    ("cn-dun", re.compile(rf"^([{_CN}]{{1,3}})[、.．](?![\d{_CN}])")),
    ("arabic", re.compile(r"^(\d{1,2})(?:[.．、]|\s)(?![\d%．.])")),
    ("di-n", re.compile(rf"^第([{_CN}]{{1,3}})[，,、：:]")),
    ("yi-shi", re.compile(rf"^([{_CN}])[是要]")),
    ("shouxian", re.compile(r"^(首先|其次|再次|其三|其四|最后)[，,：:]?")),
    ("single", re.compile(rf"^([{HAN}])。(?=[“‘\"]|$)")),
)
_ORDINAL_FAMILIES = {"paren-cn", "paren-arabic", "cn-dun", "arabic", "di-n", "yi-shi"}
_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "其三": 3, "其四": 4, "最后": 9}
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|^[（(]?\d{4}[-./]\d{1,2}")


_CN_DIGITS = {c: i + 1 for i, c in enumerate(_CN[:9])}


def cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, "7" → 7."""
    if text.isdigit():
        return int(text)
    digits = _CN_DIGITS
    if "十" in text:
        head, _, tail = text.partition("十")
        return digits.get(head, 1) * 10 + digits.get(tail, 0)
    return digits.get(text, 0)


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
    **{ch: (("cn-dun", _FAMILY["cn-dun"]), ("yi-shi", _FAMILY["yi-shi"])) for ch in _CN},
    "第": (("di-n", _FAMILY["di-n"]),),
    **{ch: (("shouxian", _FAMILY["shouxian"]),) for ch in "首其再最"},
}
_ARABIC = ("arabic", _FAMILY["arabic"])
_SINGLE = ("single", _FAMILY["single"])


@line_cache
def paragraph_marker(text: str) -> Marker | None:
    """The heading marker that opens a paragraph, if any."""
    first = text[:1]
    families = _BY_OPENER.get(first, ())
    if first.isdecimal():
        families = (_ARABIC,)
    if text[1:2] == "。":
        families = (*families, _SINGLE)
    for family, pattern in families:
        m = pattern.match(text)
        if m is None:
            continue
        rest = text[m.end() :]
        if family == "single":
            return Marker(family, "", 1, text)
        if not rest.strip() or (family == "arabic" and not re.match(f"[{HAN}“]", rest.lstrip())):
            continue
        word = m.group(1)
        ordinal = _SEQUENCE.get(word, 0) if family == "shouxian" else cn_number(word)
        return Marker(family, m.group(0), ordinal, rest.lstrip())
    return None


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


def _title_line(text: str) -> bool:
    if _DATE.search(text):
        return False
    if text.endswith(("：", ":")) and len(text) <= 13 and not re.search("[，。；、]", text):
        return True
    return 2 <= len(text) <= 30 and not re.search(f"[{_END}，,、!?;]", text.rstrip("。"))


# ---------------------------------------------------------------- parallel lead sentences


_LEAD = re.compile(r"[^。！？]{2,40}[。！？]")
_X_IS_Y = re.compile(rf"[{HAN}“”]{{2,8}}是[{HAN}“”]{{2,10}}[。！]")


def _lead_sentence(text: str) -> str | None:
    m = _LEAD.match(text)
    return None if m is None else m.group(0)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def parallel_leads(texts: list[str], taken: set[int]) -> tuple[set[int], list[str]]:
    """Paragraphs opening with parallel lead sentences, and the prefixes that define them.

    Two shapes are general enough to trust: a shared opening of 5+ characters in 2+ paragraphs
    (4+ in 3+), and a short X是Y。 sentence opening 3+ paragraphs.
    """
    firsts = {i: s for i, t in enumerate(texts) if i not in taken and (s := _lead_sentence(t))}
    found: set[int] = set()
    prefixes: list[str] = []
    by_start: dict[str, list[int]] = defaultdict(list)
    for i, s in firsts.items():
        by_start[s[:4]].append(i)
    for group in by_start.values():
        if len(group) < 2:
            continue
        shared = min(_common_prefix(firsts[group[0]], firsts[j]) for j in group[1:])
        if shared >= 5 or (shared >= 4 and len(group) >= 3):
            found.update(group)
            prefixes.append(firsts[group[0]][:shared])
    xy = [i for i, s in firsts.items() if _X_IS_Y.fullmatch(s)]
    if len(xy) >= 3:
        found.update(xy)
    return found, prefixes


# ---------------------------------------------------------------- lost line breaks


def repair_breaks(paras: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], int]:
    """Split paragraphs where a lost line break glued a sibling heading into the text.

    A gap in a numbered sequence whose members open paragraphs (一是, 二是, 三是, 五是) is looked
    for right after a sentence end inside the paragraphs before the next member; so is a lead
    sentence repeating the opening shared by sibling paragraphs.  Returns the paragraphs and the
    number of splits.
    """
    splits = 0
    texts = [t for t, _ in paras]
    # only a paragraph opening with a marker's first character (or X。) can hold one: the
    # others, most of them, are settled here without a call
    marks = [paragraph_marker(t) if t[:1] in _BY_OPENER or t[1:2] == "。" or t[:1].isdecimal() else None for t in texts]
    out = list(paras)
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(marks):
        if m is not None and m.family in _ORDINAL_FAMILIES:
            by_family[m.family].append(i)
    cuts: dict[int, list[int]] = defaultdict(list)
    for family, members in by_family.items():
        for a, b in itertools.pairwise(members):
            ma, mb = marks[a], marks[b]
            assert ma is not None and mb is not None
            want = ma.ordinal + 1
            if want >= mb.ordinal:
                continue  # no gap in the sequence: nothing lost between a and b
            for i in range(a, b):
                while want < mb.ordinal:
                    pos = _find_member(texts[i], family, want, after=max(cuts.get(i, ()), default=0))
                    if pos < 0:
                        break
                    cuts[i].append(pos)
                    want += 1
    _, prefixes = parallel_leads(texts, {i for i, m in enumerate(marks) if m is not None})
    for prefix in prefixes:
        for i, text in enumerate(texts):
            for found in _after_sentence(prefix).finditer(text):
                if _lead_sentence(text[found.start() :]):
                    cuts[i].append(found.start())
    if not cuts:
        return out, 0
    result: list[tuple[str, int]] = []
    for i, (text, line) in enumerate(out):
        last = 0
        for pos in sorted(set(cuts.get(i, []))):
            if pos > last:
                result.append((text[last:pos], line))
                last = pos
                splits += 1
        result.append((text[last:], line))
    return result, splits


@lru_cache(maxsize=256)
def _after_sentence(prefix: str) -> re.Pattern[str]:
    # (?<=[。！？])prefix with the literal first: the engine then scans for it at memory speed
    return re.compile(f"{re.escape(prefix)}(?<=[。！？]{re.escape(prefix)})")


_MEMBER_BREAK = re.compile("[。！？；]")


def _find_member(text: str, family: str, ordinal: int, after: int) -> int:
    """Position of the marker `ordinal` of `family` right after a sentence end, or -1."""
    for end in _MEMBER_BREAK.finditer(text, after, len(text) - 1):
        i = end.end()
        m = paragraph_marker(text[i : i + 12] + "x")
        if m is not None and m.family == family and m.ordinal == ordinal:
            return i
    return -1


# ---------------------------------------------------------------- the tree


def outline(doc: CleanDoc, heading_lines: frozenset[int] = frozenset()) -> list[OutlineHeading]:
    """Headings of one cleaned document, in order, each with its nesting level."""
    texts = [p.text for p in doc.paragraphs]
    found: list[tuple[int, str, str, str, str]] = []  # paragraph, family, marker, text, lead
    taken: set[int] = set()
    seen_first = False
    for i, text in enumerate(texts):
        m = paragraph_marker(text)
        if m is not None and m.family == "shouxian" and m.ordinal >= 3 and not seen_first:
            m = None  # 最后，… alone closes an essay; it is a heading only after 首先/其次
        if m is not None:
            seen_first = seen_first or m.family == "shouxian"
            if m.family == "single":
                head, lead = text[0], text[2:].strip()
            else:
                head, lead = _first_sentence(m.rest)
            found.append((i, m.family, m.marker.rstrip(), head, lead))
            taken.add(i)
        elif doc.paragraphs[i].line in heading_lines and len(text) <= 60:
            found.append((i, "style", "", text.rstrip("。：:"), ""))
            taken.add(i)
        elif _title_line(text):
            found.append((i, "title", "", text.rstrip("。：: "), ""))
            taken.add(i)
    leads, _ = parallel_leads(texts, taken)
    for i in leads:
        head, lead = _first_sentence(texts[i])
        found.append((i, "lead", "", head, lead))
    found.sort()
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
