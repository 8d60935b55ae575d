"""The vocabulary and scanning helpers every cleaning module shares: Han ranges, sentence ends,
the per-line cache, and ways to find rare marks in a whole essay at memory speed.

Cleaning must stay within a small factor of OpenCC, so it cannot pay a Python step, or even a
regex step, for every character and rule.  What is fast in CPython is a substring test or
str.find (a C loop at memory speed), an encoding (a C loop per character) and a regex whose
pattern opens with a literal (the engine searches for it like str.find).  The helpers here turn
"find the few places a rule applies to" into those.  No third-party import.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import sys
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")
CACHE_SIZE = 1 << 12  # per function: worst case ~ CACHE_SIZE × CACHE_MAX_LEN characters kept
CACHE_MAX_LEN = 1000
_cache_max_len = CACHE_MAX_LEN  # 0 or less: caches bypassed (see set_line_caches)


def line_cache(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """A bounded memo for a pure function of one line or paragraph: chrome, boilerplate and
    quoted passages recur across a corpus.  Long texts bypass it (rare, and costly to keep)."""
    cached = functools.lru_cache(maxsize=CACHE_SIZE)(fn)

    @functools.wraps(fn)
    def call(text: str) -> _T:
        return cached(text) if len(text) <= _cache_max_len else fn(text)

    return call


def set_line_caches(enabled: bool) -> None:
    """Turn the line caches on or off.  A corpus made of one text repeated hits them on every
    line, a real one rarely: bench/clean.py measures cleaning both ways."""
    global _cache_max_len
    _cache_max_len = CACHE_MAX_LEN if enabled else 0


HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Sentence ends, and what may close a sentence after them.
TERMINALS = "。！？；…"
CLOSERS = "”’」』）》"
END_PUNCT = TERMINALS + "：" + CLOSERS + ".!?;:"
HAN_CHAR = re.compile(f"[{HAN}]")

# Characters frequent in official prose, roughly the most frequent first, and each one's rank:
# what a rule looks for first, the rarer the better, is chosen with it (a rough list does).
_FREQUENT = (
    "的一是在不了有和人中大为上国以要时来们生到作地于出就分对成会可用主发年动同工也能下过子产种面而方后多定行学法"
    "所民得经之进着等部度家力里如化高自理起小现实加量都水体制机当使点从业本去把性好应开合还因由其些然前外政日那社"
    "义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最"
    "立代想已通并提直题党程展果象员位入常文总次品式活设及管特件长求老头基资边流路级服调少图统接知较将组见计别期根论"
    "运农推功指区强放决被干做必先回则任取据处队给色光门即保治造规领导志世金增争济思术极交受联认共权收证改清己美再采"
    "转更单风切打教带安场身例真务具万每目至达走积示议报完类华名确才科张信节话整空元况今集传许步群广记需段研界策律"
    "究观织装影算持音众书布复容须际商非验连断深难近周委素村技备半办青省列习响约支般史感劳便团营往历市何除消构府称准"
    "精值号率维划选标写存候亲快效院查型按格养易置层片始却专状育识适属围满县局照参细引听该价严苦良修异优秀帮范岗培贡献坚"
)
FREQUENT_RANK = {ch: i for i, ch in enumerate(_FREQUENT)}


def has_han(text: str) -> bool:
    return HAN_CHAR.search(text) is not None


def ascii_marks(text: str) -> bytes:
    """The ASCII characters of a text, in order (one C loop: the others are skipped in runs).
    A rule about half-width marks, digits or Latin letters asks this instead of the text."""
    return text.encode("ascii", "ignore")


Repl = str | Callable[[re.Match[str]], str]


def sub_at(pattern: re.Pattern[str], repl: Repl, text: str, starts: str) -> tuple[str, int]:
    """pattern.subn(repl, text), for a pattern whose every match opens with one of the characters
    `starts` and is never empty (repl: a function, or a string without group references).

    A regex scan pays an engine step on every character of the text: rules about rare marks
    (parentheses, spaces, asterisks) would cost as much as OpenCC.  Here `in` and str.find, which
    run at memory speed, find the marks and the pattern is tried only there; where the marks are
    dense (a page of pinyin annotations) the plain scan is the cheaper one again.
    """
    hits = _sign_positions(text, starts)
    if hits is None:
        return pattern.subn(repl, text)
    out: list[str] = []
    done = 0  # text[:done] is copied or replaced
    for pos in hits:
        if pos < done:
            continue
        m = pattern.match(text, pos)
        if m is None:
            continue
        out += (text[done:pos], repl if isinstance(repl, str) else repl(m))
        done = m.end()
    if not out:
        return text, 0
    out.append(text[done:])
    return "".join(out), len(out) // 2


def match_starts(pattern: re.Pattern[str], text: str, starts: str) -> list[int]:
    """Where pattern.finditer(text) finds its matches, for a pattern as sub_at takes (found the
    way sub_at finds them)."""
    hits = _sign_positions(text, starts)
    if hits is None:
        return [m.start() for m in pattern.finditer(text)]
    found: list[int] = []
    done = 0
    for pos in hits:
        if pos >= done and (m := pattern.match(text, pos)) is not None:
            found.append(pos)
            done = m.end()
    return found


def _sign_positions(text: str, signs: str) -> list[int] | None:
    """Where the characters `signs` are in the text, in order; None where they are dense (a
    regex scan is then the cheaper way)."""
    hits: list[int] = []
    for ch in signs:
        if ch not in text:
            continue
        pos = text.find(ch)
        while pos >= 0:
            hits.append(pos)
            if len(hits) > 32 and len(hits) * 64 > len(text):
                return None
            pos = text.find(ch, pos + 1)
    if len(signs) > 1:
        hits.sort()
    return hits


def any_in(text: str, signs: str) -> bool:
    """Whether any of the characters occurs in the text (a C scan each, no regex step)."""
    return any(map(text.__contains__, signs))  # map: no generator frame resumed per sign


# CPython keeps a str that holds a character beyond the Basic Multilingual Plane four bytes a
# character (PEP 393), so its size tells without a scan; elsewhere a scan asks.  (A str may also
# carry a copy of itself in UTF-8, made when C code asked for it, which only adds to its size: so
# "at least" that size, which never misses a wide str and only sends a rare narrow one, that
# has such a copy, to the scan the caller makes anyway.)
_WIDE_HEADER = sys.getsizeof("\U00010000") - 8
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def beyond_bmp(text: str) -> bool:
    """Whether the text holds a character beyond the BMP (an emoji, a rare Han character)."""
    if _SIZED:
        return sys.getsizeof(text) - 4 * (len(text) + 1) >= _WIDE_HEADER
    return _BEYOND_BMP.search(text) is not None


# (whether sizes tell here: asked of a few texts of each storage width)
_SIZED = all(
    (sys.getsizeof(t) - 4 * (len(t) + 1) >= _WIDE_HEADER) == (_BEYOND_BMP.search(t) is not None)
    for t in ("", "a", "é", "中文", "中\U0001f600", "\U00020000" * 3)
)


def lines_with(lines: list[str], sign: str) -> list[int]:
    """Indices of the lines that hold `sign` (asked once the whole text is known to hold it)."""
    return [i for i, line in enumerate(lines) if sign in line]


def find_word(text: str, word: str, anchor: str) -> list[int]:
    """Where the word occurs in the text, found through one of its characters, `anchor`.

    A substring test for a word of two or more characters costs several times what one for a
    single character does: when the anchor is rare in prose, finding it and comparing the word
    around it is the cheaper way.
    """
    found: list[int] = []
    k = word.index(anchor)
    pos = text.find(anchor, k)
    while pos >= 0:
        if text.startswith(word, pos - k):
            found.append(pos - k)
        pos = text.find(anchor, pos + 1)
    return found



def find_words(text: str, words: tuple[str, ...], anchor: str) -> list[int]:
    """find_word for several words that hold the same anchor, in one search for it."""
    if len(words) == 1:
        return find_word(text, words[0], anchor)
    offsets = [(word, word.index(anchor)) for word in words]
    found: list[int] = []
    pos = text.find(anchor)
    while pos >= 0:
        for word, k in offsets:
            if pos >= k and text.startswith(word, pos - k):
                found.append(pos - k)
        pos = text.find(anchor, pos + 1)
    return found


def rewritten(a: str, b: str) -> int:
    """Characters rewritten between two texts of equal length (t2s, punctuation)."""
    if a == b:
        return 0
    if len(a) != len(b):
        return abs(len(a) - len(b))
    return len(_changed(a, b).translate(None, b"\x00"))


def _changed(a: str, b: str) -> bytes:
    """A byte per character of two texts of equal length: zero where they hold the same one."""
    # XOR of the code units, computed in C: a zero unit is an unchanged character.  UTF-16 halves
    # the work when both texts stay in the BMP (then their units align); UTF-32 always aligns.
    ea, eb = a.encode("utf-16-le", "surrogatepass"), b.encode("utf-16-le", "surrogatepass")
    width = 2
    if len(ea) != 2 * len(a) or len(eb) != 2 * len(b):
        ea, eb, width = a.encode("utf-32-le"), b.encode("utf-32-le"), 4
    xored = int.from_bytes(ea, "little") ^ int.from_bytes(eb, "little")
    # fold each unit's bytes into its lowest one (a code point fits in three bytes), keep those
    for shift in range(8, 8 * min(width, 3), 8):
        xored |= xored >> shift
    return xored.to_bytes(len(ea), "little")[::width]


# ---------------------------------------------------------------- many texts at once
# Cleaning runs the scans of its line-local steps over a batch of essays joined by newlines
# (no rule looks across a line break), and asks the rule itself only of the essays a scan hits.


def text_ends(texts: list[str]) -> list[int]:
    """Where each text ends in "\n".join(texts), counting its newline: text k holds the positions
    from text_ends[k - 1] up to text_ends[k] - 1 (found with bisect_right)."""
    return list(itertools.accumulate(map(operator.add, map(len, texts), itertools.repeat(1))))


def texts_holding(joined: str, ends: list[int], sign: str) -> list[int]:
    """The texts (of joined, see text_ends) holding `sign`: one str.find for each, and one more."""
    found: list[int] = []
    pos = joined.find(sign)
    while pos >= 0:
        k = bisect.bisect_right(ends, pos)
        found.append(k)
        pos = joined.find(sign, ends[k])
    return found


def texts_matching(pattern: re.Pattern[str], joined: str, ends: list[int]) -> list[int]:
    """The texts where the pattern finds a match (a pattern whose matches hold no newline, and to
    which a newline before or after a text is what the start or end of the text is)."""
    found: list[int] = []
    m = pattern.search(joined)
    while m is not None:
        k = bisect.bisect_right(ends, m.start())
        found.append(k)
        m = pattern.search(joined, ends[k]) if k + 1 < len(ends) else None
    return found


def matches_by_text(pattern: re.Pattern[str], joined: str, ends: list[int]) -> dict[int, list[int]]:
    """Where the pattern matches (pattern.finditer) in each text that it matches in, as offsets
    within that text (a pattern as texts_matching takes: its matches hold no newline)."""
    hits = [m.start() for m in pattern.finditer(joined)]
    found: dict[int, list[int]] = {}
    i = 0
    while i < len(hits):
        k = bisect.bisect_right(ends, hits[i])
        j = bisect.bisect_left(hits, ends[k], i)
        found[k] = list(map((ends[k - 1] if k else 0).__rsub__, hits[i:j]))
        i = j
    return found
