"""`drafter build` and friends driven in-process: outputs, refusals, determinism, bad input."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, ROOT, Run

FORM = DATA / "forms" / "mini.yaml"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A copy of the test template and form in a scratch folder."""
    shutil.copytree(DATA / "templates", tmp_path / "templates")
    shutil.copytree(DATA / "forms", tmp_path / "forms")
    return tmp_path


def test_build_md_and_txt_keep_every_fact(cli: Callable[..., Run], work: Path) -> None:
    form = work / "forms" / "mini.yaml"
    for fmt in ("md", "txt"):
        out = work / f"draft.{fmt}"
        run = cli("build", str(form), "-o", str(out))
        assert run.code == 0, run.err
        text = out.read_text("utf-8")
        for fact in ("新建村级综合服务中心3个，覆盖率达100%。", "发展党员12名",
                     "完成固定资产投资5.6亿元，同比增长12.5%。", "一是产业结构单一；二是干部队伍年龄偏大。",
                     "2026年11月21日", "一、主要工作及成效", "（二）抓项目促发展"):
            assert fact in text
        assert "None" not in text and "{{" not in text and "{%" not in text


def test_existing_output_is_refused_without_force(cli: Callable[..., Run], work: Path) -> None:
    form, out = work / "forms" / "mini.yaml", work / "d.txt"
    out.write_text("旧稿", "utf-8")
    run = cli("build", str(form), "-o", str(out))
    assert run.code != 0 and "文件已存在，未覆盖。如需覆盖请加 --force" in run.err
    assert out.read_text("utf-8") == "旧稿"
    assert cli("build", str(form), "-o", str(out), "--force").code == 0
    assert "抓党建促引领" in out.read_text("utf-8")
    assert not [p for p in work.iterdir() if p.name.endswith(".tmp")]


def test_missing_output_folder(cli: Callable[..., Run], work: Path) -> None:
    run = cli("build", str(work / "forms" / "mini.yaml"), "-o", str(work / "nope" / "d.md"))
    assert run.code != 0 and "输出文件夹" in run.err and "不存在" in run.err


def test_same_seed_same_bytes(cli: Callable[..., Run], work: Path) -> None:
    form = work / "forms" / "mini.yaml"
    outs = []
    for i, seed in enumerate(("3", "3")):
        out = work / f"s{i}.md"
        assert cli("build", str(form), "-o", str(out), "--seed", seed).code == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_malformed_yaml_names_the_line(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = tmp_path / "bad.yaml"
    form.write_text("template: mini\nunit: 甲\n  period: 乙\n", "utf-8")
    run = cli("check", str(form))
    assert run.code != 0 and f"{form}:3" in run.err and "YAML 格式有误" in run.err
    assert "Traceback" not in run.err


def test_unknown_template(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = tmp_path / "f.yaml"
    form.write_text("template: 不存在的模板\n", "utf-8")
    run = cli("build", str(form))
    assert run.code != 0 and "找不到模板“不存在的模板”" in run.err and f"{form}:1" in run.err


def test_alias_bomb_is_refused_quickly(cli: Callable[..., Run], tmp_path: Path) -> None:
    lines = ["template: mini", 'a0: &a0 ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
              for i in range(1, 12)]
    form = tmp_path / "bomb.yaml"
    form.write_text("\n".join(lines) + "\n", "utf-8")
    start = time.perf_counter()
    run = cli("check", str(form))
    assert time.perf_counter() - start < 5  # a guard against expansion, not a speed target
    assert run.code != 0 and "不支持 YAML 锚点和别名" in run.err


def test_huge_form_is_refused_before_reading(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = tmp_path / "huge.yaml"
    with form.open("wb") as handle:
        handle.write(b"template: mini\nunit: ")
        handle.truncate(50 * 1024 * 1024)
    run = cli("check", str(form))
    assert run.code != 0 and "表单文件太大" in run.err


def test_form_not_utf8_and_missing(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = tmp_path / "gbk.yaml"
    form.write_bytes("template: mini\nunit: 某某镇\n".encode("gbk"))
    run = cli("check", str(form))  # saved as “ANSI” on a Chinese Windows: read as GBK
    assert "找不到模板“mini”" in run.err  # (the form was read: there is no such template here)
    form.write_bytes(b"template: mini\nunit: \x80\xff\n")  # neither UTF-8 nor GBK
    run = cli("check", str(form))
    assert run.code != 0 and "编码无法识别" in run.err and "gbk.yaml:2" in run.err
    run = cli("check", str(tmp_path / "none.yaml"))
    assert run.code != 0 and "找不到表单文件" in run.err


def test_broken_template_is_the_templates_fault(cli: Callable[..., Run], work: Path) -> None:
    tpl = work / "templates" / "mini.yaml"
    tpl.write_text(tpl.read_text("utf-8").replace("{{ overview }}", "{{ overview.__globals__ }}"),
                   "utf-8")
    run = cli("build", str(work / "forms" / "mini.yaml"), "-o", str(work / "x.md"))
    assert run.code == 3 and "这是模板的问题" in run.err and "mini.yaml:" in run.err


def test_init_check_schema_templates(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = tmp_path / "总结.yaml"
    run = cli("init", str(DATA / "templates" / "mini.yaml"), "-o", str(form))
    assert run.code == 0, run.err
    text = form.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=总结.schema.json\n")
    assert "unit:  # 【必填】单位名称（一行文字）。例：某某镇人民政府" in text
    assert "  - title:  # 【必填】工作事项" in text
    schema = json.loads((tmp_path / "总结.schema.json").read_text("utf-8"))
    assert schema["properties"]["achievements"]["items"]["required"] == ["title", "facts"]
    # the blank form is valid YAML and names every required field as missing
    run = cli("check", str(form))
    assert run.code == 2 and "unit：不能为空" in run.err and "共 " in run.err
    assert cli("init", str(DATA / "templates" / "mini.yaml"), "-o", str(form)).code == 4
    run = cli("init", str(DATA / "templates" / "mini.yaml"), "-o", str(form), "--force",
              "--example")
    assert run.code == 0
    run = cli("check", str(form))
    assert run.code == 0, run.err
    run = cli("schema", str(DATA / "templates" / "mini.yaml"))
    assert json.loads(run.out)["title"] == "drafter 表单：测试总结"
    run = cli("templates")
    assert run.code == 0 and "模板" in run.out


def test_help_and_usage_errors(cli: Callable[..., Run]) -> None:
    assert cli("--help").code == 0
    run = cli("build")
    assert run.code == 2 and "命令参数有误" in run.err and "缺少必填的参数" in run.err
    # argparse's own English never reaches the user
    for args, said in (
        (("build", "a.yaml", "--seed", "abc"), "--seed 需要整数，“abc”不是"),
        (("buidl",), "没有“buidl”这一项"),
        (("build", "a.yaml", "--bogus"), "不认识的参数：--bogus"),
        (("build", "a.yaml", "--seed"), "--seed 后面要跟一个值"),
    ):
        run = cli(*args)
        assert run.code == 2 and said in run.err, run.err
        assert "invalid" not in run.err and "argument" not in run.err


def test_readme_first_block_has_two_commands() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    block = text.split("```", 2)[1].splitlines()[1:]
    commands = [line for line in block if line.strip()]
    assert len(commands) == 2
    assert "drafter build examples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert commands[1].strip() in ci  # CI runs exactly the README's test command


def test_readme_build_command_works(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    first = text.split("```", 2)[1].splitlines()[1]
    words = first.split("&&", 1)[1].split()
    assert words[:2] == ["drafter", "build"]
    args = words[2:]
    out = tmp_path / args[args.index("-o") + 1]
    args[args.index("-o") + 1] = str(out)
    run = cli("build", *args)
    assert run.code == 0, run.err
    assert out.stat().st_size > 5000


@pytest.mark.parametrize("name", ["工作总结", "述职报告", "经验交流材料", "心得体会"])
def test_every_bundled_template_init_then_build(cli: Callable[..., Run], tmp_path: Path, name: str) -> None:
    form = tmp_path / f"{name}.yaml"
    assert cli("init", name, "-o", str(form)).code == 0
    blank = cli("check", str(form))
    # the blank form is valid YAML: only "please fill in" problems, each with its line
    assert blank.code == 2 and "YAML 格式有误" not in blank.err
    assert all(":" in line for line in blank.err.splitlines() if line.startswith("错误："))
    assert cli("init", name, "-o", str(form), "--example", "--force").code == 0
    run = cli("build", str(form), "-o", str(tmp_path / "out.docx"))
    assert run.code == 0, run.err
    assert (tmp_path / "out.docx").stat().st_size > 5000


def test_written_draft_has_ordinary_permissions(cli: Callable[..., Run], work: Path) -> None:
    import os
    import stat

    out = work / "perm.md"
    assert cli("build", str(work / "forms" / "mini.yaml"), "-o", str(out)).code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
