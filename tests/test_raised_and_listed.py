"""Shapes read off the misses of heldout6: 没有…就没有… and 没有…只有…, a judgement raised by
更是 (drafter.extract.judgements), a pair that says a character again at the same places, a
couplet of three characters, enumerations by ordinals whose items run on over clauses or whose
first ordinal stands behind a lead-in (drafter.extract.ordinals), sayings after a word that names
one (俗话说，), and words ending on 使 or 在 that ask for nothing more: each on sentences written
for these tests, with sentences that must give no candidate."""

from __future__ import annotations

from test_unseen_extraction import _mine, _of

from drafter.extract.judgements import raised
from drafter.extract.parallels import echoed
from drafter.extract.quality import usable


def test_without_one_there_is_not_the_other() -> None:
    found = _mine("没有过硬的队伍，就没有长久的发展。")
    assert ("排比", "没有过硬的队伍，就没有长久的发展") in found
    assert ("句式", "没有{A}，就没有{B}") in found
    assert "没有干不好的工作，只有不敢担当的干部" in _of("排比", "大家都明白，没有干不好的工作，只有不敢担当的干部。")
    for paragraph in ("今年没有发生安全事故，只有两起轻微的剐蹭。",  # behind a subject: a report
                      "没有发生安全事故，只有两起轻微的剐蹭。",  # nothing said again: a report
                      "他没有来，只有小王来了。",
                      "如果没有资金，就没有办法开展这项工作。"):
        assert [c for c, _ in _mine(paragraph) if c in ("排比", "句式")] == [], paragraph


def test_a_judgement_raised_by_gengshi() -> None:
    text = "乡村治理是一项民生工程，更是一项民心工程。"
    assert _of("排比", text) == ["乡村治理是一项民生工程，更是一项民心工程"]
    assert raised(text, text.index("，更是")) is not None
    for text in ("这项工作是我们的任务，更是我们的责任。",  # tied to the essay
                 "会议强调，治理是一项工程，更是一项民心工程。",  # not the sentence's first clause
                 "读书不仅是为了增长知识，更是为了提高能力。",  # a correlative's
                 "乡村治理是一项工程，更是一项关系千家万户切身利益的长期系统工程。"):  # unequal
        assert raised(text, text.index("，更是")) is None, text


def test_a_pair_saying_a_character_again_at_the_same_places() -> None:
    assert echoed("不写报告写实绩", "不比排场比成效")
    assert echoed("干一行爱一行", "专一行精一行")
    assert not echoed("不写报告写实绩", "多比排场比成效")  # nothing shared but the repeat's shape
    assert not echoed("加强队伍建设", "提高工作水平")  # no repeat
    assert not echoed("不写报告写实绩", "不比排场看成效")  # the repeat at one place only
    assert "不写报告写实绩，不比排场比成效" in _of("排比", "我们要求各村，不写报告写实绩，不比排场比成效，年底再评。")


def test_a_couplet_of_three_characters() -> None:
    assert _of("金句", "勤生智，俭生廉。大家要记在心上。") == ["勤生智，俭生廉"]
    for paragraph in ("抓党建，促发展。大家要记在心上。",  # no character shared
                      "村里的，镇上的。大家要记在心上。",  # a particle shared
                      "我们勤生智，俭生廉，大家要记在心上。"):  # not a sentence of its own
        assert _of("金句", paragraph) == [], paragraph


def test_enumerations_by_ordinals() -> None:
    assert "一看思路清不清，二看措施实不实，三看成效好不好" in _of(
        "排比", "考核干部，我们坚持一看思路清不清，二看措施实不实，三看成效好不好。")
    listed = ("一是学习抓得不够实，有时满足于读文件、记笔记；二是调研走得不够深，有时满足于听汇报、看材料；"
              "三是落实抓得不够细，有的事项只部署不督办")
    assert listed in _of("排比", f"查摆出的问题主要有：{listed}。")
    # items of one clause each: the last one too, what follows it is no part of the list
    assert "一是学习不深、不透；二是办法不多；三是作风不实" in _of(
        "排比", "一是学习不深、不透；二是办法不多；三是作风不实，这些问题要整改。")
    # an ordinal inside a word (统一要求) opens no list; the last item running on past the others
    assert not any(t.startswith("一要") for t in _of("排比", "我们统一要求各村，二要抓紧落实，三要及时上报。"))
    assert not any(t.startswith("一是") for t in _of(
        "排比", "一是学习不深，有时以干代学；二是办法不多，创新不够；三是作风不实，这些问题我们将认真整改，确保取得实效。"))
    # an item far longer than the others
    assert not any(t.startswith("一是") for t in _of(
        "排比", "一是学习不深，以干代学；二是办法不多，创新不够；三是作风不实，对群众反映强烈的突出问题研究不够、推动不力、"
        "跟踪问效不及时，有的问题久拖不决。"))


def test_sayings_after_a_word_that_names_one() -> None:
    assert _of("金句", "老话讲，远亲不如近邻，邻里之间有了矛盾要多沟通多商量。") == ["远亲不如近邻"]
    assert _of("金句", "俗话说，一个篱笆三个桩，一个好汉三个帮。") == ["一个篱笆三个桩，一个好汉三个帮"]
    assert _of("金句", "俗话说，家和万事兴。") == ["家和万事兴"]
    for paragraph in ("老话讲，要干就干好。",  # an order
                      "俗话说，这个事情我们要认真对待，不能马虎。",  # situated, and long
                      "老话讲，人心齐，齐心干，大家一条心，什么困难都能克服。",  # where it ends is unclear
                      "大家常说，远亲不如近邻。"):  # no word that names a saying
        assert _of("金句", paragraph) == [], paragraph


def test_ends_on_words_that_ask_for_nothing_more() -> None:
    assert usable("心往一处想，劲往一处使", "金句")
    assert usable("问题依然存在", "排比") and usable("这正是症结所在", "金句")
    assert not usable("这样才能使", "排比") and not usable("为了往后能使", "排比")
    assert not usable("把功夫下在", "排比")
