"""Layout profiles: every number of the GB/T 9704-2012 layout, read from YAML.

The bundled `data/layout/gbt9704.yaml` is both the default and the schema: a unit's own profile
may give any subset of its keys (deep-merged over it), and a key the bundled file does not have
is an error pointing at the nearest known name.  Values are checked for type and range here, so
that export never meets a profile it cannot lay out.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import yamlio
from ..errors import InputError, TemplateError
from ..resources import data_dir

MAX_PROFILE_BYTES = 200_000
MM_PER_PT = 25.4 / 72
TWIPS_PER_PT = 20

_CHOICES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("fonts", "names"): ("gb2312", "common"),
    ("page_number", "odd"): ("left", "center", "right"),
    ("page_number", "even"): ("left", "center", "right"),
    ("signature", "mode"): ("unsealed", "sealed"),
}
# Mappings whose keys the user may choose (new font families), with the shape of each value.
_OPEN_MAPS = {("fonts", "families")}
_INT_KEYS = {
    ("grid", "lines_per_page"), ("grid", "chars_per_line"),
    ("title", "blank_lines_after"),
    ("attachments", "blank_lines_before"), ("signature", "blank_lines_before"),
}  # fmt: skip
_FAMILY_KEYS = ("gb2312", "common")
ROLES = (
    "title", "subtitle", "byline", "body",
    "heading1", "heading2", "heading3", "heading4", "page_number",
)  # fmt: skip


@dataclass(frozen=True)
class TextStyle:
    """Font of one kind of text, with the family already resolved to a font name."""

    font: str  # name written into w:eastAsia
    fallback: str  # common name for the same family (w:altName), equal to `font` when common
    size_pt: float
    bold: bool


@dataclass(frozen=True)
class Profile:
    """A validated layout profile.  Lengths in mm or pt as in the YAML; derived values below."""

    sources: tuple[str, ...]
    page_width_mm: float
    page_height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_mm: float
    footer_mm: float
    lines_per_page: int
    chars_per_line: int
    line_pitch_pt: float  # resolved: never 0
    latin_font: str
    styles: tuple[tuple[str, TextStyle], ...]  # role → style, in ROLES order
    first_line_chars: float
    title_blank_lines: int
    page_number_format: str
    page_number_odd: str
    page_number_even: str
    page_number_indent_chars: float
    attachment_label: str
    attachment_blank_lines: int
    attachment_indent_chars: float
    signature_mode: str
    signature_blank_lines: int
    signature_right_chars: float
    date_shift_chars: float
    sealed_date_right_chars: float

    def style(self, role: str) -> TextStyle:
        return dict(self.styles)[role]

    @property
    def text_width_pt(self) -> float:
        return (self.page_width_mm - self.margin_left_mm - self.margin_right_mm) / MM_PER_PT

    @property
    def text_height_pt(self) -> float:
        return (self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm) / MM_PER_PT

    @property
    def char_pitch_pt(self) -> float:
        """Width of one grid character: the type area holds exactly `chars_per_line`."""
        return self.text_width_pt / self.chars_per_line


def load_profile(path: Path | None = None) -> Profile:
    """The bundled GB/T 9704-2012 profile, or it overridden by the keys a user file gives."""
    if path is None:
        return _bundled()
    return _load_user(path.resolve())


def bundled_path() -> Path:
    return data_dir() / "layout" / "gbt9704.yaml"


@cache
def _bundled_tree() -> tuple[dict[str, Any], yamlio.Located]:
    located = yamlio.load_file(bundled_path(), what="版式配置", max_bytes=MAX_PROFILE_BYTES, error=TemplateError)
    if not isinstance(located.data, dict):
        raise TemplateError("内置版式配置应当是键值映射", file=located.file)
    try:  # the bundled file is its own schema: this checks its types, choices and ranges
        _check_keys(located.data, located.data, (), located)
    except InputError as err:
        raise TemplateError(str(err)) from err
    return located.data, located


@cache
def _bundled() -> Profile:
    data, located = _bundled_tree()
    return _build(data, (located,), TemplateError)


@cache
def _load_user(path: Path) -> Profile:
    # Cached by path: a batch build reads the unit's profile once.  Edits during one process
    # are not expected (the CLI runs one build per process).
    located = yamlio.load_file(path, what="版式配置", max_bytes=MAX_PROFILE_BYTES)
    defaults, bundled = _bundled_tree()
    if located.data is None:
        located.data = {}
    if not isinstance(located.data, dict):
        raise InputError("版式配置应当是“键: 值”的映射，例如 page: {margin_left_mm: 30}", file=located.file, line=1)
    _check_keys(located.data, defaults, (), located)
    merged = _merge(defaults, located.data)
    return _build(merged, (bundled, located), InputError)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            out[key] = _merge(base[key], value)
        else:
            out[key] = value
    return out


def _check_keys(data: dict[str, Any], schema: dict[str, Any], path: tuple[str, ...], src: yamlio.Located) -> None:
    """Unknown keys and wrong types, each with the line and a hint; collects every problem."""
    problems: list[str] = []
    first_line: int | None = None
    for key, value in data.items():
        here = (*path, key)
        line = src.line(here)
        if path in _OPEN_MAPS:
            if not isinstance(value, dict):
                _fail(f"字族 {key} 应写成 {{gb2312: 字体名, common: 常见字体名}}", src, here)
            _check_keys(value, dict.fromkeys(_FAMILY_KEYS, ""), here, src)
            continue
        if key not in schema:
            near = difflib.get_close_matches(key, list(schema), n=1, cutoff=0.5)
            hint = f"，是不是“{near[0]}”？" if near else ""
            known = "、".join(schema)
            problems.append(f"{_dotted(here)}：没有这个设置项{hint}（这一层可用：{known}）")
            first_line = first_line or line
            continue
        expected = schema[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                _fail(f"应当是一组“键: 值”，例如 {key}: {{…}}，而不是 {value!r}", src, here)
            _check_keys(value, expected, here, src)
        else:
            _check_scalar(value, expected, here, src)
    if problems:
        raise InputError("；".join(problems), file=src.file, line=first_line)


def _check_scalar(value: Any, expected: Any, path: tuple[str, ...], src: yamlio.Located) -> None:
    if isinstance(expected, bool):
        if not isinstance(value, bool):
            _fail(f"应当是 true 或 false，而不是 {value!r}", src, path)
    elif isinstance(expected, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            _fail(f"应当是数字，而不是 {value!r}（不要带单位，单位已写在键名里）", src, path)
        if not math.isfinite(value) or value < 0:
            _fail(f"应当是不小于 0 的数字，而不是 {value!r}", src, path)
        if path in _INT_KEYS and value != int(value):
            _fail(f"应当是整数，而不是 {value!r}", src, path)
    elif isinstance(expected, str):
        if not isinstance(value, str) or not value.strip():
            _fail(f"应当是一段非空文字，而不是 {value!r}", src, path)
        choices = _CHOICES.get(path)
        if choices and value not in choices:
            _fail(f"只能是 {' / '.join(choices)} 之一，而不是 {value!r}", src, path)


def _fail(message: str, src: yamlio.Located, path: tuple[str, ...]) -> None:
    raise InputError(message, file=src.file, line=src.line(path), field=_dotted(path))


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path)


def _build(
    data: dict[str, Any],
    sources: tuple[yamlio.Located, ...],
    error: type[InputError] | type[TemplateError],
) -> Profile:
    """Turn the merged tree into a Profile and check what only the whole can tell."""
    where = sources[-1]  # the file whose values are being combined: the user's when given

    def bad(message: str, *path: str) -> TemplateError | InputError:
        return error(message, file=where.file, line=where.line(path), field=".".join(path))

    page, grid, fonts = data["page"], data["grid"], data["fonts"]
    families: dict[str, dict[str, str]] = fonts["families"]
    use = fonts["names"]
    styles: list[tuple[str, TextStyle]] = []
    for role in ROLES:
        spec = data["text"][role]
        family = families.get(spec["family"])
        if family is None or any(k not in family for k in _FAMILY_KEYS):
            known = "、".join(families)
            raise bad(
                f"字族“{spec['family']}”未定义或缺少 gb2312/common 名称（已定义：{known}）", "text", role, "family"
            )
        if spec["size_pt"] <= 0:
            raise bad("字号应当大于 0", "text", role, "size_pt")
        styles.append((role, TextStyle(family[use], family["common"], float(spec["size_pt"]), bool(spec["bold"]))))
    width = page["width_mm"] - page["margin_left_mm"] - page["margin_right_mm"]
    height = page["height_mm"] - page["margin_top_mm"] - page["margin_bottom_mm"]
    if width < 50 or height < 50:
        raise bad(f"页边距过大：版心只剩 {width:g} × {height:g} mm，请减小页边距", "page")
    for key in ("lines_per_page", "chars_per_line"):
        if grid[key] < 1:
            raise bad("应当是正整数", "grid", key)
    pitch = grid["line_pitch_pt"] or _auto_pitch(height, grid["lines_per_page"])
    if pitch * grid["lines_per_page"] > height / MM_PER_PT + 0.5:
        lines = int(height / MM_PER_PT // pitch)
        raise bad(
            f"行距 {pitch:g} 磅时版心只排得下 {lines} 行，少于 lines_per_page，请减小行距或每面行数",
            "grid",
            "line_pitch_pt",
        )
    if "{page}" not in data["page_number"]["format"]:
        raise bad("页码格式里要有 {page}，例如 “— {page} —”", "page_number", "format")
    return Profile(
        sources=tuple(s.file for s in sources),
        page_width_mm=page["width_mm"],
        page_height_mm=page["height_mm"],
        margin_top_mm=page["margin_top_mm"],
        margin_bottom_mm=page["margin_bottom_mm"],
        margin_left_mm=page["margin_left_mm"],
        margin_right_mm=page["margin_right_mm"],
        header_mm=page["header_mm"],
        footer_mm=page["footer_mm"],
        lines_per_page=int(grid["lines_per_page"]),
        chars_per_line=int(grid["chars_per_line"]),
        line_pitch_pt=float(pitch),
        latin_font=fonts["latin"],
        styles=tuple(styles),
        first_line_chars=data["indent"]["first_line_chars"],
        title_blank_lines=int(data["title"]["blank_lines_after"]),
        page_number_format=data["page_number"]["format"],
        page_number_odd=data["page_number"]["odd"],
        page_number_even=data["page_number"]["even"],
        page_number_indent_chars=data["page_number"]["indent_chars"],
        attachment_label=data["attachments"]["label"],
        attachment_blank_lines=int(data["attachments"]["blank_lines_before"]),
        attachment_indent_chars=data["attachments"]["indent_chars"],
        signature_mode=data["signature"]["mode"],
        signature_blank_lines=int(data["signature"]["blank_lines_before"]),
        signature_right_chars=data["signature"]["right_chars"],
        date_shift_chars=data["signature"]["date_shift_chars"],
        sealed_date_right_chars=data["signature"]["sealed_date_right_chars"],
    )


def _auto_pitch(height_mm: float, lines: int) -> float:
    """Type-area height shared by the lines, rounded down to whole twips so they all fit."""
    twips = math.floor(height_mm / MM_PER_PT * TWIPS_PER_PT / lines)
    return twips / TWIPS_PER_PT
