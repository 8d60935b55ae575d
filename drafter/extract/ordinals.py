"""Enumerations by ordinals: 一是…；二是…；三是… (or 一要, 一抓, 一看…), one verb throughout.

Items of one clause each make a short list, kept from the first ordinal to the clause of the last
(一是身子要沉下去，二是感情要融进去，三是办法要想出来; 一看诉求是否合理，二看政策能否支持，三看
问题怎样解决).  Items that run on over clauses of their own, one between semicolons each (一是…，
…；二是…，…；三是…，…), make a list whose last item runs on as far as the others do: to the end
of the sentence or the next semicolon, in one clause more than the longest item before it at most.  The
whole enumeration is the figure, so its text may be long, but no item is longer than ITEM_CHARS
or twice another: a report's findings listed at length are no figure.
drafter.extract.candidates calls `ordinal_list` on the sentences the scan marked ORDINAL.
"""

from __future__ import annotations

from itertools import pairwise

from .. import segment
from .patterns import ORDINAL_RE, ORDINALS
from .text import Clause, join

SHORT_CHARS = 60  # a list of items of one clause, in all
ITEM_CHARS = 50  # an item of a list between semicolons
_RUNS_ON = ("，", "、")  # the marks inside an item


def ordinal_list(parts: list[Clause]) -> str | None:
    """The enumeration in the clauses of a sentence, or None: two ordinals at least, with one
    verb (一是…二是…, never 一是…二要…)."""
    found: list[tuple[int, str, str]] = []
    for k, c in enumerate(parts):
        m = ORDINAL_RE.match(c.text)
        if m is not None:
            found.append((k, m.group(1), m.group(2)))
    if len(found) < 2 or len({verb for _, _, verb in found}) != 1:
        return None
    starts = [k for k, _, _ in found]
    # the first ordinal behind a lead-in of its clause (我们坚持|一看…，二看…)
    k, number, verb = found[0]
    first = ORDINALS.find(number)
    if k and first > 0:
        lead = _lead_in(parts[k - 1].text, ORDINALS[first - 1] + verb)
        if lead >= 0:
            parts = [*parts[:k - 1], Clause(parts[k - 1].text[lead:], parts[k - 1].sep), *parts[k:]]
            starts.insert(0, k - 1)
    if all(parts[k - 1].sep == "；" for k in starts[1:]) and any(b - a > 1 for a, b in pairwise(starts)):
        return _between_semicolons(parts, starts)
    text = join(parts[starts[0]:starts[-1] + 1])
    return text if len(text) <= SHORT_CHARS and "“" not in text else None


def _between_semicolons(parts: list[Clause], starts: list[int]) -> str | None:
    """一是A，a；二是B，b；三是C，c: the items from each ordinal to the next, the last as long
    as the others allow."""
    # (an item's clauses are those after commas: a list inside one, 养老、托育等, is one clause)
    longest = max(sum(c.sep == "，" for c in parts[a:b - 1]) for a, b in pairwise(starts))
    allowed = longest + 1 if longest else 0  # (items of one clause: the last one of one too)
    end, commas = starts[-1], 0
    while end + 1 < len(parts) and parts[end].sep in _RUNS_ON and commas + (parts[end].sep == "，") <= allowed:
        commas += parts[end].sep == "，"
        end += 1
    if allowed and end + 1 < len(parts) and parts[end].sep in _RUNS_ON:
        return None  # the last item runs on longer than any other: where the list ends is unclear
    items = [join(parts[a:b]) for a, b in pairwise([*starts, end + 1])]
    sizes = [len(item) for item in items]
    if max(sizes) > ITEM_CHARS or max(sizes) > 2 * min(sizes):
        return None
    return join(parts[starts[0]:end + 1])


def _lead_in(text: str, ordinal: str) -> int:
    """Where `ordinal` (一看) starts a word of `text` behind words of its own (我们坚持|一看诉求…),
    or -1 (统一要求: no ordinal)."""
    at = text.find(ordinal, 1)
    if at < 0 or len(text) - at < len(ordinal) + 2:
        return -1
    pos = 0
    for token in segment.cut(text):
        if pos >= at:
            break
        pos += len(token)
    return at if pos == at else -1
