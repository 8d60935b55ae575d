"""Phrase libraries: validation with located problems, round-trip dumping, layering, no junk."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from drafter import library
from drafter.errors import TemplateError
from drafter.extract.quality import junk_reasons
from drafter.model import Phrase, PhraseSource

GOOD = """\
library: 测试库
phrases:
  - id: kaitou-zongjie-01
    category: 开头
    text: "{period}，在{leader}的坚强领导下，我紧紧围绕{focus}，现将有关情况总结如下："
    slots: {period: 时间段, leader: 领导机关, focus: 工作重心}
    tags: [总结]
    genres: [工作总结, 述职报告]
    status: accepted
    sources: [{doc: "004_1d1a16fd9092f83b.txt#3", line: 80}]
    count: {occurrences: 2, documents: 2}
    score: 0.8
  - id: jinju-01
    category: 金句
    text: 上面千条线，下面一根针
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_good_library(tmp_path: Path) -> None:
    phrases = library.load_library(write(tmp_path, "a.yaml", GOOD))
    first, second = phrases
    assert first.slots == {"period": "时间段", "leader": "领导机关", "focus": "工作重心"}
    assert first.sources == (PhraseSource("004_1d1a16fd9092f83b.txt#3", 80),)
    assert (first.occurrences, first.documents, first.score) == (2, 2, 0.8)
    assert first.status == "accepted" and first.genres == ("工作总结", "述职报告")
    assert second.status == "candidate" and second.slots == {}
    assert first.origin.endswith("a.yaml")


def test_every_problem_is_reported_with_line_and_field(tmp_path: Path) -> None:
    bad = """\
library: 坏库
phrases:
  - id: a-01
    category: 开场
    text: 既要{A}，更要{B}
    slots: {A: 甲, C: 丙}
  - id: a-01
    category: 金句
    text: 踏石留印、抓铁留痕
  - id: Bad_ID
    category: 金句
    text: 他说：“要实干
    status: ok
    sourse: []
"""
    path = write(tmp_path, "bad.yaml", bad)
    with pytest.raises(TemplateError) as info:
        library.load_library(path)
    problems = info.value.problems
    text = "\n".join(str(p) for p in problems)
    # Unknown category with a suggestion, at its own line and field path.
    cat = next(p for p in problems if p.field == "phrases[1].category")
    assert cat.line == 4 and "开头" in cat.message
    assert any("{B}" in p.message and p.field == "phrases[1].slots" for p in problems)
    assert any(p.field == "phrases[1].slots.C" for p in problems)
    assert any("重复" in p.message and p.line == 7 for p in problems)
    assert any(p.field == "phrases[3].id" for p in problems)
    assert any(p.field == "phrases[3].status" for p in problems)
    assert any("不成对" in p.message and p.field == "phrases[3].text" for p in problems)
    assert any("sources" in p.message for p in problems if p.field == "phrases[3].sourse")
    assert str(path) in text and "bad.yaml:" in text


def test_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(TemplateError):
        library.load_library(write(tmp_path, "x.yaml", "- a\n- b\n"))
    with pytest.raises(TemplateError) as info:
        library.load_library(write(tmp_path, "y.yaml", "library: x\nphrases: 3\n"))
    assert info.value.problems[0].field == "phrases"


def test_stray_braces_and_multiline_text(tmp_path: Path) -> None:
    bad = "library: x\nphrases:\n  - {id: a, category: 句式, text: '{1X}是基础'}\n"
    with pytest.raises(TemplateError) as info:
        library.load_library(write(tmp_path, "x.yaml", bad))
    assert "花括号" in info.value.problems[0].message


def test_dump_round_trips_and_is_deterministic(tmp_path: Path) -> None:
    phrases = library.load_library(write(tmp_path, "a.yaml", GOOD))
    text = library.dump_library("测试库", phrases)
    assert text == library.dump_library("测试库", phrases)
    again = library.load_library(write(tmp_path, "b.yaml", text))
    strip = [p.__class__(**{**p.__dict__, "origin": ""}) for p in phrases]
    assert [p.__class__(**{**p.__dict__, "origin": ""}) for p in again] == strip
    assert "origin" not in text


def test_dump_of_odd_texts_round_trips(tmp_path: Path) -> None:
    odd = [
        Phrase(id="x-1", category="金句", text="“一票否决”：不管过程，只求结果"),
        Phrase(id="x-2", category="句式", text="{X}是基础，{Y}是关键", slots={"X": "a", "Y": "b"}),
        Phrase(id="x-3", category="标题", text="- 以“{A}”为抓手 #1", slots={"A": "抓手"}),
    ]
    back = library.loads_library(library.dump_library("奇", odd), "mem.yaml")
    assert [p.text for p in back] == [p.text for p in odd]


def test_layers_replace_by_id_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "phrases").mkdir(parents=True)
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    assert library.user_library_dirs() == [home / "phrases"]
    bundled_ids = {p.id for p in library.available_phrases(include=None)}
    user = home / "phrases" / "mine.yaml"
    user.write_text(GOOD.replace("status: accepted", "status: rejected"), encoding="utf-8")
    extra = write(tmp_path, "extra.yaml", GOOD)
    phrases = library.available_phrases(include=None)
    by_id = {p.id: p for p in phrases}
    assert by_id["kaitou-zongjie-01"].status == "rejected"
    assert set(by_id) >= bundled_ids
    # Accepted only by default: the user's rejection hides the entry from rendering.
    assert "kaitou-zongjie-01" not in {p.id for p in library.available_phrases()}
    layered = {p.id: p for p in library.available_phrases([extra], include=None)}
    assert layered["kaitou-zongjie-01"].status == "accepted"
    assert layered["kaitou-zongjie-01"].origin == str(extra)
    assert phrases == sorted(phrases, key=library.sort_key)
    # The cache notices an edit.
    user.write_text(GOOD, encoding="utf-8")
    later = time.time() + 5
    os.utime(user, (later, later))
    assert {p.id: p for p in library.available_phrases()}["kaitou-zongjie-01"].status == "accepted"


def test_no_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "nowhere"))
    assert library.user_library_dirs() == []


def test_broken_layer_reports_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "nowhere"))
    bad = write(tmp_path, "bad.yaml", "library: x\nphrases:\n  - {id: a, category: 无, text: 好}\n")
    with pytest.raises(TemplateError) as info:
        library.available_phrases([bad])
    assert info.value.problems[0].file == str(bad)


# ---------------------------------------------------------------- bundled libraries: no junk


def _traditional(text: str) -> list[str]:
    opencc = pytest.importorskip("opencc")
    converter = opencc.OpenCC("t2s")
    return [ch for ch in dict.fromkeys(text) if converter.convert(ch) != ch]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("鄉鎮干部", "四字格"),
        ("xiāng镇干部", "四字格"),
        ("详见www.example.com", "金句"),
        ("***同志表现突出", "金句"),
        ("要实干，“不要空谈", "金句"),
        ("的工作作风", "四字格"),
        ("加强和", "句式"),
        ("抓落实。再出发", "排比"),
    ],
)
def test_junk_is_detected(text: str, category: str) -> None:
    assert junk_reasons(text, category=category) or _traditional(text)


def test_clean_texts_pass() -> None:
    for text, category in [
        ("上面千条线，下面一根针", "金句"),
        ("既要{A}，更要{B}", "句式"),
        ("踏石留印、抓铁留痕", "金句"),
        ("干事创业", "四字格"),
        ("现将有关情况总结如下：", "开头"),
    ]:
        assert junk_reasons(text, category=category) == [], text
        assert _traditional(text) == []


def test_bundled_libraries_load_and_hold_no_junk() -> None:
    files = library.library_files()
    phrases = library.layered(files)  # raises on any invalid entry
    seen: dict[str, str] = {}
    for path in files:
        for phrase in library.load_library(path):
            assert phrase.id not in seen, f"{phrase.id} 在 {seen.get(phrase.id)} 和 {path} 中重复"
            seen[phrase.id] = str(path)
    bad = []
    for phrase in phrases:
        if phrase.status == "rejected":
            continue
        reasons = junk_reasons(phrase.text, category=phrase.category) + [
            f"繁体字 {ch}" for ch in _traditional(phrase.text)
        ]
        if reasons:
            bad.append(f"{phrase.origin} {phrase.id} {phrase.text}：{'；'.join(reasons)}")
    assert not bad, "\n".join(bad)
