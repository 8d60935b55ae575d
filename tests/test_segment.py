"""Segmentation: rjieba engine, domain dictionary, user dictionaries, jieba fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import segment
from drafter.errors import InputError


def test_domain_words_stay_whole() -> None:
    tokens = segment.cut("乡镇干部要坚持四议两公开，干事创业，村两委要带头")
    for word in ("乡镇干部", "四议两公开", "干事创业", "村两委"):
        assert word in tokens
    assert segment.is_domain_word("一票否决") and not segment.is_domain_word("发展")


def test_dictionary_tags() -> None:
    tagged = dict(segment.cut_tagged("真抓实干，踏石留印"))
    assert tagged["真抓实干"] == "i" and tagged["，"] == "x"
    assert segment.pos_of("发展") == "vn"


def test_engine_is_rjieba_and_tag_works() -> None:
    assert segment.engine_name() == "rjieba"
    assert [w for w, _ in segment.tag("加强学习")] == segment.cut("加强学习")


def test_user_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "dict.txt"
    path.write_text("# 我的词\n桃花源里好耕田 50000 l\n", encoding="utf-8")
    segment.load_dictionary([path])
    assert "桃花源里好耕田" in segment.cut("都说桃花源里好耕田。")
    assert segment.pos_of("桃花源里好耕田") == "l"


def test_bad_dictionary_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("好词 多 n\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        segment.load_dictionary([path])
    assert info.value.problems[0].line == 1


def test_jieba_fallback_gives_the_same_tokens() -> None:
    text = "乡镇干部处在最基层，肩负着维护一方稳定的重任"
    fast = segment.cut(text)
    try:
        assert segment.use_engine("jieba") == "jieba"
        assert segment.cut(text) == fast
    finally:
        segment.use_engine("rjieba")
    assert segment.engine_name() == "rjieba"


def test_cut_each_tagged_equals_cutting_each_text_alone() -> None:
    """One call of the engine on texts joined by a comma gives each text's own tokens."""
    import random

    from drafter.extract.text import clause_texts, sentences

    rnd = random.Random(4)
    pool = [c for s in sentences("坚持以人民为中心，抓好“三农”工作；做到2026年GDP增长5%、Ａ级景区创建。"
                                 "思想上真正重视，行动上 真正落实！即抓思想、抓制度。") for c in clause_texts(s)]
    for _ in range(200):
        texts = rnd.sample(pool, rnd.randint(1, len(pool)))
        assert segment.cut_each_tagged(texts) == [segment.cut_tagged(t) for t in texts]
        assert segment.cut_each(texts) == [segment.cut(t) for t in texts]


def test_paragraphs_joined_by_newlines_are_cut_each_alone() -> None:
    """drafter.extract.mine cuts all paragraphs of a batch in one call, a newline between them."""
    paragraphs = ["坚持以人民为中心，抓好“三农”工作。", "做到2026年GDP增长5%， Ａ级景区创建。", "思想上真正重视"]
    tokens: list[str] = []
    for i, p in enumerate(paragraphs):
        tokens += (["\n"] if i else []) + segment.cut(p)
    assert segment.cut("\n".join(paragraphs)) == tokens
