"""Templates: load a template file, validate it, resolve `extends`, and find templates by name.

A template is data (see docs/templates.md): a form (fields) and a skeleton (blocks of Jinja
text).  Loading checks everything a template author can get wrong and reports all of it at once
with file and line: unknown keys, bad field types, levels that do not nest, Jinja that does not
parse, and variables that are neither a declared field, a loop variable nor a helper.
"""

from __future__ import annotations

import difflib
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from . import sandbox, yamlio
from .errors import InputError, Problem, TemplateError
from .fields import Field, parse_fields
from .model import BlockSpec, Template
from .resources import templates_dir
from .yamlio import Located

TOP_KEYS = ("id", "name", "genre", "description", "extends", "form", "document")
DOC_KEYS = ("title", "subtitle", "byline", "salutation", "body", "signature", "date", "attachments")
BLOCK_KEYS = ("paragraph", "heading", "level", "lead", "if", "for", "body")
_FOR = re.compile(r"^\s*([A-Za-z_]\w*)\s+in\s+(.+?)\s*$")
MAX_TEMPLATE_BYTES = 2_000_000


class _Checker:
    """Collects every problem of one template file instead of stopping at the first."""

    def __init__(self, loc: Located) -> None:
        self.loc = loc
        self.problems: list[Problem] = []

    def add(self, path: yamlio.PathKey, message: str) -> None:
        self.problems.append(
            Problem(message, self.loc.file, self.loc.line(path), yamlio.format_path(path))
        )

    def unknown_keys(self, data: dict[str, Any], allowed: tuple[str, ...], path: yamlio.PathKey) -> None:
        for key in data:
            if key not in allowed:
                near = difflib.get_close_matches(key, allowed, n=1)
                hint = f"，是不是“{near[0]}”？" if near else f"，可用的键：{'、'.join(allowed)}"
                self.add((*path, key), f"不认识的键“{key}”{hint}")


def load_template_file(path: Path, *, _seen: tuple[str, ...] = ()) -> Template:
    """Load and validate one template file (resolving `extends`)."""
    loc = yamlio.load_file(path, what="模板", max_bytes=MAX_TEMPLATE_BYTES, error=TemplateError)
    data = loc.data
    if not isinstance(data, dict):
        raise TemplateError("模板文件应是一个映射（id、name、form、document……）", file=loc.file, line=1)
    chk = _Checker(loc)
    chk.unknown_keys(data, TOP_KEYS, ())
    base: Template | None = None
    if data.get("extends"):
        parent = str(data["extends"])
        if parent in _seen:
            raise TemplateError(f"模板循环继承：{' → '.join((*_seen, parent))}", file=loc.file,
                                line=loc.line(("extends",)), field="extends")
        base = find_template(parent, _seen=(*_seen, str(data.get("id", ""))))
    for key in ("id", "name", "genre", "description"):
        value = data.get(key, getattr(base, key, None) if key != "id" else None)
        if not isinstance(value, str) or not value.strip():
            chk.add((key,), f"缺少“{key}”或它不是文字，请补上")
    if "id" in data and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(data["id"])):
        chk.add(("id",), "模板 id 只能由小写字母、数字和连字符组成，如 work-report")
    fields = list(base.fields) if base else []
    if "form" in data or base is None:
        own = parse_fields(data.get("form"), ("form",), chk.add)
        for fld in own:
            index = next((i for i, f in enumerate(fields) if f.key == fld.key), None)
            if index is None:
                fields.append(fld)
            else:
                fields[index] = fld
    doc = data.get("document", {} if base else None)
    if not isinstance(doc, dict):
        chk.add(("document",), "缺少“document”（文稿骨架），或它不是映射")
        doc = {}
    chk.unknown_keys(doc, DOC_KEYS, ("document",))
    tpl = _document(loc, chk, data, doc, base, tuple(fields))
    _check_variables(tpl, chk)
    if chk.problems:
        raise TemplateError("模板有误", problems=chk.problems)
    return tpl


def _document(loc: Located, chk: _Checker, data: dict[str, Any], doc: dict[str, Any],
              base: Template | None, fields: tuple[Field, ...]) -> Template:
    def text(key: str) -> str:
        if key not in doc:
            return str(getattr(base, key, "")) if base else ""
        value = doc[key]
        if value is None:
            return ""
        if not isinstance(value, str):
            chk.add(("document", key), "应为一段文字（可含 Jinja）")
            return ""
        return value

    title = text("title")
    if not title.strip():
        chk.add(("document", "title"), "缺少标题（document.title）")
    body = base.body if base and "body" not in doc else _blocks(doc.get("body"), ("document", "body"), 1, chk)
    sig_raw = doc.get("signature", list(base.signature) if base else [])
    if isinstance(sig_raw, str):
        sig_raw = [sig_raw]
    if not isinstance(sig_raw, list) or not all(isinstance(s, str) for s in sig_raw):
        chk.add(("document", "signature"), "落款应为文字列表")
        sig_raw = []
    keys = {f.key: f for f in fields}
    date_field = str(doc.get("date", base.date_field if base else "") or "")
    if date_field and (date_field not in keys or keys[date_field].type != "date"):
        chk.add(("document", "date"), f"“{date_field}”应是表单中一个 date 类型字段的 key")
    att = str(doc.get("attachments", base.attachments_field if base else "") or "")
    if att and (att not in keys or keys[att].type != "list"):
        chk.add(("document", "attachments"), f"“{att}”应是表单中一个 list 类型字段的 key")
    lines = tuple((k, loc.line(("document", k)) or 0) for k in DOC_KEYS)
    return Template(
        id=str(data.get("id", "")),
        name=str(data.get("name") or (base.name if base else "")),
        genre=str(data.get("genre") or (base.genre if base else "")),
        description=str(data.get("description") or (base.description if base else "")),
        file=loc.file, fields=fields, title=title, body=body,
        subtitle=text("subtitle"), byline=text("byline"), salutation=text("salutation"),
        signature=tuple(sig_raw), date_field=date_field, attachments_field=att, lines=lines,
    )


def _blocks(raw: Any, path: yamlio.PathKey, depth: int, chk: _Checker) -> tuple[BlockSpec, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        chk.add(path, "应为块的列表（每项是 paragraph 或 heading）")
        return ()
    out: list[BlockSpec] = []
    for i, item in enumerate(raw):
        here = (*path, i)
        if not isinstance(item, dict):
            chk.add(here, "每个块应是一个映射，如 {paragraph: ...} 或 {heading: ...}")
            continue
        chk.unknown_keys(item, BLOCK_KEYS, here)
        kinds = [k for k in ("paragraph", "heading") if k in item]
        if len(kinds) != 1:
            chk.add(here, "每个块必须有且只有 paragraph 或 heading 之一")
            continue
        kind = kinds[0]
        level = item.get("level")
        if kind == "heading" and depth > 4:
            chk.add(here, "标题最多四层（一、（一）1.（1））")
        if level is not None and level != depth:
            chk.add((*here, "level"), f"层级不对：这个标题嵌套在第 {depth} 层，却写了 level: {level}")
        if kind == "paragraph" and "body" in item:
            chk.add((*here, "body"), "段落不能有子块，只有标题可以")
        loop_var = loop_expr = ""
        if "for" in item:
            match = _FOR.match(str(item["for"]))
            if match:
                loop_var, loop_expr = match.group(1), match.group(2)
            else:
                chk.add((*here, "for"), "循环应写成“变量 in 列表字段”，如 item in achievements")
        child_depth = depth + 1 if kind == "heading" else depth
        out.append(BlockSpec(
            kind=kind, text=str(item[kind] if item[kind] is not None else ""), level=depth,
            line=chk.loc.line((*here, kind)), lead=str(item.get("lead") or ""),
            cond=str(item.get("if") or ""), loop_var=loop_var, loop_expr=loop_expr,
            body=_blocks(item.get("body"), (*here, "body"), child_depth, chk),
        ))
    return tuple(out)


def _check_variables(tpl: Template, chk: _Checker) -> None:
    known = {f.key for f in tpl.fields} | set(sandbox.HELPERS) | set(sandbox.RENDER_HELPERS)

    def scan(source: str, line: int | None, field: str, scope: set[str]) -> None:
        where = sandbox.Where(tpl.file, line, field)
        try:
            names = sandbox.check(source, where)
        except TemplateError as err:
            chk.problems.extend(err.problems)
            return
        for name in sorted(names - scope):
            near = difflib.get_close_matches(name, sorted(scope), n=1)
            hint = f"，是不是“{near[0]}”？" if near else "，请在 form 中声明这个字段"
            chk.problems.append(Problem(f"用到了未声明的变量“{name}”{hint}", tpl.file, line, field))

    for key in ("title", "subtitle", "byline", "salutation"):
        scan(getattr(tpl, key), tpl.line_of(key), f"document.{key}", known)
    for sig in tpl.signature:
        scan(sig, tpl.line_of("signature"), "document.signature", known)

    def walk(blocks: tuple[BlockSpec, ...], scope: set[str], path: str) -> None:
        for i, block in enumerate(blocks):
            here = f"{path}[{i + 1}]"
            inner = scope
            if block.loop_var:
                scan(sandbox.expression_source(block.loop_expr), block.line, f"{here}.for", scope)
                inner = scope | {block.loop_var}
            if block.cond:
                scan(sandbox.expression_source(block.cond), block.line, f"{here}.if", inner)
            scan(block.text, block.line, f"{here}.{block.kind}", inner)
            if block.lead:
                scan(block.lead, block.line, f"{here}.lead", inner)
            walk(block.body, inner, f"{here}.body")

    walk(tpl.body, known, "document.body")


# ---------------------------------------------------------------- finding templates


def template_dirs() -> list[Path]:
    """Bundled templates, then the user's own ($DRAFTER_HOME/templates, default ~/.drafter)."""
    dirs = [templates_dir()]
    home = Path(os.environ.get("DRAFTER_HOME", Path.home() / ".drafter")) / "templates"
    if home.is_dir():
        dirs.append(home)
    return dirs


@cache
def _index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """id and name → file, read cheaply from each file's head without validating everything."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.yaml")):
            head = path.read_text("utf-8", errors="replace")[:4000]
            for key in ("id", "name"):
                match = re.search(rf"^{key}:\s*['\"]?([^'\"\n#]+?)['\"]?\s*(#.*)?$", head, re.M)
                if match:
                    found[match.group(1).strip()] = path
            found.setdefault(path.stem, path)
    return found


def find_template(name: str, *, _seen: tuple[str, ...] = ()) -> Template:
    """A template by id, Chinese name or file path."""
    candidate = Path(name)
    if name.endswith((".yaml", ".yml")) and candidate.is_file():
        return _load_cached(candidate.resolve(), _seen)
    index = _index(tuple(template_dirs()))
    if name in index:
        return _load_cached(index[name], _seen)
    near = difflib.get_close_matches(name, sorted(index), n=3, cutoff=0.3)
    hint = f"是不是：{'、'.join(near)}？" if near else "运行 `drafter templates` 查看可用模板。"
    raise InputError(f"找不到模板“{name}”。{hint}", field="template")


@cache
def _load_cached_inner(path: Path, mtime: float, seen: tuple[str, ...]) -> Template:
    return load_template_file(path, _seen=seen)


def _load_cached(path: Path, seen: tuple[str, ...]) -> Template:
    return _load_cached_inner(path, path.stat().st_mtime, seen)


def all_templates() -> list[Template]:
    index = _index(tuple(template_dirs()))
    paths = sorted(set(index.values()))
    return sorted((_load_cached(p, ()) for p in paths), key=lambda t: t.id)


__all__ = ["BlockSpec", "Template", "all_templates", "find_template", "load_template_file"]
