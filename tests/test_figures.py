"""Figures the clause scan does not see (drafter.extract.figures, drafter.extract.spoken), the
correlatives 哪怕…也要…, 不在于…而在于…, 一手…一手…, the frame 对…要…, judgements ending on 的
and a couplet's topic: each on sentences written for these tests, with sentences of plain
narrative that must give no candidate."""

from __future__ import annotations

from test_unseen_extraction import _mine, _of

from drafter.extract.figures import kept_shape, pair_list
from drafter.extract.parallels import shares_frame


def test_sayings_after_a_word_of_speech_or_insight() -> None:
    assert "近水知鱼性，近山识鸟音" in _of("金句", "常言道，近水知鱼性，近山识鸟音。")
    # the first clause cut behind its own lead-in, where a word starts
    assert "台上一分钟，台下十年功" in _of("金句", "干部们私下说，这就是台上一分钟，台下十年功。")
    assert "临渊羡鱼，不如退而结网" in _of("金句", "老人们都说，临渊羡鱼，不如退而结网。")
    assert "千条路、万条路，增收是正路" in _of("金句", "老百姓讲，千条路、万条路，增收是正路。")
    # three clauses of one length lined up by one character, after a colon
    assert "小事见担当，难事见本领，急事见作风" in _of(
        "金句", "大家都懂得一个道理：小事见担当，难事见本领，急事见作风。")


def test_no_saying_in_what_the_writer_or_a_speaker_reports() -> None:
    for paragraph in ("他说，今天的会开得很好，大家回去抓落实。",
                      "可以说，镇里很重视，村里很配合。",  # the writer's own statement
                      "群众反映说，这条路修得好，那条路修得慢。",  # situated
                      "我们常年和群众打交道，情况摸得清，问题找得准。",  # 打交道 is no speech
                      "会上书记强调，各村要抓紧时间，确保按期完成。",
                      # the pair goes on as a list, and as a condition answered
                      "我们认识到，治理没有近路可抄，只有放下身段、真抓实干，才能见到成效。"):
        assert _of("金句", paragraph) == [], paragraph


def test_two_ways_of_doing_one_thing_compared_by_buru() -> None:
    assert _of("金句", "送钱送物，不如送个好支部。") == ["送钱送物，不如送个好支部"]
    assert _of("金句", "他觉得在外打工，不如回乡创业。") == []  # nothing compared in both
    assert _of("金句", "今年我们修路修桥，不如去年修得多。") == []  # situated


def test_questions_answered_in_turn() -> None:
    found = _of("金句", "干部怕什么？怕的是群众不满意；群众盼什么？盼的是日子更红火。")
    assert "干部怕什么？怕的是群众不满意；群众盼什么？盼的是日子更红火" in found
    assert _of("金句", "大家想一想，我们缺什么？缺的是担当。") == []  # one question alone


def test_lists_of_two_character_phrases() -> None:
    assert "路宽、灯明、水净、院洁" in _of("排比", "村里实现了路宽、灯明、水净、院洁的目标。")
    # items that are words (a list of verbs), and lists of three
    assert _of("排比", "会议要求认真学习、宣传、贯彻、落实有关精神。") == []
    assert _of("排比", "如今的村子路宽、灯明、院洁，大家都很满意。") == []


def test_a_two_character_list_is_read_from_its_first_item_and_at_word_boundaries() -> None:
    text = "实现路宽、灯明、水净、院洁"
    assert pair_list(text, text.index("、")) == ("排比", "路宽、灯明、水净、院洁", ())
    assert pair_list(text, text.index("、", 5)) is None  # (from its second item)


def test_phrases_keeping_one_thing_while_easing_another() -> None:
    assert "放权不放任、简政不简责" in _of("排比", "推进改革要坚持放权不放任、简政不简责，防止一放了之。")
    assert _of("排比", "他们减负不减责的做法值得推广。") == []  # one phrase alone
    # one shape of repetitions: the scan's run, not this rule's
    text = "群众满意不满意、高兴不高兴"
    assert kept_shape(text, text.index("不")) is None


def test_stages_from_one_state_to_another() -> None:
    found = _mine("从村里调解到镇上协调，再到县里督办，矛盾都能及时化解。")
    assert ("排比", "从村里调解到镇上协调，再到县里督办") in found
    assert ("句式", "从{A}到{B}，再到{C}") in found
    assert _of("排比", "从早上到晚上，再到第二天凌晨两点，大家一直守在堤上。") == []  # states far apart in length
    assert "从“看着学、跟着做”到“独立干”" in _of("排比", "新队员从“看着学、跟着做”到“独立干”只用了半年。")
    assert "由“被动等”向“主动办”转变" in _of("排比", "推动政务服务由“被动等”向“主动办”转变。")


def test_correlatives_of_even_if_not_in_but_in_and_one_hand() -> None:
    found = _mine("哪怕条件再艰苦，也要把路修到村口。")
    assert ("句式", "哪怕{A}，也要{B}") in found
    assert ("排比", "哪怕条件再艰苦，也要把路修到村口") in found
    assert "不在于说了多少，而在于干成了多少" in _of("排比", "衡量干部的标准不在于说了多少，而在于干成了多少。")
    assert "一手抓项目建设，一手抓环境整治" in _of("排比", "今年我们一手抓项目建设，一手抓环境整治，两手都很硬。")
    assert _mine("他一手拿着文件走进会场，坐了下来。") == []


def test_a_frame_of_a_function_word_and_one_character_from_the_end() -> None:
    assert shares_frame("对困难群众要月月访", "对五保户要周周看")
    assert not shares_frame("在会上发言", "在村里走访")
    assert not shares_frame("在镇里的工作中", "在群众的家里")  # (的 lines up by grammar alone)
    found = _of("排比", "对困难群众要月月访，对五保户要周周看，对重病患者要天天问。")
    assert found == ["对困难群众要月月访，对五保户要周周看，对重病患者要天天问"]


def test_judgements_ending_on_de_and_a_couplets_topic() -> None:
    found = _mine("成绩是拼出来的，经验是攒出来的，口碑是做出来的。")
    assert ("排比", "成绩是拼出来的，经验是攒出来的，口碑是做出来的") in found
    assert not [t for c, t in found if c == "句式"]  # ({A}出来的: a frame around no judgement)
    assert "权力是人民赋予的，责任是组织交付的" in _of("金句", "权力是人民赋予的，责任是组织交付的。")
    assert "乡村振兴只有起点，没有终点" in _of("金句", "乡村振兴只有起点，没有终点。")
    assert "只有起点，没有终点" in _of("金句", "我们要只有起点，没有终点。")  # (no topic: 我们要)
