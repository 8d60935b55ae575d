"""The library API: the one place that knows the order of the stages.

The CLI is a thin layer over these functions; so are the tests.
"""

from __future__ import annotations

# ---- writing: template + form → draft → file (build, init_form, check, schema_text, list_templates)
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError, TemplateError
from .fields import Field
from .model import Draft
from .templates import Template

FORMATS = ("docx", "md", "txt")


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
            piece = "".join(line.split()).rstrip("。；;，,：:")
            if piece and piece not in text:
                lost.append(line.strip())
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


# ---- corpus: read, clean, outline (clean_paths, outline_paths)
import re as _corpus_re  # noqa: E402

from .errors import Problem  # noqa: E402
from .model import DocOutline, SourceDoc  # noqa: E402  (CleanDoc: imported below)


def read_sources(paths: Sequence[str | Path]) -> tuple[list[SourceDoc], list[Problem]]:
    """Read files and folders (recursively) and split them into essays, before cleaning.

    Bad files (binary, empty, undecodable, unsupported) become Problems; the rest is read.
    """
    from .corpus import read_sources as _read

    return _read(paths)


def clean_sources(docs: Sequence[SourceDoc]) -> list[CleanDoc]:
    """Clean essays already read (see read_sources)."""
    from .clean import clean_docs

    return clean_docs(docs)


def clean_paths(paths: Sequence[str | Path]) -> tuple[list[CleanDoc], list[Problem]]:
    """Read, split and clean: one CleanDoc per essay, and a Problem per file that failed.

    CleanParagraph.spun and .placeholder tell extraction which paragraphs it must skip.
    """
    docs, problems = read_sources(paths)
    return clean_sources(docs), problems


def outline_doc(doc: CleanDoc) -> DocOutline:
    """The heading tree of one cleaned document."""
    from .outline import outline

    return DocOutline(doc, tuple(outline(doc, frozenset(doc.heading_lines))))


def outline_paths(paths: Sequence[str | Path]) -> tuple[list[DocOutline], list[Problem]]:
    """Read, clean and outline: per essay its CleanDoc and OutlineHeadings (levels 1-based)."""
    docs, problems = clean_paths(paths)
    return [outline_doc(d) for d in docs], problems


def write_clean_docs(docs: Sequence[CleanDoc], out_dir: Path, *, force: bool = False) -> list[Path]:
    """One UTF-8 .txt per document in out_dir (title line, then paragraphs), written atomically.

    Names come from the source file and the essay's title; an existing file is kept unless
    `force` (every target is checked before anything is written).
    """
    from .output import check_target, write_atomic

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        message = f"无法创建输出文件夹（{err.strerror}）。请换一个有写入权限的位置。"
        raise OutputError(message, file=str(out_dir)) from err
    planned: list[tuple[Path, str]] = []
    used: set[str] = set()
    for doc in docs:
        raw_name = f"{Path(doc.source).stem}_{doc.start_line:05}_{doc.title}"
        stem = _corpus_re.sub(r'[\\/:*?"<>|\s]+', "_", raw_name)[:80]
        name = stem + ".txt"
        n = 1
        while name in used:
            n += 1
            name = f"{stem}_{n}.txt"
        used.add(name)
        planned.append((out_dir / name, doc.title + "\n\n" + doc.text + "\n"))
    for target, _ in planned:
        check_target(target, force=force)
    for target, text in planned:
        write_atomic(target, text.encode("utf-8"), force=force)
    return [target for target, _ in planned]


# ---- mining: extract, phrases, scaffold
# (imported here, not at the top: each section of this file is edited on its own)
import re as _re  # noqa: E402
from collections.abc import Callable, Iterable, Iterator  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from .model import CleanDoc  # noqa: E402  (also names the corpus section's annotations)

if TYPE_CHECKING:  # the render path must not import the miners
    from .extract.phrases import Counts as _Counts
    from .extract.run import Written as ExtractSummary

MINING_BATCH_BYTES = 256_000  # files read, cleaned and mined together by one worker


def _file_batches(paths: Sequence[Path], problems: list[Problem]) -> Iterator[list[str]]:
    """The readable files under `paths`, grouped by size; unusable paths go to `problems`."""
    from .corpus import iter_files

    batch: list[str] = []
    size = 0
    for item in iter_files(paths):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        path, name = item
        batch.append(name)
        size += path.stat().st_size
        if size >= MINING_BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def mine_files(names: list[str]) -> tuple[_Counts, list[Problem], int]:
    """Read, clean, outline and mine some files: the unit of work of `extract` (one process).

    Returns the counts, the files' problems and the number of documents mined.
    Reading and cleaning run here, in the worker, not in the parent: they cost about as much as
    mining, and a parent that cleaned alone would starve the workers.  Documents are numbered
    within their file (file name#essay number), so the ids do not depend on how files are grouped.
    """
    from .extract.phrases import extract_counts

    problems: list[Problem] = []
    inputs = []
    for name in names:
        outlines, found = outline_paths([name])
        problems.extend(found)
        for number, item in enumerate(outlines, 1):
            inputs.append((f"{Path(item.doc.source).name}#{number}", item.doc, item.headings))
    # the documents of all files mined together: the clause scan runs once over all of them
    return extract_counts(inputs), problems, len(inputs)


def extract(
    paths: Sequence[Path],
    out: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    wrap: Callable[[Iterator[list[str]]], Iterable[list[str]]] | None = None,
) -> ExtractSummary:
    """Mine phrase candidates and section skeletons from source files into `out`.

    Files are mapped in `jobs` processes and merged in a fixed order, so every --jobs writes the
    same bytes.  Files that cannot be read are reported in the summary's `problems`; when none
    can be read at all, nothing is written.  `wrap` sees the batches of file names on their way
    to the workers (the CLI shows progress).
    """
    from dataclasses import replace

    from .extract.phrases import Counts
    from .extract.run import drive, workers, write_outputs

    problems: list[Problem] = []
    total = Counts()
    mined = 0

    def take(result: tuple[_Counts, list[Problem], int]) -> None:
        nonlocal mined
        total.update(result[0])
        problems.extend(result[1])
        mined += result[2]

    units = _file_batches(paths, problems)
    with workers(jobs) as pool:  # the same processes mine, then share the writing
        drive(wrap(units) if wrap else units, mine_files, take, jobs=jobs, pool=pool)
        if not mined:
            problems.append(Problem("没有读到任何一篇正文，请检查给出的语料文件或文件夹"))
            raise InputError(problems[-1].message, problems=problems)
        written = write_outputs(total, out, force=force, pool=pool, jobs=jobs)
    return replace(written, problems=tuple(problems))


def scaffold_template(
    skeleton: str, output: Path, *, skeletons: Path | None = None, template_id: str | None = None, force: bool = False
) -> Path:
    """Write a template built from a mined skeleton (by id or genre name)."""
    from .extract.run import write_atomic
    from .extract.scaffold import scaffold
    from .extract.structures import load_skeletons
    from .library import available_phrases
    from .resources import data_dir
    from .templates import all_templates

    source = skeletons or data_dir() / "skeletons.yaml"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        raise InputError("找不到骨架文件，请先运行 drafter extract 或用 --skeletons 指定", file=str(source)) from None
    items = load_skeletons(text, str(source))
    chosen = next((s for s in items if skeleton in (s.id, s.genre)), None)
    if chosen is None:
        names = "、".join(f"{s.genre}（{s.id}）" for s in items) or "无"
        raise InputError(f"没有名为“{skeleton}”的骨架；可用：{names}", file=str(source))
    if output.exists() and not force:
        raise OutputError("文件已存在，加 --force 覆盖", file=str(output))
    tid = template_id or _re.sub(r"[^a-z0-9-]", "-", output.stem.lower()).strip("-") or chosen.id
    # the slots of the opening and closing phrases are asked the way the bundled templates ask them
    known = {f.key: f for t in reversed(all_templates()) for f in t.fields}
    write_atomic(output, scaffold(chosen, tid, phrases=available_phrases(), known_fields=known))
    return output
