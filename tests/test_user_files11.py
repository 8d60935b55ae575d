"""Files of yet other makers (set 18), each rule on inputs written here, with a case it must
leave alone: headings numbered 甲、乙、丙、, a speech's point after a call to the hall (同志们，
第三，…), a short paragraph with two of a spinner's words, a site's channel over its page, a
column's label over a 汇编's article, a collection's name at a page break, and headings of one
clause frame (抓…，关键在…，让…) wrapped at a printed page's width."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.breaks import _markers
from drafter.cleanrules import chrome_line
from drafter.outline import marker_kind

# ---------------------------------------------------------------- 甲、乙、丙、


def test_headings_numbered_with_heavenly_stems_are_one_family() -> None:
    texts = [BODY, "甲、坚持规划先行", BODY2, "乙、坚持久久为功", BODY3, "丙、坚持依靠群众", "回来后，我们已在村里启动试点。"]
    assert heads(texts, "学习考察的几点体会") == [(1, "甲、", "坚持规划先行"), (1, "乙、", "坚持久久为功"),
                                                   (1, "丙、", "坚持依靠群众")]
    assert marker_kind("丙、坚持依靠群众") == ("tiangan", 3, 2)
    assert _markers(["丙、坚持依靠群众"]) == {0: ("tiangan", 3)}
    # (甲、乙双方 names two parties, and 甲方 no number)
    assert marker_kind("甲、乙双方应当按期履约。") is None
    assert heads([BODY, "甲方负责提供场地，乙方负责组织人员。", BODY2], "协议") == []


def test_a_writers_post_and_masked_name_under_the_title_heads_nothing() -> None:
    texts = ["石桥乡乡长×××", BODY, "甲、坚持规划先行", BODY2, "乙、坚持久久为功", BODY3]
    assert heads(texts, "学习考察的几点体会") == [(1, "甲、", "坚持规划先行"), (1, "乙、", "坚持久久为功")]
    # (a short line there without a mask is a heading still)
    assert heads(["学习考察的收获", BODY], "体会") == [(1, "", "学习考察的收获")]


# ---------------------------------------------------------------- 同志们，第三，


def test_a_speechs_point_after_a_call_to_the_hall_is_a_heading() -> None:
    texts = ["第一，要统一思想。" + BODY, "第二，要压实责任。" + BODY2, "同志们，第三，要严格追责。" + BODY3]
    assert heads(texts, "在防汛工作会议上的讲话") == [(1, "第一，", "要统一思想"), (1, "第二，", "要压实责任"),
                                                      (1, "第三，", "要严格追责")]
    # (before any point, or a call before no 第N, opens prose)
    alone = ["同志们，第二，我再强调一点。" + BODY, BODY2]
    assert heads(alone, "讲话") == []
    closing = ["第一，要统一思想。" + BODY, "同志们，防汛工作责任重于泰山。" + BODY2]
    assert heads(closing, "讲话") == [(1, "第一，", "要统一思想")]


# ---------------------------------------------------------------- spun words


def test_two_spun_words_in_a_short_paragraph_mark_it_spun() -> None:
    spun = "一方面，要当真吸取去年的教训；另一方面，要不竭增强底线思维，保障人民大众生命财产安全。"
    after = "各村要踊跃组织演练，确保拉得出、用得上，全面提高应急处置能力，做到有备无患、万无一失。"
    got = essays(["在防汛工作会议上的讲话", BODY, spun, after])[0][1]
    assert got[1] == "一方面，要认真吸取去年的教训；另一方面，要不断增强底线思维，保障人民群众生命财产安全。"
    assert got[2].startswith("各村要积极组织演练")
    # (two such words spread over a long paragraph are no spinner's, and 人民大众 ending its
    # phrase is a real word)
    long = "群众踊跃参加志愿服务，" + BODY + BODY3 + "努力为人民大众谋幸福，当真是一件好事。"
    assert essays(["某镇工作总结", long, BODY2])[0][1][0] == long


# ---------------------------------------------------------------- furniture


def test_a_sites_channel_after_its_name_is_furniture() -> None:
    assert chrome_line("公文易 - 讲话稿范文频道")
    assert chrome_line("某某文秘网｜述职报告频道")
    lines = ["公文易 - 讲话稿范文频道", "首页 > 讲话稿 > 会议讲话", "在全镇防汛工作会议上的讲话", BODY, BODY2]
    assert essays(lines) == [("在全镇防汛工作会议上的讲话", [BODY, BODY2])]
    # (a channel named alone, or in a sentence, is text)
    assert not chrome_line("新闻频道")
    assert not chrome_line("开设“百姓说事”电视频道，群众反映良好。")


def test_a_columns_label_over_a_title_is_not_the_title() -> None:
    lines = ["经验交流", "石桥乡“三抓三促”推动乡村振兴的实践", BODY, BODY2]
    assert essays(lines) == [("石桥乡“三抓三促”推动乡村振兴的实践", [BODY, BODY2])]
    # (a kind of writing over a name, or over its subtitle, is the title)
    assert essays(["心得体会", "张三", BODY, BODY2])[0][0] == "心得体会"
    assert essays(["述职报告", "——2025年度个人工作回顾", BODY, BODY2])[0][0] == "述职报告"


_PAGE = "\u3000\u3000"  # (a printed page indents its paragraphs)


def test_a_collections_name_at_a_page_break_and_a_wrapped_frame_heading_go_and_stay() -> None:
    lines = [
        "石桥乡“三抓”推动乡村振兴的实践",
        _PAGE + "近年来，石桥乡坚持以党建引领乡村振兴，在实践中探索形成了",
        "抓产业、抓治理、抓环境“三抓”工作法，全乡集体经济收入全部超过",
        "20万元，群众获得感明显增强，各项工作走在全县前列。",
        _PAGE + "抓产业发展，关键在选准路子，让特色产业成为群众增收的“钱",
        "袋子”",
        _PAGE + "石桥乡山多地少，过去群众种植以水稻为主，效益不高。乡党委组",
        "织力量深入各村开展产业摸底，确定了“一村一品”发展思路，重点",
        "发展油茶、黄桃、生态养鱼三大产业，带动群众稳定增收致富。",
        _PAGE + "抓基层治理，关键在建强网格，让矛盾纠纷化解在村组、化解在",
        "— 7 —",
        "2025年度全县乡村振兴经验材料汇编",
        "萌芽状态",
        _PAGE + "我们把全乡划分为46个网格，每个网格配备“一长三员”。网格员",
        "每天走访农户，做到“小事不出组、大事不出村”，矛盾纠纷明显减",
        "少，全年信访总量同比下降三成，群众安全感满意度明显提升。",
        "— 8 —",
    ]
    title, paras = essays(lines)[0]
    assert title == "石桥乡“三抓”推动乡村振兴的实践"
    assert "经验材料汇编" not in "".join(paras)
    frames = ["抓产业发展，关键在选准路子，让特色产业成为群众增收的“钱袋子”",
              "抓基层治理，关键在建强网格，让矛盾纠纷化解在村组、化解在萌芽状态"]
    assert [p for p in paras if p in frames] == frames
    assert heads(paras, title) == [(1, "", frames[0]), (1, "", frames[1])]
    # (a collection's name in the text is text: 汇编 there ends no line at a page break)
    assert "汇编" in essays(["某某工作总结", BODY, "全年编印《政策文件汇编》3册，发放到村。", BODY2])[0][1][1]


def test_lines_of_no_shared_frame_are_no_headings() -> None:
    # (clauses opening alike in their first characters only: two captions of a photo, say)
    texts = [BODY, "村民在广场上跳舞，孩子们在一旁玩耍", BODY2, "村干部在田间察看，农技员讲解技术", BODY3]
    assert heads(texts, "石桥乡见闻") == []
