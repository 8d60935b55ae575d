"""The word lists and regular expressions the candidate rules of drafter.extract.candidates use,
and the shape of a heading as a slot pattern.

Compiled once here: `re.search(pattern_string, …)` looks the pattern up in the module's cache
on every call, which costs more than many of the searches themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple, cast

from .. import segment
from .text import Clause, clauses, han_len

SLOTS = "ABCDEFGH"

# Cues of the rules of single sentences, which the clause scan (drafter.extract.scan) marks
# sentences with (Mark.bits), read on the clauses as split, each a necessary condition of its
# rule: QUOTE an opening quote (DocMiner._quotes); CORRELATIVE the first two characters of a head
# (or the one of a head of one character) in a clause other than the last (correlatives); ORDINAL
# two clauses that open on an ordinal and a verb; FOURS three clauses or more, three of them of
# four characters; TRANSITION a first clause of the length, first and last character of a
# transition word (positions.TRANSITION_CUES); LIST a clause of a length in LIST_LENGTHS between
# two at least as long (lists); SHORT the lengths of clauses of a saying, CLAUSE a pivot word or
# a word said again in one clause (sayings).  CORRELATIVE, TRANSITION, LIST, SHORT are loose:
# their rules look again.
QUOTE, CORRELATIVE, ORDINAL, FOURS, TRANSITION, LIST, SHORT, CLAUSE = 1, 2, 4, 8, 16, 32, 64, 128
# the words between the two halves of a saying of one clause (喊破嗓子不如做出样子: sayings)
PIVOTS = ("不如", "就是", "胜过")
LIST_LENGTHS = (3, 10)  # items of a list of equal clauses (drafter.extract.lists), in characters


class Mark(NamedTuple):
    """A sentence that holds the cue of some rule of single sentences: its number (across the
    scanned text), its first clause, the sentinel after its last, and its cues (QUOTE | …)."""

    number: int
    lo: int
    hi: int
    bits: int


# Marks straight from (number, lo, hi, bits) by a C-level call: a NamedTuple's own __new__ is a
# Python function, several times the cost, and a mark is made for every sentence with a cue, twice
# (by the scan, and again by the miner, from the start of its paragraph).
make_mark = cast("Callable[[tuple[int, int, int, int]], Mark]", partial(tuple.__new__, Mark))

# Correlative connectives: the first word of one clause answered by another in the next.
CORRELATIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("既要", ("更要", "又要", "也要", "还要")),
    ("既", ("更", "又", "也", "还")),  # 既抓…，更抓…; 既有…，又有…，还有… (not 既然: see candidates)
    ("不仅要", ("更要", "还要", "也要")),
    ("不仅", ("更", "而且", "还", "也")),
    ("不但", ("而且", "更", "还", "也")),
    ("不是", ("而是", "就是")),  # 不是在开会，就是在去开会的路上
    ("没有", ("就没有", "只有")),  # 没有X，就没有Y; 没有最好，只有更好
    ("只有", ("才能", "才")),
    ("只要", ("就能", "就")),
    ("一方面", ("另一方面",)),
    ("与其", ("不如",)),
    ("宁可", ("也不", "也决不", "也绝不")),
    ("哪里", ("哪里就",)),  # 哪里有困难，哪里就有党员
    ("越是", ("越要", "越")),
    ("哪怕", ("也要", "也")),  # 哪怕只有万分之一的可能，也要做百分之百的防范
    ("不在于", ("而在于", "而是")),
    ("一手", ("一手",)),  # 一手抓…，一手抓…
    ("多一些", ("少一些",)),  # 多一些将心比心，少一些居高临下
    ("多一点", ("少一点",)),
    ("少一些", ("多一些",)),
    ("如果说", ("那么",)),  # 如果说A是…，那么B就是…: two metaphors set side by side
    ("先", ("再",)),  # 先从党员干部抓起、再向村组干部延伸、后向广大群众推开 (the chain: correlatives)
)
# One search tells whether any correlative head or ordinal is there at all: most paragraphs
# and sentences have none, and the per-clause loops are then skipped.
CORRELATIVE_ANY = re.compile("|".join(head for head, _ in CORRELATIVES))
ORDINALS, ORDINAL_VERBS = "一二三四五六七八九十", "是要抓靠在看"  # 一是…二是…, 一看…二看…
ORDINAL_ANY = re.compile(f"[{ORDINALS}][{ORDINAL_VERBS}]")
ORDINAL_RE = re.compile(f"^([{ORDINALS}])([{ORDINAL_VERBS}])")
SPEECH_WORDS = ("俗话说得好", "俗话说", "常言道", "古人云", "古语云", "所说的", "所说", "曾说", "说过", "讲过", "写道",
                "告诫我们", "告诫", "所言", "指出", "强调", "说", "讲")
SPEECH_RE = re.compile(r"([\u4e00-\u9fff]{0,12}?)(" + "|".join(SPEECH_WORDS) + r")[：:，]?$")
# The longest text SPEECH_RE can match, plus a final newline `$` may stand before: the search
# runs on that tail of the text before a quotation (the same match, since it must end at the
# end), not on all of it, where the lazy group made it try every position.
SPEECH_SPAN = 12 + len("俗话说得好") + 1 + 1
QUOTED_RE = re.compile(r"“([^“”]{2,60})”")
# {X}是基础: the second token must be one of these verbs, so a clause without any of their
# characters is rejected before it is segmented.
SUBJECT_VERBS = ("是", "为", "在于", "靠", "重在", "贵在", "关键在")
SUBJECT_VERB_ANY = re.compile("[是为靠在]")
IDIOM_TAGS = frozenset({"i", "l"})  # set_phrase accepts only words the dictionary tags so

_QUOTED_ANY_RE = re.compile(r"“[^“”]+”")
_BY_RE = re.compile(r"以(.+?)为(.+)")
_SLOT_SUB_RE = re.compile(r"\{\w\}")


def heading_pattern(text: str) -> str | None:
    """The slot pattern of a heading (注重{A}，营造{B}; 以{A}为抓手), or None when its clauses
    do not open on a verb, an adverb and a verb, a quotation or 以…为…"""
    return heading_patterns([text])[0]


def heading_patterns(texts: list[str]) -> list[str | None]:
    """heading_pattern of each text, the clauses of all of them cut in one call of the segmenter."""
    parts = [_heading_parts(t) for t in texts]
    words = [c.text for p in parts if p is not None for c in p]
    if not words:
        return [None] * len(parts)
    cut, tag = iter(segment.cut_each(words)), segment.pos_table().get  # (tags of two tokens at most)
    return [None if p is None else _pattern(p, [next(cut) for _ in p], tag) for p in parts]


def _heading_parts(text: str) -> list[Clause] | None:
    """The clauses of a heading that may have a pattern: four at most, in forty characters at most,
    and two at least unless there is a quotation (see the end of _pattern: cut no other)."""
    if len(text) > 40:
        return None
    parts = clauses(text.rstrip("。；"))
    return None if not parts or len(parts) > 4 or (len(parts) < 2 and "“" not in text) else parts


def _pattern(parts: list[Clause], cut: list[list[str]], tag: Callable[[str, str], str]) -> str | None:
    out: list[str] = []
    for slot, (c, tokens) in enumerate(zip(parts, cut, strict=True)):
        sep = c.sep if slot < len(parts) - 1 else ""
        quoted = _QUOTED_ANY_RE.search(c.text) if "“" in c.text else None  # (a C scan first)
        by = _BY_RE.fullmatch(c.text) if c.text.startswith("以") else None
        if quoted and len(c.text) > len(quoted.group()):
            out.append(c.text[: quoted.start()] + f"“{{{SLOTS[slot]}}}”" + c.text[quoted.end():])
        elif by:
            out.append(f"以{{{SLOTS[slot]}}}为{by.group(2)}")
        elif len(tokens) >= 2 and tag(tokens[0], "x").startswith("v"):
            out.append(f"{tokens[0]}{{{SLOTS[slot]}}}")
        elif len(tokens) >= 3 and tag(tokens[0], "x") in ("d", "ad") and tag(tokens[1], "x").startswith("v"):
            out.append(f"{tokens[0]}{tokens[1]}{{{SLOTS[slot]}}}")
        else:
            return None
        out[-1] += sep
    pattern = "".join(out)
    # one verb and a slot (增强{A}, 树立{A}) fits any heading: only a frame of two or more
    # clauses, or one around a quotation, says something about how headings are built
    if len(parts) < 2 and "“" not in pattern:
        return None
    return pattern if han_len(_SLOT_SUB_RE.sub("", pattern)) >= 2 else None
