"""Files of yet other makers (set 19), each rule on inputs written here, with a case it must
leave alone: a spinner's substitutions that are common words of their own (出产, 鼓吹, 供给,
办事, 查抄, 方针, 平安, 根本, 加速), read back only in a spun passage and only outside the
phrases plain prose uses them in; a 范文 site's name stamped mid-paragraph (【范文365】); a
domain written with a middle dot (（site·com）); 上篇文章：/下篇文章： and 手机扫码阅读 lines."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays

from drafter.cleanrules import chrome_line
from drafter.inline import strip_inline_chrome
from drafter.spun import restore_spun

# ---------------------------------------------------------------- spun common words

# a paragraph dense with the spinner's unmistakable words (阐扬, 扶植, 出格, 踊跃)
SPUN = "各村要阐扬党员带头作用，扶植美丽庭院，出格是要踊跃发动群众，"


def test_common_words_are_read_back_in_a_spun_passage() -> None:
    para = SPUN + "抓好农业出产，鼓吹惠农政策，为群众供给技术办事，开展平安查抄，加速根本设施扶植，方针是村村达标。"
    got = essays(["某镇工作总结", BODY, para, BODY2])[0][1][1]
    assert got == ("各村要发挥党员带头作用，建设美丽庭院，特别是要积极发动群众，抓好农业生产，宣传惠农政策，"
                   "为群众提供技术服务，开展安全检查，加快基础设施建设，目标是村村达标。")


def test_common_words_keep_their_plain_uses_in_a_spun_passage() -> None:
    # (the same words as plain prose writes them, in a passage found spun all the same)
    plain = ("推出产品，反对大肆鼓吹，深化供给侧结构性改革，坚持依法办事，贯彻方针政策，推进平安乡村建设，"
             "从根本上解决问题，出入平安。")
    got = essays(["某镇工作总结", BODY, SPUN + plain, BODY2])[0][1][1]
    assert got.endswith(plain)
    text, _ = restore_spun("本地出产的茶叶，为民办事，坚持安全第一、预防为主的方针，加速度。")
    assert text == "本地出产的茶叶，为民办事，坚持安全第一、预防为主的方针，加速度。"


def test_common_words_outside_a_spun_passage_are_left_alone() -> None:
    para = "全镇加速推进平安建设，为群众办事，出产优质大米，方针明确。" + BODY3
    assert essays(["某镇工作总结", BODY, para, BODY2])[0][1] == [BODY, para, BODY2]


# ---------------------------------------------------------------- watermarks


def test_a_sites_name_stamped_mid_paragraph_goes() -> None:
    assert strip_inline_chrome("推广集中育秧【范文365】和机插秧技术。") == "推广集中育秧和机插秧技术。"
    assert strip_inline_chrome("整改图斑41个。【某某范文网】耕地没有减少。") == "整改图斑41个。耕地没有减少。"
    # (a label over an essay of a collection, or a bracket of the author's, stays)
    assert strip_inline_chrome("【范文一】某镇工作总结") == "【范文一】某镇工作总结"
    assert strip_inline_chrome("设立【百姓说事】栏目，群众反映良好。") == "设立【百姓说事】栏目，群众反映良好。"


def test_a_domain_written_with_a_middle_dot_goes() -> None:
    assert strip_inline_chrome("三张清单，（gongwenpai·com）推动转变。") == "三张清单，推动转变。"
    assert strip_inline_chrome("项目（www·fwyz·cn）37个。") == "项目37个。"
    # (a name with a middle dot in brackets is text)
    assert strip_inline_chrome("学习（马克思·恩格斯）的著作，（Jean·Paul）也来了。") == \
        "学习（马克思·恩格斯）的著作，（Jean·Paul）也来了。"


# ---------------------------------------------------------------- furniture


def test_a_pages_links_to_its_neighbours_are_furniture() -> None:
    assert chrome_line("上篇文章：某镇2025年农业农村工作总结")
    assert chrome_line("下篇文章：乡镇副镇长述职报告（通用版）")
    assert chrome_line("手机扫码阅读 ▦ 微信扫一扫，把好文章分享给朋友")
    lines = ["某镇工作总结", BODY, BODY2, "手机扫码阅读 ▦ 微信扫一扫，把好文章分享给朋友",
             "上篇文章：某镇2024年工作总结", "下篇文章：某镇2026年工作计划"]
    assert essays(lines) == [("某镇工作总结", [BODY, BODY2])]
    # (an essay's own reference to an earlier piece, without the colon, is text)
    assert not chrome_line("上篇文章中提到的三个问题，本文逐一作答。")
    assert not chrome_line("手机扫码即可办理社保业务，群众少跑腿。")
