"""Templates are data: validated on load, errors with file and line, Jinja kept in the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import TemplateError
from drafter.render import render
from drafter.templates import all_templates, load_template_file

DATA = Path(__file__).resolve().parent / "data"
HEAD = """id: t
name: 测试
genre: 工作总结
description: 测试
form:
  - {key: unit, label: 单位, type: str, required: true}
  - key: items
    label: 事项
    type: list
    item:
      - {key: title, label: 标题, type: str}
document:
  title: "{{ unit }}"
"""


def tpl(tmp_path: Path, body: str, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, "utf-8")
    return path


def errors(path: Path) -> str:
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    return "\n".join(str(p) for p in info.value.problems)


def test_undeclared_variable_is_reported_with_line_and_suggestion(tmp_path: Path) -> None:
    path = tpl(tmp_path, "  body:\n    - paragraph: \"{{ unti }}\"\n")
    text = errors(path)
    assert f"{path}:15 document.body[1].paragraph：用到了未声明的变量“unti”，是不是“unit”？" in text


def test_loop_variable_is_in_scope_only_inside_its_block(tmp_path: Path) -> None:
    ok = tpl(tmp_path, "  body:\n    - heading: \"{{ item.title }}\"\n      for: item in items\n"
             "      body:\n        - paragraph: \"{{ item.title }}\"\n")
    assert load_template_file(ok).body[0].loop_var == "item"
    bad = tpl(tmp_path, "  body:\n    - heading: 甲\n      for: item in items\n"
              "      body: [{paragraph: x}]\n    - paragraph: \"{{ item }}\"\n", "b.yaml")
    assert "未声明的变量“item”" in errors(bad)


def test_broken_jinja_points_at_the_line(tmp_path: Path) -> None:
    path = tpl(tmp_path, "  body:\n    - paragraph: \"{{ unit \"\n")
    assert f"{path}:15 document.body[1].paragraph：Jinja 语法错误" in errors(path)


def test_reaching_for_python_internals_is_refused_on_load(tmp_path: Path) -> None:
    path = tpl(tmp_path, "  body:\n    - paragraph: \"{{ unit.__class__.__mro__ }}\"\n")
    text = errors(path)
    assert "不允许访问以下划线开头的属性“__" in text and "模板的问题" in text


def test_sandbox_blocks_internals_at_run_time(tmp_path: Path) -> None:
    # attribute access built from strings slips past the load-time check; the sandbox stops it
    path = tpl(tmp_path, "  body:\n    - paragraph: \"{{ unit | attr('__cl' ~ 'ass__') }}\"\n")
    template = load_template_file(path)
    with pytest.raises(TemplateError, match="沙箱"):
        render(template, {"unit": "甲", "items": []}, phrases=[])


def test_levels_must_nest(tmp_path: Path) -> None:
    path = tpl(tmp_path, "  body:\n    - heading: 甲\n      level: 2\n      body: [{paragraph: x}]\n")
    assert "层级不对：这个标题嵌套在第 1 层，却写了 level: 2" in errors(path)


def test_unknown_keys_and_field_types(tmp_path: Path) -> None:
    path = tmp_path / "u.yaml"
    path.write_text(HEAD.replace("type: str, required", "type: strng, required")
                    + "  boddy: []\n", "utf-8")
    text = errors(path)
    assert "不认识的字段类型“strng”，是不是“str”？" in text
    assert "不认识的键“boddy”，是不是“body”？" in text


def test_extends_inherits_form_and_replaces_document_parts(tmp_path: Path) -> None:
    tpl(tmp_path, "  body:\n    - paragraph: 基础\n", "base.yaml")
    child = tmp_path / "child.yaml"
    child.write_text(
        f"id: c\nname: 子模板\nextends: {tmp_path / 'base.yaml'}\n"
        "form:\n  - {key: extra, label: 补充, type: text}\n"
        "document:\n  body:\n    - paragraph: \"{{ unit }}{{ extra }}\"\n", "utf-8")
    loaded = load_template_file(child)
    assert [f.key for f in loaded.fields] == ["unit", "items", "extra"]
    assert loaded.genre == "工作总结" and loaded.title == "{{ unit }}"


def test_every_bundled_template_loads() -> None:
    found = all_templates()
    assert {t.genre for t in found} >= {"工作总结", "述职报告", "经验交流材料", "心得体会"}
