"""YAML out: dump feeds the C emitter events of its own (yamlio._events) for plain data, and must
write the bytes the representer's nodes give (the path it falls back on for anything else)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import yamlio
from drafter.errors import InputError

# Strings that read back as another type, need quotes or escapes, or a block style.
TRICKY = ["", " ", "true", "True", "yes", "no", "off", "null", "~", "Null", "123", "-7", "0x1F", "0o17",
          "1.5", "1e3", ".inf", "-.Inf", ".nan", "2026-01-02", "2026-01-02 10:00:00", "12:30:45", "=", "<<",
          "-", "- a", "a: b", "a:b", "#x", "a #x", "'q'", '"q"', "&a", "*a", "!tag", "%x", "@x", "`x", "|",
          ">", "{a}", "[a]", "a, b", "?", "? a", "前：后", "一、二、三", "乡镇干部", "“三农”工作",
          "第一行\n第二行", "尾随换行\n", "\n开头换行", "  两侧空格  ", "tab\there", "\x07响铃", "\u2028分隔",
          "\ufeff头", "😀 表情", "很长" * 3000, "0", "00", "+1", "1_000", "0b101", "True ", "y", "n"]
SCALARS: list[Any] = [*TRICKY, 0, 1, -1, 2**70, 0.0, -0.0, 0.1, 1e17, 1e-5, 123.456, float("inf"),
                      float("-inf"), float("nan"), True, False, None]


def _representer(data: Any) -> str:
    """What dump wrote before it fed events: the representer's nodes, serialized."""
    return str(yaml.dump(yamlio._plain(data), Dumper=yamlio._StableDumper, **yamlio._DUMP_OPTIONS))


def _random(rnd: random.Random, depth: int = 0) -> Any:
    kind = rnd.random()
    if depth < 4 and kind < 0.25:
        return {rnd.choice(TRICKY) + str(rnd.randint(0, 3)): _random(rnd, depth + 1)
                for _ in range(rnd.randint(0, 5))}
    if depth < 4 and kind < 0.45:
        items = [_random(rnd, depth + 1) for _ in range(rnd.randint(0, 5))]
        return tuple(items) if rnd.random() < 0.3 else items
    return rnd.choice(SCALARS)


def test_the_events_give_the_representers_bytes() -> None:
    for value in SCALARS:
        for data in (value, [value], {"k": value}, {"k": [value, {"v": value}]}):
            assert yamlio.dump(data) == _representer(data), repr(data)
    for key in TRICKY:
        assert yamlio.dump({key: 1, "x": {key: [key]}}) == _representer({key: 1, "x": {key: [key]}}), repr(key)
    assert yamlio.dump({"a": {}, "b": [], "c": (), "d": [[]], "e": [{}]}) == \
        _representer({"a": {}, "b": [], "c": (), "d": [[]], "e": [{}]})
    rnd = random.Random(5)
    for _ in range(300):
        data = _random(rnd)
        assert yamlio.dump(data) == _representer(data), repr(data)


def test_a_library_is_written_as_the_representer_writes_it() -> None:
    from drafter.library import dump_library, phrase_record
    from drafter.model import Phrase, PhraseSource

    phrases = [Phrase(id=f"paibi-{n:010x}", category="排比", text=text, slots={"A": "第一项"} if n % 2 else {},
                      tags=("引语", "习近平") if n % 3 else (), genres=("总结",), status="candidate",
                      sources=(PhraseSource(f"copy{n:04d}.txt#1", n + 1), PhraseSource("b.txt#2", 7)),
                      occurrences=n, documents=n // 2, score=round(0.1 * n, 3))
               for n, text in enumerate(["抓重点、补短板、强弱项", "以{A}为抓手", "yes", "1.5", "第一\n第二"])]
    expected = _representer({"library": "语料候选措辞", "phrases": [phrase_record(p) for p in phrases]})
    assert dump_library("语料候选措辞", phrases) == expected


def test_other_values_fall_back_on_the_representer() -> None:
    day = dt.date(2026, 1, 2)
    for data in ({"d": day, "again": day}, {1: "int key", "1": "str key"}, {"p": Path("a/b.txt")},
                 [dt.datetime(2026, 1, 2, 3, 4, 5)], {"t": (day, day)}):
        assert yamlio.dump(data) == _representer(data), repr(data)

    class Text(str):
        """A subclass of str: the representer refuses it, and so must the event writer."""

    with pytest.raises(yaml.YAMLError):
        _representer({"k": Text("x")})
    with pytest.raises(yaml.YAMLError):
        yamlio.dump({"k": Text("x")})


def test_plain_data_is_written_as_events(monkeypatch: pytest.MonkeyPatch) -> None:
    def fallen(data: Any) -> Any:
        raise AssertionError(f"fell back on the representer: {data!r}")

    monkeypatch.setattr(yamlio, "_plain", fallen)
    assert yamlio.dump({"a": [1, "b", None, 1.5, True], "c": ("d", {})}) == \
        "a:\n- 1\n- b\n- null\n- 1.5\n- true\nc:\n- d\n- {}\n"


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("facts:\n  - 完成1 #楼和2号楼改造\n", "#楼和2号楼改造"),
        ("count: 12 #3\n", "#3"),
        ("unit: 西河镇\t#二组\n", "#二组"),
    ],
)
def test_words_glued_to_a_comment_sign_are_refused(text: str, lost: str) -> None:
    with pytest.raises(InputError) as caught:
        yamlio.loads(text, "表单.yaml")
    message = str(caught.value)
    assert f"“{lost}”被当成了注释" in message and "全角“＃”" in message and "表单.yaml:" in message


@pytest.mark.parametrize(
    "text",
    [
        "unit: 西河镇  # 【必填】单位名称\n",  # the blank form's own comments
        "unit:  #（选填）\n",  # nothing typed: the comment is the form's
        "unit: 1#楼\n",  # no space before #: content, as YAML reads it too
        'unit: "完成1 #楼"\n',  # quoted
        "unit: |\n  完成1 #楼\n",  # a block: # is text
        "unit: 西河镇 # 我自己的注释\n",  # a comment with a space after #
        "# 全文注释\nunit: 西河镇\n",
    ],
)
def test_comments_and_hash_signs_that_lose_nothing_pass(text: str) -> None:
    data = yamlio.loads(text, "表单.yaml").data
    assert data["unit"] in ("西河镇", None, "1#楼", "完成1 #楼", "完成1 #楼\n")
