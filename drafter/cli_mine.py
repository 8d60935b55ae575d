"""Commands of the mining stages (extract, phrases, scaffold): declared here, run through the API.

Imported by cli.py at start-up, so nothing heavy is imported at module level.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cli_corpus import add_jobs, jobs

if TYPE_CHECKING:
    from .model import PhraseStatus


def _extract(args: argparse.Namespace) -> int:
    from . import api, console

    result = api.extract(
        [Path(p) for p in args.sources], Path(args.out), jobs=jobs(args), force=args.force,
        wrap=lambda batches: console.progress(batches, None, "提取措辞（批）"),
    )
    for problem in result.problems:
        console.warn(f"跳过：{problem}")
    console.say(f"候选措辞 {result.candidates} 条，已写入：{result.phrases}")
    if result.kept_decisions:
        console.say(f"保留了已有的 {result.kept_decisions} 条采用/弃用决定")
    console.say(f"篇章骨架已写入：{result.skeletons}")
    if result.problems:
        console.warn(f"共 {len(result.problems)} 个文件未能读取，其余文件已处理")
        return 2
    return 0


def _libs(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in (args.lib or [])]


def _list(args: argparse.Namespace) -> int:
    from . import console, curate

    phrases = curate.select(
        curate.load_phrases(_libs(args)), category=args.category, tag=args.tag,
        status=args.status, text=getattr(args, "text", None),
    )
    shown = phrases[: args.limit] if args.limit else phrases
    rows = [(p.id, p.category, p.status, p.text, "、".join(p.tags),
             f"{p.occurrences}/{p.documents}", f"{p.score:.2f}") for p in shown]
    console.table(f"措辞（{len(shown)}/{len(phrases)} 条）",
                  ["编号", "类别", "状态", "文字", "标签", "次/篇", "得分"], rows)
    return 0


def _show(args: argparse.Namespace) -> int:
    from . import console, curate

    phrase = curate.find(curate.load_phrases(_libs(args)), args.id)
    console.table(phrase.id, ["项", "内容"], curate.describe(phrase))
    return 0


def _decide(args: argparse.Namespace) -> int:
    from . import console, curate

    status: PhraseStatus = "accepted" if args.action == "accept" else "rejected"
    lib = Path(args.lib[0]) if args.lib else None
    written = curate.set_status(args.ids, status, lib)
    word = "采用" if status == "accepted" else "弃用"
    console.say(f"已{word} {len(args.ids)} 条，写入：{'、'.join(str(p) for p in written)}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from . import console, curate

    total, kept = curate.merge_files([Path(p) for p in args.sources], Path(args.into))
    console.say(f"已合并到 {args.into}：共 {total} 条，保留已有决定 {kept} 条")
    return 0


def _scaffold(args: argparse.Namespace) -> int:
    from . import api, console

    out = api.scaffold_template(
        args.skeleton, Path(args.output),
        skeletons=Path(args.skeletons) if args.skeletons else None, force=args.force,
    )
    console.say(f"已写出模板：{out}")
    return 0


def _filters(p: Any) -> None:
    p.add_argument("--category", "-c", help="类别：开头 过渡 结尾 排比 句式 金句 四字格 标题")
    p.add_argument("--tag", "-t", help="标签或文种")
    p.add_argument("--status", "-s", choices=["candidate", "accepted", "rejected"])
    p.add_argument("--limit", "-n", type=int, default=50, help="最多显示几条（0 为全部，默认 50）")
    p.add_argument("--lib", action="append", help="只看这个措辞库文件（可多次给出）；默认所有层")


def register(sub: Any) -> None:
    """Add this module's sub-commands to the parser's subparsers."""
    p = sub.add_parser("extract", help="从语料中提取候选措辞和篇章骨架")
    p.add_argument("sources", nargs="+", metavar="SRC", help="语料文件（.txt/.docx/.md）或文件夹")
    p.add_argument("--out", required=True, help="输出文件夹（phrases.yaml、skeletons.yaml）")
    add_jobs(p)
    p.add_argument("--force", action="store_true", help="覆盖已有的骨架文件（措辞库总是合并）")
    p.set_defaults(handler=_extract)

    p = sub.add_parser("phrases", help="查看和整理措辞库：list/search/show/accept/reject/merge")
    acts = p.add_subparsers(dest="action", metavar="动作", parser_class=type(p))
    a = acts.add_parser("list", help="按类别、标签、状态列出措辞")
    _filters(a)
    a.set_defaults(handler=_list)
    a = acts.add_parser("search", help="按文字查找措辞")
    a.add_argument("text", help="要找的文字")
    _filters(a)
    a.set_defaults(handler=_list)
    a = acts.add_parser("show", help="显示一条措辞的全部信息和来源")
    a.add_argument("id", help="措辞编号")
    a.add_argument("--lib", action="append", help="措辞库文件；默认所有层")
    a.set_defaults(handler=_show)
    for action, text in (("accept", "采用"), ("reject", "弃用")):
        a = acts.add_parser(action, help=f"{text}措辞（可给多个编号）")
        a.add_argument("ids", nargs="+", metavar="ID", help="措辞编号")
        a.add_argument("--lib", action="append",
                       help="在这个措辞库文件中修改；默认改用户库，内置措辞写入用户的决定文件")
        a.set_defaults(handler=_decide)
    a = acts.add_parser("merge", help="把新提取的候选合并进措辞库，保留已有决定")
    a.add_argument("sources", nargs="+", metavar="SRC", help="候选措辞库文件")
    a.add_argument("--into", required=True, help="目标措辞库文件（不存在则新建）")
    a.set_defaults(handler=_merge)

    p = sub.add_parser("scaffold", help="按归纳出的篇章骨架生成模板")
    p.add_argument("skeleton", help="骨架编号或文种，如 经验交流")
    p.add_argument("-o", "--output", required=True, help="模板文件，如 templates/新模板.yaml")
    p.add_argument("--skeletons", help="骨架文件（drafter extract 的 skeletons.yaml）；默认内置")
    p.add_argument("--force", action="store_true", help="文件已存在时覆盖")
    p.set_defaults(handler=_scaffold)
