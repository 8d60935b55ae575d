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
from collections.abc import Callable

from . import punct
from .inline import inline_hits, strip_inline_chrome
from .mojibake import damage_re, repair_mojibake
from .textscan import ascii_marks, text_ends, texts_holding, texts_matching


def strip_chrome(texts: list[str]) -> list[int]:
    """inline.strip_inline_chrome on each text; the characters it removed from each."""
    removed = [0] * len(texts)
    joined = "\n".join(texts)
    hits = inline_hits(joined)
    if hits:
        ends = text_ends(texts)
        for k in sorted({bisect.bisect_right(ends, pos) for pos in hits}):
            text = strip_inline_chrome(texts[k])
            removed[k] = len(texts[k]) - len(text)
            texts[k] = text
    return removed


def repair(texts: list[str]) -> tuple[list[int], list[int]]:
    """mojibake.repair_mojibake on each text; the characters it recovered and dropped in each."""
    repaired, dropped = [0] * len(texts), [0] * len(texts)
    joined = "\n".join(texts)
    for k in texts_matching(damage_re(), joined, text_ends(texts)):  # (what repair_mojibake scans for)
        texts[k], repaired[k], dropped[k] = repair_mojibake(texts[k])
    return repaired, dropped


def strip_pinyin(texts: list[str]) -> list[int]:
    """punct.strip_pinyin on each text; the characters it removed from each."""
    removed = [0] * len(texts)
    joined = "\n".join(texts)
    ends = text_ends(texts)
    for k in sorted({*texts_holding(joined, ends, "("), *texts_holding(joined, ends, "（")}):
        text = punct.strip_pinyin(texts[k])
        removed[k] = len(texts[k]) - len(text)
        texts[k] = text
    return removed


# what punct.mark_placeholders looks for: ASCII ones are looked for in the ASCII characters
_MASK_ASCII = (b"*", b"X", b" ", b"_")
_MASK_WIDE = ("＊", "×", "某", "\u00a0", "\u3000", "＿")


def mark_placeholders(texts: list[str]) -> list[int]:
    """punct.mark_placeholders on each text; the placeholders made in each."""
    return _apply(texts, _MASK_ASCII, _MASK_WIDE, punct.mark_placeholders)


# what punct.punctuate rewrites: with none of these, a text stays as it is
_PUNCT_ASCII = (b",", b";", b":", b"?", b"!", b".", b"(")
_PUNCT_WIDE = ("「", "」", "『", "』", "﹁", "﹂", "。。。")


def punctuate(texts: list[str]) -> list[int]:
    """punct.punctuate on each text; the characters it rewrote in each.  (Counting what changed
    costs more than the rules' own counts: each text that holds a mark the rules rewrite goes
    through them on its own.)"""
    return _apply(texts, _PUNCT_ASCII, _PUNCT_WIDE, punct.punctuate)


def _apply(texts: list[str], ascii_signs: tuple[bytes, ...], wide_signs: tuple[str, ...],
           rule: Callable[[str, bytes], tuple[str, int]]) -> list[int]:
    """`rule` (text, its ASCII marks → new text, count) on the texts holding one of the signs,
    found by scanning the texts joined; the texts are replaced in place, the counts returned."""
    counts = [0] * len(texts)
    joined = "\n".join(texts)
    ends = text_ends(texts)
    marks = ascii_marks(joined)
    found: set[int] = set()
    for sign in ascii_signs:
        if sign in marks:
            found.update(texts_holding(joined, ends, sign.decode()))
    for wide in wide_signs:
        found.update(texts_holding(joined, ends, wide))
    for k in sorted(found):
        texts[k], counts[k] = rule(texts[k], ascii_marks(texts[k]))
    return counts
