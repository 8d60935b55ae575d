"""The library API: the one place that knows the order of the stages.

The CLI is a thin layer over these functions; so are the tests.  This module holds the writing
half (template + form → draft → file: build, init_form, check, schema_text, list_templates) and
re-exports the corpus half (drafter.api_corpus: read, clean, outline) and mining
(drafter.api_mine: extract, scaffold), so every API function is imported from here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# the corpus half and mining live in their own modules, re-exported here for every caller
from .api_corpus import clean_paths as clean_paths
from .api_corpus import clean_sources as clean_sources
from .api_corpus import outline_doc as outline_doc
from .api_corpus import outline_paths as outline_paths
from .api_corpus import read_sources as read_sources
from .api_corpus import write_clean_docs as write_clean_docs
from .api_mine import MINING_BATCH_BYTES as MINING_BATCH_BYTES
from .api_mine import extract as extract
from .api_mine import mine_files as mine_files
from .api_mine import scaffold_template as scaffold_template
from .cntext import strip_marker
from .errors import InputError, OutputError, TemplateError
from .fields import Field
from .model import Draft
from .templates import Template

FORMATS = ("docx", "md", "txt")
_ENDS = "。；;，,、：:！!？?"


def list_templates() -> list[Template]:
    """Every template drafter can find (bundled, then the user's own)."""
    from .templates import all_templates

    return all_templates()


def draft_from_form(form: Path, *, seed: int = 0, phrases: Sequence[Path] = ()) -> Draft:
    """Load and validate a filled form, then render its template into a Draft."""
    from .form import load_form
    from .library import available_phrases
    from .render import render

    filled = load_form(form)
    draft = render(filled.template, filled.values, phrases=available_phrases(phrases), seed=seed)
    lost = missing_facts(filled.values, draft, filled.template.fields)
    if lost:
        raise TemplateError(
            "模板没有把这些填写的内容放进文稿：" + "；".join(lost[:5])
            + "（这是模板的问题，请联系模板作者）",
            file=str(filled.template.file),
        )
    return draft


def missing_facts(values: dict[str, Any], draft: Draft, fields: Sequence[Field] = ()) -> list[str]:
    """Facts typed by the user that do not appear verbatim in the draft (should be none).

    With `fields`, only text fields that hold facts are checked (not choices, not keywords
    that steer the wording); without, every string value is."""
    text = "".join("".join(draft.text_lines()).split())
    lost: list[str] = []
    for fact in facts_of(values, fields):
        for line in fact.splitlines():
            # (the number typed in front of a heading or an item gives way to the draft's)
            piece = "".join(strip_marker(line).split()).rstrip(_ENDS)
            if piece and piece not in text:
                lost.append(line.strip().rstrip(_ENDS))
    return lost


def facts_of(value: Any, fields: Sequence[Field] = ()) -> list[str]:
    """The strings in form values that are facts (by the template's field declarations)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [f for v in value for f in facts_of(v, fields)]
    if not isinstance(value, dict):
        return []
    if not fields:
        return [f for v in value.values() for f in facts_of(v)]
    out: list[str] = []
    for fld in fields:
        if not fld.fact or fld.type not in ("str", "text", "list"):
            continue
        if fld.type == "list" and fld.item_type not in ("", "str", "text"):
            continue
        out += facts_of(value.get(fld.key), fld.item_fields)
    return out


def _resolve_output(form: Path, output: Path | None, fmt: str | None) -> tuple[Path, str]:
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"不支持的格式“{fmt}”，可用：{'、'.join(FORMATS)}", field="--format")
    if output is None:
        fmt = fmt or "docx"
        return form.with_suffix(f".{fmt}"), fmt
    suffix = output.suffix.lower().lstrip(".")
    if suffix not in FORMATS and suffix.isascii() and suffix.isalpha():
        raise InputError(f"不能生成 .{suffix} 文件，请把扩展名改为 .docx、.md 或 .txt", file=str(output))
    if suffix not in FORMATS and not output.is_dir():  # 总结, 总结2026.上半年: extension added
        output = output.with_name(f"{output.name}.{fmt or 'docx'}")
    if fmt is None:
        fmt = suffix if suffix in FORMATS else "docx"
    elif suffix in FORMATS and suffix != fmt:
        raise InputError(
            f"输出文件扩展名 .{suffix} 与 --format {fmt} 不一致，请改成一致", file=str(output)
        )
    return output, fmt


def render_bytes(draft: Draft, fmt: str, profile: Path | None = None) -> bytes:
    """The draft in one of FORMATS."""
    if fmt == "docx":
        from .export.docx import to_docx
        from .export.profile import load_profile

        return to_docx(draft, load_profile(profile))
    from .export.text import to_md, to_txt

    return (to_md(draft) if fmt == "md" else to_txt(draft)).encode("utf-8")


def build(
    form: Path,
    *,
    output: Path | None = None,
    fmt: str | None = None,
    seed: int = 0,
    force: bool = False,
    profile: Path | None = None,
    phrases: Sequence[Path] = (),
) -> Path:
    """Form → draft → file.  Returns the path written."""
    from .output import check_target, write_atomic

    target, fmt = _resolve_output(form, output, fmt)
    if target.resolve() == form.resolve():
        raise OutputError("输出文件不能是表单本身，请用 -o 指定别的文件名", file=str(target))
    check_target(target, force=force)
    draft = draft_from_form(form, seed=seed, phrases=phrases)
    write_atomic(target, render_bytes(draft, fmt, profile), force=force)
    return target


def check(form: Path) -> str:
    """Validate a form without writing anything; returns the template's name."""
    from .form import load_form

    filled = load_form(form)
    return f"{filled.template.name}（{filled.template.id}）"


def schema_text(template: str | Template) -> str:
    from .formtext import json_schema
    from .templates import find_template

    tpl = find_template(template) if isinstance(template, str) else template
    return json.dumps(json_schema(tpl), ensure_ascii=False, indent=2)


def init_form(
    template: str, *, output: Path | None = None, force: bool = False, example: bool = False
) -> Path:
    """Write a blank form for `template` and, beside it, its JSON Schema for editors."""
    from .formtext import blank_form
    from .output import check_target, write_atomic
    from .templates import find_template

    tpl = find_template(template)
    target = output or Path(f"{tpl.name}.yaml")
    schema_path = target.with_name(f"{target.stem}.schema.json")
    check_target(target, force=force)
    write_atomic(schema_path, (schema_text(tpl) + "\n").encode("utf-8"), force=True)
    ref = tpl.id
    try:
        find_template(tpl.id)
    except InputError:  # a template given by path: the form must name the same file
        ref = os.path.relpath(Path(tpl.file).resolve(), target.resolve().parent)
    text = blank_form(tpl, schema_name=schema_path.name, example=example, ref=ref)
    write_atomic(target, text.encode("utf-8"), force=force)
    return target

