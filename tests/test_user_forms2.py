"""Forms as users fill them in, second round: text pasted from Word (its own line breaks, its own
numbering), straight quotes and tabs, values YAML would read as numbers, dates written in
Chinese numerals, files saved as GBK, and the mistakes whose messages led users astray."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, Run
from test_user_forms import body_lines, build_txt, check

FORMS = DATA / "forms"


def built(cli: Callable[..., Run], tmp_path: Path, body: str, out: str = "a.txt") -> str:
    """The text the form `body` (written to 表单.yaml) builds into `out`."""
    form = tmp_path / "表单.yaml"
    form.write_text(body, "utf-8")
    return build_txt(cli, form, tmp_path / out, "--force")


_OWN_MARKER = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、]|[①-⑳])")


def test_headings_and_listed_items_keep_one_number(cli: Callable[..., Run], tmp_path: Path) -> None:
    # 一、 2. （一） ① 1、 一是 typed by the user: the draft numbers them, once
    for name in ("城关镇-自带编号长段落.yaml", "述职-繁体自带一是.yaml"):
        text = build_txt(cli, FORMS / name, tmp_path / f"{name}.txt")
        for line in body_lines(text):
            assert not re.match(rf"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）){_OWN_MARKER.pattern}", line), line
            assert not re.search(r"[一二三四五六七八九十]是(?:[①-⑳]|\d+、|[一二三四五六七八九十]是)", line), line
    text = build_txt(cli, FORMS / "城关镇-自带编号长段落.yaml", tmp_path / "a.txt", "--force")
    assert "　　（一）聚焦产业发展，夯实强镇根基。坚持项目为王。\n" in text
    assert "　　（二）持续改善人居环境\n" in text
    assert "　　（一）抓项目。力争2027年新签约项目20个。\n" in text
    assert "一是产业链条短；二是人才储备不足；三是财政收支矛盾突出。" in text
    text = build_txt(cli, FORMS / "述职-繁体自带一是.yaml", tmp_path / "b.txt")
    assert "　　（一）抓好農業農村工作\n" in text and "　　（二）抓好安全生產\n" in text
    assert "一是學習不夠系統；二是創新不夠。" in text
    assert "一是加強學習；二是改進作風；三是狠抓落實。" in text


def test_a_line_that_does_not_end_a_sentence_runs_on(cli: Callable[..., Run], tmp_path: Path) -> None:
    # a paragraph pasted from Word broke after ； and ：; a line ending 。 still starts a new one
    text = build_txt(cli, FORMS / "城关镇-自带编号长段落.yaml", tmp_path / "a.txt")
    assert "同比增长5.6%；规上工业增加值增长8.1%，5G基站新建42个。现将" in text
    assert "接待客商考察32批次；三是优化营商环境" in text
    assert "\n　　全年新签约项目15个，" in text  # after 。 a paragraph of its own
    for line in body_lines(text):
        assert not line.startswith(("规上工业", "三是优化")), line


def test_quotes_tabs_and_mixed_latin_are_typeset(cli: Callable[..., Run], tmp_path: Path) -> None:
    for seed in ("0", "1", "2"):
        out = tmp_path / f"{seed}.docx"
        assert cli("build", str(FORMS / "述职-引号制表符.yaml"), "-o", str(out), "--seed", seed).code == 0
        import docx  # (python-docx: only to read the result back)

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert '"' not in text and "「" not in text and "\t" not in text, text
        assert "认真学习“两个确立”重大意义，坚决做到“两个维护”。" in text
        assert "撰写“学习心得”6篇" in text and "全年下村180天。走访农户420户（含“五保户”36户）。" in text
        assert "2026年1—10月完成GDP 8.6亿元" in text and "PM2.5年均浓度降至28μg/m³。" in text
        assert "述职人：阿卜杜·热合曼" in text and "2026年11月22日" in text


def test_values_yaml_reads_as_numbers_stay_as_typed(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = built(cli, tmp_path, (
        "template: work-report\nunit: 甲镇人民政府\nperiod: 2026.10\nwe: 我镇\nfocus: 发展\n"
        "achievements:\n  - title: 0012\n    facts: [2026.10, yes, 12:30, 1_000, .5]\n"))
    assert text.startswith("甲镇人民政府2026.10工作总结")
    assert "（一）0012\n" in text
    for typed in ("2026.10。", "yes。", "12:30。", "1_000。", ".5。"):
        assert f"　　{typed}\n" in text, typed
    run = check(cli, tmp_path, "template: work-report\nreport_date: 2026.10\n")
    assert "“2026.10”" in run.err


def test_dates_in_chinese_numerals_and_months_without_a_day(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: work-report\nreport_date: 2026年11月\n")
    assert "表单.yaml:2 report_date" in run.err and "日" in run.err.split("report_date", 1)[1]
    assert "缺少" in run.err or "写到日" in run.err


def test_text_in_another_encoding_or_with_bom_and_crlf(cli: Callable[..., Run], tmp_path: Path) -> None:
    source = (FORMS / "心得-最简.yaml").read_text("utf-8")
    want = build_txt(cli, FORMS / "心得-最简.yaml", tmp_path / "want.txt")
    for i, data in enumerate((source.encode("gbk"), source.encode("gb18030"),
                              b"\xef\xbb\xbf" + source.replace("\n", "\r\n").encode("utf-8"),
                              source.encode("utf-16"))):
        form = tmp_path / f"{i}.yaml"
        form.write_bytes(data)
        assert build_txt(cli, form, tmp_path / f"{i}.txt") == want, i


def test_a_form_saved_as_big5_reads_as_typed(cli: Callable[..., Run], tmp_path: Path) -> None:
    """Big5 bytes decode as GB18030 too, into rare characters (西河鎮 → ﹁猠马): the Big5 reading wins."""
    source = (
        "template: reflection\ntraining: 全縣鄉村振興專題培訓班\norganiser: 縣農業農村局\ntime: 2026年11月\n"
        "unit: 紅星村\nname: 錢多多\ngains:\n  - 學到了很多，體會很深\ninsights:\n  - title: 調研要深入\n"
        "    content: [到田間地頭去]\n  - title: 學習要紮實\n    content: [理論聯系實際]\nactions:\n  - 多學習\n  - 多實踐\n"
    )
    big5, utf8 = tmp_path / "big5.yaml", tmp_path / "utf8.yaml"
    big5.write_bytes(source.encode("big5"))
    utf8.write_text(source, encoding="utf-8")
    got = build_txt(cli, big5, tmp_path / "big5.txt")
    assert got == build_txt(cli, utf8, tmp_path / "utf8.txt") and "全縣鄉村振興專題培訓班" in got


def test_emoji_are_refused_with_where_they_are(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, (
        "template: 心得体会\ntraining: 培训班\norganiser: 县委党校\ntime: 10月\nunit: 某单位\n"
        "name: 张三\ngains:\n  - 收获很大👍\ninsights: [{title: 甲, content: [乙]}, {title: 丙, content: [丁]}]\n"
        "actions: [一, 二]\n"))
    assert "表单.yaml:8 gains[1]" in run.err and "👍" in run.err and "表情" in run.err


def test_a_misspelt_field_is_named_once_not_also_as_missing(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, (
        "template: 心得体会\ntraining: 培训班\norganiser: 县委党校\ntime: 10月\nunit: 某单位\nname: 张三\n"
        "gains: [收获]\ninsights:\n  - {title: 甲, content: [乙]}\n  - titel: 丙\n    contnet: [丁]\n"
        "actions: [一, 二]\nreportdate: 2026-10-20\n"))
    assert "insights[2].titel" in run.err and "“title”" in run.err
    assert "insights[2].contnet" in run.err and "“content”" in run.err
    assert "reportdate" in run.err and "“report_date”" in run.err
    assert "不能为空" not in run.err  # what was typed under the wrong name is not missing
    assert "共 3 处问题" in run.err


def test_list_where_one_value_is_expected(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 心得体会\ntraining:\n  - 全县乡镇干部培训班\n")
    assert "表单.yaml:2 training" in run.err and "training: 全县乡镇干部培训班" in run.err
    # a text field given as a list: each item is a paragraph
    form = tmp_path / "ok.yaml"
    form.write_text((FORMS / "心得-最简.yaml").read_text("utf-8")
                    + "closing:\n  - 学习没有终点。\n  - 我将学以致用\n", "utf-8")
    text = build_txt(cli, form, tmp_path / "a.txt")
    assert "\n　　学习没有终点。\n　　我将学以致用。\n" in text


@pytest.mark.parametrize(("body", "said"), [
    ("template: 工作总结\nunit: 甲镇\nachievements:\n\t- title: 甲\n", ("表单.yaml:4", "行首的 Tab")),
    ("template: 工作总结\nunit: 甲镇\nperiod: 2026年\nunit: 乙镇\n", ("表单.yaml:4", "第 2 行")),
    ("", ("表单是空的", "drafter init")),
    ("# 只有注释\n", ("表单是空的", "drafter init")),
])
def test_messages_for_layout_mistakes(cli: Callable[..., Run], tmp_path: Path, body: str,
                                      said: tuple[str, ...]) -> None:
    run = check(cli, tmp_path, body)
    for part in said:
        assert part in run.err, run.err


def test_a_heading_lead_typed_over_lines_stays_on_its_line(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = built(cli, tmp_path, (
        "template: 工作总结\nunit: 某某街道办事处\nperiod: 2026年上半年\nwe: 我街道\nfocus: 城市更新\n"
        "achievements:\n  - title: 基层治理\n    summary: |\n      深化“街乡吹哨、部门报到”\n"
        "      接诉即办响应率100%\n    facts: [解决率95.6%]\n"
        "plans:\n  - title: 持续推进城市更新\n    detail: |\n      完成老旧小区改造8个，\n      新增停车位600个。\n"))
    assert "　　（一）持续推进城市更新。完成老旧小区改造8个，新增停车位600个。\n" in text
    assert "　　（一）基层治理。深化“街乡吹哨、部门报到”。接诉即办响应率100%。\n" in text
    text = build_txt(cli, tmp_path / "表单.yaml", tmp_path / "a.md")
    assert "\n\n**（一）持续推进城市更新。**完成老旧小区改造8个，新增停车位600个。\n\n" in text


def test_choices_numbers_and_yes_no_as_users_write_them(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 述职报告\nyear: 2026年\nstructure: 履职\n")
    assert "year：" in run.err and "只写数字，如 2026" in run.err
    assert "structure：" in run.err and "是不是“履职情况”" in run.err
    form = tmp_path / "交流.yaml"
    form.write_text((FORMS / "交流-最简.yaml").read_text("utf-8") + "is_speech: 是的\n", "utf-8")
    assert "各位领导、同志们：" in build_txt(cli, form, tmp_path / "a.txt")


@pytest.mark.parametrize(("value", "said"), [
    ("  - '两个维护'落实不够", "中文引号"),
    ('  - "两个维护"落实不够', "中文引号"),
    ("  - [重点]工作", "【】"),
    ("  - {重点}工作", "【】"),
])
def test_an_item_opening_with_a_quote_or_bracket(cli: Callable[..., Run], tmp_path: Path, value: str,
                                                 said: str) -> None:
    run = check(cli, tmp_path, f"template: 工作总结\nunit: 甲镇\nproblems:\n{value}\n  - 人才缺乏\n")
    assert "表单.yaml:4" in run.err and said in run.err and "缩进不一致" not in run.err, run.err


def test_a_value_in_brackets_is_not_taken_for_a_list_silently(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 工作总结\nunit: 甲镇\nfocus: [重点]\nwe: {我镇}\n")
    assert "表单.yaml:3 focus" in run.err and "表单.yaml:4 we" in run.err
    assert run.err.count("【】") == 2, run.err


def test_bullets_pasted_in_front_of_lines_go(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = built(cli, tmp_path, (
        "template: 工作总结\nunit: 某某镇人民政府（筹）\nperiod: 2026年度\nwe: 我镇\nfocus: 乡村振兴\n"
        "achievements:\n  - title: ● 乡村振兴\n    facts:\n      - |\n        - 新建高标准农田5000亩\n"
        "        • 新增家庭农场12家\n      - ● 培育新型职业农民300人\n      - '* 完成土地流转1.2万亩'\n"
        "      - -5%的村仍无集体收入\n"))
    assert "某某镇人民政府（筹）2026年度工作总结" in text and "（一）乡村振兴\n" in text
    for fact in ("新建高标准农田5000亩。", "新增家庭农场12家。", "培育新型职业农民300人。",
                 "完成土地流转1.2万亩。", "-5%的村仍无集体收入。"):
        assert f"\n　　{fact}\n" in text, fact


def test_dates_and_markers_as_helpers() -> None:
    import datetime as dt

    from drafter.cntext import enumerate_cn, parse_date, strip_marker

    assert parse_date("二〇二六年十一月二十二日") == dt.date(2026, 11, 22)
    assert parse_date("二○二六年一月一日") == dt.date(2026, 1, 1)  # ○ for 〇, as keyboards give it
    assert parse_date("二〇〇九年十月三十一日") == dt.date(2009, 10, 31)
    assert parse_date("二〇二六年二月三十日") is None and parse_date("二〇二六年十一月") is None
    for typed in ("一、抓党建", "（一）抓党建", "(2) 抓党建", "1. 抓党建", "1、抓党建", "① 抓党建", "一是抓党建",
                  "第一，抓党建"):
        assert strip_marker(typed) == "抓党建", typed
    for kept in ("1.5亿元资金到位", "2026年", "一、二级公路", "1、2号楼", "5G基站", "十分重视", "一是"):
        assert strip_marker(kept) == kept, kept
    assert enumerate_cn(["① 甲；", "② 乙，", "三是丙"]) == "一是甲；二是乙；三是丙。"


@pytest.mark.parametrize(
    ("post", "leader"),
    [
        ("东山乡党委书记", "县委、县政府和乡党委"),
        ("城关街道党工委副书记、办事处主任", "县委、县政府和街道党工委"),
        ("西河镇乡村振兴办主任", "县委、县政府和镇党委"),  # (乡村 is no 乡)
        ("县农业农村局局长", "县委、县政府的"),
    ],
)
def test_a_debrief_without_leader_names_the_organs_of_the_post(
    cli: Callable[..., Run], tmp_path: Path, post: str, leader: str
) -> None:
    form = tmp_path / "述职.yaml"
    form.write_text(
        f"template: debrief\nname: 张三\npost: {post}\nstructure: 履职情况\nduties:\n  - title: 抓经济\n"
        "    facts: [完成投资1亿元]\nshortcomings: [学习不够]\nplans: [加强学习, 改进作风]\n",
        encoding="utf-8",
    )
    text = build_txt(cli, form, tmp_path / "述职.txt")
    assert leader in text and (leader.endswith("的") or "镇党委" not in text.replace(leader, ""))


@pytest.mark.parametrize(("body", "where", "said"), [
    # a field of a list item one space short of the field above it
    ("achievements:\n  - title: 抓党建\n   facts:\n      - 新建3个。\n", "表单.yaml:5：", "“facts”前面有 3 个空格，与上面的“title”没有对齐：请改为 4 个空格"),
    # a top-level field typed with a space in front
    (" period: 2026年\n", "表单.yaml:3：", "“period”前面有 1 个空格，与上面的“unit”没有对齐：请删去行首的空格"),
    # a list item one space short of the item above it
    ("problems:\n  - 人才缺乏。\n - 资金不足。\n", "表单.yaml:5：", "“- 资金不足。”前面有 1 个空格，与上面的“- 人才缺乏。”没有对齐：请改为 2 个空格"),
])
def test_a_field_or_item_off_its_column_is_named_with_the_fix(cli: Callable[..., Run], tmp_path: Path,
                                                              body: str, where: str, said: str) -> None:
    run = check(cli, tmp_path, f"template: 工作总结\nunit: 甲镇\n{body}")
    assert run.code == 2 and where in run.err and said in run.err, run.err


def test_no_column_is_guessed_for_a_field_far_from_any_above(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = check(cli, tmp_path, "template: 工作总结\nunit: 甲镇\nachievements:\n  - title: 抓党建\n    facts:\n"
                               "      - 新建3个。\n problems:\n  - 人才缺乏。\n")
    assert run.code == 2 and "表单.yaml:" in run.err and "没有对齐" not in run.err, run.err


def test_straight_single_quotes_around_chinese_become_chinese_quotes(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = built(cli, tmp_path, (
        "template: 工作总结\nunit: 甲镇\nperiod: 2026年\nwe: 我镇\nfocus: 移风易俗\n"
        "achievements:\n  - title: 文明乡风\n    facts:\n"
        "      - 推行'文明积分'管理，积分可到村'爱心超市'兑换。\n"
        "      - 书记说\"要当好'领头雁'\"，带头不办酒。\n"
        "      - 引进Tom's Farm项目，建成'A'级标准棚。\n"
        "problems:\n  - 人才缺乏。\nplans:\n  - title: 持续推进\n    detail: 巩固成果。\n"
    ))
    assert "推行“文明积分”管理，积分可到村“爱心超市”兑换。" in text
    assert "书记说“要当好‘领头雁’”，带头不办酒。" in text
    # (an apostrophe and quotes around Latin letters stay as typed)
    assert "引进Tom's Farm项目，建成'A'级标准棚。" in text
