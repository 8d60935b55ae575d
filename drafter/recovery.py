"""Byte recovery for the mojibake repair (mojibake.py finds the damage): the document that
decides between candidate characters, and the spans that read back as text.

  UTF-8 read as GBK   utf8_span: the widest span around a sign that, written out in GBK again,
                      reads as UTF-8 (charsets.utf8_chars rebuilds the bytes the decoder lost).
  a GBK stream that   repair_shifted: the damaged run re-paired with its lost first byte
  lost a byte         rebuilt, or re-decoded as a whole stream.

A rebuilt byte often leaves several candidates (the 64 characters that share a UTF-8 lead and
middle byte; the GBK characters that share a trail byte).  The document decides (Doc.pick):
the candidate that forms, with a neighbour, a two-character sequence the document holds
elsewhere (實 in 向?踐, when 實踐 occurs in the essay).  Punctuation is decided by how common
each mark is.  A character still undecided is dropped, and the rest of its span kept.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from . import charsets as cs
from .textscan import HAN_CHAR

# Full-width punctuation folded to ASCII after the damage (common on pages run through a
# "half-width" filter): unfolded before re-encoding.
_FOLDED = str.maketrans({"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
# A span of a shifted GBK stream ends at punctuation and spaces, but may take in ! ( ) and ?:
# a folded ！（） and the lost byte's mark.
_SHIFT_STOP = set("，。；：、“”‘’,.;:\n ")


# ---------------------------------------------------------------- the document that decides


@cache
def _han_and_marks(candidates: tuple[str, ...]) -> tuple[list[str], list[str]]:
    return [ch for ch in candidates if HAN_CHAR.match(ch)], [ch for ch in candidates if ch in cs.PUNCT]


class Doc:
    """A text being repaired, and the text as given, whose wording decides between candidates.

    Its memos live as long as one repair: what one document says decides nothing in another.
    """

    def __init__(self, text: str) -> None:
        self.given = text
        self.text = text
        self.repaired = 0  # characters recovered
        self.dropped = 0  # damaged characters removed
        self._near: dict[tuple[str, bool], Counter[str]] = {}
        self._picks: dict[tuple[tuple[str, ...], str, str, bool], str | None] = {}

    def replace(self, start: int, end: int, fixed: str | None) -> None:
        if fixed is None:
            self.dropped += end - start
            fixed = ""
        else:
            self.repaired += len(fixed)
        self.text = self.text[:start] + fixed + self.text[end:]

    def neighbours(self, ch: str, after: bool) -> Counter[str]:
        """The characters found right after (or before) each occurrence of ch in the text given."""
        found = self._near.get((ch, after))
        if found is None:
            found = self._near[ch, after] = Counter()
            text = self.given
            pos = text.find(ch)
            while pos >= 0:
                at = pos + 1 if after else pos - 1
                if 0 <= at < len(text):
                    found[text[at]] += 1
                pos = text.find(ch, pos + 1)
        return found

    def pick(self, candidates: tuple[str, ...], before: str, after: str) -> str | None:
        """The candidate the document supports, or None when it cannot tell.

        A Han candidate needs a Han neighbour with which it forms a two-character sequence the
        document holds elsewhere (the damaged spot itself holds mojibake), to be the only
        candidate that does, and to be what that neighbour goes with at least half the time.
        Of punctuation, a single candidate is taken, “ or ” by which one the text before left
        open, and 。 at the end of a line.
        """
        key = (candidates, before[-1:], after[:1], before.rfind("“") > before.rfind("”"))
        if key not in self._picks:
            self._picks[key] = self._pick(*key)
        return self._picks[key]

    def _pick(self, candidates: tuple[str, ...], before: str, after: str, quote_open: bool) -> str | None:
        han, marks = _han_and_marks(candidates)
        # only a Han neighbour tells (what precedes a comma is anything), and only when it
        # supports one candidate and no other: 建设 and 建议 both occur, and guessing between
        # them would put words in the author's mouth
        follows = self.neighbours(before, after=True) if HAN_CHAR.match(before) else Counter()
        precedes = self.neighbours(after, after=False) if HAN_CHAR.match(after) else Counter()
        supported = [c for c in han if c in follows or c in precedes]
        if len(supported) == 1:
            # and the neighbour must go with it most of the time (踐 with 實, not 要 with 说)
            c = supported[0]
            strong = max(follows[c] / (sum(follows.values()) or 1), precedes[c] / (sum(precedes.values()) or 1))
            return c if strong >= 0.5 else None
        if supported or not marks:
            return None
        if "“" in marks and "”" in marks:
            marks = [m for m in marks if m != ("“" if quote_open else "”")]
        if len(marks) > 1 and "。" in marks and not after:
            return "。"  # a line ends with a full stop
        return marks[0] if len(marks) == 1 else None


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the line before text[start:end] and after it (what a pick looks at)."""
    return text[text.rfind("\n", 0, start) + 1 : start], text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1]


# ---------------------------------------------------------------- UTF-8 read as GBK


def utf8_span(text: str, seed: int, floor: int, reach: int) -> tuple[int, int, list[list[str]]] | None:
    """The widest span holding text[seed] that reads as UTF-8 written out in GBK, with the
    characters it reads as (see charsets.utf8_chars), or None.  It lies within the line, after
    `floor` and at most `reach` characters before the seed, among characters GBK can write,
    opens with a clean character and holds at least two clean whole ones that are not ASCII
    (legit text around it does not read as UTF-8, or reads as characters no page holds)."""
    # the run of characters GBK can write (U+FFFD standing for a byte), within the line
    lo = max(floor, seed - reach, text.rfind("\n", 0, seed) + 1)
    lo = seed - cs.gbk_writable(text[lo:seed][::-1])
    line_end = text.find("\n", seed)
    hi = seed + cs.gbk_writable(text[seed : len(text) if line_end < 0 else line_end])
    if hi == seed:
        return None
    data, offsets = cs.gbk_data(text[lo:hi])
    following = ord(text[hi]) if hi < len(text) and text[hi].isascii() else None
    ends = dict(zip(offsets, range(lo, hi + 1), strict=True))  # byte offset → end of a character
    for start in range(lo, seed + 1):
        base = offsets[start - lo]
        first = data[base]
        if 0x80 <= first <= 0xC1 or first > 0xF4:
            continue  # no character starts with a continuation byte
        chars = cs.utf8_chars(data, following, base)
        if not chars or chars[0][1] == cs.UNMARKED or (chars[0][1] == cs.WHOLE and not cs.clean_char(chars[0][2][0])):
            continue  # a span opens with a character, and a clean one (text before it is no byte short)
        while chars and chars[-1][0] not in ends:
            chars.pop()
        whole = sum(state == cs.WHOLE and c[0] >= "\x80" and cs.clean_char(c[0]) for _, state, c in chars)
        if chars and ends[chars[-1][0]] > seed and whole >= 2:
            end = ends[chars[-1][0]]
            # what follows the span was not decoded with it: a missing byte at its end is not
            # known to have been rejected together with the next character's first byte
            chars = cs.utf8_chars(data[: chars[-1][0]], following if end == hi else None, base)
            return start, end, [c for _, _, c in chars]
    return None


# ---------------------------------------------------------------- a GBK stream that lost a byte


def shifted(doc: Doc, span: str, before: str, after: str) -> tuple[int, str] | None:
    """The span re-paired with its lost first byte rebuilt, or None; with a rank: 1 when the
    lost byte led a punctuation mark (what prose loses most), 2 a Han character, 3 when the
    document cannot tell which (the rest is kept, the lost character dropped)."""
    try:
        raw = span.lstrip("?\ufffd").translate(_FOLDED).encode("gbk")
    except UnicodeError:
        return None
    undecided = None
    for body in (raw, raw[:-1]):
        if len(body) < 2:
            continue
        try:
            rest = body[1:].decode("gbk")
        except UnicodeError:
            continue
        if not all(map(cs.clean_char, rest)):
            continue
        ch = doc.pick(cs.lead_chars(body[0]), before, rest + after)
        if ch is not None and cs.reads_clean(ch + rest):
            return (1 if ch in cs.PUNCT else 2), ch + rest
        if ch is None and undecided is None and cs.reads_clean(rest):
            undecided = (3, rest)
    return undecided


def repair_shifted(doc: Doc, first: int, last: int) -> tuple[int, int, str | None, int]:
    """Best repair of the damaged run around rare characters text[first:last]: a whole-stream
    re-decoding first, then a rebuilt punctuation mark, a rebuilt Han character, the rest
    without the lost character; among equals the longest span, then the earliest.  Returns the
    span, its repair (None: drop it) and the characters lost."""
    text = doc.text
    lo = first
    while lo > 0 and first - lo < 4 and text[lo - 1] not in _SHIFT_STOP and not text[lo - 1].isdigit():
        lo -= 1
    spans = [
        (start, end)
        for start in range(lo, first + 1)
        for end in range(last, min(len(text), last + 2) + 1)
        if "\n" not in text[start:end]
    ]
    spans.sort(key=lambda se: (se[0] - se[1], se[0]))  # longest first, then earliest
    for start, end in spans:
        plain = cs.redecode(text[start:end], cs.BIG5_GBK)
        if plain is not None:
            return start, end, plain, 0
    best: tuple[int, int, int, str] | None = None
    for start, end in spans:
        found = shifted(doc, text[start:end], *around(text, start, end))
        if found is not None and (best is None or found[0] < best[2]):
            best = (start, end, *found)
            if found[0] == 1:
                break
    if best is None:
        return lo, last, None, 0
    return best[0], best[1], best[3], int(best[2] == 3)
