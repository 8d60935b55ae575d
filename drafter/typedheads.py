"""Headings a user typed inside a fact: a text field pasted with its own sub-structure
(（一）强化组织领导 ⏎ 成立了…… ⏎ 1.建立台账 ⏎ ……) is laid out with headings, not as paragraphs.

Only a text of several paragraphs is read so: a list of facts (one item each, numbered or not)
is the template's to lay out.  A heading opens its line with a marker of the GB/T 9704-2012
§7.3.3 families (一、 （一） 1. （1）) and is short; it either stands alone on its line, with no
sentence mark, over its body (（一）强化组织领导), or leads its paragraph up to the first 。
(（一）加强组织领导。成立了……: only the marker and those words are the heading).  What is not a
heading stays as typed: 一是…… and 首先…… openers, a marker inside a line, 1.5万元, a run of
short numbered lines with nothing between them (a list), a heading line with nothing under it,
and a line that repeats the heading the template puts over the text.  Marker and words are
kept verbatim; the level is chosen by render.py, under the template's own headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the marker, with the space typed after it; its group tells the family (its tier, 1–4).
# 一、二级 (one and two), 1.5万元 and 2026.5 are no marker.
_MARKER = re.compile(
    r"(?:(?P<t1>[一二三四五六七八九十]{1,3}、)(?![一二三四五六七八九十])"
    r"|(?P<t2>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<t3>\d{1,2}[.．、])(?![\d.．])"
    r"|(?P<t4>[（(]\d{1,2}[）)]))[ \u3000]*"
)
# a heading's words open on a character or a quotation, never on a digit or a mark (2. 3亿元)
_WORD_START = re.compile("[\u3400-\u9fff“‘《]")
# a half-width full stop typed for 。 ends a sentence too (…整改率100%.), one in a figure does not
_STOP = re.compile(r"[。！？!?]|\.(?![0-9])")
_CLAUSE_END = "；;"
_RUNS_ON = "，、：,:"  # (render.py has joined a line ending so to the next one)
_DIGIT = re.compile(r"[0-9０-９]")
_FIRST_ORDINAL = re.compile(r"^[（(]?(?:一|0?1)(?![0-9])")
_HAN = re.compile("[\u3400-\u9fff]")
ALONE_MAX = 30  # the most characters of a heading on a line of its own
LEAD_MAX = 25  # … and of one that leads its paragraph (a longer first sentence is a sentence)
_HEADING_END = "。；;，,：:！!？?"


@dataclass(frozen=True)
class TypedHeading:
    """A heading typed in a fact: `marker + text + lead` is its paragraph as typed."""

    marker: str  # as typed, with any space after it
    text: str  # its words, with the 。 that ends one leading its paragraph
    lead: str  # the body text after it in the same paragraph ("" on a line of its own)
    tier: int  # the level of its marker's family: 一、 1, （一） 2, 1. 3, （1） 4


def _candidate(line: str) -> TypedHeading | None:
    """The heading `line` opens with, if it is shaped like one."""
    match = _MARKER.match(line)
    if match is None or match.lastgroup is None:
        return None
    rest = line[match.end():]
    if not _WORD_START.match(rest) or not _HAN.search(rest):
        return None
    tier = int(match.lastgroup[1])
    stop = _STOP.search(rest)
    end = -1 if stop is None else stop.start()
    if end < 0:
        # on a line of its own: short, no clause end, not broken off mid-sentence
        if len(rest) > ALONE_MAX or rest[-1] in _RUNS_ON or any(ch in _CLAUSE_END for ch in rest):
            return None
        return TypedHeading(match.group(), rest, "", tier)
    words = rest[:end]
    # leading its paragraph: a short first sentence of words, no figures (1.全年造林500亩。is a fact)
    if not 2 <= len(words) <= LEAD_MAX or _DIGIT.search(words) or any(ch in _CLAUSE_END + "：:" for ch in words):
        return None
    return TypedHeading(match.group(), rest[: end + 1], rest[end + 1:], tier)


def key(text: str) -> str:
    """A heading's words for comparing: no spaces, no closing mark."""
    return "".join(text.split()).rstrip(_HEADING_END)


def headings_in(paragraphs: list[str], above: list[str]) -> list[str | TypedHeading]:
    """`paragraphs` (one text field, lines joined as render.py joins them) with the headings
    among them found.  `above`: the words (key) of the template's headings the text sits under."""
    if len(paragraphs) < 2:
        return list(paragraphs)
    lines: list[str] = []
    found: list[TypedHeading | None] = []
    for para in paragraphs:
        head = _candidate(para)
        if head is not None and key(head.text) in above:
            # the template's heading over this text, typed again: shown once (leading its
            # paragraph it stays that paragraph, as typed)
            if head.lead:
                lines.append(para)
                found.append(None)
            continue
        lines.append(para)
        found.append(head)
    # a family whose first heading here is not its first (（二） with no （一） before it) is not
    # this text's outline: a series begun elsewhere, or a line the template's words run into
    first = {h.tier: h for h in reversed(found) if h is not None}
    stray = {t for t, h in first.items() if _FIRST_ORDINAL.search(h.marker) is None}
    if stray:
        found = [None if h is not None and h.tier in stray else h for h in found]
    out: list[str | TypedHeading] = []
    for i, (para, head) in enumerate(zip(lines, found, strict=True)):
        if head is None or (not head.lead and (_in_list(found, i, head.tier) or not _has_body(found, i, head.tier))):
            out.append(para)  # (a list item, or a heading with nothing under it: as typed)
        else:
            out.append(head)
    return out


def items_outline(items: list[list[str]], above: list[str]) -> list[str | TypedHeading]:
    """The paragraphs of a list of facts (each item's paragraphs, as `headings_in` takes them)
    with the headings among them found.  A list is the template's to lay out, item by item, unless
    the user gave it an outline of their own: a heading as an item of its own (- （一）强化组织领导)
    over items of its body.  Then the list reads as one text; numbered facts (- 1.发展特色种植。
    新增……) stay each item's own."""
    whole = headings_in([p for item in items for p in item], above)
    alone = {item[0] for item in items if len(item) == 1}
    if any(isinstance(x, TypedHeading) and not x.lead and x.marker + x.text in alone for x in whole):
        return whole
    return [x for item in items for x in headings_in(item, above)]


def _in_list(found: list[TypedHeading | None], i: int, tier: int) -> bool:
    """Whether line i is one of two or more adjacent numbered lines of one family standing alone
    (1.建立台账 ⏎ 2.完善制度): a list, not headings."""
    return any(0 <= j < len(found) and (head := found[j]) is not None and head.tier == tier and not head.lead
               for j in (i - 1, i + 1))


def _has_body(found: list[TypedHeading | None], i: int, tier: int) -> bool:
    """Whether something stands under heading i before the next heading of its level or above:
    a paragraph, or a numbered line of a lower level."""
    if i + 1 >= len(found):
        return False
    following = found[i + 1]
    return following is None or following.tier > tier


def level_of(tier: int, tiers: set[int], base: int) -> int:
    """The level of a typed heading of `tier` in a text whose headings use `tiers`, placed
    where the template's headings of level `base` would stand: the families nest in GB order
    from `base` down, each at its own level where that is deep enough (1. stays 仿宋 bold under
    一、) and one below the family above it otherwise (一、 under the template's 一、 takes
    （一）'s style).  Level 4 is the deepest."""
    level = base - 1
    for t in sorted(tiers):
        level = max(t, level + 1)
        if t == tier:
            break
    return min(level, 4)
