"""Sentence and clause splitting for extraction: character level, no segmenter.

Everything here is string methods and regular expressions over a paragraph, because it runs on
every character of the corpus and must cost far less than segmentation itself.  flat_clauses gives
the clauses of all sentences of a paragraph in one list, each sentence's followed by SENTINEL:
the form the clause scan (drafter.extract.scan) reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import accumulate, repeat
from operator import add, eq, itemgetter
from typing import NamedTuple, cast

# Half-width punctuation between Chinese text is common in web copies; extraction reads it as
# the full-width mark so that one pattern serves both.  str.replace, not str.translate: translate
# looks every character of a non-ASCII string up in a dict, replace is a C scan (8× faster here).
_TO_FULL = ((",", "，"), (";", "；"), (":", "："), ("!", "！"), ("?", "？"))
# Greedy, not lazy: a lazy `*?` makes the engine try the end alternatives after every character
# (3× slower), and since the class excludes the end marks the greedy run stops at the same place,
# except before a final newline, where `$` lets the lazy form stop: that rare case keeps it.
SENTENCE_RE = re.compile(r"[^。！？…]*(?:[。！？…]+[”’」』]?|$)")
_LAZY_SENTENCE_RE = re.compile(r"[^。！？…]*?(?:[。！？…]+[”’」』]?|$)")
_CLOSING_QUOTES = ("”", "’", "」", "』")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
ALL_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")


def normalise(text: str) -> str:
    # str.replace returns the string itself when the mark is absent: five C scans cost less
    # than one regular-expression search over a CJK paragraph
    for half, full in _TO_FULL:
        text = text.replace(half, full)
    return text.strip()


def sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, each with its closing mark (and closing quote) kept."""
    if "！" not in paragraph and "？" not in paragraph and "…" not in paragraph and not paragraph.endswith("\n"):
        # 。 the only end mark (most paragraphs): unless one is doubled or followed by a closing
        # quote, the sentences are the pieces it ends, split in C; the regular expression looks
        # every character up in its class, at a tenth of the speed
        parts = paragraph.split("。")
        if "" not in parts[1:-1] and not any(map(str.startswith, parts[1:], repeat(_CLOSING_QUOTES))):
            found = list(map(add, parts[:-1], repeat("。")))
            if parts[-1].strip():
                found.append(parts[-1])
            return found
    pattern = _LAZY_SENTENCE_RE if paragraph.endswith("\n") else SENTENCE_RE
    return list(filter(str.strip, pattern.findall(paragraph)))


class Clause(NamedTuple):  # a tuple, not a dataclass: one is built per clause of the corpus
    text: str  # without its separator
    sep: str  # the mark after it ("" at the end of the sentence)


# Clauses straight from (text, sep) pairs by a C-level call: a NamedTuple's own __new__ is a
# Python function, several times the cost, and clauses are built for every sentence that holds a
# candidate.
_make_clause = cast("Callable[[tuple[str, str]], Clause]", partial(tuple.__new__, Clause))
_SEP_RE = re.compile("[，；：、]")


def has_space(text: str) -> bool:
    """Whether `text` holds whitespace (what `\\s` matches: str.split splits on the same
    characters).  str.split scans in C, a fraction of the cost of a search; when the text holds
    none, CPython returns the text itself as the only part, which is what is tested."""
    parts = text.split(None, 1)
    return bool(text) and (len(parts) != 1 or parts[0] is not text)


def clause_texts(sentence: str, spaced: bool = True) -> list[str]:
    """The texts of `clauses(sentence)` without building Clause tuples: what the hot loop of
    extraction needs for every sentence of the corpus.  `spaced=False`: the caller knows the
    text has no whitespace (one search per paragraph instead of one per sentence).

    str.replace and str.split, not a regular expression: the regex engine looks every character
    of a CJK string up in a big character set (about 40 ns a character), the string methods scan
    in C at a fraction of that; this runs on every character of the corpus.
    """
    body = sentence.rstrip("。！？…")
    texts = body.replace("；", "，").replace("：", "，").replace("、", "，").split("，")
    if spaced and has_space(body):
        texts = [t.strip() for t in texts]
    return [t for t in texts if t] if "" in texts else texts


# After the clauses of each sentence in flat_clauses.  No clause can be this text: a sentence
# holds end marks only at its end, where they are stripped or followed by a closing quote.
SENTINEL = "。"
_END_MARKS = "。！？…"


def flat_clauses(sentences: list[str], spaced: bool = True) -> list[str]:
    """`clause_texts` of each sentence, each list followed by SENTINEL, in one list: the clauses of
    a paragraph split by a few C calls rather than by one Python call per sentence."""
    if not sentences:
        return []
    joined = "，。，".join(map(str.rstrip, sentences, repeat(_END_MARKS))) + "，。"
    texts = joined.replace("；", "，").replace("：", "，").replace("、", "，").split("，")
    if spaced:  # stripping the clauses of a sentence without whitespace changes nothing
        texts = list(map(str.strip, texts))
    return list(filter(None, texts)) if "" in texts else texts


def clauses(sentence: str) -> list[Clause]:
    """Clauses of a sentence split on ，；：、 (end mark stripped from the last clause)."""
    body = sentence.rstrip(_END_MARKS)
    texts = body.replace("；", "，").replace("：", "，").replace("、", "，").split("，")
    seps = _SEP_RE.findall(body)
    seps.append("")
    if has_space(body):
        texts = [t.strip() for t in texts]
    pairs = zip(texts, seps, strict=True)
    return list(map(_make_clause, filter(_TEXT, pairs) if "" in texts else pairs))


_TEXT = itemgetter(0)


def clause_seps(sentence: str) -> list[str]:
    """The separators after the clauses of `clause_texts(sentence)` ("" after the last)."""
    body = sentence.rstrip("。！？…")
    seps = _SEP_RE.findall(body)
    seps.append("")
    texts = body.replace("；", "，").replace("：", "，").replace("、", "，").split("，")
    if has_space(body):
        texts = [t.strip() for t in texts]
    return [sep for t, sep in zip(texts, seps, strict=True) if t] if "" in texts else seps


def seps_of(sentence: str, texts: list[str]) -> list[str]:
    """`clause_seps(sentence)` where `texts` are `clause_texts(sentence)`: when the clauses and
    one mark between each two make up the sentence (no empty clause dropped, no space stripped),
    each mark is the character after its clause, read by C calls rather than a regular expression
    over the whole sentence."""
    ends = list(accumulate(map(len, texts)))
    body = sentence.rstrip(_END_MARKS)
    if not texts or ends[-1] + len(texts) - 1 != len(body):
        return clause_seps(sentence)
    seps = list(map(body.__getitem__, map(add, ends, range(len(texts) - 1))))
    seps.append("")
    return seps


def make_clauses(texts: list[str], seps: list[str]) -> list[Clause]:
    return list(map(_make_clause, zip(texts, seps, strict=True)))


def join(parts: list[Clause]) -> str:
    """The clauses back as text, without the separator after the last one."""
    out = "".join(c.text + c.sep for c in parts[:-1]) + parts[-1].text
    return out


def han_len(text: str) -> int:
    return len(HAN_RE.findall(text))


def is_han(text: str) -> bool:
    return bool(ALL_HAN_RE.match(text))


def common_prefix(texts: list[str]) -> str:
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def common_suffix(texts: list[str]) -> str:
    return common_prefix([t[::-1] for t in texts])[::-1]


def aligned_shared(a: str, b: str) -> int:
    """Characters two clauses share at the same positions (from the left)."""
    return sum(map(eq, a, b))  # C-level: this runs for most pairs of adjacent clauses
