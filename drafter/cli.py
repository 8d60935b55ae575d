"""Command line: parse arguments, call the library API, turn DrafterError into a message.

Kept thin and cheap to import: `drafter --help` must start fast, so every stage is imported
inside the handler that needs it.  Commands of the corpus and mining stages are declared in
cli_corpus.py and cli_mine.py, each with a `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import cli_corpus, cli_mine
from .errors import DrafterError

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese error lines and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        said = chinese_usage_error(message)
        sys.stderr.write(f"drafter：命令参数有误：{said}\n请运行 `{self.prog} --help` 查看用法。\n")
        raise SystemExit(2)


# argparse's own messages (Python 3.10–3.13), said in Chinese
_USAGE_ERRORS = (
    (re.compile(r"argument (.+?): invalid (\w+) value: '(.*)'$"), "{0} 需要{1}，“{2}”不是"),
    (re.compile(r"argument (.+?): invalid choice: '(.*)' \(choose from (.*)\)$"), "{0} 没有“{1}”这一项，可选：{2}"),
    (re.compile(r"argument (.+?): expected one argument$"), "{0} 后面要跟一个值"),
    (re.compile(r"argument (.+?): expected at least one argument$"), "{0} 后面至少要跟一个值"),
    (re.compile(r"argument (.+?): not allowed with argument (.+)$"), "{0} 不能和 {1} 同时使用"),
    (re.compile(r"the following arguments are required: (.+)$"), "缺少必填的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)$"), "不认识的参数：{0}"),
    (re.compile(r"ambiguous option: (\S+) could match (.+)$"), "{0} 不明确，可能是：{1}"),
)
_TYPE_NAMES = {"int": "整数", "float": "数字"}


def chinese_usage_error(message: str) -> str:
    """argparse's message in Chinese (as it is, if it is one argparse did not have)."""
    for pattern, text in _USAGE_ERRORS:
        m = pattern.match(message)
        if m is not None:
            groups = [_TYPE_NAMES.get(g, g) for g in m.groups()]
            return text.format(*(g.replace("'", "") for g in groups))
    return message


def _build(args: argparse.Namespace) -> int:
    from . import api

    out = api.build(
        Path(args.form),
        output=Path(args.output) if args.output else None,
        fmt=args.format,
        seed=args.seed,
        force=args.force,
        profile=Path(args.profile) if args.profile else None,
    )
    print(f"已生成：{out}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from . import api

    out = api.init_form(
        args.template,
        output=Path(args.output) if args.output else None,
        force=args.force,
        example=args.example,
    )
    print(f"已写出空白表单：{out}\n请按注释填写后运行：drafter build {out}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from . import api

    summary = api.check(Path(args.form))
    print(f"{args.form}：表单填写正确（模板：{summary}）")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from . import api

    print(api.schema_text(args.template))
    return 0


def _templates(args: argparse.Namespace) -> int:
    from . import api, console

    rows = [(t.id, t.name, t.genre, t.description) for t in api.list_templates()]
    console.table("可用模板", ["模板", "名称", "文种", "说明"], rows)
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="drafter",
        description="drafter：离线公文写作助手。填写表单，生成符合 GB/T 9704-2012 的文稿。",
        epilog="示例：drafter init 工作总结 -o 总结.yaml && drafter build 总结.yaml",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    p = sub.add_parser("build", help="根据填好的表单生成文稿（.docx/.md/.txt）")
    p.add_argument("form", help="填好的表单（YAML）")
    p.add_argument("-o", "--output", help="输出文件；默认与表单同名同目录")
    p.add_argument("--format", choices=["docx", "md", "txt"], help="输出格式；默认按输出文件扩展名，否则 docx")
    p.add_argument("--seed", type=int, default=0, help="措辞选择的随机种子；相同种子生成相同文稿（默认 0）")
    p.add_argument("--force", action="store_true", help="输出文件已存在时覆盖")
    p.add_argument("--profile", help="版式配置文件（YAML），覆盖默认的 GB/T 9704-2012 版式")
    p.set_defaults(handler=_build)

    p = sub.add_parser("init", help="写出某个模板的空白表单")
    p.add_argument("template", help="模板编号或名称，如 work-report 或 工作总结")
    p.add_argument("-o", "--output", help="表单文件名；默认为“模板名称.yaml”")
    p.add_argument("--example", action="store_true", help="用示例内容预先填好表单")
    p.add_argument("--force", action="store_true", help="文件已存在时覆盖")
    p.set_defaults(handler=_init)

    p = sub.add_parser("check", help="检查表单是否填写正确，不生成文稿")
    p.add_argument("form", help="填好的表单（YAML）")
    p.set_defaults(handler=_check)

    p = sub.add_parser("schema", help="输出模板表单的 JSON Schema（供编辑器补全和检查）")
    p.add_argument("template", help="模板编号或名称")
    p.set_defaults(handler=_schema)

    p = sub.add_parser("templates", help="列出可用模板")
    p.set_defaults(handler=_templates)

    cli_corpus.register(sub)
    cli_mine.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except DrafterError as err:
        for problem in err.problems:
            sys.stderr.write(f"错误：{problem}\n")
        if len(err.problems) > 1:
            sys.stderr.write(f"共 {len(err.problems)} 处问题，请逐一修改后重试。\n")
        return err.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        return 130
    except BrokenPipeError:
        return 0
