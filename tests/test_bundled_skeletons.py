"""The bundled skeletons (drafter/data/skeletons.yaml, mined from seeds/): every one scaffolds
into a template that loads, asks what its opening and closing need, and builds a whole draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter import api
from drafter.cli import main
from drafter.extract.structures import load_skeletons
from drafter.library import available_phrases
from drafter.resources import data_dir
from drafter.templates import load_template_file

PATH = data_dir() / "skeletons.yaml"
SKELETONS = load_skeletons(PATH.read_text(encoding="utf-8"), str(PATH))


def test_bundled_skeletons_cover_the_seed_genres() -> None:
    genres = {s.genre for s in SKELETONS}
    assert {"经验交流", "工作鉴定", "调研报告", "心得体会"} <= genres
    # the 心得体会 essay marks its sections with parallel lead sentences, not numbers
    (insight,) = [s for s in SKELETONS if s.genre == "心得体会"]
    assert [x.role for x in insight.sections] == ["开头", "体会启示"]
    assert insight.sections[1].style == "lead"


@pytest.mark.parametrize("genre", sorted({s.genre for s in SKELETONS}))
def test_every_skeleton_scaffolds_a_template_that_builds(tmp_path: Path, genre: str) -> None:
    template = tmp_path / "new.yaml"
    assert main(["scaffold", genre, "-o", str(template)]) == 0
    loaded = load_template_file(template)
    form = api.init_form(str(template), output=tmp_path / "form.yaml", example=True)
    out = api.build(form, output=tmp_path / "out.txt")
    text = out.read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    skeleton = next(s for s in SKELETONS if s.genre == genre)
    opening = paragraphs[1]  # right after the title
    if skeleton.sections[0].role == "开头":
        asked = loaded.field("opening")
        if asked is None:
            # a phrase of the library for this genre, its slots filled from the form
            shapes = [re.compile(re.sub(r"\\\{\w+\\\}", "[^{}]+", re.escape(p.text)))
                      for p in available_phrases() if p.category == "开头"]
            assert any(shape.match(opening) for shape in shapes), opening
        else:
            assert opening == asked.example
    assert "某某镇人民政府" in text and "2026年11月21日" in text


def test_scaffolded_opening_uses_library_phrases_with_the_slots_they_need(tmp_path: Path) -> None:
    template = tmp_path / "jingyan.yaml"
    assert main(["scaffold", "经验交流", "-o", str(template)]) == 0
    loaded = load_template_file(template)
    assert loaded.id == "jingyan" and loaded.name == "经验交流"
    # the library calls the genre 经验交流材料, and its openings need {we} and {theme}
    assert loaded.genre == "经验交流材料"
    assert loaded.field("we") is not None and loaded.field("theme") is not None
    assert loaded.field("opening") is None
    form = api.init_form(str(template), output=tmp_path / "form.yaml", example=True)
    text = api.build(form, output=tmp_path / "out.txt").read_text(encoding="utf-8")
    # the mined section headings come through as the examples of the form, numbered 一、二、…
    assert "一、坚持不懈地加强学习，努力提高自身素质" in text
    # the example values of the bundled template's fields of the same names reach the opening
    we = loaded.field("we")
    opening = [line.strip() for line in text.splitlines() if line.strip()][1]
    assert we is not None and str(we.example) in opening


def test_scaffold_refuses_to_overwrite(tmp_path: Path) -> None:
    template = tmp_path / "t.yaml"
    template.write_text("x", encoding="utf-8")
    assert main(["scaffold", "经验交流", "-o", str(template)]) != 0
    assert template.read_text(encoding="utf-8") == "x"
