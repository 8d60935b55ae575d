"""Parallel lead sentences, for the outline and for cleaning: paragraphs that open with the
same lead sentence (干工作既要…更要…) or with a short X是Y。 are headings of one level
(outline.py), and the same openings tell cleaning where a lost line break glued a sibling into
the paragraph before (breaks.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

# (the Han ranges of outline.HAN: the compatibility ideographs make no X是Y sentence)
HAN = "\u3400-\u4dbf\u4e00-\u9fff"

_LEAD = re.compile(r"[^。！？]{2,40}[。！？]")
_X_IS_Y = re.compile(rf"[{HAN}“”]{{2,8}}是[{HAN}“”]{{2,10}}[。！]")


def lead_sentence(text: str) -> str | None:
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
    firsts = {i: s for i, t in enumerate(texts) if i not in taken and (s := lead_sentence(t))}
    found, prefixes = _shared_openings(firsts)
    xy = [i for i, s in firsts.items() if _X_IS_Y.fullmatch(s)]
    if len(xy) >= 3:
        found.update(xy)
    return found, prefixes


def parallel_prefixes(texts: list[str], taken: set[int]) -> list[str]:
    """parallel_leads' prefixes alone.  A prefix is shared by paragraphs whose first four
    characters are the same, so only those are read."""
    counts = Counter(t[:4] for t in texts)
    firsts = {
        i: s
        for i, t in enumerate(texts)
        if counts[t[:4]] > 1 and i not in taken and (s := lead_sentence(t)) and len(s) >= 4
    }
    return _shared_openings(firsts)[1]


def _shared_openings(firsts: dict[int, str]) -> tuple[set[int], list[str]]:
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
    return found, prefixes


_NO_FRAME = re.compile("[。！？；：:!?;]")


def parallel_frames(texts: list[str], taken: set[int]) -> set[int]:
    """Lines standing alone, without a sentence's end, whose clauses follow one frame (抓产业，
    关键在选准路子，让… / 抓治理，关键在建强网格，让…): unnumbered headings of one level.  Two
    lines or more, of as many clauses each, each clause opening with the same character in
    all, and the openings they share two characters longer than that at least."""
    shapes: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, t in enumerate(texts[:-1]):
        if i not in taken and len(t) <= 50 and "，" in t and _NO_FRAME.search(t) is None:
            clauses = t.split("，")
            if all(clauses):
                shapes[tuple(c[0] for c in clauses)].append(i)
    found: set[int] = set()
    for shape, group in shapes.items():
        if len(group) < 2:
            continue
        rows = [texts[i].split("，") for i in group]
        shared = sum(min(_common_prefix(rows[0][k], row[k]) for row in rows[1:]) for k in range(len(shape)))
        if shared >= len(shape) + 2:
            found.update(group)
    return found
