"""Repeats in cleaning: title lines and captions repeating the title, duplicate lines and
paragraphs, and a site 导语 that retells the first paragraph.

Two texts repeat each other when their keys (Han characters, digits, letters) are equal.  A key
costs a regex step per character, so texts are first sorted into buckets by the first and last
characters of their key, found in a step or two: texts with equal keys share a bucket, and in
most essays every text has a bucket of its own and no title's, which one set of the buckets
shows.  Only the texts that share a bucket, or a title's, are compared.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable
from itertools import repeat

from .cleanrules import CAPTION_TAIL
from .textscan import HAN

_KEY_RUN = re.compile(rf"[{HAN}0-9A-Za-z]+")
_KEY_CHAR = re.compile(rf"[{HAN}0-9A-Za-z]")
_KEY_TEXT = re.compile(rf"[{HAN}0-9A-Za-z]*")
_PROSE_MARKS = ("，", "。", "、", "“", "”", "：", "；")
_NOT_COMMON_HAN = re.compile("[^\u4e00-\u9fff]")
# Marks that close a line: none is a key character, so stripping them keeps the last key one.
_NON_KEY_TAIL = "。！？；：，、…”’）》」』.!?;:,)\"' "
MARKER_START = re.compile(
    # (not a decimal: 18.6万亩)
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]、?|\d{1,2}(?:[.．](?!\d)|、)"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十][是要]|首先|其次|再次|最后"
    r"|\d{1,2}[)）]|[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,2}[、.．]|[\u2160-\u217f]|【[一二三四五六七八九十]{1,3}】)"
)
CAPTION_WORDS = ("图片", "配图", "插图", "圖片", "配圖", "插圖")  # an image captioned with the title
_LEAD_WINDOW = 12  # a lead is looked for in the first paragraphs only


def text_key(text: str) -> str:
    """What two lines share when one repeats the other: their Han characters, digits, letters."""
    # A run costs a string of its own, and the marks of prose cut it into runs of a few words:
    # those are dropped by str.replace (memory speed) first, and when nothing but key characters
    # is left (one C loop tells), the text is the key.  Else the runs left are joined.
    for mark in _PROSE_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text if _KEY_TEXT.fullmatch(text) else "".join(_KEY_RUN.findall(text))


def _first_key_char(chars: Iterable[str]) -> str:
    for ch in chars:  # nearly always the first or second character: a loop beats a regex call
        if "\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalnum()) or _KEY_CHAR.match(ch):
            return ch
    return ""


def _bucket(text: str) -> str:
    """The first and last characters of the text's key."""
    first = text[:1]
    if not "\u4e00" <= first <= "\u9fff":
        first = _first_key_char(text)
    last = text.rstrip(_NON_KEY_TAIL)[-1:]
    if not "\u4e00" <= last <= "\u9fff":
        last = _first_key_char(reversed(text))
    return first + last


class KeyMemo:
    """One essay's titles, and the buckets, keys and leads of its texts, each computed once:
    both passes of drop_repeats (before and after joining lines) share one memo."""

    def __init__(self, titles: set[str]) -> None:
        self.title_keys = tuple(t for t in titles if t)
        self.title_buckets = {_bucket(t) for t in self.title_keys}
        self._buckets: dict[str, str] = {}
        self._full: dict[str, str] = {}
        self._leads: dict[str, _Lead] = {}
        self.no_lead: list[str] = []  # the first texts drop_lead last kept whole

    def full(self, text: str) -> str:
        key = self._full.get(text)
        if key is None:
            key = self._full[text] = text_key(text)
        return key

    def lead(self, text: str) -> _Lead:
        found = self._leads.get(text)
        if found is None:
            found = self._leads[text] = _Lead(text)
        return found

    def buckets(self, texts: list[str]) -> list[str]:
        """The bucket of each text (none empty, none holding a newline)."""
        known = self._buckets
        if not known:  # (the first pass: nothing to look up)
            made = _buckets(texts)
            known.update(zip(texts, made, strict=True))
            return made
        found: list[str | None] = list(map(known.get, texts))
        if None not in found:
            return found  # type: ignore[return-value]  # (no None in it)
        new = [t for t, b in zip(texts, found, strict=True) if b is None]
        known.update(zip(new, _buckets(new), strict=True))
        return list(map(known.__getitem__, texts))


_FIRST = operator.itemgetter(0)
_LAST = operator.itemgetter(slice(-1, None))


def _buckets(texts: list[str]) -> list[str]:
    """Nearly every line opens with a common Han character and ends with one before its closing
    marks: those buckets are made by C calls mapped over the list, one regex scan over all of
    them finds the others, and only those are made one by one."""
    found = list(map(operator.add, map(_FIRST, texts), map(_LAST, map(str.rstrip, texts, repeat(_NON_KEY_TAIL)))))
    probe = "".join(found)
    if len(probe) != 2 * len(found):  # (a line of closing marks alone)
        return [_bucket(t) for t in texts]
    for i in {m.start() // 2 for m in _NOT_COMMON_HAN.finditer(probe)}:
        found[i] = _bucket(texts[i])
    return found


def drop_repeats(texts: list[str], index: list[int], keys: KeyMemo) -> tuple[list[str], list[int], int]:
    """Repeated title lines, captions made of the title, duplicate paragraphs, and a lead
    paragraph (site 导语) that is mostly the text of a later paragraph.  Returns the texts kept,
    their `index` entries and the characters dropped."""
    buckets = keys.buckets(texts)
    # the texts to compare: those sharing a bucket with another or with a title, and those
    # opening with a title (a caption); a text of a bucket of its own is compared with nothing
    check: list[int] = []
    if len(set(buckets)) != len(buckets):
        counts = Counter(buckets)
        check += [i for i, b in enumerate(buckets) if counts[b] > 1]
    title_keys, title_buckets = keys.title_keys, keys.title_buckets
    if not title_buckets.isdisjoint(buckets):
        check += [i for i, b in enumerate(buckets) if b in title_buckets]
    # a text opening with a title opens its key with the title's first character, and one ending
    # with a caption word ends it with 片 or 图: the texts are asked only when some bucket shows one
    ends = "".join(buckets)
    if any(t[0] in ends for t in title_keys) \
            and True in (starts := list(map(str.startswith, texts, repeat(title_keys)))):
        check += [i for i, s in enumerate(starts) if s]
    if title_keys and ("片" in ends or "图" in ends or "圖" in ends) \
            and True in (captions := list(map(str.endswith, texts, repeat(CAPTION_WORDS)))):
        check += [i for i, c in enumerate(captions) if c]
    dropped = 0
    if check:
        texts, index, dropped = _compare(texts, index, buckets, sorted(set(check)), keys)
    texts, index, lead = drop_lead(texts, index, keys)
    return texts, index, dropped + lead


def _compare(
    texts: list[str], index: list[int], buckets: list[str], check: list[int], keys: KeyMemo
) -> tuple[list[str], list[int], int]:
    title_keys, title_buckets, full = keys.title_keys, keys.title_buckets, keys.full
    seen: dict[str, list[str]] = {}  # bucket → texts kept in it
    drop: list[int] = []
    dropped = 0
    for i in check:
        text, b = texts[i], buckets[i]
        kept = seen.get(b)
        repeat = False
        if kept is not None:
            key = full(text)
            repeat = len(key) >= 8 and any(full(t) == key for t in kept)
        if not repeat and b in title_buckets:
            repeat = full(text) in title_keys
        if not repeat and text.startswith(title_keys):  # the title and a caption's tail
            repeat = any(text.startswith(t) and CAPTION_TAIL.match(text[len(t) :]) for t in title_keys)
        if not repeat and len(text) <= 40 and text.endswith(CAPTION_WORDS):  # 〈part of the title〉图片
            key = full(text)[:-2]
            repeat = len(key) >= 6 and any(key in t for t in title_keys)
        if repeat:
            dropped += len(text)
            drop.append(i)
        elif kept is None:
            seen[b] = [text]
        else:
            kept.append(text)
    if not drop:
        return texts, index, 0
    gone = set(drop)
    keep = [i for i in range(len(texts)) if i not in gone]
    return [texts[i] for i in keep], [index[i] for i in keep], dropped


class _Lead:
    """6-character samples of a lead paragraph's key, taken evenly along its first 600 characters."""

    def __init__(self, lead: str) -> None:
        key = text_key(lead[:600])
        self.key, self.step = key, max(6, len(key) // 12)
        count = len(range(0, len(key) - 5, self.step)) if len(key) >= 40 else 0
        # each sample's first and last characters
        self.ends = list(zip(key[: len(key) - 5 : self.step], key[5 :: self.step], strict=True)) if count else []
        self.need = 0.6 * count
        self.spare = count - math.ceil(self.need)  # how many samples a paragraph may lack
        self.inside: dict[str, bool] = {}  # paragraph → mostly_inside (both passes ask again)

    @property
    def chunks(self) -> list[str]:
        key, step = self.key, self.step
        return [key[i : i + 6] for i in range(0, len(key) - 5, step)] if self.ends else []

    def mostly_inside(self, other: str, keys: KeyMemo) -> bool:
        """Whether most samples occur in another paragraph's key.

        Computing that key is what costs, so bounds come first: a sample whose first or last
        character the paragraph lacks is not in its key, and a sample found in the paragraph
        itself is.  They settle nearly every paragraph, most once a few samples are missing.
        """
        found = self.inside.get(other)
        if found is None:
            found = self.inside[other] = self._inside(other, keys)
        return found

    def _inside(self, other: str, keys: KeyMemo) -> bool:
        spare = self.spare
        for first, last in self.ends:
            if first not in other or last not in other:
                spare -= 1
                if spare < 0:
                    return False  # fewer than `need` samples may be in the paragraph
        chunks = self.chunks
        if sum(map(other.__contains__, chunks)) >= self.need:
            return True
        return sum(map(keys.full(other).__contains__, chunks)) >= self.need


def drop_lead(texts: list[str], index: list[int], keys: KeyMemo) -> tuple[list[str], list[int], int]:
    """The last step of drop_repeats alone: a site's 导语 sits right under the title and
    retells the first paragraph.  (Cleaning calls it alone when joining lines changed nothing:
    the lines drop_repeats kept hold no repeat any more, but their first one may be a lead.)"""
    head = texts[:_LEAD_WINDOW]  # all the check looks at: the second pass often brings the same again
    if head == keys.no_lead:
        return texts, index, 0
    # (a lead has samples only when its key has 40 characters, so its text must have as many)
    if (
        texts
        and len(texts[0]) >= 40
        and not MARKER_START.match(texts[0])
        and (lead := keys.lead(texts[0])).ends
        and any(lead.mostly_inside(other, keys) for other in texts[1:_LEAD_WINDOW])
    ):
        return texts[1:], index[1:], len(texts[0])
    keys.no_lead = head
    return texts, index, 0
