"""Parallel clauses: the clause scan of extraction (drafter.extract.scan, array operations over a
whole batch) equals the rules written plainly and applied one sentence at a time (the oracle
below), and the shortcuts taken for speed (string methods for clause splitting, one clause list
per paragraph, one call of the segmenter for many texts) give the same answers as the plain
forms."""

from __future__ import annotations

import random
import re
from operator import eq

from drafter import segment
from drafter.extract import parallels, text
from drafter.extract.parallels import FUNCTION_CHARS, QUOTE_MARKS, parallel, word_ends
from drafter.extract.patterns import (
    CLAUSE,
    CORRELATIVE,
    CORRELATIVES,
    FOURS,
    LIST,
    LIST_LENGTHS,
    ORDINAL,
    ORDINAL_RE,
    PIVOTS,
    QUOTE,
    SHORT,
    TRANSITION,
    Mark,
)
from drafter.extract.positions import TRANSITION_CUES
from drafter.extract.scan import scan
from drafter.extract.shapes import LEAD_VERBS, has_lead, strip_lead_text
from drafter.extract.text import ALL_HAN_RE, SENTINEL, Clause, clause_seps, clause_texts, clauses, flat_clauses

# ---------------------------------------------------------------- the oracle: the rules plainly


def plain_parallel(a: str, b: str) -> bool:
    la, lb = len(a), len(b)
    if not (2 <= la <= 14 and 2 <= lb <= 14 and abs(la - lb) <= max(1, min(la, lb) // 2)):
        return False
    if (a[0] == b[0] and a[0] not in FUNCTION_CHARS) or (a[-1] == b[-1] and a[-1] not in FUNCTION_CHARS):
        return True
    if a[0] == b[0] and any(a[k:k + 2] in b[1:] for k in range(1, len(a) - 1)):  # 把…当成…，把…当成…
        return True
    if a[0] == b[0] and la == lb >= 7 and any(a[k] == b[k] == "的" for k in range(2, la - 2)):  # 把…的…，把…的…
        return True
    if la >= 5 and lb >= 5 and a[-3] == b[-3] == "是":  # X是基础，Y是关键
        return True
    left = sum(map(eq, a, b))
    if la == lb:
        return left >= max(1, la // 3) or plain_same_shape(a, b)
    right = sum(map(eq, reversed(a), reversed(b)))
    return abs(la - lb) == 1 and max(left, right) >= max(2, min(la, lb) // 3)


def plain_same_shape(a: str, b: str) -> bool:  # 敢闯敢试 / 善作善成
    def repeated(t: str) -> int:
        return sum(1 for c in t if t.count(c) > 1 and c not in FUNCTION_CHARS)

    return len(a) == len(b) and 3 <= len(a) <= 8 and [a.index(c) for c in a] == [b.index(c) for c in b] \
        and 2 * repeated(a) >= len(a) and 2 * repeated(b) >= len(b)


def plain_shape_trim(texts: list[str]) -> list[str]:
    out, end_cut = list(texts), set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        for n in range(min(len(a), len(b), 8), 3, -1):
            if plain_same_shape(a[-n:], b[:n]) and ALL_HAN_RE.match(a[-n:] + b[:n]):
                if n == len(a) or i not in end_cut:
                    out[i] = a[-n:]
                    if n < len(b):
                        out[i + 1] = b[:n]
                        end_cut.add(i + 1)
                break
    return out


def plain_word_boundary(text: str, at: int) -> bool:
    pos = 0
    for word in segment.cut(text):
        pos += len(word)
        if pos >= at:
            return pos == at
    return False


def plain_trim(texts: list[str]) -> list[str]:
    texts = plain_shape_trim(texts)
    out = list(texts)
    for i in range(len(texts) - 1):  # cut to the next clause's length when the piece matches it
        cur, nxt = texts[i], texts[i + 1]
        n = len(nxt)
        inner_word = n == 4 < len(cur) and any(cur[-4 + j] == nxt[j] in FUNCTION_CHARS for j in (1, 2))  # 发现在早、处置在小
        lead = len(cur) == n + 2 and cur.startswith(LEAD_VERBS)  # 做到|一级抓一级、层层抓落实
        if 1 < n < len(cur) and (cur[-1] == nxt[-1] or cur[-n] == nxt[0] or inner_word or lead
                                 or sum(map(eq, reversed(cur), reversed(nxt))) >= (n // 2 if n > 3 else 1 if n == 3 else 2)) \
                and QUOTE_MARKS.isdisjoint(cur[:-n]) and plain_word_boundary(cur, len(cur) - n):
            out[i] = cur[-n:]
    for i in range(1, len(out)):  # cut before an opening quote at the length of the clause before
        n = len(out[i - 1])
        piece = out[i][:n]
        if n >= 2 and out[i][n:n + 1] == "“" and (
                piece[0] == out[i - 1][0] or piece[-1] == out[i - 1][-1]
                or sum(map(eq, piece, out[i - 1])) >= max(2, n // 2)):
            out[i] = piece
    return out


def plain_spans(texts: list[str]) -> list[tuple[int, int]]:
    n = len(texts)
    lens = [len(t) for t in texts]
    able = [1 < len(t) < 15 and ALL_HAN_RE.match(t) is not None for t in texts]
    near = [i > 0 and able[i] and able[i - 1] and plain_parallel(texts[i - 1], texts[i]) for i in range(n)]
    far = [i > 1 and able[i] and able[i - 1] and plain_parallel(texts[i - 2], texts[i]) for i in range(n)]
    spans, start = [], 0
    for i in range(1, n + 1):
        linked = i < n and able[i] and able[i - 1] and (
            near[i] or (i - 2 >= start and far[i] and (lens[i] == lens[i - 1] or (
                i - 3 >= start and (far[i - 1] if able[i - 2] else plain_parallel(texts[i - 3], texts[i - 1]))))))
        if not linked and i + 1 < n and i - 2 >= max(0, start - 1) and all(able[i - 2:i + 2]) \
                and far[i] and far[i + 1]:
            linked, start = True, min(start, i - 2)
        if not linked:
            if i - start >= 2:
                spans.append((start, i))
            start = i
    return spans


def plain_runs(sentence: str) -> tuple[list[str], list[tuple[int, int]]]:
    texts = clause_texts(sentence)
    if has_lead(sentence):
        texts = [strip_lead_text(t) for t in texts]
    items = plain_trim(texts)
    return items, plain_spans(items)


def plain_marks(sentence: str) -> int:
    """The cues each rule of single sentences needs, read plainly off the sentence."""
    texts = clause_texts(sentence)
    bits = QUOTE if "“" in sentence else 0
    if any(t.find(head, 0, len(head) + 3) >= 0 and (head != "先" or texts[k + 1].startswith("再"))
           for k, t in enumerate(texts[:-1]) for head, _ in CORRELATIVES):  # (先 before its answer only)
        bits |= CORRELATIVE
    if sum(ORDINAL_RE.match(t) is not None for t in texts) >= 2:
        bits |= ORDINAL
    if len(texts) >= 3 and [len(t) for t in texts].count(4) >= 3:
        bits |= FOURS
    if TRANSITION_CUES.search(sentence.strip()):
        bits |= TRANSITION
    low, high = LIST_LENGTHS
    if any(low <= len(texts[k]) <= high and 1 < len(texts[k - 1]) >= len(texts[k]) <= len(texts[k + 1])
           for k in range(1, len(texts) - 1)):
        bits |= LIST
    sizes = [len(t) for t in texts]
    if (sizes and 6 <= sizes[0] <= 9 and len(sizes) == 1) \
            or (len(sizes) == 2 and sizes[0] == sizes[1] and 4 <= sizes[0] <= 7) \
            or (len(sizes) == 3 and sizes[0] == sizes[1] and 3 <= sizes[0] <= 5 and sizes[2] <= 7):
        bits |= SHORT
    if any((len(t) % 2 == 0 and 8 <= len(t) <= 16 and t[len(t) // 2 - 1:len(t) // 2 + 1] in PIVOTS)
           or any(len(t) >= gap + 3 and t[-3 - gap:-1 - gap] == t[-3:-1] for gap in (4, 5)) for t in texts):
        bits |= CLAUSE  # 喊破嗓子不如做出样子; 一把钥匙开一把锁
    return bits


# ---------------------------------------------------------------- tests

SENTENCES = [
    "突出四抓，即抓思想、抓制度、抓督导、抓后续，使换届工作得以圆满完成。",
    "上面千条线，下面一根针，线线都重要。",
    "总结出想干事、干实事、能干事、干成事、不出事“五步工作法”。",
    "经常抓，抓经常；反复抓，抓反复。",
    "一名干部，就要是一面旗帜；一个党员，就要是一位先锋。",
    "做到谨慎用权、秉公用权、依法用权、廉洁用权。",
    "执政之道在于安民，安民之要在于富民。",
    "善弈者谋势，不善弈者谋子。",
    "他说：“相互补台、好戏连台，相互拆台、共同跨台”，大家都记住了。",
    "质监局、工商局、交通局都来检查。",
    "小事不出村，大事不出乡。",
    "2026年， 我们 完成了GDP增长、Ａ级景区创建、“三治”融合。",
    "让敢闯敢试、善作善成的干部得到重用，把群众满意不满意、高兴不高兴、答应不答应作为标准。",
    "坚持发现在早、处置在小，好不好、行不行，一任接着一任干。",
    "喊破嗓子不如做出样子，镇村干部一把钥匙开一把锁。",
    "把村里的路修起来、把河里的水管起来，做到一级抓一级、层层抓落实。",
]
ALPHABET = [*"抓思想干事实一二三是要的了好大小上下面线针经常反复", "“", "”", "‘", "a", "1", "Ａ", " "]


def _random_clauses(rnd: random.Random) -> list[str]:
    pool = [t for s in SENTENCES for t in clause_texts(s)]
    out = []
    for _ in range(rnd.randint(2, 8)):
        if rnd.random() < 0.5:
            out.append(rnd.choice(pool))
        else:
            out.append("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 15))).strip() or "抓")
    return out


LEADS_AND_CUES = ["即", "就是", "也就是", "即是", "一是", "二是", "不仅", "不是", "此外", "最后", "一方面", "做到", "坚持", "先", "再"]


def _random_paragraph(rnd: random.Random) -> str:
    sents = []
    for _ in range(rnd.randint(1, 5)):
        texts = _random_clauses(rnd) if rnd.random() < 0.7 else [rnd.choice(SENTENCES).rstrip("。")]
        texts = [rnd.choice(LEADS_AND_CUES) + t if rnd.random() < 0.15 else t for t in texts]
        body = "".join(t + rnd.choice(["，", "，", "；", "、", "："]) for t in texts[:-1]) + texts[-1]
        sents.append(body + rnd.choice(["。", "！", "？”", "……", "。”"]))
    return "".join(sents)


def test_scan_equals_the_rules_applied_sentence_by_sentence() -> None:
    rnd = random.Random(11)
    paragraphs = SENTENCES + [_random_paragraph(rnd) if rnd.random() < 0.97 else rnd.choice(["", " ", "。"])
                              for _ in range(2500)]
    for group in range(0, len(paragraphs), 7):  # a batch of several paragraphs
        flat: list[str] = []
        expected_items: list[str] = []
        expected_runs = []
        expected_marks = []
        number = 0
        for paragraph in paragraphs[group:group + 7]:
            found = text.sentences(paragraph)
            own_flat = flat_clauses(found, text.has_space(paragraph))
            assert own_flat == [t for s in found for t in (*clause_texts(s), SENTINEL)], paragraph
            flat += own_flat
            for sentence in found:
                lo = len(expected_items)
                items, spans = plain_runs(sentence)
                expected_items += [*items, SENTINEL]
                if spans:
                    expected_runs.append((number, lo, lo + len(items), [(lo + a, lo + b) for a, b in spans]))
                bits = plain_marks(sentence)
                if bits:
                    expected_marks.append(Mark(number, lo, lo + len(items), bits))
                number += 1
        got = scan(flat)
        assert (got.items, got.runs) == (expected_items, expected_runs), paragraphs[group:group + 7]
        # exact cues, and loose ones (the rules look again) that never miss a sentence
        exact = QUOTE | ORDINAL | FOURS | CLAUSE
        assert [m._replace(bits=m.bits & exact) for m in got.marks if m.bits & exact] == \
            [m._replace(bits=m.bits & exact) for m in expected_marks if m.bits & exact]
        for loose in (CORRELATIVE, TRANSITION):
            assert {m.number for m in expected_marks if m.bits & loose} <= \
                {m.number for m in got.marks if m.bits & loose}
        for m in got.marks:  # each mark spans its sentence's clauses
            assert flat[m.hi] == SENTINEL and SENTINEL not in flat[m.lo:m.hi] and (m.lo == 0 or flat[m.lo - 1] == SENTINEL)


def test_runs_of_known_sentences() -> None:
    found = scan(flat_clauses([SENTENCES[0], SENTENCES[2]]))
    assert [found.items[a:b] for run in found.runs for a, b in run[3]] == [
        ["抓思想", "抓制度", "抓督导", "抓后续"],
        ["干实事", "能干事", "干成事", "不出事"],  # 不出事“五步工作法” cut
    ]
    assert parallel("善弈者谋势", "不善弈者谋子") and not parallel("质监局", "都来检查")


def test_parallel_equals_the_plain_rule() -> None:
    rnd = random.Random(5)
    pool = [t for s in SENTENCES for t in clause_texts(s)]
    for _ in range(20000):
        a, b = (rnd.choice(pool) if rnd.random() < 0.3 else
                "".join(rnd.choice(ALPHABET[:30]) for _ in range(rnd.randint(1, 16))) for _ in "ab")
        assert parallel(a, b) == plain_parallel(a, b), (a, b)


def test_word_ends_equal_the_word_boundary_of_each_text() -> None:
    rnd = random.Random(9)
    pool = [t for s in SENTENCES for t in clause_texts(s)] + ["思想上真正", "抓思想", "a b", "2026年抓"]
    for _ in range(300):
        texts = [rnd.choice(pool) for _ in range(rnd.randint(1, 6))]
        at = [rnd.randint(1, len(t)) for t in texts]
        assert word_ends(texts, at) == [plain_word_boundary(t, n) for t, n in zip(texts, at, strict=True)]


def test_has_space_matches_the_regular_expression() -> None:
    for code in range(0x3100):
        ch = chr(code)
        expected = re.search(r"\s", ch) is not None
        assert text.has_space(ch) == expected and text.has_space("抓" + ch + "抓") == expected, hex(code)
    assert not text.has_space("")


def test_clause_splitting_matches_the_regular_expression_form() -> None:
    sep = re.compile(r"([，；：、])")
    rnd = random.Random(7)
    alphabet = list("抓思想，，；：、、。！？…“” \u3000\tab")
    samples = SENTENCES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
                           for _ in range(3000)]
    for s in samples:
        body = s.rstrip("。！？…")
        pieces = sep.split(body)
        texts, seps = pieces[0::2], [*pieces[1::2], ""]
        if re.search(r"\s", body):
            texts = [t.strip() for t in texts]
        expected = [Clause(t, p) for t, p in zip(texts, seps, strict=True) if t]
        assert clauses(s) == expected, s
        assert clause_texts(s) == [c.text for c in expected], s
        assert clause_seps(s) == [c.sep for c in expected], s
        if not text.has_space(s):
            assert clause_texts(s, spaced=False) == clause_texts(s), s


def test_sentences_match_the_lazy_pattern() -> None:
    lazy = re.compile(r"[^。！？…]*?(?:[。！？…]+[”’」』]?|$)")
    rnd = random.Random(3)
    alphabet = list("抓思想，。。！？…”’」 \n")
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert text.sentences(s) == [x for x in lazy.findall(s) if x.strip()], repr(s)


def test_length_table_matches_the_rule() -> None:
    assert parallels.LEN_OK[4][6] and not parallels.LEN_OK[3][6]
    for a in range(15):
        for b in range(15):
            rule = 2 <= a <= 14 and 2 <= b <= 14 and abs(a - b) <= max(1, min(a, b) // 2)
            assert parallels.LEN_OK[a][b] == rule


def test_idioms_of_the_clauses_that_hold_one_are_those_of_the_paragraph() -> None:
    """Extraction segments only the clauses the scan finds holding a four-character idiom word:
    the idiom tokens of a paragraph are those of these clauses, cut alone."""
    from collections import Counter

    from drafter.extract.patterns import IDIOM_TAGS
    from drafter.extract.scan import word_table

    words = segment.words_tagged(4, IDIOM_TAGS)
    table = word_table(words)
    rnd = random.Random(12)
    idioms = sorted(words)[:3000:7]
    paragraphs = []
    for _ in range(300):
        pieces = [rnd.choice(idioms) if rnd.random() < 0.3 else rnd.choice(SENTENCES)[:rnd.randint(2, 12)]
                  for _ in range(rnd.randint(1, 8))]
        paragraphs.append("".join(p + rnd.choice(["", "", "，", "。", "、", "“", "”"]) for p in pieces))
    flat = [t for p in paragraphs for t in flat_clauses(text.sentences(p), text.has_space(p))]
    worded = scan(flat, table).worded
    assert worded == [i for i, t in enumerate(flat) if any(t[j:j + 4] in words for j in range(len(t) - 3))]
    whole = Counter(w for p in paragraphs for w in segment.cut(p) if w in words)
    assert whole == Counter(w for i in worded for w in segment.cut(flat[i]) if w in words)
