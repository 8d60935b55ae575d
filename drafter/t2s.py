"""Traditional → Simplified with OpenCC, the one module that uses it, for cleaning: converts
only the texts that hold something t2s can change (data/t2s_triggers.txt, derived from
OpenCC's own dictionaries by tests/t2s_tables.py), a batch of them in one call.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import cleanbatch as B
from . import punct
from .mojibake import damage_chars
from .resources import data_dir
from .textscan import any_in, beyond_bmp


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC (mainland forms)."""
    return str(_converter().convert(text))


class Triggers:
    """What t2s can change (data/t2s_triggers.txt, derived from OpenCC's own dictionaries by
    tests/t2s_tables.py): characters it rewrites alone, and words it rewrites that hold none
    of them, each found by one character of its own (its anchor).  A text holding neither
    converts to itself, and most essays are written in Simplified script: they skip OpenCC."""

    def __init__(self, lines: list[str]) -> None:
        self.words: dict[str, list[tuple[str, int]]] = {}  # anchor → (word, anchor's offset)
        for line in lines[2:]:
            word, anchor = line.split("\t")
            self.words.setdefault(anchor, []).append((word, word.index(anchor)))
        chars = lines[1] + "".join(self.words)
        self.alone = frozenset(lines[1])
        # (one class of BMP characters, so the engine tests each character of the text once
        # against a bitmap; any astral character counts, as the class cannot hold them cheaply)
        self.bmp = re.escape("".join(ch for ch in chars if ch <= "\uffff"))
        self.chars = self.bmp + "\U00010000-\U0010ffff"
        self.pattern = re.compile(f"[{self.chars}]")
        self.bmp_pattern = re.compile(f"[{self.bmp}]")  # (for a text within the BMP: see scan)

    def changes(self, text: str) -> bool:
        """Whether t2s may change the text."""
        pos = 0
        pattern = self.pattern if beyond_bmp(text) else self.bmp_pattern
        while (m := pattern.search(text, pos)) is not None:
            at = m.start()
            words = self.words.get(m.group())
            if words is None or any(text.startswith(w, at - i) for w, i in words if at >= i):
                return True
            pos = at + 1
        return False

    def hit(self, text: str, at: int, start: int) -> bool:
        """Whether what stands at `at` makes changes() true of the text starting at `start`,
        for any character (a match of another pattern besides self.pattern)."""
        ch = text[at]
        words = self.words.get(ch)
        if words is None:
            return ch in self.alone or ch > "\uffff"
        return any(text.startswith(w, at - i) for w, i in words if at - start >= i)


@cache
def trigger_table() -> Triggers | None:
    """The table for the OpenCC installed, or None (convert every text) if it is another."""
    import opencc

    lines = [t for t in (data_dir() / "t2s_triggers.txt").read_text(encoding="utf-8").split("\n") if t and t[0] != "#"]
    if lines[0] != f"opencc {opencc.__version__}":
        return None
    return Triggers(lines)


def simplified(texts: list[str], known: list[bool | None] | None = None) -> list[str]:
    """to_simplified and punct.fix_zhe on each text, in one OpenCC call for the texts that hold
    something t2s changes: no dictionary entry of OpenCC holds the separator, so no conversion
    reaches across it.  `known`: for each text, whether it does, where an earlier scan found
    out (None: not known)."""
    triggers = trigger_table()
    if triggers is None:
        todo = list(range(len(texts)))
    elif known is None:
        todo = [k for k, text in enumerate(texts) if triggers.changes(text)]
    else:
        todo = [k for k, text in enumerate(texts) if (triggers.changes(text) if known[k] is None else known[k])]
    if not todo:
        return list(map(punct.fix_zhe, texts))
    # (a text OpenCC converts takes fix_zhe after: before, it would be work thrown away)
    converting = set(todo)
    out = [text if k in converting else punct.fix_zhe(text) for k, text in enumerate(texts)]
    joined = _SEPARATOR.join([texts[k] for k in todo])
    parts: list[str] = []
    if joined.count(_SEPARATOR) == len(todo) - 1:
        parts = punct.fix_zhe(to_simplified(joined)).split(_SEPARATOR)
    if len(parts) != len(todo):
        parts = [punct.fix_zhe(to_simplified(texts[k])) for k in todo]
    for k, part in zip(todo, parts, strict=True):
        out[k] = _mainland(part)
    return out


# Words of review Taiwan and Hong Kong write with 覆 where the mainland writes 复 (覆核, 覆查,
# 覆議, 覆審, 核覆), which t2s keeps: in a text OpenCC converted, 覆 there is 复, unless it ends
# a word of overturning (颠覆审美, 倾覆).  Text that was Simplified all along is left as typed.
_REVIEW = re.compile("(?<![颠倾翻反地])覆(?=[核查议审试阅验函])|(?<=核)覆")


# Hong Kong forms t2s keeps and OpenCC's hk2s makes Simplified (the characters where the two
# differ, compared over U+3400–U+9FFF): 衞生 is 卫生, 枱 台, 衹 只.  In a text OpenCC converted,
# they are the Traditional of a Hong Kong page.
_HK = "敍枱粧糭衞衹"
_HK_FORMS = str.maketrans(_HK, "叙台妆粽卫只")


def _mainland(text: str) -> str:
    if any_in(text, _HK):  # (a C scan a character: a class scan costs several times more)
        text = text.translate(_HK_FORMS)
    return _REVIEW.sub("复", text) if "覆" in text else text


@cache
def _damage_or(chars: str) -> re.Pattern[str]:
    """One class of what the mojibake scan looks for and of `chars` (what goes inside brackets)."""
    return re.compile(f"[{damage_chars()}{chars}]")


def scan(texts: list[str]) -> tuple[dict[int, list[int]], list[bool]]:
    """Where the mojibake scan matches in each text (cleanbatch.repair), and whether t2s may
    change it, in one scan of them all (cleanbatch.damage_and)."""
    triggers = trigger_table()
    if triggers is None:
        return B.damage_and(texts, None)[0], [True] * len(texts)
    # (the range beyond the BMP only where a text holds such a character: the engine tests every
    # character against each part of the class, and that range costs it a third of its scan)
    union = _damage_or(triggers.chars if any(map(beyond_bmp, texts)) else triggers.bmp)
    return B.damage_and(texts, (union, triggers.hit))


_SEPARATOR = "\x1e"  # (a control character: its conversion is itself, and no step's pattern sees it)
