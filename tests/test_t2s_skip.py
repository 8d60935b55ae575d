"""Cleaning skips OpenCC for texts that hold nothing t2s changes (drafter/data/t2s_triggers.txt).

The table is checked against OpenCC's own dictionaries, and the skip against the full
conversion on texts built to sit next to every entry of the table.
"""

from __future__ import annotations

import random

import opencc
import pytest

from drafter import t2s
from drafter.textscan import FREQUENT_RANK
from tests import t2s_tables


def _table() -> t2s.Triggers:
    found = t2s.trigger_table()
    assert found is not None, "t2s_triggers.txt 与所装 OpenCC 版本不符：运行 python tests/t2s_tables.py"
    return found


def test_table_matches_the_installed_dictionaries() -> None:
    if t2s_tables.tool() is None:
        pytest.skip("this OpenCC build ships no opencc_dict tool")
    expected = t2s_tables.render(*t2s_tables.derive(t2s_tables.t2s_tables()))
    assert t2s_tables.TRIGGERS.read_text(encoding="utf-8") == expected, "run python tests/t2s_tables.py"


def test_every_character_t2s_changes_alone_is_a_trigger() -> None:
    # (independent of the dictionary dump: each code point of the Han blocks converted alone)
    chars = "".join(chr(c) for c in [*range(0x3400, 0xA000), *range(0xF900, 0xFB00)])
    out = t2s.to_simplified("\n".join(chars)).split("\n")
    changed = [ch for ch, new in zip(chars, out, strict=True) if ch != new]
    assert len(changed) > 4000
    table = _table()
    assert [ch for ch in changed if not table.changes("的" + ch + "的")] == []


def test_skip_gives_what_the_full_conversion_gives() -> None:
    table = _table()
    rng = random.Random(7)
    common = "".join(FREQUENT_RANK)
    words = [line.split("\t")[0] for line in t2s_tables.TRIGGERS.read_text(encoding="utf-8").splitlines()[5:]]
    pieces = [*common, *words, "坏", "沈", "覆", "藉", "瞭", "\U00020000", "著", "乾", "後"]
    texts = []
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
    for text in texts:
        assert table.changes(text) or t2s.to_simplified(text) == text, text
    batch = rng.sample(texts, 200)
    assert t2s.simplified(list(batch)) == [t2s.punct.fix_zhe(t2s.to_simplified(t)) for t in batch]


def test_plain_simplified_text_skips_and_traditional_does_not() -> None:
    table = _table()
    assert not table.changes("加强学习，提高素质，破坏生态的行为要严肃处理。")  # 坏 alone is Simplified
    assert table.changes("打坏")  # OpenCC rewrites this word although neither character changes alone
    assert table.changes("鄉鎮干部")
    assert table.changes("深沈")


def test_another_opencc_version_converts_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    t2s.trigger_table.cache_clear()
    monkeypatch.setattr(opencc, "__version__", "0.0.0", raising=False)
    try:
        assert t2s.trigger_table() is None
        assert t2s.simplified(["鄉鎮", "乡镇"]) == ["乡镇", "乡镇"]
    finally:
        t2s.trigger_table.cache_clear()
