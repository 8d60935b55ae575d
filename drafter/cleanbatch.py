"""Cleaning a batch of essays at once: the steps that never look past a line break, each run
on the essays its scan of the whole batch finds.

Each function takes the texts of the essays (their body lines joined by newlines), rewrites in
place those that need the step and returns what it counts per essay, as the one-essay form of
the step would.  The batch is joined by newlines, which no rule here looks across, so one
C-level scan of it (a regex, str.find) tells which essays hold what a rule must find; most
essays need nothing from most steps and then cost no Python call at all.  (The t2s step and
the order of the steps are clean.py's.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container

from . import punct, ruby
from .inline import inline_hits, strip_inline_chrome
from .mojibake import damage_re, repair_mojibake
from .textscan import ascii_marks, beyond_bmp, matches_by_text, text_ends, texts_holding, texts_matching

# Pictures (emoji) put into a sentence (赞不绝口。😊, 充电桩60个🚗。): no author's words; all
# of them lie beyond the Basic Multilingual Plane, with the selector and joiner that build them.
_EMOJI = re.compile("[\U0001f000-\U0001faff][\U0001f000-\U0001faff\ufe0f\u200d]*")


def strip_chrome(texts: list[str]) -> list[int]:
    """inline.strip_inline_chrome on each text, and pictures inside its lines; the characters
    removed from each."""
    removed = [0] * len(texts)
    joined = "\n".join(texts)
    hits = inline_hits(joined)
    if hits:
        ends = text_ends(texts)
        for k in sorted({bisect.bisect_right(ends, pos) for pos in hits}):
            text = strip_inline_chrome(texts[k])
            removed[k] = len(texts[k]) - len(text)
            texts[k] = text
    if beyond_bmp(joined):
        for k, text in enumerate(texts):
            if beyond_bmp(text):
                texts[k] = _EMOJI.sub("", text)
                removed[k] += len(text) - len(texts[k])
    return removed


def repair(texts: list[str], damage: dict[int, list[int]] | None = None) -> tuple[list[int], list[int]]:
    """mojibake.repair_mojibake on each text; the characters it recovered and dropped in each.
    `damage`: where damage_re matches in each text it matches in, if a scan found it already."""
    repaired, dropped = [0] * len(texts), [0] * len(texts)
    if damage is None:
        # (the one scan repair_mojibake starts with, of them all: a text it finds nothing in is clean)
        damage = matches_by_text(damage_re(), "\n".join(texts), text_ends(texts))
    for k, found in damage.items():
        texts[k], repaired[k], dropped[k] = repair_mojibake(texts[k], found)
    return repaired, dropped


Hit = Callable[[str, int, int], bool]


def damage_and(texts: list[str], other: tuple[re.Pattern[str], Hit] | None) -> tuple[dict[int, list[int]], list[bool]]:
    """Where damage_re matches in each text it matches in (what repair takes), and whether
    each text holds what `other` looks for: a pattern of one class that holds damage_re's
    and another's, and what says of a match (the joined texts, where, where its text starts)
    whether it is one of the other's.  One scan of them all; a text found to hold the other's
    (Traditional script, dense with what t2s changes, shows it early) is scanned for damage
    alone from there on."""
    joined = "\n".join(texts)
    ends = text_ends(texts)
    damage = damage_re()
    if other is None:
        return matches_by_text(damage, joined, ends), [False] * len(texts)
    union, hit = other
    found: dict[int, list[int]] = {}
    held = [False] * len(texts)
    k, start = 0, 0
    m = union.search(joined)
    while m is not None:
        at = m.start()
        if at >= ends[k]:
            k = bisect.bisect_right(ends, at)
            start = ends[k - 1]
        if damage.match(joined, at) is not None:
            found.setdefault(k, []).append(at - start)
        if not hit(joined, at, start):
            m = union.search(joined, at + 1)
            continue
        held[k] = True
        rest = [d.start() - start for d in damage.finditer(joined, at + 1, ends[k] - 1)]
        if rest:
            found.setdefault(k, []).extend(rest)
        m = union.search(joined, ends[k]) if k + 1 < len(ends) else None
    return found, held


def strip_pinyin(texts: list[str]) -> list[int]:
    """punct.strip_pinyin on each text; the characters it removed from each."""
    removed = [0] * len(texts)
    joined = "\n".join(texts)
    ends = text_ends(texts)
    # (only the texts with a parenthesis before a letter, which every annotation in parentheses
    # opens with, and those with a bracket, which may hold one too)
    bracketed = {k for sign in punct.BRACKETS for k in texts_holding(joined, ends, sign)}
    opened: dict[int, str] = {}
    for paren, opener in zip("(（", punct.PINYIN_OPENERS, strict=True):
        for k in texts_matching(opener, joined, ends):
            opened[k] = opened.get(k, "") + paren
    for k in sorted(bracketed.union(opened)):
        text = punct.strip_pinyin(texts[k], k in bracketed, opened.get(k, ""))
        removed[k] = len(texts[k]) - len(text)
        texts[k] = text
    # (ruby's pinyin glued to its characters: only the texts holding a toned letter, found by a
    # str.find for each letter, where a regex scan of the batch would step on every character)
    toned = {k for sign in ruby.TONED if sign in joined for k in texts_holding(joined, ends, sign)}
    for k in sorted(toned):
        text = ruby.strip_glued(texts[k])
        removed[k] += len(texts[k]) - len(text)
        texts[k] = text
    return removed


# what punct.mark_placeholders and punct.punctuate look for among the ASCII marks (as ints: see
# punct._STAR); with none of these nor of their wide signs, a text stays as it is
_MASK_ASCII = tuple(map(ord, "*X _"))
_PUNCT_ASCII = tuple(map(ord, ",;:?!.("))


def mark_and_punctuate(texts: list[str], marks: list[bytes]) -> tuple[list[int], list[int]]:
    """punct.mark_placeholders, then punct.punctuate, on each text; the placeholders made and
    the characters rewritten in each.  (Counting what punctuate changed costs more than the
    rules' own counts: each text that holds a mark the rules rewrite goes through them on its
    own.)

    One scan of the texts serves both: placeholders are made of ASCII marks and spaces, but
    never of a mark that punctuate looks for or rewrites (,;:?!.( and its wide signs), nor do
    they make or split one; so a text holds what punctuate needs before as after, and
    punctuate may count its half-width marks in the ASCII characters of the text before.
    `marks`: ascii_marks_each(texts).
    """
    joined = "\n".join(texts)
    ends = text_ends(texts)
    masks = _apply(texts, marks, *_holding(joined, ends, marks, _MASK_ASCII, punct.MASK_SIGNS), punct.mark_placeholders)
    punctuated = _apply(texts, marks, *_holding(joined, ends, marks, _PUNCT_ASCII, punct.PUNCT_SIGNS), punct.punctuate)
    return masks, punctuated


def ascii_marks_each(texts: list[str]) -> list[bytes]:
    """textscan.ascii_marks of each text, in one encoding of them all."""
    parts = _MARKS_SEPARATOR.join(texts).encode("ascii", "ignore").split(_MARKS_SEPARATOR.encode())
    if len(parts) != len(texts):  # (a text holds the separator)
        parts = list(map(ascii_marks, texts))
    return parts


_MARKS_SEPARATOR = "\x1f"
_NONE: frozenset[str] = frozenset()


def _holding(joined: str, ends: list[int], marks: list[bytes], ascii_signs: tuple[int, ...],
             wide_signs: tuple[str, ...]) -> tuple[list[int], dict[int, set[str]]]:
    """The texts holding one of the signs, and for each the wide signs it holds: the ASCII ones
    looked for in each text's ASCII characters, the others in the texts joined."""
    found = {k for k, m in enumerate(marks) if any(map(m.__contains__, ascii_signs))}
    held: dict[int, set[str]] = {}
    for wide in wide_signs:
        for k in texts_holding(joined, ends, wide):
            held.setdefault(k, set()).add(wide)
    found.update(held)
    return sorted(found), held


def _apply(texts: list[str], marks: list[bytes], found: list[int], held: dict[int, set[str]],
           rule: Callable[[str, bytes, Container[str]], tuple[str, int]]) -> list[int]:
    """`rule` (text, its ASCII marks, the wide signs it holds → new text, count) on the texts
    found; the texts are replaced in place, the counts returned."""
    counts = [0] * len(texts)
    for k in found:
        texts[k], counts[k] = rule(texts[k], marks[k], held.get(k, _NONE))
    return counts
