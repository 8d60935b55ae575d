"""The Jinja2 sandbox: the only module that imports Jinja2.

Templates are shared between units, so their Jinja text is data, never trusted code: it runs in a
`SandboxedEnvironment` with `StrictUndefined`, attribute names starting with `_` are refused when
the template is loaded, and anything the sandbox blocks at run time is reported as the template's
fault.  Compiled snippets are cached by source text (templates repeat the same few dozen).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from . import cntext
from .errors import TemplateError
from .model import cn_date

HELPERS: dict[str, Callable[..., Any]] = {
    "cn_num": cntext.cn_num,
    "ordinal": cntext.ordinal,
    "enumerate_cn": cntext.enumerate_cn,
    "join_cn": cntext.join_cn,
    "cn_date": cn_date,
    "fullwidth": cntext.fullwidth,
    "sentence": cntext.sentence,
}
# supplied per render (they depend on the seed and on what the draft already used)
RENDER_HELPERS = ("phrase", "parallel")
JINJA_GLOBALS = frozenset({"range", "lipsum", "dict", "cycler", "joiner", "namespace", "loop"})


def _finalize(value: Any) -> Any:
    # an optional field left empty must leave no trace: never print "None"
    return "" if value is None else value


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=False,
    )
    env.globals.update(HELPERS)
    env.filters.update(HELPERS)
    return env


@dataclass(frozen=True)
class Where:
    """Where a snippet sits in its template file, for messages."""

    file: str
    line: int | None
    field: str


def _fail(where: Where, message: str, jinja_line: int | None = None) -> TemplateError:
    line = where.line
    if line is not None and jinja_line and jinja_line > 1:
        line += jinja_line - 1
    return TemplateError(
        f"{message}（这是模板的问题，请联系模板作者修改）",
        file=where.file,
        line=line,
        field=where.field,
    )


@lru_cache(maxsize=4096)
def _parse(source: str) -> nodes.Template:
    return _env().parse(source)


@lru_cache(maxsize=4096)
def _compile(source: str) -> jinja2.Template:
    return _env().from_string(source)


def check(source: str, where: Where) -> set[str]:
    """Parse a snippet; return the variables it reads; refuse reaches for Python internals."""
    try:
        tree = _parse(source)
        _compile(source)
    except jinja2.TemplateSyntaxError as err:
        raise _fail(where, f"Jinja 语法错误：{err.message}", err.lineno) from None
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = node.attr if isinstance(node, nodes.Getattr) else getattr(getattr(node, "arg", None), "value", None)
        if isinstance(name, str) and name.startswith("_"):
            raise _fail(where, f"不允许访问以下划线开头的属性“{name}”", node.lineno)
    return set(meta.find_undeclared_variables(tree)) - JINJA_GLOBALS


def expression_source(expr: str) -> str:
    """A bare expression (from `if:` or `for:`) as a snippet that `check` and `render` accept."""
    return "{{ (" + expr + ") }}"


def evaluate(expr: str, context: Mapping[str, Any], where: Where) -> Any:
    """Evaluate a bare Jinja expression in the sandbox and return its value (not text)."""
    try:
        compiled = _compile_expression(expr)
        return compiled(**context)
    except jinja2.TemplateSyntaxError as err:
        raise _fail(where, f"Jinja 语法错误：{err.message}", err.lineno) from None
    except Exception as err:  # the sandbox and the template's own mistakes surface here
        raise _runtime_error(err, where) from None


@lru_cache(maxsize=1024)
def _compile_expression(expr: str) -> Any:
    return _env().compile_expression(expr, undefined_to_none=False)


def render(source: str, context: Mapping[str, Any], where: Where) -> str:
    """Render a snippet in the sandbox; any failure is the template's fault, with its line."""
    try:
        return _compile(source).render(context)
    except jinja2.TemplateSyntaxError as err:
        raise _fail(where, f"Jinja 语法错误：{err.message}", err.lineno) from None
    except TemplateError:
        raise
    except Exception as err:
        raise _runtime_error(err, where) from None


def _runtime_error(err: Exception, where: Where) -> TemplateError:
    if isinstance(err, TemplateError):
        return err
    if isinstance(err, jinja2.exceptions.SecurityError):
        return _fail(where, f"模板试图访问 Python 内部对象，已被沙箱阻止（{err}）")
    if isinstance(err, jinja2.UndefinedError):
        return _fail(where, f"模板用到了未定义的内容：{err.message}")
    return _fail(where, f"模板运行出错：{type(err).__name__}: {err}")
