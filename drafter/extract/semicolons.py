"""Halves of a sentence joined by ；, each of two clauses that answer the two of the others in turn.

一份热饭，解决的是…；一份热饭，减轻的是…；… and 多查一遍，群众就少一分风险；多问一句，隐患就少一处
藏身之地: the first clauses repeat or pair (the same words, or parallel), the second ones share a
frame of two characters or more at the same places (…的是…, …就少一…), and the halves hold
together by that order though the second clauses differ in length more than the clause scan
(drafter.extract.scan) lets a pair differ.  Where every clause pairs by the scan's rule, the scan
has the sentence already (经常抓，抓经常；反复抓，抓反复) and this rule leaves it.  Clauses before
the first half that the others do not answer are its lead-in (我常想，) and are left out.

drafter.extract.figures finds the ； that opens the second half and calls `answered_halves`.
"""

from __future__ import annotations

import re

from .parallels import parallel
from .text import aligned_shared, is_han

Found = tuple[str, str, tuple[str, ...]]  # category, text, tags

# a ； followed by two clauses and the end of the sentence or another ；: a second half at least
HALF_RE = re.compile("；(?=[^，、。；！？：“”]{2,14}，[^，、。；！？：“”]{2,14}(?:[；。！？\n]|$))")
_ENDS = "。！？\n"
_LONGEST = 80  # characters of the halves together: a longer sentence is the essay's own account


def answered_halves(text: str, at: int) -> Found | None:
    """The halves of the sentence whose first ； is at `at` (HALF_RE found one there), or None."""
    start = max(text.rfind(c, 0, at) for c in _ENDS) + 1
    if text.find("；", start, at) >= 0:
        return None  # (a sentence is read from its first ； only)
    stops = [k for k in (text.find(c, at) for c in _ENDS) if k >= 0]
    end = min(stops) if stops else len(text)
    halves = [part.split("，") for part in text[start:end].split("；")]
    if any(len(h) != 2 for h in halves[1:]) or len(halves[0]) < 2:
        return None
    halves[0] = halves[0][-2:]
    if sum(len(c) + 1 for h in halves for c in h) > _LONGEST + 1:
        return None
    loose = False
    for j in (0, 1):
        first = halves[0][j]
        for h in halves[1:]:
            other = h[j]
            if not (2 <= len(other) <= 14 and 2 <= len(first) <= 14 and is_han(other) and is_han(first)):
                return None
            if other == first or parallel(first, other):
                continue
            if aligned_shared(first, other) < 2:
                return None
            loose = True
    if not loose:
        return None  # (every clause pairs by the scan's rule: the scan has the sentence)
    found = "；".join("，".join(h) for h in halves)
    return ("排比" if len(halves) >= 3 else "金句"), found, ()
