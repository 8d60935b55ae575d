"""Filled forms: load a user's YAML form and validate it against its template.

Validation reports every problem at once, each with file, line and field path
(`总结.yaml:14 achievements[2].facts：不能为空……`), suggests the nearest known name for an unknown
field, and refuses characters Word cannot store.  The form file is only ever read.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import yamlhints, yamlio
from .cntext import parse_date
from .errors import FormError, InputError, Problem
from .fields import Field, is_active
from .templates import Template, find_template
from .usertext import pictograph, typeset
from .yamlio import Located, PathKey

# C0 controls other than tab/newline/CR, DEL, lone surrogates, non-characters: Word rejects them
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_TRUE = {"是", "是的", "有", "对", "要", "需要", "yes", "true", "y", "1"}
_FALSE = {"否", "不是", "无", "没有", "不", "不要", "no", "false", "n", "0"}


@dataclass(frozen=True)
class FilledForm:
    template: Template
    values: dict[str, Any]
    file: str


class _Validator:
    def __init__(self, loc: Located) -> None:
        self.loc = loc
        self.problems: list[Problem] = []

    def add(self, path: PathKey, message: str) -> None:
        self.problems.append(
            Problem(message, self.loc.file, self.loc.line(path), yamlio.format_path(path))
        )

    def group(self, fields: tuple[Field, ...], data: Any, path: PathKey) -> dict[str, Any]:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            said = f"，而这里是“{data}”" if isinstance(data, (str, int, float)) else ""
            self.add(path, f"这里应是一组“字段: 内容”（{'、'.join(f.key for f in fields)}，每个字段一行）{said}")
            return {}
        known = {f.key: f for f in fields}
        labels = {f.label: f.key for f in fields}
        meant: dict[str, Any] = {}
        for key in data:
            if key in known or (not path and key == "template"):
                continue
            if key in labels:
                self.add((*path, key), f"没有字段“{key}”；这是“{labels[key]}”的中文标签，请把键改为 {labels[key]}")
                right = labels[key]
            else:
                near = difflib.get_close_matches(key, list(known), n=1, cutoff=0.5)
                hint = f"是不是想写“{near[0]}”（{known[near[0]].label}）？" if near else (
                    f"可用的字段：{'、'.join(known)}。")
                self.add((*path, key), f"没有这个字段。{hint}")
                right = near[0] if near else ""
            if right and right not in data and right not in meant:
                # checked as what the user meant, so that the field is not also said to be missing
                meant[right] = data[key]
                self.loc.alias((*path, key), (*path, right))
        data = {**data, **meant}
        values: dict[str, Any] = {}
        # fields that others depend on first, so that a `when` field is checked only if it applies
        for fld in sorted(fields, key=lambda f: bool(f.when_key or f.unless_key)):
            if fld.when_key and not is_active(fld, values):
                values[fld.key] = empty_value(fld)  # does not apply: no checks, no trace
            else:
                other = known.get(fld.unless_key)
                waived = other if other and not _is_empty(values.get(other.key)) else None
                values[fld.key] = self.value(fld, data.get(fld.key), (*path, fld.key), waived, other)
        return {f.key: values[f.key] for f in fields}

    def value(self, fld: Field, raw: Any, path: PathKey, waived: Field | None = None,
              other: Field | None = None) -> Any:
        if _is_empty(raw) and fld.default is not None:
            raw = fld.default
        if _is_empty(raw):
            if (fld.required and not waived) or (fld.type == "list" and (fld.min or 0) > 0):
                either = f"，或者改填“{other.label}”（{other.key}）" if other else ""
                self.add(path, f"不能为空，请填写“{fld.label}”{either}"
                         + (f"，例如：{_example(fld)}" if fld.example else ""))
            return empty_value(fld)
        if fld.type == "list":
            return self.list_value(fld, raw, path)
        return self.scalar(fld.type, fld, raw, path)

    def list_value(self, fld: Field, raw: Any, path: PathKey) -> list[Any]:
        items = raw if isinstance(raw, list) else [raw]
        out: list[Any] = []
        for i, item in enumerate(items):
            here = (*path, i)
            if _is_empty(item):
                continue  # a blank "- " line (the form's placeholder) holds no fact: skip it
            if fld.item_fields:
                out.append(self.group(fld.item_fields, item, here))
            else:
                out.append(self.scalar(fld.item_type or "str", fld, item, here))
        if not out:
            # only blank placeholders: the same as leaving the list empty
            empty: list[Any] = self.value(fld, None, path)
            return empty
        if fld.min is not None and len(out) < fld.min:
            self.add(path, f"“{fld.label}”至少要填 {fld.min} 项，现在只有 {len(out)} 项")
        if fld.max is not None and len(out) > fld.max:
            self.add(path, f"“{fld.label}”最多填 {fld.max} 项，现在有 {len(out)} 项，请合并或删减")
        return out

    def typed(self, raw: Any, path: PathKey) -> str:
        """The value as the user typed it (YAML reads 2026.10 as 2026.1 and 0012 as 10)."""
        if isinstance(raw, str):
            return raw
        return self.loc.typed.get(path) or _plain_text(raw)

    def bracketed(self, path: PathKey) -> str:
        """A hint when a list or group was typed as [……] or {……} on the line of `path`: text in
        brackets, most likely."""
        line = self.loc.line(path)
        rows = self.loc.source.splitlines()
        return yamlhints.bracket_hint(rows[line - 1]) if line and line <= len(rows) else ""

    def scalar(self, kind: str, fld: Field, raw: Any, path: PathKey) -> Any:
        brackets = self.bracketed(path) if isinstance(raw, (dict, list)) else ""
        if brackets:
            self.add(path, f"应为{_TYPE_NAMES[kind]}{brackets}")
            return None
        if kind == "text" and isinstance(raw, list) and all(isinstance(x, (str, int, float)) for x in raw):
            # a text field written as a list: each item a paragraph
            raw = "\n".join(self.typed(x, (*path, i)) for i, x in enumerate(raw) if not _is_empty(x))
        if isinstance(raw, list) and kind != "text":
            one = f"；只有一项时去掉“- ”，直接写在冒号后面，如 {fld.key}: {self.typed(raw[0], (*path, 0))}" \
                if len(raw) == 1 and not isinstance(raw[0], (dict, list)) else "，请写成一项"
            self.add(path, f"应为{_TYPE_NAMES[kind]}，不能是列表{one}")
            return None
        if isinstance(raw, (dict, list)):
            self.add(path, f"应为{_TYPE_NAMES[kind]}，不能是列表或分组")
            return None
        if kind in ("str", "text", "choice"):
            text = self.typed(raw, path).strip()
            text = typeset(text) if kind != "choice" else text
            bad = _BAD_CHARS.search(text)
            if bad:
                code, pos = ord(bad.group()), bad.start() + 1
                self.add(path, f"含有 Word 无法保存的控制字符 U+{code:04X}（第 {pos} 个字符），请删除它")
            emoji = pictograph(text)
            if emoji:
                self.add(path, f"含有表情符号“{emoji[1]}”（第 {emoji[0]} 个字符），公文里印不出来，请删除它")
            if kind == "str" and "\n" in text:
                self.add(path, "应为一行文字；多段内容请用列表或改用 text 字段")
            if kind == "choice" and text not in fld.choices:
                near = [c for c in fld.choices if text and text in c] or difflib.get_close_matches(
                    text, fld.choices, n=1, cutoff=0.5)
                hint = f"是不是“{near[0]}”？" if len(near) == 1 else ""
                self.add(path, f"“{text}”不是可选项，{hint}请从以下选择：{'、'.join(fld.choices)}")
            return text
        if kind == "int":
            if isinstance(raw, str) and re.fullmatch(r"\s*-?\d+\s*", raw):
                raw = int(raw)
            if not isinstance(raw, int) or isinstance(raw, bool):
                said = self.typed(raw, path).strip()
                digits = re.fullmatch(r"\D{0,4}(\d+)\D{0,4}", said)
                hint = f"，请只写数字，如 {digits.group(1)}" if digits else ""
                self.add(path, f"应为整数，而这里是“{said}”{hint}")
                return None
            if fld.type == "int" and fld.min is not None and raw < fld.min:
                self.add(path, f"不能小于 {fld.min}")
            if fld.type == "int" and fld.max is not None and raw > fld.max:
                self.add(path, f"不能大于 {fld.max}")
            return raw
        if kind == "date":
            value = parse_date(raw)
            if value is None:
                said = self.typed(raw, path).strip()
                day = "只写到了月，缺少日；" if _MONTH_ONLY.fullmatch(said) else ""
                self.add(path, f"“{said}”不是有效日期，{day}请写成 2026-11-21 或 2026年11月21日")
            return value
        if kind == "bool":
            if isinstance(raw, bool):
                return raw
            word = str(raw).strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
            self.add(path, f"应填“是”或“否”（true/false），而这里是“{raw}”")
            return None
        raise AssertionError(kind)


_MONTH_ONLY = re.compile(r"\d{4}\s*[-年./]\s*\d{1,2}\s*月?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月")
_TYPE_NAMES = {"str": "一行文字", "text": "一段文字", "int": "整数", "date": "日期",
               "bool": "是/否", "choice": "选项"}


def _plain_text(raw: Any) -> str:
    # YAML reads 2026 as a number and 2026-11-21 as a date; the user meant the text they typed
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def _is_empty(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or raw == [] or raw == {}


def _example(fld: Field) -> str:
    ex = fld.example
    if isinstance(ex, list):
        ex = ex[0] if ex else ""
    if isinstance(ex, dict):
        ex = next(iter(ex.values()), "")
    return str(ex)


def empty_value(fld: Field) -> Any:
    if fld.type == "list":
        return []
    if fld.type in ("str", "text", "choice"):
        return ""
    return None


def validate(template: Template, loc: Located) -> dict[str, Any]:
    """Values of a form for `template`, or FormError listing every problem."""
    checker = _Validator(loc)
    values = checker.group(template.fields, loc.data, ())
    if checker.problems:
        raise FormError("表单有误", problems=checker.problems)
    return values


def load_form(path: Path) -> FilledForm:
    """Read, parse and validate a filled form; the file is never modified."""
    loc = yamlio.load_file(path, what="表单")
    if loc.data is None:
        raise InputError("表单是空的：请先运行 drafter init 模板名 -o 表单.yaml 生成空白表单，填好再生成",
                         file=loc.file, line=1)
    if not isinstance(loc.data, dict):
        raise InputError("表单应是“字段: 内容”的形式，第一行写 template: 模板名称", file=loc.file, line=1)
    name = loc.data.get("template")
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            "表单缺少“template”（用哪个模板），请在第一行写上，如 template: work-report；"
            "运行 `drafter templates` 查看可用模板",
            file=loc.file, line=1, field="template",
        )
    name = name.strip()
    if name.endswith((".yaml", ".yml")) and not Path(name).is_absolute():
        # a template named by path is looked up next to the form, as the user sees it
        name = str(path.parent / name)
    try:
        template = find_template(name)
    except InputError as err:
        raise InputError(err.message, file=loc.file, line=loc.line(("template",)),
                         field="template") from None
    return FilledForm(template, validate(template, loc), loc.file)
