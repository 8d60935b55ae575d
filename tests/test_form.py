"""Filled forms: every problem reported at once, with file, line and field path, in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FormError, InputError
from drafter.form import load_form

DATA = Path(__file__).resolve().parent / "data"
HEAD = "template: ../templates/mini.yaml\n"


def write(tmp_path: Path, body: str) -> Path:
    (tmp_path / "forms").mkdir(exist_ok=True)
    tpl = tmp_path / "templates"
    tpl.mkdir(exist_ok=True)
    (tpl / "mini.yaml").write_text((DATA / "templates" / "mini.yaml").read_text("utf-8"), "utf-8")
    path = tmp_path / "forms" / "f.yaml"
    path.write_text(HEAD + body, "utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(FormError) as info:
        load_form(path)
    return [str(p) for p in info.value.problems]


def test_valid_form_loads_with_types() -> None:
    filled = load_form(DATA / "forms" / "mini.yaml")
    values = filled.values
    assert values["unit"] == "某某镇人民政府"
    assert values["achievements"][0]["facts"][1] == "发展党员12名"
    assert values["date"].year == 2026
    assert values["has_problems"] is True  # the default applies
    assert values["attachments"] == [] and values["rank"] == ""


def test_all_problems_reported_at_once_with_line_and_path(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "unit: 某某镇\n"          # line 2
        "period:\n"               # line 3: required, empty
        "achievements:\n"         # line 4
        "  - title: 抓党建\n"
        "    facts: [甲]\n"
        "  - title: 抓项目\n"      # line 7
        "    facts:\n"            # line 8: empty list
        "count: 很多\n"            # line 9
        "rank: 良好\n"             # line 10
        "date: 2026-13-45\n"      # line 11
    ))
    found = problems(path)
    text = "\n".join(found)
    assert f"{path}:3 period：不能为空" in text
    assert f"{path}:8 achievements[2].facts：不能为空" in text
    assert f"{path}:9 count：应为整数" in text
    assert f"{path}:10 rank：“良好”不是可选项" in text and "优秀、称职" in text
    assert f"{path}:11 date：" in text and "不是有效日期" in text
    assert len(found) == 5


def test_unknown_field_suggests_nearest_name(tmp_path: Path) -> None:
    path = write(tmp_path, "unit: 甲\nperiod: 2026年\nachievments: []\n单位名称: 乙\ndate: 2026-11-21\n"
                 "achievements: [{title: 甲, facts: [乙]}]\n")
    text = "\n".join(problems(path))
    assert "achievments：没有这个字段。是不是想写“achievements”（主要工作及成效）？" in text
    assert "这是“unit”的中文标签，请把键改为 unit" in text


def test_control_characters_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, 'unit: "某某镇\\x07人民政府"\nperiod: 2026年\ndate: 2026-11-21\n'
                 "achievements: [{title: 甲, facts: [乙]}]\n")
    text = "\n".join(problems(path))
    assert "unit：含有 Word 无法保存的控制字符 U+0007" in text


def test_list_bounds_and_empty_items(tmp_path: Path) -> None:
    path = write(tmp_path, "unit: 甲\nperiod: 2026年\ndate: 2026-11-21\nachievements: []\n")
    assert any("achievements：不能为空" in p for p in problems(path))
    path = write(tmp_path, "unit: 甲\nperiod: 2026年\ndate: 2026-11-21\n"
                 "achievements:\n  - title: 甲\n    facts:\n      - 乙\n      -\n")
    assert load_form(path).values["achievements"][0]["facts"] == ["乙"]  # blank item skipped
    path = write(tmp_path, "unit: 甲\nperiod: 2026年\ndate: 2026-11-21\n"
                 "achievements:\n  - title: 甲\n    facts:\n      -\n")
    assert any("achievements[1].facts：不能为空" in p for p in problems(path))


def test_when_field_leaves_no_trace_when_off(tmp_path: Path) -> None:
    path = write(tmp_path, "unit: 甲\nperiod: 2026年\ndate: 2026-11-21\nhas_problems: 否\n"
                 "problems: [不该出现]\nachievements: [{title: 甲, facts: [乙]}]\n")
    assert load_form(path).values["problems"] == []


def test_missing_template_key_and_unknown_template(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("unit: 甲\n", "utf-8")
    with pytest.raises(InputError, match="缺少“template”"):
        load_form(path)
    path.write_text("template: 工作总節\n", "utf-8")
    with pytest.raises(InputError, match="找不到模板"):
        load_form(path)


def test_form_is_never_modified(tmp_path: Path) -> None:
    path = write(tmp_path, "unit: 甲\nperiod:\n")
    before = path.read_bytes()
    problems(path)
    assert path.read_bytes() == before


def test_when_field_is_checked_only_when_it_applies(tmp_path: Path) -> None:
    tpl = tmp_path / "t.yaml"
    tpl.write_text(
        "id: t\nname: 测试\ngenre: 述职报告\ndescription: 测试\nform:\n"
        "  - {key: structure, label: 结构, type: choice, choices: [德能勤绩廉, 履职情况], required: true}\n"
        "  - {key: duties, label: 履职情况, type: list, min: 1, when: {structure: 履职情况}}\n"
        "  - {key: de, label: 德, type: text, required: true, when: {structure: 德能勤绩廉}}\n"
        "document:\n  title: 述职报告\n  body:\n    - paragraph: \"{{ de }}\"\n"
        "    - paragraph: \"{{ duties | join_cn }}\"\n", "utf-8")
    form = tmp_path / "f.yaml"
    form.write_text("template: t.yaml\nstructure: 德能勤绩廉\nde: 坚定理想信念\n", "utf-8")
    assert load_form(form).values["duties"] == []
    form.write_text("template: t.yaml\nstructure: 履职情况\n", "utf-8")
    text = "\n".join(problems(form))
    assert "duties：不能为空" in text and "de：" not in text
