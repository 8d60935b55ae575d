"""The clause scan of many paragraphs at once, as array operations (the one module using numpy).

Comparing clauses character by character in CPython costs two new string objects and a call per
pair of characters: clause by clause it cost more than segmenting the text.  Here the clauses of a
batch (text.flat_clauses of each paragraph, one after the other) are one array of code points with
the start and end of each clause, and each rule of drafter.extract.parallels runs once over all.
Python keeps what needs the segmenter or an order (word boundaries of trims, in one call; the cut
before a quotation; linking sentences with far pairs).  The same pass marks the sentences holding
the cue of a rule of single sentences and the clauses holding an idiom word, so that the miner
visits and the segmenter cuts only those.  tests/test_parallels.py checks it against plain rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

import numpy as np

from . import patterns as cue
from .parallels import FUNCTION_CHARS, LEN_OK, QUOTE_MARKS, Run, link, matches_frame, shares_frame, word_ends
from .positions import TRANSITION_WORDS
from .shapes import LEADS
from .text import SENTINEL

Array = Any  # numpy arrays: numpy's own annotations would add nothing checkable here

_LEN_OK = np.zeros((16, 16), dtype=bool)  # LEN_OK, and False for 15 characters or more
_LEN_OK[:15, :15] = LEN_OK
_FUNCTION = np.zeros(0x10000, dtype=bool)
_FUNCTION[[ord(c) for c in FUNCTION_CHARS]] = True
_ORDINAL = np.zeros((2, 0x10000), dtype=bool)  # patterns.ORDINAL_RE: its first, second character
_ORDINAL[0, [ord(c) for c in "一二三四五六七八九十"]] = _ORDINAL[1, [ord(c) for c in "是要抓靠在"]] = True
_QUOTES = [ord(c) for c in QUOTE_MARKS]
_LEADS = [[ord(c) for c in lead] for lead in LEADS]
_OPEN_QUOTE = ord("“")
_IS = ord("是")
_SENTINEL = ord(SENTINEL)
_WIDTH = np.arange(14)  # able clauses have at most 14 characters
_K = 0x110000  # one more than the largest code point: keys of several characters


class Scan(NamedTuple):  # what `scan` finds
    items: list[str]  # the clauses, lead words stripped and trimmed
    runs: list[Run]  # of the sentences that have any
    marks: list[cue.Mark]
    worded: list[int]  # the clauses that hold a word of the table given, as a substring


class WordTable(NamedTuple):
    """Four-character words as sorted keys of their code points (see _worded), and a bit per key
    hashed to 20 bits, by which one look rules out most windows of a text."""

    keys: Array
    seen: Array


def word_table(words: Iterable[str]) -> WordTable:
    """The table `scan` finds the four-character `words` with."""
    keys = np.array(sorted({((((ord(w[0]) * _K + ord(w[1])) * _K + ord(w[2])) * _K + ord(w[3])) & (2**64 - 1))
                            for w in words if len(w) == 4}), dtype=np.uint64)
    seen = np.zeros(1 << 20, dtype=bool)
    seen[_bit(keys)] = True
    return WordTable(keys, seen)


def _bit(keys: Array) -> Array:  # twenty bits, mixed: a key's low bits are its last character's
    return (keys * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(44)


def scan(texts: list[str], words: WordTable | None = None) -> Scan:
    """Runs, marks and worded clauses of paragraphs given as their flat_clauses one after the other.
    Lead words are stripped from every clause (strip_lead_text changes no clause of a sentence
    without one); a clause is cut to the length of the next when that piece matches its frame
    (总结出想干事、干实事… → 想干事) and before an opening quote at the length of the clause before
    (…、不出事“五步工作法” → 不出事); one of 2-14 Han characters is paired with the one before
    (near) and two before (far), and the pairs make runs.  Sentence numbers count across `texts`."""
    if not texts:
        return Scan([], [], [], [])
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
    near = _pairs(joined, code, starts, ends, size, able, 1)
    far = _pairs(joined, code, starts, ends, size, able, 2)
    items = texts
    changed = np.flatnonzero((starts != whole_starts) | (ends != whole_ends))
    if len(changed):
        items = list(texts)
        for i in changed.tolist():
            items[i] = joined[starts[i]:ends[i]]
    sentinels = np.flatnonzero((lens == 1) & (code[whole_starts] == _SENTINEL))
    los = np.concatenate(([0], sentinels[:-1] + 1))  # each sentence's first clause
    return Scan(items, _runs(items, sentinels, los, size, able, near, far),
                _marks(code, whole_starts, whole_ends, lens, sentinels, los),
                [] if words is None else _worded(code, whole_ends, words))


def _worded(code: Array, ends: Array, words: WordTable) -> list[int]:
    """The clauses in which a window of four characters is one of `words`: a key for each window
    (modulo 2**64, as word_table's: windows may share one, a word is never missed)."""
    if len(code) < 4 or not len(words.keys):
        return []
    c, k = code.astype(np.uint64), np.uint64(_K)
    key = ((c[:-3] * k + c[1:-2]) * k + c[2:-1]) * k + c[3:]
    at = np.flatnonzero(words.seen[_bit(key)])
    at = at[_isin(key[at], words.keys)[1]]
    clause = np.searchsorted(ends, at, side="right")
    found: list[int] = list(dict.fromkeys(clause[at + 4 <= ends[clause]].tolist()))  # sorted already
    return found


def _strip_leads(code: Array, starts: Array, lens: Array) -> Array:
    """shapes.strip_lead_text on every clause (the first lead word that leaves two characters)."""
    out = starts.copy()
    last = len(code) - 1
    for lead in _LEADS:
        hit = (out == starts) & (lens >= len(lead) + 2)
        for j, c in enumerate(lead):
            hit &= code[np.minimum(starts + j, last)] == c
        out[hit] += len(lead)
    return out


def _trim_to_next(joined: str, code: Array, starts: Array, ends: Array, size: Array) -> Array:
    """The clauses cut to the length of the next one: they end on a piece that matches its frame
    (same last or first character, the middle one of three, or half the characters at the same places from the end, of
    which only the n - 2 inside can be shared once the ends differ), with no quotation mark before
    the piece and a word boundary where it starts."""
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


def _cut_before_quotes(joined: str, code: Array, starts: Array, ends: Array) -> Array:
    """A clause with an opening quote right after as many characters as the clause before has is
    cut there when that piece matches the clause before.  In order, each looking at the one before
    as cut: only clauses with a quote at that place or after one with a quote are looked at."""
    ends = ends.copy()
    quote = np.flatnonzero(code == _OPEN_QUOTE)
    held = np.searchsorted(ends, quote, side="right")  # clauses holding one, in order
    held = held[np.diff(held, prepend=0) > 0]  # each once, not clause 0 (np.unique: see _runs)
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


def _pairs(joined: str, code: Array, starts: Array, ends: Array, size: Array, able: Array, d: int) -> Array:
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
    framed |= (la >= 5) & (lb >= 5) & (code[ends[a] - 3] == _IS) & (code[ends[b] - 3] == _IS)
    # one function character first in both (把…，把…): the few such pairs are read one by one
    for k in np.flatnonzero((fa == fb) & ~framed).tolist():
        framed[k] = shares_frame(joined[starts[a[k]]:ends[a[k]]], joined[starts[b[k]]:ends[b[k]]])
    # the rest of parallels.parallel, for pairs at most one character apart in length: characters
    # shared at the same places from the left (one apart, also from the right) against a third
    rest = np.flatnonzero(~framed & (np.abs(la - lb) <= 1))
    if len(rest):
        sa, ea, sb, eb, la, lb = starts[a[rest]], ends[a[rest]], starts[b[rest]], ends[b[rest]], la[rest], lb[rest]
        shorter = np.minimum(la, lb)
        inside, last = shorter[:, None] > _WIDTH, len(code) - 1
        left = ((code[np.minimum(sa[:, None] + _WIDTH, last)] == code[np.minimum(sb[:, None] + _WIDTH, last)])
                & inside).sum(axis=1)
        right = ((code[np.maximum(ea[:, None] - 1 - _WIDTH, 0)] == code[np.maximum(eb[:, None] - 1 - _WIDTH, 0)])
                 & inside).sum(axis=1)
        need = np.maximum(2, shorter // 3)
        framed[rest] = np.where(la == lb, left >= np.maximum(1, la // 3), (left >= need) | (right >= need))
    out[b[framed]] = True
    return out


def _runs(items: list[str], sentinels: Array, los: Array, size: Array, able: Array, near: Array,
          far: Array) -> list[Run]:
    """Link the pairs of the sentences that have any into runs.  A far pair counts only next to
    another pair (a near one before it, a far one before or after it: see link); without such,
    a run is a block of clauses each parallel to the one before, found at once."""
    at = np.flatnonzero(near)
    sentence = np.searchsorted(sentinels, at)
    after = np.concatenate(([False], near[:-1] | far[:-1]))  # a pair ends at the clause before
    linked = np.searchsorted(sentinels, np.flatnonzero(far & (after | np.concatenate((far[1:], [False])))))
    if len(linked):
        simple = ~_isin(sentence, linked)[1]
        at, sentence = at[simple], sentence[simple]
    runs: dict[int, Run] = {}
    if len(at):
        block = np.flatnonzero(np.diff(at) != 1) + 1
        firsts, lasts = np.concatenate(([0], block)), np.concatenate((block, [len(at)])) - 1
        for number, start, end in zip(sentence[firsts].tolist(), (at[firsts] - 1).tolist(),
                                      (at[lasts] + 1).tolist(), strict=True):
            runs.setdefault(number, (number, int(los[number]), int(sentinels[number]), []))[3].append((start, end))
    if len(linked):
        lists = size.tolist(), able.tolist(), near.tolist(), far.tolist()
        for number in dict.fromkeys(linked.tolist()):  # each once (np.unique imports numpy.ma: 30 ms)
            lo, hi = int(los[number]), int(sentinels[number])
            spans = link(items, *lists, lo, hi)
            if spans:
                runs[number] = (number, lo, hi, spans)
    return [runs[number] for number in sorted(runs)]


# correlative heads' first two characters (heads of one character: _HEAD_ALONE); transition
# words' length, first and last character
_HEAD_KEYS = np.array(sorted({ord(head[0]) * _K + ord(head[1]) for head, _ in cue.CORRELATIVES if len(head) > 1}),
                      dtype=np.int64)
_HEAD_FIRST = np.zeros(0x10000, dtype=bool)
_HEAD_FIRST[[ord(head[0]) for head, _ in cue.CORRELATIVES]] = True
_HEAD_ALONE = np.zeros(0x10000, dtype=bool)
_HEAD_ALONE[[ord(head) for head, _ in cue.CORRELATIVES if len(head) == 1]] = True
_TRANSITION_ENDS = np.array(sorted({(len(w) * _K + ord(w[0])) * _K + ord(w[-1]) for w in TRANSITION_WORDS}),
                            dtype=np.int64)


def _isin(keys: Array, table: Array) -> tuple[Array, Array]:
    """Where each key falls in the sorted `table` (clipped), and whether it is there."""
    at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    return at, table[at] == keys


def _marks(code: Array, starts: Array, ends: Array, lens: Array, sentinels: Array, lo: Array) -> list[cue.Mark]:
    """The sentences that hold a cue of a rule of single sentences, read on the clauses as split
    (before any stripping or trimming), each cue a necessary condition of its rule: an opening
    quote (DocMiner._quotes); the first two characters of a correlative head (or the one of a
    head of one character) in a clause other than the last (_correlative); two clauses that open on an
    ordinal and a verb (_ordinals); three clauses or more, three of them of four characters
    (_four_list); a first clause of the length, first and last character of a transition word
    (positions.TRANSITION_CUES); a clause of a length in LIST_LENGTHS between two at least as
    long (_unshared: lists); the lengths of clauses of a saying (_unshared: sayings).  The tests
    of correlatives, transitions, lists and sayings are loose: their rules look again."""
    n = len(lens)
    count = len(sentinels)
    last = len(code) - 1
    number = np.zeros(n, dtype=np.int64)
    number[sentinels[:-1] + 1] = 1
    number = np.cumsum(number)  # the sentence of each clause (and of the sentinel after it)
    bits = np.zeros(count, dtype=np.int64)
    bits[number[np.searchsorted(ends, np.flatnonzero(code == _OPEN_QUOTE), side="right")]] |= cue.QUOTE
    clause = lens > 1  # sentinels and one-character clauses hold none of the other cues
    clause[sentinels] = False
    opens = clause & _ORDINAL[0, code[starts] & 0xFFFF] & _ORDINAL[1, code[np.minimum(starts + 1, last)] & 0xFFFF]
    bits[np.bincount(number[opens], minlength=count) >= 2] |= cue.ORDINAL
    four = np.bincount(number[clause & (lens == 4)], minlength=count)
    clauses = np.bincount(number, minlength=count) - 1
    bits[(four >= 3) & (clauses >= 3)] |= cue.FOURS
    low, high = cue.LIST_LENGTHS
    # an inner clause of a list's length, its neighbours in the sentence at least as long (the
    # first and last items of a list are cut to the inner ones' length)
    inner_item = np.zeros(n, dtype=bool)
    inner_item[1:-1] = (clause[1:-1] & clause[:-2] & clause[2:] & (lens[1:-1] >= low) & (lens[1:-1] <= high)
                        & (lens[:-2] >= lens[1:-1]) & (lens[2:] >= lens[1:-1]))
    bits[number[inner_item]] |= cue.LIST
    # sayings (sayings.saying): one clause of 6-9 characters, a couplet of two equal ones of 4-7,
    # or two equal ones of 3-5 and a third of at most 7
    first, second, third = (lens[np.minimum(lo + k, n - 1)] for k in range(3))
    bits[((clauses == 1) & (first >= 6) & (first <= 9))
         | ((clauses == 2) & (first == second) & (first >= 4) & (first <= 7))
         | ((clauses == 3) & (first == second) & (first >= 3) & (first <= 5) & (third <= 7))] |= cue.SHORT
    # correlative heads: where a character a head opens on is followed by the second character
    # of one, at most three characters into a clause other than the last of its sentence
    at = np.flatnonzero(_HEAD_FIRST[code[:-1] & 0xFFFF])
    pair = _isin(code[at] * _K + code[at + 1], _HEAD_KEYS)[1]
    keep = _HEAD_ALONE[code[at] & 0xFFFF] | pair
    at, pair = at[keep], pair[keep]
    c = np.searchsorted(ends, at, side="right")
    inner = clause.copy()
    inner[sentinels[sentinels > 0] - 1] = False  # the last clause of a sentence opens no answer
    # (a head may stand behind a subject of any length: 网格员既要…, 提醒自己既当好…)
    bits[number[c[(at + np.where(pair, 2, 1) <= ends[c]) & inner[c]]]] |= cue.CORRELATIVE
    _, opening = _isin((lens[lo] * _K + code[starts[lo]]) * _K + code[np.maximum(ends[lo] - 1, 0)], _TRANSITION_ENDS)
    bits[opening] |= cue.TRANSITION
    marked = np.flatnonzero(bits)
    return list(map(cue.make_mark, zip(marked.tolist(), lo[marked].tolist(), sentinels[marked].tolist(),
                                       bits[marked].tolist(), strict=True)))
