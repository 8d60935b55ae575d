"""YAML in and out: the only module that imports PyYAML.

Loading is safe (the C loader when present) and keeps the line of every key and item, so that
validation can say `表单.yaml:14 achievements[2].facts：不能为空`.  Anchors and aliases are refused:
a form or a library never needs them, and refusing them stops alias bombs before they expand.
Files are size-checked before they are read (textfile.py), so a 50 MB form is refused in bounded memory.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml import events

from . import yamlhints
from .errors import InputError, TemplateError
from .textfile import read_text

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

PathKey = tuple[str | int, ...]
MAX_FORM_BYTES = 1_000_000  # a filled form is a few kilobytes; a megabyte is already absurd
MAX_NODES = 200_000


@dataclass
class Located:
    """Loaded YAML data plus the line (1-based) where each path starts."""

    data: Any
    file: str
    lines: dict[PathKey, int] = field(default_factory=dict)
    source: str = field(default="", repr=False)
    # ids of the nodes built so far: the composer shares a node only through an alias
    seen: set[int] = field(default_factory=set, repr=False)
    # what was typed for a plain value YAML read as something else than text (2026.10 → 2026.1,
    # 0012 → 10, yes → True, 12:30 → 750): a text field takes the user's characters
    typed: dict[PathKey, str] = field(default_factory=dict, repr=False)

    def alias(self, source: PathKey, target: PathKey) -> None:
        """Lines and typed texts under `source` known under `target` too (a misspelt key's value
        checked as the field it was meant for)."""
        size = len(source)
        for path in [p for p in self.lines if p[:size] == source]:
            self.lines.setdefault((*target, *path[size:]), self.lines[path])
        for path in [p for p in self.typed if p[:size] == source]:
            self.typed.setdefault((*target, *path[size:]), self.typed[path])

    def line(self, path: PathKey) -> int | None:
        """Line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return None


def format_path(path: PathKey) -> str:
    """('achievements', 2, 'facts') → achievements[2].facts (index as the user counts: 1-based)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def load_file(
    path: Path,
    *,
    what: str = "表单",
    max_bytes: int = MAX_FORM_BYTES,
    error: type[InputError] | type[TemplateError] = InputError,
) -> Located:
    text = read_text(path, max_bytes=max_bytes, what=what, error=error)
    return loads(text, str(path), what=what, error=error)


def loads(
    text: str,
    file: str,
    *,
    what: str = "表单",
    error: type[InputError] | type[TemplateError] = InputError,
) -> Located:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        located = Located(None, file, source=text)
        if node is not None:
            located.data = _build(loader, node, (), located, [0], error)
        return located
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        opened = err.context_mark.line + 1 if err.context_mark is not None else None
        line, detail = yamlhints.explain(text, err.problem or "", mark.line + 1 if mark else None, opened)
        raise error(
            f"{what}的 YAML 格式有误（{detail}），请检查这一行的缩进、冒号和引号",
            file=file,
            line=line,
        ) from None
    except yaml.YAMLError as err:
        raise error(f"{what}的 YAML 格式有误：{err}", file=file) from None
    finally:
        loader.dispose()


def _build(
    loader: Any,
    node: yaml.Node,
    path: PathKey,
    out: Located,
    count: list[int],
    error: type[InputError] | type[TemplateError],
) -> Any:
    count[0] += 1
    if count[0] > MAX_NODES:
        raise error("内容过多，超出了可以处理的范围", file=out.file, line=node.start_mark.line + 1)
    if id(node) in out.seen:
        raise error(
            "不支持 YAML 锚点和别名（& 和 *），请把内容直接写出来",
            file=out.file,
            line=node.start_mark.line + 1,
        )
    out.seen.add(id(node))
    out.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise error(
                    "不支持 YAML 合并键（<<），请把内容直接写出来",
                    file=out.file,
                    line=key_node.start_mark.line + 1,
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise error("键必须是简单的文字", file=out.file, line=key_node.start_mark.line + 1)
            key = loader.construct_object(key_node)
            key = str(key) if key is not None else ""
            if key in result:
                first = out.lines.get((*path, key))
                where = f"（第 {first} 行和第 {key_node.start_mark.line + 1} 行）" if first else ""
                raise error(
                    f"“{key}”写了两次{where}，请删去重复的一处",
                    file=out.file,
                    line=key_node.start_mark.line + 1,
                )
            child = (*path, key)
            out.lines[child] = key_node.start_mark.line + 1
            result[key] = _build(loader, value_node, child, out, count, error)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, i), out, count, error) for i, item in enumerate(node.value)
        ]
    try:
        value = loader.construct_object(node)
    except (ValueError, yaml.constructor.ConstructorError):
        # e.g. 2026-13-45 looks like a timestamp but is none: keep what the user typed
        return str(node.value)
    style = getattr(node, "style", None)  # a ScalarNode's; ("" or None when plain)
    if not isinstance(value, str) and value is not None:
        out.typed[path] = str(node.value)
    if isinstance(value, str) and not style and yamlhints.bare_dash(value):
        raise error("列表项的“-”后面要有一个空格，请写成“- 内容”；不是列表的，以“-”开头的文字请加引号",
                    file=out.file, line=node.start_mark.line + 1)
    if not style and value is not None and (lost := yamlhints.glued_comment(out.source, node.end_mark.index)):
        raise error(
            f"{format_path(path)}：“#{lost}”被当成了注释，不会进入文稿。它若是内容，请删去“#”前面的空格，"
            "或把“#”换成全角“＃”，或给整个值加上引号；它若是注释，请在“#”后面空一格",
            file=out.file,
            line=node.start_mark.line + 1,
        )
    if isinstance(value, str) and style != "|" and node.end_mark.line > node.start_mark.line:
        value = yamlhints.unfold(out.source[node.start_mark.index:node.end_mark.index], value)
    return value


class _StableDumper(_Dumper):
    """Block style, keys in insertion order, CJK left readable."""


def _str_representer(dumper: _StableDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_StableDumper.add_representer(str, _str_representer)


_DUMP_OPTIONS: dict[str, Any] = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096)
_STR = "tag:yaml.org,2002:str"


class _Unusual(Exception):
    """A date (written once, then aliased), a key not a str, a subclass: left to the representer."""


def dump(data: Any) -> str:
    """Deterministic YAML text: same data, same bytes."""
    if yaml.__with_libyaml__:  # (the Python emitter keeps the events it is given: _events reuses them)
        dumper = _StableDumper(stream := io.StringIO(), **_DUMP_OPTIONS)
        try:
            _events(dumper, data)
            return stream.getvalue()
        except _Unusual:
            pass  # (the representer below writes it)
        finally:
            dumper.dispose()
    return str(yaml.dump(_plain(data), Dumper=_StableDumper, **_DUMP_OPTIONS))


def _events(dumper: _StableDumper, data: Any) -> None:
    """Dicts with str keys, lists, tuples, str, int, float, bool, None as the events the C emitter
    makes of the representer's nodes, without the nodes (a Python call or two a value) nor asking
    the resolver twice a scalar if a str opening on 一, 乡… reads back as one (a third of the time)."""
    emit, typed = dumper.emit, dumper.yaml_implicit_resolvers
    resolve: Callable[[type, str, tuple[bool, bool]], str] = dumper.resolve
    scalar = events.ScalarEvent(None, _STR, (True, True), "")  # reused: libyaml copies an event
    mapping = events.MappingStartEvent(None, "tag:yaml.org,2002:map", True, flow_style=False)
    sequence = events.SequenceStartEvent(None, "tag:yaml.org,2002:seq", True, flow_style=False)
    represent: dict[type, Any] = {kind: dumper.yaml_representers[kind] for kind in (int, float, bool, type(None))}
    implicit: dict[tuple[str, str], tuple[bool, bool]] = {}

    def write(value: Any) -> None:
        kind = type(value)
        if kind is dict:
            emit(mapping)
            for key, item in value.items():
                if type(key) is not str:
                    raise _Unusual
                write(key)
                write(item)
            emit(events.MappingEndEvent())
        elif kind is list or kind is tuple:
            emit(sequence)
            for item in value:
                write(item)
            emit(events.SequenceEndEvent())
        elif kind is str or kind in represent:
            if kind is str:
                tag, text, scalar.style = _STR, value, "|" if "\n" in value else None
            else:
                node = represent[kind](dumper, value)
                tag, text, scalar.style = node.tag, node.value, node.style
            found = (True, True) if tag == _STR and text[:1] not in typed and None not in typed \
                else implicit.get((tag, text))
            if found is None:  # as CEmitter._serialize_node finds them
                found = implicit[(tag, text)] = (resolve(yaml.ScalarNode, text, (True, False)) == tag,
                                                 resolve(yaml.ScalarNode, text, (False, True)) == tag)
            scalar.implicit, scalar.tag, scalar.value = found, tag, text
            emit(scalar)
        else:
            raise _Unusual

    dumper.open()
    emit(events.DocumentStartEvent(explicit=False))
    write(data)
    emit(events.DocumentEndEvent(explicit=False))
    dumper.close()


def scalar(value: Any) -> str:
    """One value as an inline YAML scalar (quoted only when it must be)."""
    text = yaml.dump(_plain(value), Dumper=_StableDumper, allow_unicode=True, width=4096,
                     default_flow_style=True)
    text = text.strip()
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    return text.removesuffix("...").strip()


def _plain(data: Any) -> Any:
    if isinstance(data, Mapping):
        return {str(k): _plain(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_plain(v) for v in data]
    if isinstance(data, (str, int, float, bool, dt.date)) or data is None:
        return data
    return str(data)
