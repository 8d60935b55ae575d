"""The bundled skeletons (drafter/data/skeletons.yaml, mined from seeds/): scaffold without
--skeletons gives a template that loads, and a form written for it with examples builds."""

from __future__ import annotations

from pathlib import Path

from drafter import api
from drafter.cli import main
from drafter.extract.structures import load_skeletons
from drafter.resources import data_dir
from drafter.templates import load_template_file


def test_bundled_skeletons_cover_the_seed_genres() -> None:
    path = data_dir() / "skeletons.yaml"
    genres = {s.genre for s in load_skeletons(path.read_text(encoding="utf-8"), str(path))}
    assert {"经验交流", "工作鉴定", "调研报告"} <= genres


def test_scaffold_without_skeletons_loads_and_builds(tmp_path: Path) -> None:
    template = tmp_path / "jingyan.yaml"
    assert main(["scaffold", "经验交流", "-o", str(template)]) == 0
    loaded = load_template_file(template)
    assert loaded.id == "jingyan" and loaded.name == "经验交流"
    form = api.init_form(str(template), output=tmp_path / "form.yaml", example=True)
    out = api.build(form, output=tmp_path / "out.txt")
    text = out.read_text(encoding="utf-8")
    # the mined section headings come through as the examples of the form, numbered 一、二、…
    assert "一、坚持不懈地加强学习，努力提高自身素质" in text
    assert "某某镇人民政府" in text and "2026年11月21日" in text


def test_scaffold_refuses_to_overwrite(tmp_path: Path) -> None:
    template = tmp_path / "t.yaml"
    template.write_text("x", encoding="utf-8")
    assert main(["scaffold", "经验交流", "-o", str(template)]) != 0
    assert template.read_text(encoding="utf-8") == "x"
