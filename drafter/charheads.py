"""Headings of one or two characters (the outline's "single" family): 德。政治上… leading its
paragraph, 慎独。“莫见乎隐…” over the quotation it opens.  A sentence of one or two characters
is also a reply (好。 是的。), so each is a heading only as one of a set the essay builds: read
from the whole essay, not from one paragraph.  No third-party import.
"""

from __future__ import annotations

import re

_PAIR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]{2}。[“‘「\"]")


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"


def single_run_ins(title: str, texts: list[str]) -> set[int]:
    """Paragraphs opening with a one-character heading that runs into its text (德。政治上…, 能。…,
    after 德、能、勤、绩、廉 announced): three of them or more, each of its own character, or two
    whose characters the essay lists with 、 (好。 opens a reply too, 是。 an answer)."""
    found = {i: t[0] for i, t in enumerate(texts) if t[1:2] == "。" and _han(t[:1]) and _han(t[2:3])}
    chars = set(found.values())
    if len(found) < 2 or len(chars) < len(found):
        return set()
    if len(found) >= 3:
        return set(found)
    listed = "\n".join([title, *texts])
    return set(found) if all(f"{c}、" in listed or f"、{c}" in listed for c in chars) else set()


def pair_heads(title: str, texts: list[str]) -> set[int]:
    """Paragraphs opening with a two-character heading over the quotation it opens (慎独。“…”,
    慎初。“…”): two of them or more, each its own word, all sharing a character (慎独 慎初 慎微) or
    all listed with 、 in the essay (慎独、慎初) — where 是的。“…” in a dialogue is one reply."""
    found = {i: t[:2] for i, t in enumerate(texts) if t[2:3] == "。" and _PAIR.match(t)}
    words = set(found.values())
    if len(found) < 2 or len(words) < len(found):
        return set()
    if set.intersection(*(set(w) for w in words)):
        return set(found)
    listed = "\n".join([title, *texts])
    return set(found) if all(f"{w}、" in listed or f"、{w}" in listed for w in words) else set()
