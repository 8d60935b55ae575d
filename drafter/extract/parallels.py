"""Parallel clauses: which neighbouring clauses of a sentence read as parallel, and the words
that lead into a run or trail after it.

The hottest code of extraction: it runs on every sentence of two clauses or more, comparing
clauses character by character, and a character of a CJK string costs CPython a new object each
time it is read.  Hence the shapes of the code below: cheap tests first (lengths, through a
table), each pair of clauses compared once, and `find_runs` doing the trimming and the pairing in
one pass over the clauses.  `trim_edges` and `parallel_runs` are the same rules on Clause lists,
one at a time; tests/test_parallels.py checks the fused pass against them.
"""

from __future__ import annotations

import re
from operator import eq

from .. import segment
from .text import ALL_HAN_RE, Clause, aligned_shared

FUNCTION_CHARS = frozenset("的了着地得之和与及或而是在有也都就要把被对")
QUOTE_MARKS = frozenset("“”‘’")

# LEN_OK[a][b]: clauses of a and b characters (each 2-14) are close enough in length to be
# parallel.  A table, not `abs(a - b) <= max(1, min(a, b) // 2)`: the builtins cost more than the
# rest of the test, and this runs for most pairs of neighbouring clauses in the corpus.
LEN_OK = [[2 <= a <= 14 and 2 <= b <= 14 and abs(a - b) <= max(1, min(a, b) // 2) for b in range(15)]
          for a in range(15)]

# Characters that are certainly not letters (punctuation, symbols, digits, spaces), besides the
# Han characters: in a text with nothing outside this class, every letter is Han, so str.isalpha
# (a C test) tells whether a clause is all Han.  Narrower than the real set of non-letters on
# purpose: a rare character only sends its paragraph down the exact, slower test
# (tests/test_parallels.py checks that the class holds no letter).
_HAN_OR_NONLETTER_RE = re.compile(
    "[^\u4e00-\u9fff\\s\\d!-/:-@\\[-`{-~\u00b7\u00d7\u2000-\u206f\u3000-\u3004\u3007-\u3030"
    "\u3036-\u303a\u303d-\u303f\uff00-\uff20\uff3b-\uff40\uff5b-\uff65]"
)


def han_letters_only(text: str) -> bool:
    """Whether every letter of `text` is a Han character (one search per paragraph)."""
    return _HAN_OR_NONLETTER_RE.search(text) is None


def parallel(a: str, b: str) -> bool:
    """Two clauses read as parallel: similar length and a shared beginning, ending or frame."""
    la, lb = len(a), len(b)
    if la > 14 or lb > 14 or not LEN_OK[la][lb]:
        return False
    c = a[0]
    if c == b[0] and c not in FUNCTION_CHARS:
        return True
    c = a[-1]
    if c == b[-1] and c not in FUNCTION_CHARS:
        return True
    # characters shared at the same places: aligned_shared written out (a call costs as much)
    shared: int
    if la == lb:
        shared = sum(map(eq, a, b))
        return shared >= (la // 3 or 1)
    if la - lb != 1 and lb - la != 1:
        return False
    # one character longer: the frame may be aligned on the left (执政之道在于… / 安民之要在于…)
    # or on the right (善弈者谋势 / 不善弈者谋子)
    need = max(2, min(la, lb) // 3)
    shared = sum(map(eq, a, b))
    if shared >= need:
        return True
    shared = sum(map(eq, reversed(a), reversed(b)))
    return shared >= need


def _matches_frame(part: str, other: str) -> bool:
    return part[0] == other[0] or part[-1] == other[-1] or \
        aligned_shared(part, other) >= max(2, len(other) // 2)


def _word_boundary(text: str, at: int) -> bool:
    """Whether a word of the segmenter ends at `at` (思想上|真正… is not 思|想上真正…)."""
    cut = len(text) + at if at < 0 else at
    pos = 0
    for word in segment.cut(text):
        pos += len(word)
        if pos >= cut:
            return pos == cut
    return False


def _cut_to_next(cur: str, nxt: str) -> bool:
    """The first rule of trim_edges: `cur`, longer than `nxt`, ends on a piece of `nxt`'s length
    that matches its frame (compared from the end: no slice is made unless it matches)."""
    n = len(nxt)
    return (cur[-1] == nxt[-1] or cur[-n] == nxt[0]
            or sum(map(eq, reversed(cur), reversed(nxt))) >= (n // 2 if n > 3 else 2)) \
        and QUOTE_MARKS.isdisjoint(cur[:-n]) and _word_boundary(cur, -n)


def trim_edges(parts: list[Clause]) -> list[Clause]:
    """Cut the words that lead into a run or trail after it: 总结出想干事、干实事… → 想干事;
    …、不出事“五步工作法” → 不出事.  A clause longer than its neighbour is cut to the
    neighbour's length when that piece matches the neighbour's frame."""
    texts = trim_texts([c.text for c in parts])
    if texts is None:
        return parts
    return [c if t == c.text else Clause(t, c.sep) for c, t in zip(parts, texts, strict=True)]


def trim_texts(texts: list[str]) -> list[str] | None:
    """`trim_edges` on the clause texts alone; None when nothing is cut (the common case)."""
    out: list[str] | None = None
    lens = list(map(len, texts))
    for i in range(len(texts) - 1):
        if 1 < lens[i + 1] < lens[i] and _cut_to_next(texts[i], texts[i + 1]):
            if out is None:
                out = list(texts)
            out[i] = texts[i][-lens[i + 1]:]
    # the second rule needs an opening quote right after the piece: most sentences have none
    if "“" not in "".join(texts):
        return out
    cut = texts if out is None else out
    for i in range(1, len(cut)):
        n = len(cut[i - 1])
        if n >= 2 and cut[i][n:n + 1] == "“" and _matches_frame(cut[i][:n], cut[i - 1]):
            if out is None:
                out = cut = list(texts)
            out[i] = out[i][:n]
    return out


def parallel_runs(parts: list[Clause]) -> list[tuple[int, int]]:
    """[start, end) spans of ≥ 2 adjacent clauses each parallel to the one before or the one
    two before (so that alternations like 经常抓，抓经常；反复抓，抓反复 hold together)."""
    return parallel_spans([c.text for c in parts])


def _able(text: str, n: int, han_only: bool) -> bool:
    """A clause that can take part in a parallel: 2-14 characters, all Han (`han_only`: the
    caller knows every letter of the text is Han, see han_letters_only)."""
    return 1 < n < 15 and (text.isalpha() if han_only else ALL_HAN_RE.match(text) is not None)


def parallel_spans(texts: list[str], han_only: bool = False) -> list[tuple[int, int]]:
    """`parallel_runs` on the clause texts alone."""
    n = len(texts)
    lens = list(map(len, texts))
    able = [_able(t, m, han_only) for t, m in zip(texts, lens, strict=True)]
    near = [False] * n
    far = [False] * n
    found = False
    for i in range(1, n):
        if able[i] and able[i - 1]:
            near[i], far[i] = _pairs(texts, lens, i)
            found = found or near[i] or far[i]
    return _spans(texts, lens, able, near, far) if found else []


def _pairs(items: list[str], lens: list[int], i: int) -> tuple[bool, bool]:
    """Whether clause i is parallel to clause i - 1 and to clause i - 2 (clauses i and i - 1
    able).  The length table spares the call for the pairs too different in length, about
    half of them."""
    ok = LEN_OK[lens[i]]
    t = items[i]
    near = ok[lens[i - 1]] and parallel(items[i - 1], t)
    far = i >= 2 and lens[i - 2] < 15 and ok[lens[i - 2]] and parallel(items[i - 2], t)
    return near, far


def find_runs(texts: list[str], han_only: bool = False,
              quoted: bool = True) -> tuple[list[str], list[tuple[int, int]]]:
    """trim_texts then parallel_spans in one pass: the texts as trimmed, and the spans.

    Clause i is trimmed against the untrimmed clause i + 1 (as trim_texts does), and then paired
    with the clauses before it, already final.  A sentence with an opening quote takes the two
    steps apart, for the second rule of trim_edges looks at the trimmed texts (`quoted=False`:
    the caller knows there is none)."""
    if quoted and "“" in "".join(texts):
        items = trim_texts(texts) or texts
        return items, parallel_spans(items, han_only)
    n = len(texts)
    items = texts
    lens = ilens = list(map(len, texts))  # copied on the first cut, like items
    able = [False] * n
    near = [False] * n
    far = [False] * n
    found = False
    # _able and _pairs written out: a call costs more than most of what they do
    for i in range(n):
        t = texts[i]
        m = lens[i]
        if i + 1 < n and 1 < lens[i + 1] < m and _cut_to_next(t, texts[i + 1]):
            if items is texts:
                items, ilens = list(texts), list(lens)
            m = ilens[i] = lens[i + 1]
            t = items[i] = t[-m:]
        if 1 < m < 15 and (t.isalpha() if han_only else ALL_HAN_RE.match(t) is not None):
            able[i] = True
            if i and able[i - 1]:
                ok = LEN_OK[m]
                if ok[ilens[i - 1]] and parallel(items[i - 1], t):
                    near[i] = found = True
                if i >= 2 and ilens[i - 2] < 15 and ok[ilens[i - 2]] and parallel(items[i - 2], t):
                    far[i] = found = True
    # every link of a span needs a near or far pair: most sentences have none
    return items, (_spans(items, ilens, able, near, far) if found else [])


def _spans(items: list[str], lens: list[int], able: list[bool], near: list[bool],
           far: list[bool]) -> list[tuple[int, int]]:
    """Walk the clauses, linking each to the one before (near) or, when the lengths allow, to
    the one two before (far)."""
    n = len(items)
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, n + 1):
        linked = i < n and able[i] and able[i - 1] and (
            near[i]
            or (i - 2 >= start and far[i]
                and (lens[i] == lens[i - 1]
                     or (i - 3 >= start and (far[i - 1] if able[i - 2]
                                             else parallel(items[i - 3], items[i - 1])))))
        )
        # A B A' B' (一名干部，就要是一面旗帜；一个党员，就要是一位先锋): each clause parallel
        # to the one two before, the pairs themselves not parallel
        if not linked and i + 1 < n and i - 2 >= max(0, start - 1) and able[i - 2] \
                and able[i - 1] and able[i] and able[i + 1] and far[i] and far[i + 1]:
            linked, start = True, min(start, i - 2)
        if not linked:
            if i - start >= 2:
                spans.append((start, i))
            start = i
    return spans
