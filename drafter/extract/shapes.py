"""The shapes extraction looks for, clause by clause and word by word: parallel clauses, the
edges of a run, noun lists, and four-character set phrases.

Pure functions over strings (and the segmenter's dictionary tags), so that each rule can be
tested alone; drafter.extract.candidates applies them to documents.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import segment
from .text import ALL_HAN_RE, Clause, aligned_shared, is_han

FUNCTION_CHARS = frozenset("的了着地得之和与及或而是在有也都就要把被对")


def parallel(a: str, b: str) -> bool:
    """Two clauses read as parallel: similar length and a shared beginning, ending or frame."""
    la, lb = len(a), len(b)
    if not (2 <= la <= 14 and 2 <= lb <= 14) or abs(la - lb) > max(1, min(la, lb) // 2):
        return False
    if a[0] == b[0] and a[0] not in FUNCTION_CHARS:
        return True
    if a[-1] == b[-1] and a[-1] not in FUNCTION_CHARS:
        return True
    if la == lb:
        return aligned_shared(a, b) >= max(1, la // 3)
    # one character longer: the frame may be aligned on the left (执政之道在于… / 安民之要在于…)
    # or on the right (善弈者谋势 / 不善弈者谋子)
    need = max(2, min(la, lb) // 3)
    return abs(la - lb) == 1 and (aligned_shared(a, b) >= need
                                  or aligned_shared(a[::-1], b[::-1]) >= need)


def _matches_frame(part: str, other: str) -> bool:
    return part[0] == other[0] or part[-1] == other[-1] or \
        aligned_shared(part, other) >= max(2, len(other) // 2)


QUOTE_MARKS = frozenset("“”‘’")


def _word_boundary(text: str, at: int) -> bool:
    """Whether a word of the segmenter ends at `at` (思想上|真正… is not 思|想上真正…)."""
    cut = len(text) + at if at < 0 else at
    pos = 0
    for word in segment.cut(text):
        pos += len(word)
        if pos >= cut:
            return pos == cut
    return False


def trim_edges(parts: list[Clause]) -> list[Clause]:
    """Cut the words that lead into a run or trail after it: 总结出想干事、干实事… → 想干事;
    …、不出事“五步工作法” → 不出事.  A clause longer than its neighbour is cut to the
    neighbour's length when that piece matches the neighbour's frame."""
    texts = [c.text for c in parts]
    changed = False
    for i in range(len(texts) - 1):
        n, m = len(texts[i + 1]), len(texts[i])
        if n >= 2 and m > n and _matches_frame(texts[i][-n:], texts[i + 1]) \
                and not QUOTE_MARKS & set(texts[i][:-n]) and _word_boundary(texts[i], -n):
            texts[i] = texts[i][-n:]
            changed = True
    for i in range(1, len(texts)):
        n = len(texts[i - 1])
        if n >= 2 and texts[i][n:n + 1] == "“" and _matches_frame(texts[i][:n], texts[i - 1]):
            texts[i] = texts[i][:n]
            changed = True
    if not changed:
        return parts
    return [c if t == c.text else Clause(t, c.sep) for c, t in zip(parts, texts, strict=True)]


def parallel_runs(parts: list[Clause]) -> list[tuple[int, int]]:
    """[start, end) spans of ≥ 2 adjacent clauses each parallel to the one before or the one
    two before (so that alternations like 经常抓，抓经常；反复抓，抓反复 hold together)."""
    texts = [c.text for c in parts]
    # A clause that is not all Han or not 2-14 long can link to nothing: test that once per
    # clause, not once per pair (this runs on every clause of the corpus).
    han = ALL_HAN_RE.match
    able = [2 <= len(t) <= 14 and han(t) is not None for t in texts]
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(texts)
    for i in range(1, n + 1):
        linked = i < n and able[i] and able[i - 1] and (
            parallel(texts[i - 1], texts[i])
            or (i - 2 >= start and parallel(texts[i - 2], texts[i])
                and (len(texts[i]) == len(texts[i - 1])
                     or (i - 3 >= start and parallel(texts[i - 3], texts[i - 1]))))
        )
        # A B A' B' (一名干部，就要是一面旗帜；一个党员，就要是一位先锋): each clause parallel
        # to the one two before, the pairs themselves not parallel
        if not linked and i + 1 < n and i - 2 >= max(0, start - 1) and able[i - 2] \
                and all(able[i - 1: i + 2]) and parallel(texts[i - 2], texts[i]) \
                and parallel(texts[i - 1], texts[i + 1]):
            linked, start = True, min(start, i - 2)
        if not linked:
            if i - start >= 2:
                spans.append((start, i))
            start = i
    return spans


_NOUNISH = ("n", "j", "x")  # j: abbreviations (质监局, 工商局) are names too


def noun_list(words: list[str]) -> bool:
    """质监局、工商局、交通局: items made of nouns only are a list, not a parallel."""
    for word in words:
        tags = [segment.pos_of(t) for t in segment.cut(word)]
        if not all(t.startswith(_NOUNISH) for t in tags):
            return False
    return True


_LEADS = ("也就是", "就是", "即是", "即")
LEAD_ANY = re.compile("|".join(_LEADS))


def strip_lead(c: Clause) -> Clause:
    """即抓思想 → 抓思想: a connective in front of the first item of a list."""
    if c.text[:1] not in "也就即":
        return c
    for lead in _LEADS:
        if c.text.startswith(lead) and len(c.text) - len(lead) >= 2:
            return Clause(c.text[len(lead):], c.sep)
    return c


# Tags of ordinary two-character words: a four-character "idiom" made of two of them is a
# collocation jieba's dictionary happens to list (群众反映, 始终保持, 理论知识), not a set phrase.
_CONTENT_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "v", "vn", "vd", "a", "ad", "an", "d",
                           "t", "p", "r", "m"})
# Classical function characters inside a word mark a set phrase even when its halves are words
# (坚定不移, 取信于民).
_CLASSICAL = frozenset("不无之而以于其则所者乎也勿莫非未")
_LOCATIVE_END = frozenset("下中上里内外前后")


_NUMERAL_COUNT = re.compile(r"^[一二三四五六七八九十两几][个种项条大点次些位名]")


def _compositional(word: str) -> bool:
    """Two ordinary words side by side (群众反映, 关注民生), a locative phrase (新形势下,
    在群众中) or a count (五种意识): four characters that are not a set phrase.  Patterns like
    ABAC (全心全意, 特事特办) and classical function characters (坚定不移) mark a set phrase
    even when its halves are words."""
    if word[0] == word[2] or word[1] == word[3] or word[0] == word[1] or _CLASSICAL & set(word[1:3]):
        return False
    if word[0] == "在" or _NUMERAL_COUNT.match(word):
        return True
    pos = segment.pos_of
    if word[-1] in _LOCATIVE_END and (pos(word[:3]) != "x" or pos(word[1:3]) != "x"):
        return True
    return pos(word[:2]) in _CONTENT_TAGS and pos(word[2:]) in _CONTENT_TAGS


@lru_cache(maxsize=1 << 14)
def set_phrase(word: str) -> bool:
    """A four-character word of the dictionary fit for the 四字格 category: an idiom (i) that is
    not merely compositional, or a set phrase (i, l) of the domain dictionary — not one of its
    terms (乡镇干部, n)."""
    if not is_han(word):
        return False
    tag = segment.pos_of(word)
    if segment.is_domain_word(word):
        return tag in ("i", "l")
    return tag == "i" and not _compositional(word)


@lru_cache(maxsize=1 << 14)
def four_item(word: str) -> bool:
    """A four-character item of a list or a quotation, fit for the 四字格 category."""
    return (is_han(word) and word[0] not in FUNCTION_CHARS and word[-1] not in FUNCTION_CHARS
            and (set_phrase(word) or not _compositional(word))
            and not noun_list([word]))


ANSWERS = ("才", "就", "则", "而且", "并且", "但", "却", "越要", "更要", "也要", "还要")


def trim_lead_in(first: Clause, second: str) -> Clause:
    """做到谨慎用权、秉公用权… → 谨慎用权: words leading into a run are not part of it.  The first
    clause is cut to the length of the second when its tail matches the second's frame."""
    n = len(second)
    if len(first.text) <= n:
        return first
    tail = first.text[-n:]
    if tail[0] == second[0] or aligned_shared(tail, second) >= max(2, n // 2):
        return Clause(tail, first.sep)
    return first
