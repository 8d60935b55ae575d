"""Parallels built around quotations: clauses that share a frame when each quotation counts as
one slot (政策的“宣传员”、产业的“领路人”、群众的“贴心人”; “干”字当头、“快”字为先), and one clause
that is a frame around two quotations (从“站着看”到“跟着干”，再到“带头干”; 变“要我富”为“我要富”;
由“输血”向“造血”转变).

The clause scan leaves clauses holding quotation marks out of its runs (drafter.extract.scan):
their characters are not all Han.  drafter.extract.candidates calls `quoted_frames` on the
sentences the scan marked for a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import eq

from .text import is_han

_QUOTED = re.compile(r"“[^“”]{1,10}”")
_SLOT = "〇"  # what a quotation counts as in its clause (no clause of the corpus holds it)
# a clause ending on a frame of two quotations: 从…到…, 由…向…, 变…为…, 化…为…, and the word of
# change that may close it (由“输血”向“造血”转变; 从“会上举举手”到“会后办实事”的转变)
_TWO_SLOTS = re.compile(f"(?:从|由|变|化){_SLOT}(?:到|向|为|变为|转为|成){_SLOT}(?:的?(?:转变|转型|转化|跨越|迈进))?$")
_THEN = re.compile(f"再?[\u4e00-\u9fff]{{1,2}}{_SLOT}")  # …，再到“带头干”


def _reduced(text: str) -> str | None:
    """The clause with its one quotation as a slot, or None (no quotation, or more than one,
    or anything but Han characters around it)."""
    if text.count("“") != 1:
        return None
    out = _QUOTED.sub(_SLOT, text)
    return out if _SLOT in out and is_han(out.replace(_SLOT, "")) else None


def _framed(a: str, b: str) -> bool:
    """Two reduced clauses of one length, the slot at one place and a Han character of the frame
    shared at its place too (counted from the left or from the right)."""
    if len(a) != len(b) or not 3 <= len(a) <= 8 or a.index(_SLOT) != b.index(_SLOT):
        return False
    left: int = sum(map(eq, a, b)) - 1
    right: int = sum(map(eq, reversed(a), reversed(b))) - 1
    return max(left, right) >= 1


def _tail(text: str, reduced: str, size: int) -> tuple[str, str]:
    """The last `size` characters of a reduced clause whose slot falls in them, and the text they
    stand for."""
    cut = reduced[-size:]
    quote = _QUOTED.search(text)
    assert quote is not None
    after = len(reduced) - reduced.index(_SLOT) - 1
    before = size - after - 1
    return cut, text[quote.start() - before:]


def _head(text: str, reduced: str, size: int) -> tuple[str, str]:
    """The first `size` characters of a reduced clause whose slot falls in them, and the text."""
    quote = _QUOTED.search(text)
    assert quote is not None
    after = size - reduced.index(_SLOT) - 1
    return reduced[:size], text[:quote.end() + after]


def quoted_frames(texts: list[str], seps: Callable[[], list[str]]) -> list[str]:
    """The runs of clauses sharing a frame around their quotations, and the clauses that frame
    two quotations, as texts.  `texts` are a sentence's clauses, `seps()` the marks after them
    (text.clause_seps), asked for only when something is found."""
    found: list[str] = []
    reduced = [_reduced(t) for t in texts]
    i = 0
    while i < len(texts) - 1:
        a, b = reduced[i], reduced[i + 1]
        if a is None or b is None:
            i += 1
            continue
        first = (a, texts[i])
        if len(a) > len(b) and _SLOT in a[-len(b):]:  # 努力当好政策的“宣传员”: the lead-in goes
            first = _tail(texts[i], a, len(b))
        if not _framed(first[0], b):
            i += 1
            continue
        items, j = [first[1], texts[i + 1]], i + 2
        while j < len(texts) and (c := reduced[j]) is not None:
            if _framed(b, c):
                items.append(texts[j])
                j += 1
                continue
            if len(c) > len(b) and _SLOT in c[:len(b)]:  # the last item's own words go
                cut, text = _head(texts[j], c, len(b))
                if _framed(b, cut):
                    items.append(text)
            break
        marks = seps()
        found.append("".join(t + marks[i + k] for k, t in enumerate(items[:-1])) + items[-1])
        i += len(items)
    for k, red in enumerate(reduced):
        if red is not None or texts[k].count("“") != 2:  # (a substitution only for those of two)
            continue
        whole = _QUOTED.sub(_SLOT, texts[k])
        if (m := _TWO_SLOTS.search(whole)) and is_han(whole[:m.start()] or "从"):
            text = texts[k][m.start():]  # (no quotation before the frame: the offsets agree)
            nxt = texts[k + 1] if k + 1 < len(texts) else ""
            if nxt.count("“") == 1 and _THEN.fullmatch(_QUOTED.sub(_SLOT, nxt)):
                text += seps()[k] + nxt
            found.append(text)
    return found
