"""Parallel clauses: which neighbouring clauses of a sentence read as parallel, and how pairs of
them link into runs.

The rules for two clauses (`parallel`) and for linking the pairs of a sentence (`link`) live
here; drafter.extract.scan applies them to every clause of a batch at once, as array operations,
together with the trimming of lead-in and trailing words.  tests/test_parallels.py holds all these
rules written plainly, one at a time, and checks the scan against them.
"""

from __future__ import annotations

from operator import eq

from .. import segment
from .text import aligned_shared, is_han

FUNCTION_CHARS = frozenset("的了着地得之和与及或而是在有也都就要把被对")
QUOTE_MARKS = frozenset("“”‘’")
_PARTICLES = frozenset("的了着地得之")

# LEN_OK[a][b]: clauses of a and b characters (each 2-14) are close enough in length to be
# parallel.  A table, not `abs(a - b) <= max(1, min(a, b) // 2)`: the builtins cost more than the
# rest of the test, and this runs for most pairs of neighbouring clauses in the corpus.
LEN_OK = [[2 <= a <= 14 and 2 <= b <= 14 and abs(a - b) <= max(1, min(a, b) // 2) for b in range(15)]
          for a in range(15)]


def parallel(a: str, b: str) -> bool:
    """Two clauses read as parallel: similar length and a shared beginning, ending or frame."""
    la, lb = len(a), len(b)
    if la > 14 or lb > 14 or not LEN_OK[la][lb]:
        return False
    c = a[0]
    if c == b[0] and (c not in FUNCTION_CHARS or shares_frame(a, b)):
        return True
    c = a[-1]
    if c == b[-1] and c not in FUNCTION_CHARS:
        return True
    # X是基础，Y是关键: a judgement of the same form, 是 and a word of two characters
    if la >= 5 and lb >= 5 and a[-3] == "是" == b[-3]:
        return True
    return _aligned(a, b, la, lb) or (la == lb and same_shape(a, b))


SHAPE_LENGTHS = (3, 8)  # clauses compared by the shape of their repetitions (same_shape)


def same_shape(a: str, b: str) -> bool:
    """敢闯敢试 / 善作善成, 满意不满意 / 高兴不高兴: clauses of one length (SHAPE_LENGTHS) whose
    characters repeat at the same places, the repeats (of characters that are no function words)
    holding half of each at least: the figure is the repetition, not the words repeated."""
    n = len(a)
    if n != len(b) or not SHAPE_LENGTHS[0] <= n <= SHAPE_LENGTHS[1]:
        return False
    # (a clause with no character twice, the most, has no shape: a set of its characters tells;
    # one shape: the characters pair off one to one, as many pairs as characters in each)
    kinds = len(set(a))
    if kinds == n or kinds != len(set(b)) or kinds != len(set(zip(a, b, strict=True))):
        return False
    return 2 * sum(a.count(c) > 1 and c not in FUNCTION_CHARS for c in a) >= n \
        and 2 * sum(b.count(c) > 1 and c not in FUNCTION_CHARS for c in b) >= n


def echoed(a: str, b: str) -> bool:
    """不看材料看现场 / 不听汇报听民声: clauses of one length (5-8), each saying a character (no
    function word) again at the same two places, that share a character at a place of their own
    or the one said again (干一行爱一行 / 专一行精一行): a frame of repetition too sparse for
    same_shape, which wants repeats in half of each clause."""
    n = len(a)
    if n != len(b) or not 5 <= n <= 8:
        return False
    for i, c in enumerate(a[:-1]):
        j = a.find(c, i + 1)
        if j > 0 and c not in FUNCTION_CHARS and b[i] == b[j] and b[i] not in FUNCTION_CHARS \
                and b.find(b[i], i + 1) == j:
            return c == b[i] or any(x == y for k, (x, y) in enumerate(zip(a, b, strict=True)) if k not in (i, j))
    return False


def shape_piece(a: str, b: str) -> int:
    """The length of the longest end of `a` and start of `b`, of four characters or more, all
    Han, that have the same shape (same_shape), or 0: where a figure of repetition begins behind
    its lead-in (我们鼓励|敢想敢干) and ends before the words that go on (能说能做|的干部).  The
    shape tells the cut, which need not fall between words of the segmenter (群众满意|不满意)."""
    head = b[:min(len(a), len(b), SHAPE_LENGTHS[1])]
    for n in range(len(head), 3, -1):
        piece, other = a[-n:], head[:n]
        kinds = len(set(piece))
        if kinds == n or len(set(other)) == n:  # (no character twice: nor in a shorter piece)
            return 0
        # (one shape: the characters pair off one to one, as many pairs as characters in each)
        if kinds == len(set(other)) == len(set(zip(piece, other, strict=True))) and same_shape(piece, other) \
                and is_han(piece) and is_han(other):
            return n
    return 0


def shares_frame(a: str, b: str) -> bool:
    """Two clauses that open on one function character hold a frame when they also share two
    characters in a row further in (把自己当成…，把村里的事当成…), or, in clauses of five characters
    or more at most one apart in length, one character no particle at the same place two to four
    from the end (对隐患点要天天查，对水库要时时盯: 对…要…), or, in clauses of one length of seven or
    more, 的 at the same place (把散埋乱葬的坟头管起来、把大操大办的风气刹下去: 把…的…, each object
    with its modifier): 把 or 在 alone is no frame."""
    rest = b[1:]
    if any(a[k:k + 2] in rest for k in range(1, len(a) - 1)):
        return True
    if len(a) == len(b) >= 7 and any(x == y == "的" for x, y in zip(a[2:-2], b[2:-2], strict=True)):
        return True
    return len(a) >= 5 and len(b) >= 5 and -1 <= len(a) - len(b) <= 1 \
        and any(a[k] == b[k] and a[k] not in _PARTICLES for k in (-2, -3, -4))


def _aligned(a: str, b: str, la: int, lb: int) -> bool:
    """The rest of `parallel` once the ends decided nothing: characters shared at the same places
    (aligned_shared written out: a call costs as much)."""
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


def matches_frame(part: str, other: str) -> bool:
    """A piece cut before a quotation matches the clause before it (trimming, drafter.extract.scan)."""
    return part[0] == other[0] or part[-1] == other[-1] or \
        aligned_shared(part, other) >= max(2, len(other) // 2)


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


Run = tuple[int, int, int, list[tuple[int, int]]]  # sentence number, its first clause, end, spans


def link(items: list[str], lens: list[int], able: list[bool], near: list[bool],
           far: list[bool], lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs ([start, end) spans of two clauses or more) of the sentence of clauses lo…hi - 1:
    each clause linked to the one before (near[i]) or, when the lengths allow, to the one two
    before (far[i], read only where clause i - 2 is able), so that alternations like 经常抓，
    抓经常；反复抓，抓反复 hold together."""
    spans: list[tuple[int, int]] = []
    start = lo
    for i in range(lo + 1, hi + 1):
        linked = i < hi and able[i] and able[i - 1] and (
            near[i]
            or (i - 2 >= start and far[i]
                and (lens[i] == lens[i - 1]
                     or (i - 3 >= start and (far[i - 1] if able[i - 2]
                                             else parallel(items[i - 3], items[i - 1])))))
        )
        # A B A' B' (一名干部，就要是一面旗帜；一个党员，就要是一位先锋): each clause parallel
        # to the one two before, the pairs themselves not parallel
        if not linked and i + 1 < hi and far[i] and far[i + 1] and i - 2 >= max(lo, start - 1) and able[i - 2] \
                and able[i - 1] and able[i] and able[i + 1]:
            linked, start = True, min(start, i - 2)
        if not linked:
            if i - start >= 2:
                spans.append((start, i))
            start = i
    return spans
