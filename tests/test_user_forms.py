"""Forms as users fill them in (the bundled templates, by name): punctuation of their own or none,
Traditional characters, full-width digits, folded YAML lines, and the mistakes they make."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, Run

FORMS = DATA / "forms"
GOOD = ["水利局-标点各异.yaml", "街道-繁体全角折行.yaml", "述职-履职最简.yaml", "交流-最简.yaml",
        "心得-最简.yaml"]
# a body paragraph ends a sentence: with 。！？ or ……, with ： before what follows, or with a
# closing quote or bracket right after one of those (“……。”)
_ENDED = re.compile(r"(?:[。！？：]|……|[。！？][”’）])$")
_DOUBLED = re.compile(r"[。，、；：][。，、；：！？]|[！？][。，、；：]")


def build_txt(cli: Callable[..., Run], form: Path, out: Path, *extra: str) -> str:
    run = cli("build", str(form), "-o", str(out), *extra)
    assert run.code == 0, run.err
    return out.read_text("utf-8")


def body_lines(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("　　")]


@pytest.mark.parametrize("name", GOOD)
def test_every_paragraph_ends_a_sentence_and_none_is_doubled(
    cli: Callable[..., Run], tmp_path: Path, name: str
) -> None:
    for seed in ("0", "1", "2"):
        text = build_txt(cli, FORMS / name, tmp_path / f"{seed}.txt", "--seed", seed, "--force")
        for line in body_lines(text):
            if not re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）[^。！？]*$", line):
                assert _ENDED.search(line), line
            assert not _DOUBLED.search(line), line
        assert "None" not in text and "{{" not in text and "{%" not in text


def test_facts_with_their_own_endings_stay_verbatim(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = build_txt(cli, FORMS / "水利局-标点各异.yaml", tmp_path / "d.txt")
    lines = body_lines(text)
    assert "汛期共发布预警信息47期，转移避险群众3,210人次，实现“不死人、少伤人”。" in lines
    assert "完成山洪灾害监测预警系统（二期）建设，新建自动雨量站18处、水位站6处。" in lines
    assert "出台《水利工程管护办法（试行）》。" in lines
    assert "新铺设主管网42.6公里，惠及群众2.3万人！" in lines
    assert "完成水质检测样品512份，合格率100%。" in lines
    assert "群众满意度由82%提升到95%。" in lines
    assert "（二）坚持民生优先，扎实推进农村供水保障。坚持“群众点单、部门接单”。" in lines
    assert "（一）加快重点项目建设。力争第四季度完成水利投资0.98亿元。" in lines
    assert ("一是水利项目前期工作深度不够；二是农村供水工程管护机制不够健全；三是专业技术人才缺乏；"
            "四是基层站所人员老化，主要表现在。") in text


def test_folded_yaml_lines_join_chinese_without_a_space(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = build_txt(cli, FORMS / "街道-繁体全角折行.yaml", tmp_path / "d.txt")
    assert "老旧小区改造、社区服务提质" in text  # `focus: >` over two lines
    assert "坚持“群众点单、街道接单”，推动民生项目落地见效。" in text  # a plain value over two lines
    assert "臺灣路街道辦事處２０２６年工作总结" in text.splitlines()[0]  # typed as it was, trimmed
    assert "完成任务的１２０％。" in text and "新設社區議事廳5處。" in text
    # a | block keeps its lines as paragraphs
    assert "全年完成老旧小区改造１２个，惠及居民3,600户。\n" in text


def test_same_form_same_seed_same_docx(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = FORMS / "街道-繁体全角折行.yaml"
    one, two = tmp_path / "1.docx", tmp_path / "2.docx"
    assert cli("build", str(form), "-o", str(one), "--seed", "4").code == 0
    assert cli("build", str(form), "-o", str(two), "--seed", "4").code == 0
    assert one.read_bytes() == two.read_bytes()


def check(cli: Callable[..., Run], tmp_path: Path, body: str) -> Run:
    form = tmp_path / "表单.yaml"
    form.write_text(body, "utf-8")
    run = cli("check", str(form))
    assert run.code == 2 and "Traceback" not in run.err
    return run


def test_full_width_colon_after_a_key_is_named(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 工作总结\nunit： 甲镇人民政府\nperiod: 2026年\n")
    assert "表单.yaml:2" in run.err and "中文冒号" in run.err


def test_unclosed_quote_names_the_line_it_opens(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, 'template: 工作总结\nunit: "甲镇人民政府\nperiod: 2026年\nwe: 我镇\n')
    assert "表单.yaml:2" in run.err and "引号" in run.err


@pytest.mark.parametrize("body", [
    "template: 工作总结\nproblems: [产业单一, 人才缺乏\nplans: []\n",
    'template: 工作总结\nunit: "C:\\x甲镇"\n',
    "template: 工作总结\nunit: *甲镇\n",
    "template: 工作总结\nachievements:\n  - title: 甲\n   facts: [乙]\n",
])
def test_yaml_mistakes_are_explained_in_chinese(cli: Callable[..., Run], tmp_path: Path, body: str) -> None:
    run = check(cli, tmp_path, body)
    detail = run.err.split("YAML 格式有误", 1)[1]
    # no parser English left in the message (the form's own field names, in “”, may stand there)
    assert not re.search(r"[A-Za-z]{4,}", re.sub(r"“[^”]*”", "", detail)), run.err


def test_list_dash_without_a_space_is_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 工作总结\nproblems:\n  -产业结构单一\n  -人才缺乏\n")
    assert "表单.yaml:3" in run.err and "“-”后面" in run.err


def test_a_value_where_a_group_is_expected_says_what_to_write(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    run = check(cli, tmp_path, "template: 工作总结\nachievements: 抓党建促发展\n")
    assert "achievements[1]：" in run.err and "“抓党建促发展”" in run.err and "title" in run.err


def test_a_point_without_heading_nor_keywords_is_the_users_to_fill(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    # neither a heading of one's own nor the two words that make one: the form says so (exit 2),
    # rather than the build blaming the template for the facts under the missing heading
    run = check(cli, tmp_path, (
        "template: 经验交流材料\ntitle: 做法\nunit: 某村\nwe: 我村\ntheme: 治理\nbackground: [概况]\n"
        "points:\n  - practice: [做法一]\n  - {focus: 党建, practice: [做法二]}\n"
        "  - {heading: 自拟标题, practice: [做法三]}\n"))
    assert "points[1].focus：不能为空" in run.err and "“自拟小标题”（heading）" in run.err
    assert "points[1].problem：" in run.err and "points[2].problem：" in run.err
    assert "points[2].focus" not in run.err and "points[3]" not in run.err
    run = check(cli, tmp_path, (
        "template: 心得体会\ntraining: 班\norganiser: 县委党校\ntime: 10月\nunit: 某单位\nname: 张三\n"
        "gains: [收获]\ninsights:\n  - content: [认识一]\n  - {title: 自拟, content: [认识二]}\n"
        "actions: [甲, 乙]\n"))
    assert "insights[1].first：不能为空" in run.err and "insights[2]" not in run.err
    blank = tmp_path / "blank.yaml"
    assert cli("init", "经验交流材料", "-o", str(blank)).code == 0
    assert "focus:  # 【不填 heading 时必填】着力点" in blank.read_text("utf-8")


def test_output_name_without_a_known_extension(cli: Callable[..., Run], tmp_path: Path) -> None:
    form = FORMS / "述职-履职最简.yaml"
    run = cli("build", str(form), "-o", str(tmp_path / "述职.pdf"))
    assert run.code == 2 and ".pdf" in run.err and ".docx" in run.err
    assert not (tmp_path / "述职.pdf").exists()  # a Word file named .pdf would not open as one
    run = cli("build", str(form), "-o", str(tmp_path / "述职2026.上半年"))
    assert run.code == 0, run.err
    assert (tmp_path / "述职2026.上半年.docx").read_bytes()[:2] == b"PK"
    run = cli("build", str(form), "-o", str(tmp_path / "述职"), "--format", "md")
    assert run.code == 0 and (tmp_path / "述职.md").exists()
    run = cli("build", str(form), "-o", str(tmp_path))
    assert run.code != 0 and "文件夹" in run.err
    assert not tmp_path.with_name(tmp_path.name + ".docx").exists()


def test_an_exchange_without_next_steps_does_not_end_on_a_disclaimer(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    # “……还有一定差距。” leads into the next steps; with none typed it would be the last word
    for seed in range(8):
        text = build_txt(cli, FORMS / "交流-最简.yaml", tmp_path / f"{seed}.txt", "--seed", str(seed))
        assert "差距" not in body_lines(text)[-1], seed
