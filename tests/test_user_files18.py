"""Files of yet other makers (set 26), each rule on inputs written here, with a case it must
leave alone: an 经验交流材料's parts headed by a four-character phrase and its clause, unmarked
(党建引领，把支部建在网格上); WeChat's own words after a post copied whole on a phone and the
account's name at its foot; a 范文 site's 复制全文 button; a gap left to fill (【待补：…】)."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.cleanrules import chrome_line
from drafter.editnotes import strip_notes

# ---------------------------------------------------------------- four-character heads

_HEADS = ["党建引领，把支部建在网格上", "清单管理，把服务送到家门口", "数字赋能，让治理更精准更高效"]
_UNDER = [BODY, BODY2, "依托县级平台开发小程序，群众通过手机就可以随时上报问题、查询办理进度。"]


def test_parallel_heads_of_a_phrase_and_its_clause_stand_alone() -> None:
    lines = ["某镇：网格治理经验", BODY3]
    for head, under in zip(_HEADS, _UNDER, strict=True):
        lines += [head, under]
    assert essays(lines)[0][1] == lines[1:]
    texts = [BODY3, _HEADS[0], BODY, _HEADS[1], "一是建立“民情清单”。" + BODY2, "二是建立“服务清单”。" + _UNDER[2],
             _HEADS[2], "同时，" + BODY]
    assert heads(texts, "某镇：网格治理经验") == [
        (1, "", _HEADS[0]), (1, "", _HEADS[1]), (2, "一是", "建立“民情清单”"), (2, "二是", "建立“服务清单”"),
        (1, "", _HEADS[2])]
    # (two lines of the shape are no set; and a line under a long one without an end mark is
    # the middle of a sentence its line breaks cut, however many there are)
    two = ["某镇工作总结", BODY3, _HEADS[0], BODY, _HEADS[1], BODY2]
    assert essays(two)[0][1] == [BODY3, _HEADS[0] + BODY, _HEADS[1] + BODY2]
    cut = "全镇坚持把基层治理作为主要抓手，在深化网格建设中坚持"  # (a narrow page's line)
    broken = ["某镇工作总结", BODY3]
    for k, (head, under) in enumerate(zip(_HEADS, _UNDER, strict=True)):
        broken += [f"{k + 1}" + cut, head, under]
    assert essays(broken)[0][1] == [BODY3, *[f"{k + 1}" + cut + h + u for k, (h, u) in enumerate(zip(_HEADS, _UNDER, strict=True))]]


# ---------------------------------------------------------------- WeChat's words


def test_wechats_words_after_a_post_copied_on_a_phone_go() -> None:
    lines = ["某镇：网格治理经验", "原创 某镇融媒体中心 某镇微讯 2025年11月26日 18:05", BODY, BODY2, "某镇微讯",
             "长按二维码关注我们", "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文",
             "：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过"]
    assert essays(lines) == [("某镇：网格治理经验", [BODY, BODY2])]
    # (the bar's run alone, as the end of a copy)
    assert essays([*lines[:4], lines[-1]]) == [("某镇：网格治理经验", [BODY, BODY2])]
    # (the words in a sentence, the account's name in one, stay)
    said = "群众用微信扫一扫就能上报问题，某镇微讯累计发布信息300条。"
    quoted = "复制时末尾会带上“：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看”一串按钮字。"
    assert essays(["某镇：网格治理经验", BODY, quoted, BODY2])[0][1] == [BODY, quoted, BODY2]
    lines = ["某镇：网格治理经验", "原创 某镇融媒体中心 某镇微讯 2025年11月26日 18:05", BODY, said, "预览时标签可点吗", BODY2]
    assert essays(lines) == [("某镇：网格治理经验", [BODY, said, "预览时标签可点吗", BODY2])]
    # (a line naming the account is furniture only under the account's byline)
    assert essays(["某镇：网格治理经验", BODY, "某镇微讯", BODY2])[0][1] == [BODY, "某镇微讯", BODY2]


# ---------------------------------------------------------------- buttons and notes


def test_a_copy_button_is_furniture() -> None:
    assert chrome_line("复制全文")
    assert chrome_line("分享本文")
    assert not chrome_line("复制全文照搬的材料一律退回重写。")


def test_a_gap_left_to_fill_goes() -> None:
    texts = ["【待补：2025年稻虾产业综合产值，找农服中心核实后再填】", "全年产值【待定：以统计局数据为准】亿元。"]
    assert strip_notes(texts) == [29, 13]
    assert texts == ["", "全年产值亿元。"]
    # (the author's own brackets opening with 待 stay)
    kept = ["【待补短板】持续发力。", "设立【待办事项】栏目，【补短板：强弱项】。"]
    assert strip_notes(kept) == [0, 0]
