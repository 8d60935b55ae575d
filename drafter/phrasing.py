"""Choosing phrases for one draft: by category, tags and genre, filled from the form's facts.

Selection is deterministic for a seed (one random stream consumed in render order), never gives
the same phrase twice in a draft, skips phrases whose slots the caller cannot fill, and prefers
phrases whose tags occur in the text of the item they introduce.  `parallel` picks one pattern
per group and reuses it, since a set of parallel headings must share one shape.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import TemplateError
from .model import PHRASE_CATEGORIES, Phrase

_SLOT = re.compile(r"\{([A-Za-z_]\w*)\}")


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def fill(text: str, slots: dict[str, str]) -> str:
    """Put the values into `{name}` slots; the values are facts and go in verbatim.

    Where the phrase's words next to a slot repeat the value's first or last words (在推进{theme}
    with theme 推进移风易俗; {work}工作 with 网格化工作), the phrase's copy goes: never the fact's."""
    out: list[str] = []
    at = 0
    for match in _SLOT.finditer(text):
        before, value = text[at : match.start()], slots[match.group(1)]
        out += (before[: len(before) - _overlap(before, value)], value)
        after = text[match.end() : (nxt.start() if (nxt := _SLOT.search(text, match.end())) else len(text))]
        at = match.end() + _overlap(value, after)
    out.append(text[at:])
    return "".join(out)


def _overlap(left: str, right: str) -> int:
    """How many Han characters (two to four) `left` ends with and `right` starts with."""
    for n in (4, 3, 2):
        if len(left) >= n and left[-n:] == right[:n] and _HAN.fullmatch(right[:n]):
            return n
    return 0


class PhrasePicker:
    def __init__(self, phrases: Sequence[Phrase], genre: str, seed: int) -> None:
        self._by_category: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            if phrase.status != "accepted":
                continue
            if phrase.genres and genre not in phrase.genres:
                continue
            self._by_category.setdefault(phrase.category, []).append(phrase)
        self._rng = random.Random(seed)
        self._used_ids: set[str] = set()
        self._used_texts: set[str] = set()
        self._groups: dict[str, Phrase | None] = {}

    def _candidates(self, category: str, tags: Iterable[str], slots: dict[str, str]) -> list[Phrase]:
        if category not in PHRASE_CATEGORIES:
            raise TemplateError(
                f"phrase() 的类别“{category}”不存在，可用：{'、'.join(PHRASE_CATEGORIES)}"
            )
        wanted = set(tags)
        filled = {k for k, v in slots.items() if v}
        return [
            p
            for p in self._by_category.get(category, [])
            if wanted <= set(p.tags) and set(p.slots) <= filled and p.id not in self._used_ids
        ]

    def _choose(self, pool: list[Phrase], about: str) -> Phrase | None:
        if not pool:
            return None
        # phrases whose tags name what the item is about come first; among equals, the seed picks
        ranked = sorted(pool, key=lambda p: (-sum(t in about for t in p.tags), p.id))
        best = -sum(t in about for t in ranked[0].tags)
        top = [p for p in ranked if -sum(t in about for t in p.tags) == best]
        return top[self._rng.randrange(len(top))]

    def phrase(self, category: str, tags: Sequence[str] = (), about: Any = "", **slots: Any) -> str:
        values = {k: _text(v) for k, v in slots.items()}
        pool = self._candidates(category, tags, values)
        while pool:
            chosen = self._choose(pool, _text(about))
            assert chosen is not None
            text = fill(chosen.text, values)
            self._used_ids.add(chosen.id)
            if text not in self._used_texts:
                self._used_texts.add(text)
                return text
            pool = [p for p in pool if p.id != chosen.id]
        return ""

    def parallel(self, category: str, group: str, **slots: Any) -> str:
        values = {k: _text(v) for k, v in slots.items()}
        if group not in self._groups:
            pool = self._candidates(category, (), values)
            # the pattern must use every slot the caller offers, or items would lose facts
            pool = [p for p in pool if set(p.slots) == {k for k, v in values.items() if v}]
            chosen = self._choose(pool, "")
            self._groups[group] = chosen
            if chosen is not None:
                self._used_ids.add(chosen.id)
        pattern = self._groups[group]
        if pattern is None or not set(pattern.slots) <= {k for k, v in values.items() if v}:
            return ""
        return fill(pattern.text, values)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value if v)
    return str(value).strip()
