"""Parallel clauses: the fused pass of extraction equals the rules applied one at a time, and the
shortcuts taken for speed (str.isalpha for the Han test, string methods for clause splitting)
give the same answers as the plain forms."""

from __future__ import annotations

import random
import re

from drafter.extract import parallels, text
from drafter.extract.parallels import (
    find_runs,
    han_letters_only,
    parallel,
    parallel_runs,
    parallel_spans,
    trim_edges,
    trim_texts,
)
from drafter.extract.text import Clause, clause_seps, clause_texts, clauses

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


def test_find_runs_equals_trim_then_spans() -> None:
    rnd = random.Random(20261121)
    cases = [clause_texts(s) for s in SENTENCES] + [_random_clauses(rnd) for _ in range(3000)]
    for texts in cases:
        parts = [Clause(t, "，") for t in texts]
        trimmed = trim_edges(parts)
        expected = ([c.text for c in trimmed], parallel_runs(trimmed))
        assert (trim_texts(texts) or texts) == expected[0], texts
        han_only = han_letters_only("".join(texts))
        assert find_runs(texts, han_only) == expected, texts
        assert find_runs(texts) == expected, texts
        quoted = "“" in "".join(texts)
        assert find_runs(texts, han_only, quoted) == expected, texts
        assert parallel_spans(expected[0], han_only) == expected[1], texts


def test_runs_of_known_sentences() -> None:
    items, spans = find_runs(clause_texts(SENTENCES[0]), han_only=True)
    assert [items[a:b] for a, b in spans] == [["抓思想", "抓制度", "抓督导", "抓后续"]]
    items, spans = find_runs(clause_texts(SENTENCES[2]), han_only=True)  # 不出事“五步工作法” cut
    assert [items[a:b] for a, b in spans] == [["干实事", "能干事", "干成事", "不出事"]]
    assert parallel("善弈者谋势", "不善弈者谋子") and not parallel("质监局", "都来检查")


def test_han_letters_only_class_holds_no_other_letter() -> None:
    """The shortcut is exact only if every character the class lets through, Han aside, is not
    a letter (str.isalpha would take it for Han)."""
    for code in range(0x10000):
        ch = chr(code)
        if 0x4E00 <= code <= 0x9FFF or 0xD800 <= code <= 0xDFFF:
            continue
        if han_letters_only(ch):
            assert not ch.isalpha(), hex(code)
    assert not han_letters_only("抓GDP增长") and han_letters_only("2026年，抓“三治”。")


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
    for a in range(15):
        for b in range(15):
            rule = 2 <= a <= 14 and 2 <= b <= 14 and abs(a - b) <= max(1, min(a, b) // 2)
            assert parallels.LEN_OK[a][b] == rule
