"""The clause scan of many paragraphs at once, as array operations: parallel runs, and which
sentences hold a cue for the other rules.

This is the one module that uses numpy.  Finding parallel clauses compares every clause of the
corpus with its neighbours, character by character, and in CPython each comparison of two CJK
characters costs two new string objects and a call: done clause by clause it cost more than the
segmentation of the same text.  Here the clauses of a whole batch of documents (text.flat_clauses
of each paragraph, one after the other) become one array of code points with the start and end
of each clause, and every rule of drafter.extract.parallels runs once over all clauses: the
stripping of lead words, the trimming of lead-in and trailing words, the Han test, the length
table, shared first or last characters and characters shared at the same places.  Python is left
with what needs the segmenter or an order: the word-boundary check of a trim (all in one call of
the segmenter), the rare cut before a quotation, and linking the pairs of the sentences that have
any into runs (parallels.link).  The same pass marks the sentences that hold the cue of a rule
of single sentences (a quotation, a correlative or an ordinal at the start of a clause, a list of
four-character clauses, a transition word), so that the miner visits only those.
tests/test_parallels.py checks the scan against the rules written plainly.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from .. import segment
from .parallels import FUNCTION_CHARS, LEN_OK, QUOTE_MARKS, Run, link, matches_frame
from .patterns import CORRELATIVES
from .positions import TRANSITION_WORDS
from .shapes import LEADS
from .text import SENTINEL

Array = Any  # numpy arrays: numpy's own annotations would add nothing checkable here

# Cues of single sentences (Mark.bits)
QUOTE, CORRELATIVE, ORDINAL, FOURS, TRANSITION = 1, 2, 4, 8, 16

_LEN_OK = np.zeros((16, 16), dtype=bool)  # LEN_OK, and False for 15 characters or more
_LEN_OK[:15, :15] = LEN_OK
_FUNCTION = np.zeros(0x10000, dtype=bool)
_FUNCTION[[ord(c) for c in FUNCTION_CHARS]] = True
_ORDINAL = np.zeros((2, 0x10000), dtype=bool)  # patterns.ORDINAL_RE: its first, second character
_ORDINAL[0, [ord(c) for c in "一二三四五六七八九十"]] = True
_ORDINAL[1, [ord(c) for c in "是要抓靠在"]] = True
_QUOTES = [ord(c) for c in QUOTE_MARKS]
_LEADS = [[ord(c) for c in lead] for lead in LEADS]
_OPEN_QUOTE = ord("“")
_SENTINEL = ord(SENTINEL)
_WIDTH = np.arange(14)  # able clauses have at most 14 characters


class Mark(NamedTuple):
    """A sentence that holds the cue of some rule of single sentences."""

    number: int  # of the sentence, counted across the scanned text
    lo: int  # its first clause
    hi: int  # the sentinel after its last clause
    bits: int  # QUOTE | CORRELATIVE | …


class Scan(NamedTuple):
    items: list[str]  # the clauses, lead words stripped and trimmed
    runs: list[Run]  # of the sentences that have any
    marks: list[Mark]


def scan(texts: list[str]) -> Scan:
    """The runs of parallel clauses of any number of paragraphs, and the marks of their sentences:
    `texts` is their flat_clauses one after the other (every sentence's clauses followed by
    SENTINEL).  Lead words are stripped from every clause (strip_lead_text changes no clause of a
    sentence without one); two rules then trim a clause: cut to the length of the next clause
    when that piece matches its frame (总结出想干事、干实事… → 想干事), and cut before an
    opening quote at the length of the clause before (…、不出事“五步工作法” → 不出事).  A
    trimmed clause of 2-14 Han characters is paired with the one before (near) and the one two
    before (far), and parallels.link makes runs of the pairs.  Sentence numbers count across all
    of `texts`, runs and marks index it."""
    if not texts:
        return Scan([], [], [])
    joined = "".join(texts)
    code = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    ends = whole_ends = np.cumsum(lens)
    starts = whole_starts = ends - lens
    starts = _strip_leads(code, starts, lens)
    size = ends - starts
    cut = _trim_to_next(joined, code, starts, ends, size)
    if len(cut):
        starts = starts.copy()
        starts[cut] = ends[cut] - size[cut + 1]
    if "“" in joined:
        ends = _cut_before_quotes(joined, code, starts, ends)
    size = ends - starts
    han = (code >= 0x4E00) & (code <= 0x9FFF)
    hans = np.concatenate(([0], np.cumsum(han)))
    able = (size > 1) & (size < 15) & (hans[ends] - hans[starts] == size)
    near = _pairs(code, starts, ends, size, able, 1)
    far = _pairs(code, starts, ends, size, able, 2)
    items = texts
    changed = np.flatnonzero((starts != whole_starts) | (ends != whole_ends))
    if len(changed):
        items = list(texts)
        for i in changed.tolist():
            items[i] = joined[starts[i]:ends[i]]
    sentinels = np.flatnonzero((lens == 1) & (code[whole_starts] == _SENTINEL))
    return Scan(items, _runs(items, sentinels, size, able, near, far),
                _marks(code, whole_starts, whole_ends, lens, sentinels))


def _strip_leads(code: Array, starts: Array, lens: Array) -> Array:
    """shapes.strip_lead_text on every clause: the first lead word it opens on that leaves two
    characters or more."""
    out = starts.copy()
    last = len(code) - 1
    for lead in _LEADS:
        hit = (out == starts) & (lens >= len(lead) + 2)
        for j, c in enumerate(lead):
            hit &= code[np.minimum(starts + j, last)] == c
        out[hit] += len(lead)
    return out


def _trim_to_next(joined: str, code: Array, starts: Array, ends: Array, size: Array) -> Array:
    """Indices of the clauses the first trimming rule cuts to the length of the next clause: one
    longer than the next ends on a piece of the next one's length that matches its frame (the
    same last or first character, the middle one of three, or half the characters at the same
    places from the end; with both ends different only the n - 2 between them can be shared),
    holds no quotation mark before that piece and has a word boundary where it starts."""
    m, k = size[:-1], size[1:]
    i = np.flatnonzero((k > 1) & (k < m))
    if not len(i):
        return i
    k = k[i]
    end, nxt, nxt_end = ends[i], starts[i + 1], ends[i + 1]
    frame = (code[end - 1] == code[nxt_end - 1]) | (code[end - k] == code[nxt])
    three = ~frame & (k == 3)  # 坚持读原著、学原文: the middle character is the frame
    frame[three] = code[end[three] - 2] == code[nxt[three] + 1]
    four = ~frame & (k == 4)
    frame[four] = (code[end[four] - 3] == code[nxt[four] + 1]) & (code[end[four] - 2] == code[nxt[four] + 2])
    more = np.flatnonzero(~frame & (k > 4))
    if len(more):
        width = k[more] - 2
        owner = np.repeat(np.arange(len(more)), width)
        step = np.arange(width.sum()) - np.repeat(np.cumsum(width) - width, width) + 1
        same = code[np.repeat(end[more] - k[more], width) + step] == code[np.repeat(nxt[more], width) + step]
        frame[more] = np.bincount(owner, weights=same, minlength=len(more)) >= k[more] // 2
    i, k = i[frame], k[frame]
    if not len(i):
        return i
    quote = np.zeros(len(code), dtype=bool)
    for mark in _QUOTES:
        quote |= code == mark
    quotes = np.concatenate(([0], np.cumsum(quote)))
    clear = quotes[ends[i] - k] == quotes[starts[i]]
    i, k = i[clear], k[clear]
    if not len(i):
        return i
    texts = [joined[s:e] for s, e in zip(starts[i].tolist(), ends[i].tolist(), strict=True)]
    return i[word_ends(texts, (size[i] - k).tolist())]


def word_ends(texts: list[str], at: list[int]) -> list[bool]:
    """For each text, whether a word of the segmenter ends `at` characters into it (思想上|真正…
    is not 思|想上真正…), for many texts in one call of the segmenter.  The texts, which hold no
    "，", are cut joined by it: a comma ends a run of Han characters and is a token of its own,
    so each text is cut as it would be alone."""
    out = [False] * len(texts)
    k = pos = 0
    size = len(texts[0])
    for word in segment.cut("，".join(texts)):
        if pos == size:  # the comma after text k
            k += 1
            pos, size = 0, len(texts[k])
            continue
        pos += len(word)
        if pos == at[k]:
            out[k] = True
    return out


def _cut_before_quotes(joined: str, code: Array, starts: Array, ends: Array) -> Array:
    """The second trimming rule, clause by clause in order (each looks at the one before as
    already cut): a clause with an opening quote right after as many characters as the clause
    before has is cut there when that piece matches the clause before.  Only clauses with an
    opening quote at that place, or after a clause with a quote (which may be cut first), are
    looked at one by one."""
    ends = ends.copy()
    quote = np.flatnonzero(code == _OPEN_QUOTE)
    held = np.unique(np.searchsorted(ends, quote, side="right"))  # clauses holding one
    held = held[held > 0]
    if not len(held):
        return ends
    before = ends[held - 1] - starts[held - 1]
    at = np.minimum(starts[held] + before, len(code) - 1)
    place = (before > 1) & (starts[held] + before < ends[held]) & (code[at] == _OPEN_QUOTE)
    look = held[place | _isin(held - 1, held)[1]]
    for i in look.tolist():
        start, end = int(starts[i]), int(ends[i])
        before_text = joined[int(starts[i - 1]):int(ends[i - 1])]
        n = len(before_text)
        if n > 1 and start + n < end and joined[start + n] == "“" \
                and matches_frame(joined[start:start + n], before_text):
            ends[i] = start + n
    return ends


def _pairs(code: Array, starts: Array, ends: Array, size: Array, able: Array, d: int) -> Array:
    """For each clause, whether it is parallel to the clause `d` before (both able, and for d = 2
    the one between too, see parallels.link): the rule of parallels.parallel on all at once."""
    out = np.zeros(len(size), dtype=bool)
    both = able[d:] & able[:-d] if d == 1 else able[2:] & able[1:-1] & able[:-2]
    b = np.flatnonzero(both) + d
    a = b - d
    la, lb = size[a], size[b]
    ok = _LEN_OK[np.minimum(la, 15), np.minimum(lb, 15)]
    a, b, la, lb = a[ok], b[ok], la[ok], lb[ok]
    fa, fb = code[starts[a]], code[starts[b]]
    ea, eb = code[ends[a] - 1], code[ends[b] - 1]
    framed = ((fa == fb) & ~_FUNCTION[fa & 0xFFFF]) | ((ea == eb) & ~_FUNCTION[ea & 0xFFFF])
    rest = np.flatnonzero(~framed & (np.abs(la - lb) <= 1))
    if len(rest):
        framed[rest] = _aligned(code, starts[a[rest]], ends[a[rest]], starts[b[rest]], ends[b[rest]],
                                la[rest], lb[rest])
    out[b[framed]] = True
    return out


def _aligned(code: Array, sa: Array, ea: Array, sb: Array, eb: Array, la: Array, lb: Array) -> Array:
    """parallels._aligned for pairs of clauses of 2-14 characters at most one apart in length:
    characters shared at the same places from the left (and, one character apart, from the
    right), against a third of the shorter length."""
    shorter = np.minimum(la, lb)
    inside = shorter[:, None] > _WIDTH
    last = len(code) - 1
    left = ((code[np.minimum(sa[:, None] + _WIDTH, last)] == code[np.minimum(sb[:, None] + _WIDTH, last)])
            & inside).sum(axis=1)
    right = ((code[np.maximum(ea[:, None] - 1 - _WIDTH, 0)] == code[np.maximum(eb[:, None] - 1 - _WIDTH, 0)])
             & inside).sum(axis=1)
    need = np.maximum(2, shorter // 3)
    return np.where(la == lb, left >= np.maximum(1, la // 3), (left >= need) | (right >= need))


def _runs(items: list[str], sentinels: Array, size: Array, able: Array, near: Array,
          far: Array) -> list[Run]:
    """Link the pairs of each sentence that has any into runs.  In a sentence without far pairs
    a run is a block of clauses each parallel to the one before, found here at once; the others
    go through parallels.link."""
    if not near.any() and not far.any():
        return []
    at = np.flatnonzero(near)
    sentence = np.searchsorted(sentinels, at)
    linked = np.unique(np.searchsorted(sentinels, np.flatnonzero(far)))
    if len(linked):
        place = np.minimum(np.searchsorted(linked, sentence), len(linked) - 1)
        simple = linked[place] != sentence
        at, sentence = at[simple], sentence[simple]
    runs: dict[int, Run] = {}
    if len(at):
        block = np.flatnonzero(np.diff(at) != 1) + 1
        firsts, lasts = np.concatenate(([0], block)), np.concatenate((block, [len(at)])) - 1
        for number, start, end in zip(sentence[firsts].tolist(), (at[firsts] - 1).tolist(),
                                      (at[lasts] + 1).tolist(), strict=True):
            if number not in runs:
                runs[number] = (number, int(sentinels[number - 1]) + 1 if number else 0,
                                int(sentinels[number]), [])
            runs[number][3].append((start, end))
    if len(linked):
        sizes, ables, nears, fars = size.tolist(), able.tolist(), near.tolist(), far.tolist()
        for number in linked.tolist():
            lo = int(sentinels[number - 1]) + 1 if number else 0
            hi = int(sentinels[number])
            spans = link(items, sizes, ables, nears, fars, lo, hi)
            if spans:
                runs[number] = (number, lo, hi, spans)
    return [runs[number] for number in sorted(runs)]


def _pair_table(words: list[str]) -> tuple[Array, Array, Array]:
    """Sorted keys of the first two characters of `words`, and per key whether that pair is a
    word itself and the third character of the word of three it begins (0 when none)."""
    keys = sorted({ord(w[0]) * _K + ord(w[1]) for w in words})
    two = [any(len(w) == 2 and ord(w[0]) * _K + ord(w[1]) == k for w in words) for k in keys]
    third = [next((ord(w[2]) for w in words if len(w) == 3 and ord(w[0]) * _K + ord(w[1]) == k), 0)
             for k in keys]
    return np.array(keys, dtype=np.int64), np.array(two, dtype=bool), np.array(third, dtype=np.int64)


_K = 0x110000  # one more than the largest code point
_HEAD_KEYS, _HEAD_TWO, _HEAD_THIRD = _pair_table([head for head, _ in CORRELATIVES])
_HEAD_FIRST = np.zeros(0x10000, dtype=bool)
_HEAD_FIRST[[ord(head[0]) for head, _ in CORRELATIVES]] = True
# a transition word's first and last characters, by its length (2-4)
_TRANSITION_ENDS = np.array(sorted({(len(w) * _K + ord(w[0])) * _K + ord(w[-1]) for w in TRANSITION_WORDS}),
                            dtype=np.int64)


def _isin(keys: Array, table: Array) -> tuple[Array, Array]:
    """Where each key is found in the sorted `table` (clipped), and whether it is there."""
    at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    return at, table[at] == keys


def _marks(code: Array, starts: Array, ends: Array, lens: Array, sentinels: Array) -> list[Mark]:
    """The sentences that hold a cue of a rule of single sentences, read on the clauses as split
    (before any stripping or trimming), each cue a necessary condition of its rule: an opening
    quote (DocMiner._quotes); a correlative head starting at most three characters into a clause
    other than the last (_correlative); two clauses that open on an ordinal and a verb
    (_ordinals); three clauses or more, three of them of four characters (_four_list); a first
    clause of the length, first and last character of a transition word (positions.TRANSITION_CUES:
    a loose test, the rule looks again)."""
    n = len(lens)
    count = len(sentinels)
    last = len(code) - 1
    number = np.zeros(n, dtype=np.int64)
    number[sentinels[:-1] + 1] = 1
    number = np.cumsum(number)  # the sentence of each clause (and of the sentinel after it)
    bits = np.zeros(count, dtype=np.int64)
    bits[number[np.searchsorted(ends, np.flatnonzero(code == _OPEN_QUOTE), side="right")]] |= QUOTE
    clause = lens > 1  # sentinels and one-character clauses hold none of the other cues
    clause[sentinels] = False
    opens = clause & _ORDINAL[0, code[starts] & 0xFFFF] & _ORDINAL[1, code[np.minimum(starts + 1, last)] & 0xFFFF]
    bits[np.bincount(number[opens], minlength=count) >= 2] |= ORDINAL
    four = np.bincount(number[clause & (lens == 4)], minlength=count)
    bits[(four >= 3) & (np.bincount(number, minlength=count) - 1 >= 3)] |= FOURS
    # correlative heads: from the characters a head can open on, the few that are followed by
    # the rest of one, at most three characters into a clause other than the last of its sentence
    at = np.flatnonzero(_HEAD_FIRST[code[:-1] & 0xFFFF])
    key, found = _isin(code[at] * _K + code[at + 1], _HEAD_KEYS)
    at, key = at[found], key[found]
    third = _HEAD_THIRD[key]
    size = np.where(_HEAD_TWO[key], 2, 3)
    size_ok = _HEAD_TWO[key] | ((third > 0) & (code[np.minimum(at + 2, last)] == third))
    c = np.searchsorted(ends, at, side="right")
    inner = clause.copy()
    inner[sentinels[sentinels > 0] - 1] = False  # the last clause of a sentence opens no answer
    head = size_ok & (at - starts[c] <= 3) & (at + size <= ends[c]) & inner[c]
    bits[number[c[head]]] |= CORRELATIVE
    lo = np.concatenate(([0], sentinels[:-1] + 1))
    _, opening = _isin((lens[lo] * _K + code[starts[lo]]) * _K + code[np.maximum(ends[lo] - 1, 0)], _TRANSITION_ENDS)
    bits[opening] |= TRANSITION
    marked = np.flatnonzero(bits)
    return [Mark(*row) for row in zip(marked.tolist(), lo[marked].tolist(), sentinels[marked].tolist(),
                                      bits[marked].tolist(), strict=True)]
