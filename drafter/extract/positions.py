"""Openings, transitions and closings: sentences mined by their place in an essay and a cue.

An opening sits in the first two paragraphs and states the occasion (现将…如下, 近年来…), the
purpose (浅谈几点认识, 现与…分享), the stakes (…已成为当务之急, 清醒地看到…) or, as the first
sentence of the essay, the standing of its subject (乡镇是…的末端, …处在…第一线).  A closing sits
in the last two paragraphs and sums up (总之…), pledges (我将…, 不辜负…重托) or asks for comments.
A transition sits in between: a connective sentence, or the lead-in clause that announces a list
(…具体表现为：, 概括起来有以下几个特点：), of which only that clause is reusable.
"""

from __future__ import annotations

import re

from .text import han_len

OPENING_CUES = re.compile(
    r"^(根据|按照|近年来|今年以来|.{0,10}以来|回顾|时光|现将|下面)"
    r"|现将.{0,30}(如下|汇报|报告)|(浅谈|谈谈|汇报|交流)(几点|一下|如下)"
    r"|(现|下面|在此|借此).{0,12}(分享|交流|汇报|谈谈|浅谈)"
    r"|(成为|是).{0,16}(当务之急|大课题|重要课题|必然要求|迫切需要|重中之重)"
    r"|(清醒地|也要|必须|应当|应该)看到"
)
# only as the essay's first sentence: elsewhere such a statement is the body of a section
STANDING_CUES = re.compile(
    r"^[^，。；]{2,12}(处在|处于|肩负着?)[^。；]{0,20}(第一线|最前沿|最基层|末端|前沿)"
    r"|^[^，。；]{2,12}是[^。；]{2,20}(末端|基础|基石|地基|桥梁和纽带|桥梁|纽带|神经末梢|最基层)"
)
_TRANSITIONS = ("与此同时", "同时", "此外", "另外", "另一方面", "一方面", "当然", "然而", "对此", "为此",
                "因此", "具体来说", "具体而言", "总体来看", "实践证明", "事实证明", "由此可见", "可见", "其次",
                "再次", "最后")
TRANSITION_CUES = re.compile("^(" + "|".join(_TRANSITIONS) + ")[，：]")
# A sentence TRANSITION_CUES matches has one of these as its first clause: the set lookup tells
# which sentences of a paragraph to try at all.
TRANSITION_WORDS = frozenset(_TRANSITIONS)
LIST_LEAD_IN = re.compile(
    r"(?:^|[，；])([^，；：“”]{0,12}(如下|以下[^，；：“”]{0,10}|(具体|主要|集中)(表现|体现)(为|在)|"
    r"主要有|概括起来[^，；：“”]{0,10})：)$"
)
CLOSING_CUES = re.compile(
    r"^(总之|总而言之|综上所述|总的来说|总的看|以上|今后|下一步|展望|在新的一年里|新的一年|"
    r"在今后的工作中|在以后的工作中|今后的工作中|站在新的起点上)"
    r"|(批评指正|多多指教|不妥之处|恳请|敬请)"
    r"|(我将|我们将|我会|我们会|决心|将继续|将始终|将一如既往)"
    r"|(不辜负|无愧于|对得起).{0,20}(希望|重托|期望|信任|嘱托|使命)"
    r"|(只有这样|唯有如此).{0,4}才能"
)


# Words one of which every sentence OPENING_CUES or CLOSING_CUES matches holds: a search for them
# (a set of literal words, which the engine scans for quickly) spares the full search, ten times
# slower, in most sentences.  tests/test_extract.py checks that no match escapes them.
OPENING_WORDS = re.compile("根据|按照|近年来|以来|回顾|时光|现将|下面|浅谈|谈谈|汇报|交流|分享|当务之急|大课题|"
                           "重要课题|必然要求|迫切需要|重中之重|看到")
CLOSING_WORDS = re.compile("总之|总而言之|综上所述|总的来说|总的看|以上|今后|下一步|展望|新的一年|在以后|"
                           "站在新的起点上|批评指正|多多指教|不妥之处|恳请|敬请|我将|我们将|我会|我们会|决心|将继续|"
                           "将始终|将一如既往|不辜负|无愧于|对得起|只有这样|唯有如此")


def positional(sent: str, index: int, last: int, first: bool) -> tuple[str, str] | None:
    """(category, text) when the sentence at paragraph `index` (of 0…`last`) is an opening,
    transition or closing; `first` says it is the essay's first sentence."""
    size = len(sent)
    if size < 6:
        return None
    if index <= 1 and size <= 60 and ((OPENING_WORDS.search(sent) and OPENING_CUES.search(sent))
                                      or (first and STANDING_CUES.search(sent))):
        return "开头", sent
    if index >= last - 1 and index > 1:
        # pledges run longer than other closings: the whole sentence is the pledge
        return ("结尾", sent) if size <= 80 and CLOSING_WORDS.search(sent) and CLOSING_CUES.search(sent) \
            else None
    if not 0 < index < last:
        return None
    if sent.endswith("："):
        lead_in = LIST_LEAD_IN.search(sent)
        if lead_in and han_len(lead_in.group(1)) >= 4:
            return "过渡", lead_in.group(1)
    if 10 <= size <= 40 and "“" not in sent and (TRANSITION_CUES.search(sent) or sent.endswith("：")):
        return "过渡", sent
    return None
