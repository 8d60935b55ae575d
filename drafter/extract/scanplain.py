"""The plain-Python half of the clause scan (drafter.extract.scan, the one module using numpy).

What the scan finds (`Scan`); the characters and keys its lookup tables are built from, as code
points and integers (`word_keys` for the four-character words); and the steps the arrays leave to
Python: those that go clause by clause, in order, because a clause's outcome depends on the one
before as already cut (the cuts by the shape of repetitions, `shape_cuts`, and before a
quotation, `quote_cuts`), those that need the segmenter (`clear_cuts`), the runs of sentences
whose far pairs need linking (`linked_runs`) and the clauses as trimmed (`retrimmed`).  The
arrays pick the few candidates these steps look at; the rules they apply are those of
drafter.extract.parallels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from . import patterns as cue
from .parallels import FUNCTION_CHARS, QUOTE_MARKS, Run, link, matches_frame, shape_piece, shares_frame, word_ends
from .positions import TRANSITION_WORDS
from .shapes import LEAD_VERBS, LEADS
from .text import SENTINEL

K = 0x110000  # one more than the largest code point: keys of several characters
Array = Any  # numpy arrays (of scan.py): numpy's own annotations would add nothing checkable here


class WordTable(NamedTuple):
    """Four-character words as sorted keys of their code points (drafter.extract.scan._worded),
    and a bit per hash of 20 bits of a word (scan._hashes), by which one look rules out most
    windows of a text."""
    keys: Any  # numpy arrays, which this module does not import
    seen: Any


class Scan(NamedTuple):  # what drafter.extract.scan.scan finds
    items: list[str]  # the clauses, lead words stripped and trimmed
    runs: list[Run]  # of the sentences that have any
    marks: list[cue.Mark]
    worded: list[int]  # the clauses that hold a word of the table given, as a substring


def key(codes: Iterable[int]) -> int:
    """Several code points (or small numbers) as one integer, the first the most significant."""
    out = 0
    for c in codes:
        out = out * K + c
    return out


FUNCTION = [ord(c) for c in FUNCTION_CHARS]
ORDINAL = ([ord(c) for c in cue.ORDINALS], [ord(c) for c in cue.ORDINAL_VERBS])  # ORDINAL_RE's 1st, 2nd
LEAD_CODES = [[ord(c) for c in lead] for lead in LEADS]
OPEN_QUOTE, IS, SENTINEL_CODE = ord("“"), ord("是"), ord(SENTINEL)
STEP, AGAIN = ord("先"), ord("再")  # 先…，再…: a head too common to mark but before its answer
# correlative heads: the first two characters of those of two or more (heads of one character
# alone); the two characters of a saying's pivot word; transition words' length, first and last
HEAD_FIRST = [ord(head[0]) for head, _ in cue.CORRELATIVES]
HEAD_ALONE = [ord(head) for head, _ in cue.CORRELATIVES if len(head) == 1]
HEAD_KEYS = sorted({key(map(ord, head[:2])) for head, _ in cue.CORRELATIVES if len(head) > 1})
PIVOT_KEYS = sorted(key(map(ord, w[:2])) for w in cue.PIVOTS)
TRANSITION_KEYS = sorted({key((len(w), ord(w[0]), ord(w[-1]))) for w in TRANSITION_WORDS})
LEAD_VERB_KEYS = sorted(key(map(ord, w)) for w in LEAD_VERBS)  # (all of two characters)


def word_keys(words: Iterable[str]) -> list[int]:
    """The four-character `words` as sorted keys of their code points, modulo 2**64 (the scan
    computes the key of every window of four characters the same way, in unsigned 64 bits)."""
    return sorted({((((ord(w[0]) * K + ord(w[1])) * K + ord(w[2])) * K + ord(w[3])) & (2**64 - 1))
                   for w in words if len(w) == 4})


def retrimmed(texts: list[str], joined: str, changed: list[int], starts: list[int], ends: list[int]) -> list[str]:
    """`texts` with the clauses `changed` replaced by their pieces of `joined` (starts, ends)."""
    if not changed:
        return texts
    items = list(texts)
    for i, start, end in zip(changed, starts, ends, strict=True):
        items[i] = joined[start:end]
    return items


def pieces(joined: str, starts: list[int], ends: list[int]) -> list[str]:
    return [joined[s:e] for s, e in zip(starts, ends, strict=True)]


def frames_shared(joined: str, starts_a: list[int], ends_a: list[int], starts_b: list[int],
                  ends_b: list[int]) -> list[bool]:
    """parallels.shares_frame of each pair of pieces of `joined` (one function character first
    in both, 把…，把…: the few such pairs are read one by one)."""
    return list(map(shares_frame, pieces(joined, starts_a, ends_a), pieces(joined, starts_b, ends_b)))


def clear_cuts(texts: list[str], at: list[int]) -> list[int]:
    """The texts that may be cut `at` characters in: no quotation mark before the cut, and a word
    of the segmenter ending there (parallels.word_ends, one call for all)."""
    clear = [k for k, (text, cut) in enumerate(zip(texts, at, strict=True)) if QUOTE_MARKS.isdisjoint(text[:cut])]
    if not clear:
        return []
    ends = word_ends([texts[k] for k in clear], [at[k] for k in clear])
    return [k for k, end in zip(clear, ends, strict=True) if end]


Cuts = tuple[list[int], list[int]]  # clauses, and the new start or end of each


def shape_cuts(joined: str, pairs: list[int], lengths: list[int], starts: Sequence[int],
               ends: Sequence[int]) -> tuple[Cuts, Cuts]:
    """Of the neighbouring clauses k and k + 1 (`pairs`, in order, and the `lengths` of the end of
    k and start of k + 1 that have one shape of repetitions, parallels.shape_piece, as the arrays
    found them: 我们鼓励|敢想敢干，能说能做|的干部): the new starts of clauses k, the new ends of
    clauses k + 1.  In order: a clause whose end the pair before cut is read again as cut, its
    start cut only if the whole of it is the piece, and so is its pair with the next clause."""
    new_starts: Cuts = ([], [])
    new_ends: Cuts = ([], [])
    end_cut = cut_end = -1
    todo = list(zip(pairs, lengths, strict=True))[::-1]  # the next pair last
    while todo:
        k, n = todo.pop()
        sa, ea, sb, eb = int(starts[k]), cut_end if end_cut == k else int(ends[k]), int(starts[k + 1]), int(ends[k + 1])
        if end_cut == k:
            n = shape_piece(joined[sa:ea], joined[sb:eb])
        if n and (n == ea - sa or end_cut != k):
            new_starts[0].append(k)
            new_starts[1].append(ea - n)
            if n < eb - sb:
                end_cut, cut_end = k + 1, sb + n
                new_ends[0].append(k + 1)
                new_ends[1].append(cut_end)
                if k + 2 < len(starts) and (not todo or todo[-1][0] != k + 1):
                    todo.append((k + 1, 0))
    return new_starts, new_ends


def quote_cuts(joined: str, held: list[int], starts: list[int], ends: list[int], starts_before: list[int],
               ends_before: list[int]) -> Cuts:
    """Of the clauses `held` (their starts and ends, and those of the clauses before), those with
    an opening quote right after as many characters as the clause before has, where that piece
    matches the clause before (parallels.matches_frame: …、不出事“五步工作法” → 不出事): the new
    ends.  In order, each looking at the clause before as cut."""
    out: Cuts = ([], [])
    for i, start, end, s, e in zip(held, starts, ends, starts_before, ends_before, strict=True):
        if out[0] and out[0][-1] == i - 1:
            e = out[1][-1]
        n = e - s
        if n > 1 and start + n < end and joined[start + n] == "“" \
                and matches_frame(joined[start:start + n], joined[s:e]):
            out[0].append(i)
            out[1].append(start + n)
    return out


def runs_of(items: list[str], sentinels: Any, los: Any, size: Any, able: Any, near: Any, far: Any) -> list[Run]:
    """The runs of the scan (drafter.extract.scan), its arrays read by their methods: the pairs
    of the sentences that have any linked into runs.  A far pair counts only next to another pair
    (see link); without one, a run is a block of clauses each parallel to the last."""
    at = near.nonzero()[0]
    sentence = sentinels.searchsorted(at)
    paired, after, before = near | far, near.copy(), far.copy()
    after[1:], after[:1] = paired[:-1], False  # a pair ends at the clause before
    before[:-1], before[-1:] = far[1:], False
    linked = sentinels.searchsorted((far & (after | before)).nonzero()[0])
    if len(linked):
        simple = linked[linked.searchsorted(sentence).clip(max=len(linked) - 1)] != sentence
        at, sentence = at[simple], sentence[simple]
    runs: dict[int, Run] = {}
    if len(at):
        block = ((at[1:] - at[:-1]) != 1).nonzero()[0] + 1
        firsts, lasts = [0, *block.tolist()], [*(block - 1).tolist(), len(at) - 1]
        numbers = sentence[firsts]
        for number, lo, hi, start, end in zip(numbers.tolist(), los[numbers].tolist(), sentinels[numbers].tolist(),
                                              (at[firsts] - 1).tolist(), (at[lasts] + 1).tolist(), strict=True):
            run = runs.get(number)
            if run is None:
                runs[number] = (number, lo, hi, [(start, end)])
            else:
                run[3].append((start, end))
    if len(linked):
        each = list(dict.fromkeys(linked.tolist()))  # (sorted already)
        runs.update((run[0], run) for run in linked_runs(items, (size, able, near, far), each, los[each].tolist(),
                                                          sentinels[each].tolist()))
    return [runs[number] for number in sorted(runs)]


def linked_runs(items: list[str], arrays: tuple[Any, Any, Any, Any], numbers: list[int], los: list[int],
                his: list[int]) -> list[Run]:
    """The runs of the sentences `numbers` (clauses los…his - 1) by parallels.link; `arrays` are
    the clauses' sizes, and whether each is able, near and far (numpy arrays: link reads a
    sentence's clauses and the sentinel after them, as lists made of those only)."""
    runs: list[Run] = []
    for number, lo, hi in zip(numbers, los, his, strict=True):
        window = slice(lo, hi + 1)
        sizes, able, near, far = (a[window].tolist() for a in arrays)
        spans = link(items[window], sizes, able, near, far, 0, hi - lo)
        if spans:
            runs.append((number, lo, hi, [(start + lo, end + lo) for start, end in spans]))
    return runs
