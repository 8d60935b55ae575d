"""Shapes read off the misses of heldout7: a run whose first word opens on the character of an
answer (就业…), a hand's help (帮一把), 把…的… pairs, a lead verb before a pair (做到|…), a run's
last item longer than the others (严禁…、严禁在…), 与其说…不如说… and 如果说…那么… kept whole,
先…、再…、后…, classics and instructions quoted without a word of speech, quoted couplets of
three characters and counted slogans, sayings after 老百姓常讲, X不Y pairs sharing their frame,
and halves joined by ； answering each other: each on sentences written for these tests, with
sentences the rule must leave alone."""

from __future__ import annotations

from test_unseen_extraction import _of

from drafter.extract.correlatives import correlatives
from drafter.extract.figures import kept_shape
from drafter.extract.parallels import parallel
from drafter.extract.quality import junk_reasons, usable
from drafter.extract.sayings import counted, quoted
from drafter.extract.semicolons import answered_halves
from drafter.extract.shapes import run_on


def test_a_run_opening_on_a_word_not_an_answer() -> None:
    assert "就近入学、就近就医、就近养老" in _of("排比", "我们推动就近入学、就近就医、就近养老，群众很满意。")
    assert "帮一把、扶一把、拉一把" in _of("排比", "对困难群众，我们坚持帮一把、扶一把、拉一把。")
    # the answer to a condition cut off before the run stays none
    assert "就能干好、就能干成、就能干出样子" not in _of("排比", "只要肯下功夫，就能干好、就能干成、就能干出样子。")
    assert usable("帮一把、扶一把、拉一把", "排比")
    assert junk_reasons("思想上要统一把") and junk_reasons("就要把")


def test_ba_clauses_with_de_at_one_place() -> None:
    assert parallel("把群众的难事办好", "把企业的诉求接住")
    assert "把群众的难事办好、把企业的诉求接住、把发展的短板补齐" in _of(
        "排比", "我们坚持把群众的难事办好、把企业的诉求接住、把发展的短板补齐，各项工作稳步推进。")
    assert not parallel("把村里的路修好了", "把文件送到各村的")  # 的 at other places
    assert not parallel("把群众的事办好", "把文件下发到各个村")  # lengths differ


def test_a_lead_verb_cut_before_a_pair() -> None:
    assert "月月有调度、季季有考评" in _of("排比", "坚持月月有调度、季季有考评，工作有序推进。")
    assert "多吃粗粮、少吃油腻，多喝开水、少喝饮料" in _of(
        "排比", "医生建议，坚持多吃粗粮、少吃油腻，多喝开水、少喝饮料，身体才会好。")
    # the rest as long as the next clause but nothing lines them up: no pair
    assert _of("排比", "项目要确保按时完成、质量达标。") == []


def test_a_run_goes_on_to_a_longer_last_item() -> None:
    assert run_on(["住得上", "住得起", "住得好"], "住得安心的目标", False) == "住得安心"
    assert "严禁占用耕地、严禁毁坏林地、严禁污染水源、严禁在河道内私自采砂" in _of(
        "排比", "规定明确：严禁占用耕地、严禁毁坏林地、严禁污染水源、严禁在河道内私自采砂。")
    # 的 far on, or a long item the sentence goes on after, or one opening otherwise: left out
    assert run_on(["住得上", "住得起", "住得好"], "住得离单位近一点的地方", False) == ""
    assert run_on(["严禁酒驾", "严禁赌博", "严禁收礼"], "严禁在河道内采砂", False) == ""
    assert run_on(["严禁酒驾", "严禁赌博", "严禁收礼"], "严禁在工作日中午饮用任何酒类", True) == ""
    assert run_on(["抓思想", "抓制度", "抓督导"], "抓后续工作的落实", True) == ""  # a frame of one character


def _correlatives(texts: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    correlatives(texts, lambda: ["，"] * len(texts), 1, lambda c, t, line, tags: out.append((c, t)))
    return out


def test_restating_frames_and_steps_in_order() -> None:
    found = _correlatives(["与其说这是一次技术比武", "不如说是一场全镇干部作风的集中检阅"])
    assert ("排比", "与其说这是一次技术比武，不如说是一场全镇干部作风的集中检阅") in found
    found = _correlatives(["如果说党建是引领发展的“红色引擎”", "那么人才就是推动振兴的“第一资源”"])
    assert ("句式", "如果说{A}，那么{B}") in found and len(found) == 2
    # the other heads keep their limit: a long comparison is one sentence's
    assert [c for c, _ in _correlatives(["与其在办公室里反复研究材料和数据", "不如到田间地头去听一听群众的真实想法"])] == ["句式"]
    found = _correlatives(["我们先在两个村试点", "再在五个村推广", "后在九个村铺开"])
    assert ("排比", "先在两个村试点，再在五个村推广，后在九个村铺开") in found
    assert [c for c, _ in _correlatives(["先把情况摸清楚", "再拿出解决办法"])] == ["句式"]  # two steps: no 排比
    assert _correlatives(["首先在两个村试点", "再在五个村推广", "后在九个村铺开"]) == []  # 首先: no step


def test_quotations_without_a_word_of_speech() -> None:
    assert [t for _, t, _ in quoted("《荀子》有言：“不积跬步，无以至千里。”")] == ["不积跬步，无以至千里"]
    assert [t for _, t, _ in quoted("始终牢记总书记“把人民群众的小事当作大事来办”的重要指示。")] == [
        "把人民群众的小事当作大事来办"]
    assert quoted("落实“把人民群众的小事当作大事来办”的工作要求。") == []
    assert quoted("《实施方案》提出“全面完成农村人居环境整治提升任务”。") == []  # a document, not a classic
    assert [t for _, t, _ in quoted("大家喊出了“有困难，找支部”的口号。")] == ["有困难，找支部"]
    assert quoted("他说自己“有困难，找我们支部书记”。") == []
    assert counted(["一个中心", "两支队伍", "三项机制"])
    assert not counted(["一季度", "二季度", "三季度"]) and not counted(["一个中心", "三支队伍", "两项机制"])
    assert usable("地是聚宝盆，人勤地生金", "金句") and junk_reasons("地做好各项工作")


def test_sayings_people_say_and_pairs_around_bu() -> None:
    assert _of("金句", "老百姓常讲，地是聚宝盆，人勤地生金。") == ["地是聚宝盆，人勤地生金"]
    assert _of("金句", "老百姓常讲，这几年村里的变化太大了，大家都看在眼里。") == []
    text = "我们大力弘扬严管不松手、严查不松劲的作风。"
    assert kept_shape(text, text.index("不")) == ("排比", "严管不松手、严查不松劲", ())
    text = "我们坚持严管不松手、严查要到位。"
    assert kept_shape(text, text.index("不")) is None


def test_halves_joined_by_semicolons() -> None:
    text = "一次走访，带去的是党的温暖；一次走访，解开的是群众心头的疙瘩；一次走访，拉近的是干群的距离。"
    assert answered_halves(text, text.index("；")) == ("排比", text.rstrip("。"), ())
    text = "我常讲，早到一步，群众就少一分损失；晚到一刻，灾情就多一处扩大的可能。"
    assert answered_halves(text, text.index("；")) == (
        "金句", "早到一步，群众就少一分损失；晚到一刻，灾情就多一处扩大的可能", ())
    for text in ("经常抓，抓经常；反复抓，抓反复。",  # every clause pairs: the scan's
                 "会议听取了汇报，研究了下一步工作；大家一致认为，成效明显。"):  # nothing answers
        assert answered_halves(text, text.index("；")) is None, text
