"""Pages of yet other makers (set 17), each rule on inputs written here, with a case it must
leave alone: a collection listing its essays as "<page title> 篇N", headings of two characters
over the quotation they open, a slogan under the title that heads no section, words a synonym
spinner put in for 群众, 利用 and 时间, a line of GBK read as Latin-1 among the page's lines, and
a title stuffed into a sentence after its comma."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.cleanrules import chrome_line
from drafter.inline import strip_title_injection

# ---------------------------------------------------------------- <page title> 篇N


def test_a_collection_under_its_page_title_and_a_number_is_split_there() -> None:
    lines = ["某某范文网", "当前位置：首页 > 工作总结", "石桥乡干部工作总结（精选2篇）", "石桥乡干部工作总结 篇1", BODY,
             "一、抓好春耕生产。" + BODY2, "石桥乡干部工作总结 篇2", BODY3, "一、抓好安全生产。" + BODY]
    assert essays(lines) == [
        ("石桥乡干部工作总结", [BODY, "一、抓好春耕生产。" + BODY2]),
        ("石桥乡干部工作总结", [BODY3, "一、抓好安全生产。" + BODY]),
    ]
    # (a sentence counting 篇 and a line ending in 第N篇 mark no essay)
    text = ["石桥乡干部工作总结", BODY, "全年共撰写调研文章12篇", BODY2, "理论学习笔记第3篇", BODY3]
    assert essays(text) == [("石桥乡干部工作总结", [BODY, "全年共撰写调研文章12篇", BODY2, "理论学习笔记第3篇", BODY3])]


# ---------------------------------------------------------------- two characters over a quotation


def test_two_character_heads_over_their_quotations_are_headings() -> None:
    texts = ["做一名合格的基层干部，要守好三个字：守正、守拙、守心。", "守正。“行得正，坐得端。”", BODY,
             "守拙。“大巧若拙，大辩若讷。”", BODY2, "守心。“心不动于微利之诱。”", BODY3]
    assert heads(texts, "基层干部要守好“三守”") == [(1, "", "守正"), (1, "", "守拙"), (1, "", "守心")]
    # (words listed with 、 and sharing no character are a set too)
    listed = ["我的体会是两条：勤学、慎行。", "勤学。“学而不思则罔。”", BODY, "慎行。“三思而后行。”", BODY2]
    assert heads(listed, "两点体会") == [(1, "", "勤学"), (1, "", "慎行")]


def test_short_replies_before_a_quotation_are_no_headings() -> None:
    # (replies in a story: no shared character, not listed; one alone heads nothing either)
    replies = ["是的。“我们一定按期完工。”", BODY, "好吧。“那就明天再来。”", BODY2]
    assert heads(replies, "一次走访") == []
    assert heads(["守正。“行得正，坐得端。”", BODY, BODY2], "一点体会") == []


# ---------------------------------------------------------------- a slogan under the title


def test_a_slogan_under_the_title_heads_no_section() -> None:
    texts = ["立足岗位奉献青春", BODY, "一、加强学习。" + BODY2, "二、改进作风。" + BODY3]
    assert heads(texts, "青年干部座谈会发言") == [(1, "一、", "加强学习"), (1, "二、", "改进作风")]
    # (a first line of another shape, or one with sibling lines after it, stays a heading)
    other = ["学习新条例的几点体会", BODY, "一、加强学习。" + BODY2]
    assert heads(other, "发言") == [(1, "", "学习新条例的几点体会"), (2, "一、", "加强学习")]
    siblings = ["立足岗位奉献青春", BODY, "扎根基层服务群众", BODY2]
    assert heads(siblings, "发言") == [(1, "", "立足岗位奉献青春"), (1, "", "扎根基层服务群众")]


# ---------------------------------------------------------------- spun words


def test_a_spinners_words_for_the_masses_use_and_time_are_read_back() -> None:
    spun = "该同志当真进修党的理论，踊跃操纵业余时刻自学，向大众进修，时刻把大众的事放在心上，工作不竭提高。"
    assert essays(["某同志工作鉴定", spun, BODY])[0][1][0] == (
        "该同志认真学习党的理论，积极利用业余时间自学，向群众学习，时刻把群众的事放在心上，工作不断提高。"
    )
    # (inside a spun passage the real words stay: 人民大众, 大众化, 可操纵, 要时刻牢记)
    words = "该同志当真进修，踊跃服务人民大众，推进文艺大众化，方案可操纵，要时刻牢记宗旨，不竭前进。"
    assert essays(["某同志工作鉴定", words, BODY])[0][1][0] == (
        "该同志认真学习，积极服务人民大众，推进文艺大众化，方案可操纵，要时刻牢记宗旨，不断前进。"
    )
    # (a paragraph nobody spun keeps its words)
    plain = "这家企业面向大众，利用业余时间培训员工，时刻关注市场变化，操纵设备十分熟练。"
    assert essays(["某企业调研报告", plain, BODY])[0][1][0] == plain


# ---------------------------------------------------------------- GBK read as Latin-1


def test_a_line_of_gbk_read_as_latin1_is_no_furniture() -> None:
    # (农 is B5 A9 and 发 B7 A2 in GBK: the © and · of the line are bytes of them)
    text = "全面落实惠农政策，发放补贴资金42万元，农户增收明显。"
    damaged = text.encode("gbk").decode("latin-1")
    assert "©" in damaged and "·" in damaged and not chrome_line(damaged)
    assert essays(["某镇工作总结", BODY, damaged, BODY2])[0][1] == [BODY, text, BODY2]
    # (a copyright line and a bar of links stay furniture)
    assert chrome_line("© 2016-2026 某某范文网 版权所有")
    assert chrome_line("Copyright © 2026 fanwen.example.com")
    assert chrome_line("首页 · 工作总结 · 述职报告 · 心得体会")


# ---------------------------------------------------------------- a stuffed title


def test_a_title_stuffed_after_a_comma_takes_the_comma_with_it() -> None:
    title = "石桥乡干部工作总结"
    got = strip_title_injection(f"各项工作取得了明显成效，工作总结《{title}》。下一步，我们将继续努力。", {title})
    assert got == "各项工作取得了明显成效。下一步，我们将继续努力。"
    got = strip_title_injection(f"各项工作取得了明显成效，范文《{title}》，群众满意度明显提升。", {title})
    assert got == "各项工作取得了明显成效，群众满意度明显提升。"
    # (the title cited in a sentence without a comma before it stays)
    cited = f"会上印发了《{title}》供大家参考。"
    assert strip_title_injection(cited, {title}) == cited
