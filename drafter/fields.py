"""Form fields as a template declares them: parse and validate the `form:` list of a template.

A field has a type (str, text, int, date, bool, choice, list), a Chinese label, help, example,
required, default, min/max, an item type or item fields for lists, `when` (shown only when
another field has a value) and `unless` (required only while another field is empty).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .yamlio import PathKey

TYPES = ("str", "text", "int", "date", "bool", "choice", "list")
SCALAR_ITEM_TYPES = ("str", "text", "int", "date")
FIELD_KEYS = ("key", "label", "type", "required", "help", "example", "default", "choices",
              "min", "max", "item", "when", "unless", "fact")
_KEY = re.compile(r"[a-z_][a-z0-9_]*")
Report = Callable[[PathKey, str], None]


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    type: str
    required: bool = False
    help: str = ""
    example: Any = None
    default: Any = None
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None
    item_type: str = ""  # list of single values: their type
    item_fields: tuple[Field, ...] = ()  # list of groups: the group's fields
    when_key: str = ""
    when_value: Any = None  # None: "has any value"
    unless_key: str = ""  # `required` is waived when this field (of the same group) has a value
    # False for inputs that steer wording (keywords for a generated heading) rather than facts
    # that must reach the draft verbatim; choice, int, date and bool values are never checked
    fact: bool = True

    @property
    def is_group_list(self) -> bool:
        return self.type == "list" and bool(self.item_fields)

    def describe_type(self) -> str:
        names = {"str": "一行文字", "text": "一段文字", "int": "整数", "date": "日期",
                 "bool": "是/否", "choice": "选项", "list": "列表"}
        return names[self.type]


def parse_fields(raw: Any, path: PathKey, report: Report) -> list[Field]:
    """Parse a template's field list, reporting every problem through `report`."""
    if not isinstance(raw, list) or not raw:
        report(path, "form 应是字段的列表，至少有一个字段")
        return []
    fields: list[Field] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        fld = _parse_one(item, (*path, i), report)
        if fld is None:
            continue
        if fld.key in seen:
            report((*path, i, "key"), f"字段“{fld.key}”重复声明")
            continue
        seen.add(fld.key)
        fields.append(fld)
    keys = {f.key: f for f in fields}
    for i, fld in enumerate(fields):
        for what, other in (("when", fld.when_key), ("unless", fld.unless_key)):
            if other and other not in keys:
                near = difflib.get_close_matches(other, list(keys), n=1)
                hint = f"，是不是“{near[0]}”？" if near else ""
                report((*path, i, what), f"{what} 引用的字段“{other}”不存在{hint}")
    return fields


def _parse_one(item: Any, here: PathKey, report: Report) -> Field | None:
    if not isinstance(item, dict):
        report(here, "每个字段应是一个映射（key、label、type……）")
        return None
    for key in item:
        if key not in FIELD_KEYS:
            near = difflib.get_close_matches(str(key), FIELD_KEYS, n=1)
            hint = f"，是不是“{near[0]}”？" if near else ""
            report((*here, key), f"字段声明里不认识的键“{key}”{hint}")
    key = str(item.get("key", ""))
    if not _KEY.fullmatch(key):
        report((*here, "key"), "字段 key 应由小写字母、数字、下划线组成且以字母开头")
        return None
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        report((*here, "label"), f"字段“{key}”缺少中文标签 label")
        label = key
    ftype = str(item.get("type", "str"))
    if ftype not in TYPES:
        near = difflib.get_close_matches(ftype, TYPES, n=1)
        hint = f"，是不是“{near[0]}”？" if near else f"，可用：{'、'.join(TYPES)}"
        report((*here, "type"), f"不认识的字段类型“{ftype}”{hint}")
        return None
    choices: tuple[str, ...] = ()
    if ftype == "choice":
        raw_choices = item.get("choices")
        if not isinstance(raw_choices, list) or not raw_choices:
            report((*here, "choices"), "choice 类型的字段需要 choices 列表")
        else:
            choices = tuple(str(c) for c in raw_choices)
    bounds: dict[str, int | None] = {}
    for bound in ("min", "max"):
        value = item.get(bound)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            report((*here, bound), f"{bound} 应为整数")
            value = None
        bounds[bound] = value
    item_type: str = ""
    item_fields: tuple[Field, ...] = ()
    if ftype == "list":
        raw_item = item.get("item", "str")
        if isinstance(raw_item, list):
            item_fields = tuple(parse_fields(raw_item, (*here, "item"), report))
        elif raw_item in SCALAR_ITEM_TYPES:
            item_type = str(raw_item)
        else:
            report((*here, "item"), f"列表的 item 应是 {'、'.join(SCALAR_ITEM_TYPES)} 之一或字段列表")
    when_key, when_value = "", None
    when = item.get("when")
    if isinstance(when, str):
        when_key = when
    elif isinstance(when, dict) and len(when) == 1:
        when_key, when_value = next(iter(when.items()))
    elif when is not None:
        report((*here, "when"), "when 应为字段名，或 {字段名: 值}")
    return Field(
        key=key, label=str(label), type=ftype, required=bool(item.get("required", False)),
        help=str(item.get("help") or ""), example=item.get("example"),
        default=item.get("default"), choices=choices, min=bounds["min"], max=bounds["max"],
        item_type=item_type, item_fields=item_fields, when_key=str(when_key),
        when_value=when_value, unless_key=str(item.get("unless") or ""), fact=bool(item.get("fact", True)),
    )


def is_active(fld: Field, values: dict[str, Any]) -> bool:
    """Whether a `when` field applies, given the other values of its group."""
    if not fld.when_key:
        return True
    other = values.get(fld.when_key)
    if fld.when_value is None:
        return other not in (None, "", [], False)
    return bool(other == fld.when_value)
