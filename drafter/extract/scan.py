"""The clause scan of many paragraphs at once, as array operations (the one module using numpy).

Comparing clauses character by character in CPython costs an object and a call per character; here
the clauses of a batch (text.flat_clauses of each paragraph) are one array of code points, each rule
of extract.parallels runs once over all, and the same pass marks the sentences holding a cue and the
clauses holding an idiom word.  The few clauses that need the segmenter or an order are read in
Python (scanplain); tests/test_parallels.py checks the scan against plain rules.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from . import patterns as cue
from . import scanplain as plain
from .parallels import LEN_OK, SHAPE_LENGTHS
from .scanplain import Array, K, Scan, WordTable


def _flags(*codes: list[int]) -> Array:
    """A table of a flag per character of the Basic Multilingual Plane, a row per list given."""
    table = np.zeros((len(codes), 0x10000), dtype=bool)
    for row, chars in enumerate(codes):
        table[row, chars] = True
    return table


_PAD = 14  # able clauses have at most 14 characters
_LEN_OK, _WIDTH = np.array(LEN_OK, dtype=bool), np.arange(_PAD)
_FUNCTION, _HEAD_FIRST, _HEAD_ALONE, _ORDINAL_FIRST, _ORDINAL_NEXT, _LEAD_FIRST = _flags(
    plain.FUNCTION, plain.HEAD_FIRST, plain.HEAD_ALONE, *plain.ORDINAL, [lead[0] for lead in plain.LEAD_CODES])
# a window of four characters hashed to 20 bits from its two pairs of characters (see _hashes)
_MIX_A, _MIX_B, _SHIFT = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(12)
_HEAD_KEYS, _PIVOTS, _TRANSITION_ENDS, _LEAD_VERBS = (np.array(keys, dtype=np.int64) for keys in (
    plain.HEAD_KEYS, plain.PIVOT_KEYS, plain.TRANSITION_KEYS, plain.LEAD_VERB_KEYS))


def word_table(words: Iterable[str]) -> WordTable:
    """The table `scan` finds the four-character `words` with."""
    fours = sorted({w for w in words if len(w) == 4})
    keys = np.array(plain.word_keys(fours), dtype=np.uint64)
    seen = np.zeros(1 << 20, dtype=bool)
    if fours:
        code = np.frombuffer("".join(fours).encode("utf-32-le", "surrogatepass"), dtype="<u4")
        seen[_hashes(code)[::4]] = True
    return WordTable(keys, seen)


def _hashes(code: Array) -> Array:
    """A hash of 20 bits of each window of four characters of `code` (uint32), by its two pairs."""
    pair = (code[:-1] << np.uint32(16)) | code[1:]
    return ((pair[:-2] * _MIX_A) ^ (pair[2:] * _MIX_B)) >> _SHIFT


def scan(texts: list[str], words: WordTable | None = None) -> Scan:
    """Runs, marks and worded clauses of paragraphs given as their flat_clauses one after the other.
    Lead words are stripped from every clause; clauses are cut to a figure of repetition across
    them (我们鼓励|敢想敢干，能说能做|的干部), to the length of the next clause when that piece
    matches its frame (总结出想干事、干实事… → 想干事) and before an opening quote at the length of
    the clause before (…、不出事“五步工作法” → 不出事); one of 2-14 Han characters is paired with
    the one before (near) and two before (far), and the pairs make runs.  Sentence numbers count
    across `texts`."""
    if not texts:
        return Scan([], [], [], [])
    joined = "".join(texts)
    raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    code = raw.astype(np.int64)
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    whole_ends = np.cumsum(lens)
    whole_starts = whole_ends - lens
    starts, ends = _strip_leads(code, whole_starts, lens), whole_ends.copy()  # (cut in place below)
    hans = np.concatenate(([0], np.cumsum((code >= 0x4E00) & (code <= 0x9FFF))))
    repeats = _repeats(code, lens)
    rows = _rows(code)
    _trim_shapes(joined, code, rows, hans, repeats, starts, ends)
    size = ends - starts
    cut = _trim_to_next(joined, code, starts, ends, size)
    starts[cut] = ends[cut] - size[cut + 1]
    if "“" in joined:  # the clauses holding an opening quote (each once, not the first): scanplain.quote_cuts
        held = np.searchsorted(ends, np.flatnonzero(code == plain.OPEN_QUOTE), side="right")
        held = held[np.diff(held, prepend=0) > 0]  # (np.unique: see _runs)
        cut, new_ends = plain.quote_cuts(joined, held.tolist(), *(a[at].tolist() for at in (held, held - 1)
                                                                  for a in (starts, ends)))
        ends[cut] = new_ends
    size = ends - starts
    able = (size > 1) & (size < 15) & (hans[ends] - hans[starts] == size)
    near = _pairs(joined, code, rows, repeats, starts, ends, size, able, 1)
    far = _pairs(joined, code, rows, repeats, starts, ends, size, able, 2)
    changed = np.flatnonzero((starts != whole_starts) | (ends != whole_ends))
    items = plain.retrimmed(texts, joined, changed.tolist(), starts[changed].tolist(), ends[changed].tolist())
    sentinels = np.flatnonzero((lens == 1) & (code[whole_starts] == plain.SENTINEL_CODE))
    los = np.concatenate(([0], sentinels[:-1] + 1))  # each sentence's first clause
    return Scan(items, plain.runs_of(items, sentinels, los, size, able, near, far),
                _marks(code, whole_starts, whole_ends, lens, sentinels, los),
                [] if words is None else _worded(raw, code, whole_ends, words))


def _worded(raw: Array, code: Array, ends: Array, words: WordTable) -> list[int]:
    """The clauses in which a window of four characters is one of `words`: the windows whose hash
    (_hashes of `raw`, the code points as uint32) is a word's, then of those the ones whose key
    (modulo 2**64, as word_table's) is a word's: a word is never missed."""
    if len(code) < 4 or not len(words.keys):
        return []
    at = np.flatnonzero(words.seen[_hashes(raw)])  # (the few windows hashed as a word's: exact keys)
    c, k = (code[at + j].astype(np.uint64) for j in range(4)), np.uint64(K)
    at = at[_isin(((next(c) * k + next(c)) * k + next(c)) * k + next(c), words.keys)[1]]
    clause = np.searchsorted(ends, at, side="right")
    clause = clause[at + 4 <= ends[clause]]
    out: list[int] = clause[np.diff(clause, prepend=-1) > 0].tolist()  # each once (sorted already)
    return out


def _rows(code: Array) -> Array:
    """A view: row p + _PAD the _PAD code points from place p (-1 past the ends), read a row a clause."""
    pad = np.full(len(code) + 2 * _PAD, -1, dtype=code.dtype)
    pad[_PAD:-_PAD] = code
    return np.lib.stride_tricks.as_strided(pad, (len(code) + _PAD + 1, _PAD), (pad.strides[0],) * 2, writeable=False)


def _strip_leads(code: Array, starts: Array, lens: Array) -> Array:
    """shapes.strip_lead_text on every clause (the first lead word that leaves two characters)."""
    out, last = starts.copy(), len(code) - 1
    at = np.flatnonzero(_LEAD_FIRST[code[np.minimum(starts, last)] & 0xFFFF] & (lens >= 3))  # (the few to read)
    first, size, done = starts[at], lens[at], np.zeros(len(at), dtype=bool)
    for lead in plain.LEAD_CODES:
        hit = ~done & (size >= len(lead) + 2)
        for j, c in enumerate(lead):
            hit &= code[np.minimum(first + j, last)] == c
        out[at[hit]] += len(lead)
        done |= hit
    return out


def _repeats(code: Array, lens: Array) -> Array:
    """Running counts of the characters, no function word, that come again 1-7 places on in their
    clause (a shape, parallels.same_shape, holds one), by keys of the low 16 bits of character
    and clause number (of clauses 7 apart: never equal): a false repeat only lets a pair by."""
    key = np.repeat(np.arange(len(lens), dtype=np.uint32) << 16, lens) | (code & 0xFFFF).astype(np.uint32)
    again = np.zeros(len(key), dtype=bool)
    for d in range(1, SHAPE_LENGTHS[1]):
        again[:-d] |= key[:-d] == key[d:]
    hit = np.flatnonzero(again)
    again[hit[_FUNCTION[code[hit] & 0xFFFF]]] = False
    return np.concatenate(([0], np.cumsum(again)))


def _trim_shapes(joined: str, code: Array, rows: Array, hans: Array, repeats: Array, starts: Array,
                 ends: Array) -> None:
    """Clauses cut (in place) to an end of one and the start of the next of one shape (parallels.
    shape_piece, scanplain.shape_cuts: 我们鼓励|敢想敢干，能说能做|的干部), where both repeat one."""
    width = np.minimum(ends - starts, SHAPE_LENGTHS[1])
    i = np.flatnonzero((width[:-1] >= 4) & (width[1:] >= 4))
    i = i[(repeats[ends[i] - 1] > repeats[ends[i] - width[i]])
          & (repeats[starts[i + 1] + width[i + 1] - 1] > repeats[starts[i + 1]])]
    pair, n = np.divmod(np.arange(5 * len(i)), 5)  # each pair with each length of 4-8
    fits = (width[i[pair]] >= n + 4) & (width[i[pair] + 1] >= n + 4)
    pair, n = pair[fits], n[fits] + 4
    a, b = ends[i[pair]] - n, starts[i[pair] + 1]
    ok, longest = _same_shape(rows, a, b, n) & (hans[a + n] - hans[a] == n) & (hans[b + n] - hans[b] == n), 0 * i
    np.maximum.at(longest, pair[ok], n[ok])
    (cut, new_starts), (cut_next, new_ends) = plain.shape_cuts(joined, i[longest > 0].tolist(),
                                                               longest[longest > 0].tolist(), starts, ends)
    starts[cut], ends[cut_next] = new_starts, new_ends


def _same_shape(rows: Array, a: Array, b: Array, n: Array) -> Array:
    """parallels.same_shape on the pieces of n[k] characters (8 at most) from a[k] and b[k]."""
    past = _WIDTH[:8] >= n[:, None]  # (places past a piece: unique codes)
    rows_a, rows_b = (np.where(past, -1 - _WIDTH[:8], rows[x + _PAD, :8]) for x in (a, b))
    same_a, same_b = rows_a[:, :, None] == rows_a[:, None, :], rows_b[:, :, None] == rows_b[:, None, :]
    ok = (same_a == same_b).all(axis=(1, 2))
    for rows, same in ((rows_a, same_a), (rows_b, same_b)):  # half of the places hold a repeat
        ok &= 2 * ((same.sum(axis=2) > 1) & ~_FUNCTION[rows & 0xFFFF]).sum(axis=1) >= n
    return ok


def _trim_to_next(joined: str, code: Array, starts: Array, ends: Array, size: Array) -> Array:
    """The clauses cut to the length n of the next where their end matches its frame (the same last
    or first character, the middle one of three, or half of the n - 2 inside), or where they open
    on a lead verb (shapes.LEAD_VERBS) and n more characters, and clear_cuts lets."""
    i = np.flatnonzero((size[1:] > 1) & (size[1:] < size[:-1]))
    k = size[i + 1]
    end, nxt, nxt_end = ends[i], starts[i + 1], ends[i + 1]
    frame = (code[end - 1] == code[nxt_end - 1]) | (code[end - k] == code[nxt])
    lead = np.flatnonzero(~frame & (size[i] == k + 2))
    frame[lead] = _isin(code[end[lead] - k[lead] - 2] * K + code[end[lead] - k[lead] - 1], _LEAD_VERBS)[1]
    three = ~frame & (k == 3)  # 坚持读原著、学原文: the middle character is the frame
    frame[three] = code[end[three] - 2] == code[nxt[three] + 1]
    # four: the two inside, or one function word inside (坚持发现在早、处置在小: X在Y is the frame)
    four = ~frame & (k == 4)
    one, two = code[end[four] - 3] == code[nxt[four] + 1], code[end[four] - 2] == code[nxt[four] + 2]
    frame[four] = (one & two) | (one & _FUNCTION[code[end[four] - 3] & 0xFFFF]) \
        | (two & _FUNCTION[code[end[four] - 2] & 0xFFFF])
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
    return i[plain.clear_cuts(plain.pieces(joined, starts[i].tolist(), ends[i].tolist()), (size[i] - k).tolist())]


def _pairs(joined: str, code: Array, rows: Array, repeats: Array, starts: Array, ends: Array, size: Array,
           able: Array, d: int) -> Array:
    """For each clause, whether it is parallel to the clause `d` before (both able, and for d = 2
    the one between too, see parallels.link): the rule of parallels.parallel on all at once."""
    out = np.zeros(len(size), dtype=bool)
    both = able[d:] & able[:-d] if d == 1 else able[2:] & able[1:-1] & able[:-2]
    a = np.flatnonzero(both)
    a = a[_LEN_OK[size[a], size[a + d]]]
    b, la, lb = a + d, size[a], size[a + d]
    fa, fb = code[starts[a]], code[starts[b]]
    ea, eb = code[ends[a] - 1], code[ends[b] - 1]
    framed = ((fa == fb) & ~_FUNCTION[fa & 0xFFFF]) | ((ea == eb) & ~_FUNCTION[ea & 0xFFFF])
    framed |= (la >= 5) & (lb >= 5) & (code[ends[a] - 3] == plain.IS) & (code[ends[b] - 3] == plain.IS)
    # one function character first in both (把…，把…): the few such pairs are read one by one
    k = np.flatnonzero((fa == fb) & ~framed)
    framed[k] = plain.frames_shared(joined, starts[a[k]].tolist(), ends[a[k]].tolist(), starts[b[k]].tolist(),
                                    ends[b[k]].tolist())
    # the rest of parallels.parallel, for pairs at most one character apart in length: characters
    # shared at the same places from the left (one apart, also from the right) against a third
    rest = np.flatnonzero(~framed & (np.abs(la - lb) <= 1))
    # (pairs of one length whose first clause repeats a character: same_shape, below)
    equal = np.where((la == lb) & (repeats[ends[a] - 1] > repeats[starts[a]]), la, 0)
    sa, ea, sb, eb, la, lb = starts[a[rest]], ends[a[rest]], starts[b[rest]], ends[b[rest]], la[rest], lb[rest]
    shorter = np.minimum(la, lb)
    inside = shorter[:, None] > _WIDTH
    left = ((rows[sa + _PAD] == rows[sb + _PAD]) & inside).sum(axis=1)
    need = np.maximum(2, shorter // 3)
    ok = np.where(la == lb, left >= np.maximum(1, la // 3), left >= need)
    r = np.flatnonzero(~ok & (la != lb))  # (from the right only where the left did not tell)
    ok[r] = ((rows[ea[r], ::-1] == rows[eb[r], ::-1]) & inside[r]).sum(axis=1) >= need[r]  # (the ends, backwards)
    framed[rest] = ok
    # one shape of repetitions (parallels.same_shape), in pairs of one length
    k = np.flatnonzero(~framed & (equal >= SHAPE_LENGTHS[0]) & (equal <= SHAPE_LENGTHS[1]))
    framed[k] = _same_shape(rows, starts[a[k]], starts[b[k]], equal[k])
    out[b[framed]] = True
    return out


def _isin(keys: Array, table: Array) -> tuple[Array, Array]:
    """Where each key falls in the sorted `table` (clipped), and whether it is there."""
    at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    return at, table[at] == keys


def _marks(code: Array, starts: Array, ends: Array, lens: Array, sentinels: Array, lo: Array) -> list[cue.Mark]:
    """The sentences that hold a cue of a rule of single sentences (patterns.QUOTE and the rest,
    which say what each is), read on the clauses as split, before any stripping or trimming."""
    n, count, last = len(lens), len(sentinels), len(code) - 1
    number = np.cumsum(np.bincount(sentinels + 1, minlength=n + 1)[:n])  # each clause's sentence (a sentinel's)
    bits = np.zeros(count, dtype=np.int64)
    bits[number[np.searchsorted(ends, np.flatnonzero(code == plain.OPEN_QUOTE), side="right")]] |= cue.QUOTE
    clause = lens > 1  # sentinels and one-character clauses hold none of the other cues
    clause[sentinels] = False
    opens = clause & _ORDINAL_FIRST[code[starts] & 0xFFFF] & _ORDINAL_NEXT[code[np.minimum(starts + 1, last)] & 0xFFFF]
    bits[np.bincount(number[opens], minlength=count) >= 2] |= cue.ORDINAL
    four = np.bincount(number[clause & (lens == 4)], minlength=count)
    clauses = np.bincount(number, minlength=count) - 1
    bits[(four >= 3) & (clauses >= 3)] |= cue.FOURS
    low, high = cue.LIST_LENGTHS
    # an inner clause of a list's length between two at least as long (lists cut the ends to it)
    bits[number[np.flatnonzero(clause[1:-1] & clause[:-2] & clause[2:] & (lens[1:-1] >= low) & (lens[1:-1] <= high)
                               & (lens[:-2] >= lens[1:-1]) & (lens[2:] >= lens[1:-1])) + 1]] |= cue.LIST
    # sayings.saying: one clause of 6-9 characters, two equal of 4-7, or two of 3-5 and one of ≤ 7
    first, second, third = (lens[np.minimum(lo + k, n - 1)] for k in range(3))
    bits[((clauses == 1) & (first >= 6) & (first <= 9))
         | ((clauses == 2) & (first == second) & (first >= 4) & (first <= 7))
         | ((clauses == 3) & (first == second) & (first >= 3) & (first <= 5) & (third <= 7))] |= cue.SHORT
    # sayings.clause_saying: two halves around a pivot word in the middle of a clause of 8-16, or a
    # word of two characters at the 7th or 8th character from the end and again at the 3rd
    c = np.flatnonzero(clause & (lens >= 7))
    size, mid, end = lens[c], starts[c] + (lens[c] - 2) // 2, ends[c]
    said = _isin(code[mid] * K + code[mid + 1], _PIVOTS)[1] & (size % 2 == 0) & (size >= 8) & (size <= 16)
    for n in (7, 8):
        said |= (size >= n) & (code[end - n] == code[end - 3]) & (code[end - n + 1] == code[end - 2])
    bits[number[c[said]]] |= cue.CLAUSE
    # correlative heads (their first two characters) in a clause other than the last of a sentence
    at = np.flatnonzero(_HEAD_FIRST[code[:-1] & 0xFFFF])
    pair = _isin(code[at] * K + code[at + 1], _HEAD_KEYS)[1]
    keep = _HEAD_ALONE[code[at] & 0xFFFF] | pair
    at, pair = at[keep], pair[keep]
    c = np.searchsorted(ends, at, side="right")
    keep = (code[at] != plain.STEP) | (code[starts[np.minimum(c + 1, len(lens) - 1)]] == plain.AGAIN)
    at, pair, c = at[keep], pair[keep], c[keep]  # (先 only where the next clause opens on 再: plain.STEP)
    inner = clause.copy()
    inner[sentinels[sentinels > 0] - 1] = False  # the last clause of a sentence opens no answer
    # (a head may stand behind a subject of any length: 网格员既要…, 提醒自己既当好…)
    bits[number[c[(at + np.where(pair, 2, 1) <= ends[c]) & inner[c]]]] |= cue.CORRELATIVE
    _, opening = _isin((lens[lo] * K + code[starts[lo]]) * K + code[np.maximum(ends[lo] - 1, 0)], _TRANSITION_ENDS)
    bits[opening] |= cue.TRANSITION
    marked = np.flatnonzero(bits)
    return list(map(cue.make_mark, zip(marked.tolist(), lo[marked].tolist(), sentinels[marked].tolist(),
                                       bits[marked].tolist(), strict=True)))
