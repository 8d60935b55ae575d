"""The slot pattern of a run of parallel clauses (严禁{A}、严禁{B}、严禁{C}): the characters all its
clauses open and end on are the frame, the rest of each clause a slot.

drafter.extract.candidates emits the pattern of each run it keeps as a 排比 as a 句式, when the
frame says something about how the clauses are built (`run_frame`).
"""

from __future__ import annotations

import re

from .. import segment
from .figures import fits
from .patterns import SLOTS
from .text import common_prefix, common_suffix, han_len

# a number and a measure of an action: a frame of this alone leaves the verb in the slots
# ({A}一把、{B}一把 of 就业上帮一把、生活上扶一把)
_COUNTS = re.compile("[一两][把点次下些番遍回]$")


def slot_run(seps: list[str], prefix: str, suffix: str) -> str:
    """The pattern of a run: each clause a slot between the shared prefix and suffix."""
    return "".join(f"{prefix}{{{SLOTS[i]}}}{suffix}" + (sep if i < len(seps) - 1 else "")
                   for i, sep in enumerate(seps))


def run_frame(words: list[str], marks: list[str]) -> str | None:
    """The pattern of the run `words` (the marks after them), or None when its frame is too thin:
    two characters at least, or a verb of one opening clauses joined by one mark (是{A}，是{B}、
    是{C} is none); a frame ending on 的 only around judgements ({A}来的，{B}来的 is none)."""
    prefix, suffix = common_prefix(words), common_suffix(words)
    if min(map(len, words)) <= len(prefix) + len(suffix) or not (prefix or suffix) or len(words) > len(SLOTS):
        return None
    pattern = slot_run(marks, prefix, suffix)
    verb_head = len(prefix) == 1 and len(set(marks[:-1])) == 1 and segment.pos_of(prefix).startswith("v")
    if (han_len(prefix + suffix) >= 2 or verb_head) and not (not prefix and _COUNTS.match(suffix)) \
            and (not suffix.endswith("的") or fits(pattern, "句式")):
        return pattern
    return None
