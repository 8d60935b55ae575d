"""A judgement raised in its second clause: X是A，更是B (基层减负是对干部的关爱，更是对群众的担当).

The figure is the pair of predicates, one 是 taken up again by 更是; the subject, two to eight
characters opening the sentence, belongs to it (without it the text opens on 是 and reads cut
off).  不仅是…，更是… and 不是…，更是… are correlatives (drafter.extract.correlatives), and
predicates of very different length, a subject tied to the essay (sayings.general) or ending on
an adverb (也是, 正是) make none.  drafter.extract.figures finds the mark ，更是 and calls `raised`.
"""

from __future__ import annotations

from .sayings import general
from .spoken import Found
from .text import is_han

_ANSWER = "，更是"
_STARTS = "。！？；：\n"
_ENDS = "，。！？；：\n"
# heads of the correlatives anywhere before 是 (读书不仅是…), and the words that make the first
# clause a condition or a concession
_HEADS = ("不仅", "不只", "不单", "不但", "不光", "既")
_CONDITIONS = ("如果", "虽然", "即使", "只要", "假如")
# adverbs before 是 (也是, 都是, 正是, 不是): the subject is no noun phrase then, or 是 is
# qualified and 更是 answers another word
_ADVERBS = frozenset("不也都就还又更才正即乃便总仅只单但光既")


def raised(text: str, at: int) -> Found | None:
    """The sentence X是A，更是B whose ，更是 is at `at`, as a 排比, or None."""
    start = max(text.rfind(c, 0, at) for c in _STARTS) + 1
    first = text[start:at]
    if "，" in first:
        return None  # (the judgement opens the sentence: no clause before it)
    stop = min((k for k in (text.find(c, at + 1) for c in _ENDS) if k >= 0), default=len(text))
    second = text[at + len(_ANSWER):stop]
    is_at = first.find("是")
    subject, predicate = first[:is_at], first[is_at + 1:]
    if is_at < 0 or not 2 <= len(subject) <= 8 or subject[-1] in _ADVERBS or not is_han(subject) \
            or first.startswith(_CONDITIONS) or any(w in subject for w in _HEADS):
        return None
    sizes = len(predicate), len(second)
    if min(sizes) < 2 or max(sizes) > 16 or max(sizes) > 2 * min(sizes):
        return None
    found = f"{first}{_ANSWER}{second}"
    return ("排比", found, ()) if general(found) else None
