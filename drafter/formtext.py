"""What a user is handed before writing: the blank form (YAML with Chinese comments) and the
form's JSON Schema, so that editors with yaml-language-server complete and check the form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import yamlio
from .fields import Field
from .templates import Template

_INDENT = "  "


def blank_form(
    template: Template, *, schema_name: str = "", example: bool = False, ref: str = ""
) -> str:
    """The form for `template`: every field commented (label, help, example), required marked,
    lists shown with one item.  With `example`, values are filled from the examples."""
    lines: list[str] = []
    if schema_name:
        lines.append(f"# yaml-language-server: $schema={schema_name}")
    lines += [
        f"# drafter 表单：{template.name}（模板 {template.id}）",
        f"# {template.description}",
        "# 填写说明：在冒号后填写内容；【必填】项不能空着；“#”后面是注释，不影响生成。",
        "# 多段文字可写成 |（竖线）后换行缩进；列表每一项以“- ”开头。",
        "# 填好后运行：drafter check 本文件 检查；drafter build 本文件 生成文稿。",
        f"template: {yamlio.scalar(ref or template.id)}",
        "",
    ]
    for fld in template.fields:
        _field(lines, fld, 0, example)
    return "\n".join(lines).rstrip() + "\n"


def _comment(fld: Field) -> str:
    required = fld.required or (fld.type == "list" and (fld.min or 0) > 0)
    mark = f"【不填 {fld.unless_key} 时必填】" if required and fld.unless_key else "【必填】"
    parts = [mark if required else "（选填）", fld.label]
    if fld.type == "list":
        bounds = []
        if fld.min:
            bounds.append(f"至少 {fld.min} 项")
        if fld.max:
            bounds.append(f"至多 {fld.max} 项")
        if bounds:
            parts.append(f"（{'，'.join(bounds)}）")
    else:
        parts.append(f"（{fld.describe_type()}）")
    if fld.choices:
        parts.append("，可选：" + "、".join(fld.choices))
    if fld.when_key:
        cond = fld.when_key if fld.when_value is None else f"{fld.when_key} 为“{fld.when_value}”"
        parts.append(f"，仅当 {cond} 时填写")
    if fld.help:
        parts.append("。" + fld.help.rstrip("。"))
    if fld.example not in (None, "") and fld.type != "list":
        parts.append(f"。例：{_show(fld.example)}")
    return "".join(parts)


def _show(value: Any) -> str:
    if isinstance(value, dt.date):
        return f"{value.isoformat()}"
    return str(value).replace("\n", " ")


def _field(lines: list[str], fld: Field, depth: int, example: bool, first: str = "") -> None:
    pad = _INDENT * depth
    lead = first or pad
    if fld.type != "list":
        value = fld.example if example and fld.example is not None else fld.default
        if isinstance(value, str) and "\n" in value:
            lines.append(f"{lead}{fld.key}: |  # {_comment(fld)}")
            lines += [f"{pad}{_INDENT}{row}" for row in value.splitlines()]
            return
        shown = "" if value is None else " " + yamlio.scalar(value)
        lines.append(f"{lead}{fld.key}:{shown}  # {_comment(fld)}")
        return
    lines.append(f"{lead}{fld.key}:  # {_comment(fld)}")
    ex = fld.example if isinstance(fld.example, list) else []
    if fld.item_fields:
        groups = ex if example and ex else [{}]
        for group in groups:
            for i, sub in enumerate(fld.item_fields):
                sub_ex = sub
                if example and isinstance(group, dict) and sub.key in group:
                    sub_ex = _with_example(sub, group[sub.key])
                marker = f"{pad}{_INDENT}- " if i == 0 else ""
                _field(lines, sub_ex, depth + 2, example, marker)
        return
    items = ex if example and ex else [None]
    for item in items:
        if item is None:
            hint = f"  # 例：{_show(ex[0])}" if ex else ""
            lines.append(f"{pad}{_INDENT}- {hint}".rstrip())
        else:
            lines.append(f"{pad}{_INDENT}- {yamlio.scalar(item)}")


def _with_example(fld: Field, value: Any) -> Field:
    from dataclasses import replace

    return replace(fld, example=value)


# ---------------------------------------------------------------- JSON Schema

_JSON_TYPES = {"str": "string", "text": "string", "int": "integer", "bool": "boolean"}


def json_schema(template: Template) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the form of `template`."""
    schema = _object(template.fields)
    schema["properties"] = {
        "template": {"const": template.id, "title": "模板", "description": f"{template.name}"},
        **schema["properties"],
    }
    schema["required"] = ["template", *schema.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"drafter 表单：{template.name}",
        "description": template.description,
        **schema,
    }


def _object(fields: tuple[Field, ...]) -> dict[str, Any]:
    props = {f.key: _property(f) for f in fields}
    required = [
        f.key for f in fields
        if (f.required or (f.type == "list" and (f.min or 0) > 0)) and not f.when_key and not f.unless_key
    ]
    out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if required:
        out["required"] = required
    return out


def _property(fld: Field) -> dict[str, Any]:
    desc = fld.help or fld.label
    prop: dict[str, Any] = {"title": fld.label, "description": desc}
    if fld.type == "list":
        if fld.item_fields:
            item: dict[str, Any] = _object(fld.item_fields)
        else:
            item = _scalar(fld.item_type or "str")
        prop.update({"type": "array", "items": item})
        if fld.min is not None:
            prop["minItems"] = fld.min
        if fld.max is not None:
            prop["maxItems"] = fld.max
    else:
        prop.update(_scalar(fld.type))
        if fld.choices:
            prop["enum"] = list(fld.choices)
        if fld.type == "int" and fld.min is not None:
            prop["minimum"] = fld.min
        if fld.type == "int" and fld.max is not None:
            prop["maximum"] = fld.max
    if fld.required and fld.type in ("str", "text"):
        prop["minLength"] = 1
    if fld.example is not None:
        prop["examples"] = [_json_value(fld.example)]
    if fld.default is not None:
        prop["default"] = _json_value(fld.default)
    return prop


def _scalar(kind: str) -> dict[str, Any]:
    if kind == "date":
        return {"type": "string", "description": "日期，如 2026-11-21 或 2026年11月21日"}
    if kind == "choice":
        return {"type": "string"}
    return {"type": _JSON_TYPES.get(kind, "string")}


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value
