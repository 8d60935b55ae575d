"""Chinese writing helpers: numerals, markers, enumerations, dates, punctuation."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.cntext import cn_num, enumerate_cn, fullwidth, join_cn, ordinal, parse_date, sentence
from drafter.model import cn_date


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "零"), (7, "七"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"),
     (110, "一百一十"), (1005, "一千零五"), (10010, "一万零一十"), (123456, "十二万三千四百五十六")],
)
def test_cn_num(n: int, text: str) -> None:
    assert cn_num(n) == text


def test_ordinals_for_every_level() -> None:
    assert [ordinal(3, level) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]
    with pytest.raises(ValueError):
        ordinal(1, 5)


def test_enumerate_cn_skips_empty_items_and_ends_the_sentence() -> None:
    assert enumerate_cn(["抓党建", "促发展。", "", None]) == "一是抓党建；二是促发展。"
    assert enumerate_cn(["只有一项"]) == "只有一项。"
    assert enumerate_cn([]) == ""


def test_join_and_sentence() -> None:
    assert join_cn(["党建", "", "产业", "治理"]) == "党建、产业、治理"
    assert sentence("发展党员12名") == "发展党员12名。"
    assert sentence("覆盖率达100%！") == "覆盖率达100%！"
    assert sentence("还有，") == "还有。"
    assert sentence("水位站6处；") == "水位站6处。"
    assert sentence("实现“双提升”") == "实现“双提升”。" and sentence("出台《办法（试行）》") == "出台《办法（试行）》。"
    assert sentence("“功成不必在我。”") == "“功成不必在我。”" and sentence("主要是：") == "主要是："
    assert sentence("（此处从略）") == "（此处从略）"  # a note in brackets is no sentence
    assert enumerate_cn(["产业单一、", "干劲不足！", "问题如下："]) == "一是产业单一；二是干劲不足；三是问题如下。"


def test_dates_without_zero_padding() -> None:
    assert cn_date(dt.date(2026, 1, 5)) == "2026年1月5日"
    assert parse_date("2026年11月21日") == dt.date(2026, 11, 21)
    assert parse_date("2026.1.5") == dt.date(2026, 1, 5)
    assert parse_date("2026-02-30") is None


def test_fullwidth_keeps_numbers() -> None:
    assert fullwidth("完成3.5亿元,增长12%;群众(村民)满意") == "完成3.5亿元，增长12%；群众（村民）满意"
    assert fullwidth('他说"好"') == "他说“好”"
