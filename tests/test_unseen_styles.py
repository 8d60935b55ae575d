"""Essays written the way the seeds are not: other sites, other markers, other noise.

Every line here was written for this test (none is taken from seeds/), so these cases check that
the rules are general, not fitted to the seeds' lines.
"""

from __future__ import annotations

from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.outline import outline

BODY = "今年以来，我们围绕中心工作扎实推进，完成了年初确定的各项目标任务，群众满意度明显提升。"


def heads(*lines: str) -> list[tuple[int, str, str]]:
    docs = split_essays(["某镇综治办工作总结", *lines], "t.txt")
    return [(h.level, h.marker, h.text) for h in outline(clean_doc(docs[0]))]


def body_text(*lines: str) -> str:
    docs = split_essays(["某镇综治办工作总结", *lines], "t.txt")
    return "\n".join(p.text for p in clean_doc(docs[0]).paragraphs)


def test_a_heading_may_open_on_a_year() -> None:
    got = heads(BODY, "一、主要工作", BODY, "二、2026年工作打算", BODY, "三、保障措施", BODY)
    assert got == [(1, "一、", "主要工作"), (1, "二、", "2026年工作打算"), (1, "三、", "保障措施")]


def test_a_list_of_numerals_is_not_a_heading() -> None:
    # 一、二、三等奖 names three prizes; it does not open section 一
    got = heads(BODY, "一、二、三等奖获得者名单已在村务公开栏公示，接受群众监督。", BODY)
    assert got == []


def test_an_enumeration_inside_one_paragraph_is_not_a_heading() -> None:
    got = heads(BODY, "一、工作打算", BODY, "一要完善矛盾纠纷化解机制。二要加强网格员队伍建设。三要抓好禁毒宣传。")
    assert got == [(1, "一、", "工作打算")]


def test_ordinals_opening_their_own_paragraphs_are_headings() -> None:
    got = heads(BODY, "一、工作打算", BODY, "一要完善矛盾纠纷化解机制。" + BODY, "二要加强网格员队伍建设。" + BODY)
    assert got == [(1, "一、", "工作打算"), (2, "一要", "完善矛盾纠纷化解机制"), (2, "二要", "加强网格员队伍建设")]


def test_part_markers() -> None:
    got = heads(BODY, "第一部分 主要工作", BODY, "第二部分 存在问题", BODY)
    assert got == [(1, "第一部分", "主要工作"), (1, "第二部分", "存在问题")]


def test_part_markers_whose_space_was_dropped() -> None:
    # a page's wide space after 部分 goes with the stray spaces; the short line is still a heading
    got = heads(BODY, "第一部分\u3000基本情况", BODY, "第二部分存在的问题", BODY, "第三部分是对策建议，分三个方面。" + BODY)
    assert got == [(1, "第一部分", "基本情况"), (1, "第二部分", "存在的问题")]


def test_circled_numbers_nest_like_any_other_family() -> None:
    got = heads(
        BODY, "（一）织密组织体系", "①建强网格党支部。" + BODY, "②用好党员中心户。" + BODY,
        "（二）畅通服务渠道", "❶推行“码上办”。" + BODY, "⑴一件事一次办" , BODY,
    )
    assert got == [
        (1, "（一）", "织密组织体系"), (2, "①", "建强网格党支部"), (2, "②", "用好党员中心户"),
        (1, "（二）", "畅通服务渠道"), (2, "❶", "推行“码上办”"), (3, "⑴", "一件事一次办"),
    ]


def test_capital_numerals_roman_numerals_and_half_parentheses_are_families() -> None:
    got = heads(
        BODY, "壹、基本情况", BODY, "贰、主要做法", "Ⅰ.抓组织", "1)建强支部。" + BODY, "2）用好中心户。" + BODY,
        "Ⅱ.抓服务", BODY, "拾壹、其他事项", BODY,
    )
    assert got == [
        (1, "壹、", "基本情况"), (1, "贰、", "主要做法"), (2, "Ⅰ.", "抓组织"), (3, "1)", "建强支部"),
        (3, "2）", "用好中心户"), (2, "Ⅱ.", "抓服务"), (1, "拾壹、", "其他事项"),
    ]
    # a count in parentheses inside a sentence, and 1) 2) running on in one paragraph, are body
    assert heads(BODY, "我们做到了1)定期走访；2)及时回应。", "共建成站点12)个。" + BODY) == []


def test_circled_numbers_inside_a_paragraph_are_no_headings() -> None:
    got = heads(BODY, "①学习不够。②调研不深。" , "我们做到了①定期走访，②及时回应。" + BODY)
    assert got == []


def test_a_salutation_is_not_a_title() -> None:
    lines = [
        "【篇一】村干部培训心得",
        "这次培训时间虽短，但内容丰富，使我对村干部的职责有了新的认识，收获很大。",
        "【篇二】乡镇副镇长述职报告",
        "尊敬的各位领导、同志们：",
        "根据组织安排，下面我将一年来的思想、工作和廉洁自律情况报告如下，请予评议。",
    ]
    assert [d.title for d in split_essays(lines, "t.txt")] == ["村干部培训心得", "乡镇副镇长述职报告"]


def test_a_blank_left_for_a_number_before_a_measure_word() -> None:
    text = body_text("开展禁毒宣传进校园、进社区活动 场，发放宣传资料3000余份。", BODY)
    assert "活动×××场，发放" in text


def test_a_stray_space_inside_a_word_is_not_a_blank() -> None:
    text = body_text("新建村级文化活动 场所12个，覆盖全镇所有行政村。", BODY)
    assert "文化活动场所12个" in text


def test_a_numbered_heading_of_two_clauses_keeps_its_own_line() -> None:
    lines = (BODY, "一、强化责任落实，筑牢安全防线", "全镇签订安全生产责任书56份，层层压实责任。",
             "二、深化隐患排查，守牢安全底线", "全年排查整改隐患330处。")
    assert heads(*lines) == [(1, "一、", "强化责任落实，筑牢安全防线"), (1, "二、", "深化隐患排查，守牢安全底线")]
    assert "全镇签订安全生产责任书56份，层层压实责任。" in body_text(*lines).split("\n")


def test_a_numbered_line_broken_after_a_comma_is_still_joined() -> None:
    text = body_text(BODY, "一、加强学习，提高", "素质。该同志认真学习业务知识，工作能力明显提高。")
    assert "一、加强学习，提高素质。该同志认真学习业务知识，工作能力明显提高。" in text.split("\n")


def test_a_subtitle_is_not_a_heading() -> None:
    got = heads("——在全镇安全生产工作会议上的发言", BODY, "一、压实责任", BODY, "二、排查隐患", BODY)
    assert got == [(1, "一、", "压实责任"), (1, "二、", "排查隐患")]


def test_bracketed_numerals_are_a_family_and_a_salutation_heads_nothing() -> None:
    got = heads("同志们：", BODY, "【一】信访工作首先是群众工作", BODY, "【二】把问题解决在萌芽状态", BODY)
    assert got == [(1, "【一】", "信访工作首先是群众工作"), (1, "【二】", "把问题解决在萌芽状态")]


def test_a_list_run_inside_a_paragraph_goes_on_after_a_line_break_at_its_semicolon() -> None:
    text = body_text(BODY, "网格员坚持做到“三必到”：一是群众有诉求必到；", "二是邻里有纠纷必到；三是家中有困难必到。")
    assert text == f"{BODY}\n网格员坚持做到“三必到”：一是群众有诉求必到；二是邻里有纠纷必到；三是家中有困难必到。"
    # members that open their own paragraphs stay paragraphs of their own
    lines = ["一是群众有诉求必到；", "二是邻里有纠纷必到；", "三是家中有困难必到。"]
    assert body_text(BODY, *lines) == "\n".join([BODY, *lines])
