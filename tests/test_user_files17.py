"""Files of yet other makers (set 25), each rule on inputs written here, with a case it must
leave alone: ruby pinyin glued to its characters (乡xiāng镇zhèn) and 注音 after a rare character
(蓼（ㄌㄧㄠˇ）); a page's domain glued into a sentence; a post's essays parted by numbered
dividers (—— 01 ——); 3.2026年… as a heading's marker; WordPress's post foot (文章导航, 2条评论,
发表回复) and a reader's 第二篇… in a comment; UTF-8 read as GB18030, whose pairs in the user-defined
area are private-use characters; a spinner writing 作业 for 工作, 停止 for 进行, 成绩 for 问题."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays, heads

from drafter.clean import normalize_title
from drafter.corpus import split_essays
from drafter.inline import strip_inline_chrome
from drafter.markers import marker_kind
from drafter.mojibake import repair_mojibake
from drafter.punct import strip_pinyin

# ---------------------------------------------------------------- pinyin


def test_ruby_pinyin_glued_to_its_characters_goes() -> None:
    para = "全镇乡xiāng镇zhèn干部深入蓼liǎo塘村走访。" + BODY
    assert essays(["某镇工作总结", BODY, para, BODY2])[0][1][1] == "全镇乡镇干部深入蓼塘村走访。" + BODY
    assert normalize_title("乡xiāng镇zhèn干部工作心得") == "乡镇干部工作心得"
    # (toneless letters after Han, and words of other languages, are text)
    plain = "村民A说，咖啡café很好，开展smart活动，" + BODY
    assert essays(["某镇工作总结", BODY, plain, BODY2])[0][1][1] == plain


def test_zhuyin_after_a_rare_character_goes() -> None:
    assert strip_pinyin("蓼（ㄌㄧㄠˇ）塘镇") == "蓼塘镇"
    assert normalize_title("在蓼（ㄌㄧㄠˇ）塘镇动员会上的讲话") == "在蓼塘镇动员会上的讲话"
    # (a bracket of 注音 letters after no Han character is no annotation)
    assert strip_pinyin("符号ㄅ（ㄅ）、1(ㄆ)") == "符号ㄅ（ㄅ）、1(ㄆ)"


# ---------------------------------------------------------------- a glued domain


def test_a_pages_domain_glued_into_a_sentence_goes() -> None:
    assert strip_inline_chrome("编成一张“明白卡”bigengwen.com，逐户讲解。") == "编成一张“明白卡”，逐户讲解。"
    # (a site the prose names stays)
    for text in ("请登录www.gov.cn查询。", "见中国政府网www.gov.cn。", "通过xinhua.net报道。"):
        assert strip_inline_chrome(text) == text


# ---------------------------------------------------------------- numbered dividers


def _post(first: str, second: str) -> list[str]:
    return ["干货｜两篇材料", "今天分享两篇材料，供参考。", "—— 01 ——", first, BODY, BODY3,
            "—— 02 ——", second, BODY2, BODY3]


def test_numbered_dividers_part_the_essays_of_a_post() -> None:
    docs = split_essays(_post("某镇2025年工作总结", "某镇经验交流材料"), "t.txt")
    assert [d.title for d in docs] == ["某镇2025年工作总结", "某镇经验交流材料"]
    # (the same dividers over an article's sections part nothing)
    docs = split_essays(_post("加强学习，提高素质", "压实责任，狠抓落实"), "t.txt")
    assert len(docs) == 1


# ---------------------------------------------------------------- a year after a marker


def test_an_arabic_marker_before_a_year_is_a_marker() -> None:
    assert marker_kind("3.2026年工作打算") == ("arabic", 3, 2)
    assert heads(["1.主要成效", BODY, "2.存在问题", BODY2, "3.2026年工作打算", BODY3], "总结")[2] == \
        (1, "3.", "2026年工作打算")
    # (a number stays a number)
    assert marker_kind("1.5万元用于修路") is None
    assert marker_kind("3 2026年") is None


# ---------------------------------------------------------------- WordPress


def test_a_wordpress_post_foot_and_its_comments_are_no_essay() -> None:
    lines = ["某镇工作总结", BODY, BODY2, "文章导航", "← 上一篇的标题", "2条评论", "小李　2025年12月9日",
             "写得很实在，收藏了。", "回复", "老周　2025年12月11日", "第二篇读着有点别扭，是不是机器改过？", "回复",
             "发表回复", "您的电子邮箱地址不会被公开。", "评论 *", "发表评论"]
    got = essays(lines)
    assert got == [("某镇工作总结", [BODY, BODY2])]
    # (a 第二篇 mark naming a title still parts essays)
    two = essays(["第一篇：某镇工作总结", BODY, BODY2, "第二篇：某镇述职报告", BODY3, BODY2])
    assert [t for t, _ in two] == ["某镇工作总结", "某镇述职报告"]


# ---------------------------------------------------------------- UTF-8 read as GB18030


def test_utf8_read_as_gb18030_is_repaired_through_its_private_use_pairs() -> None:
    text = "全镇生活垃圾收运处置体系实现村组全覆盖，整治村庄水塘86口。"
    shown = text.encode("utf-8").decode("gb18030", errors="replace")
    assert any("\ue000" <= ch <= "\uf8ff" for ch in shown)
    assert repair_mojibake(shown)[0] == text


# ---------------------------------------------------------------- a spinner's 作业 for 工作

SPUN = [
    "某村驻村工作队队员心得体会",
    "一年来，咱们和作业队的同志们一起吃住在村、作业在村，对驻村作业有了更深的看法。",
    "驻村之初，作业队对全村368户停止了逐户拜访，收集到群众反映的成绩43条，作业才能有的放矢。",
    "作业队活跃对接县农业农村局，引进稻虾共作技术。一同，组织群众参加培训，积累了不少经历。",
    "一年的驻村作业让我进步很快，也取得了一些成绩，督促砖厂停止违规作业。今后我将进一步进步效劳群众的本领。",
]


def test_a_spinners_work_for_job_dictionary_is_read_back() -> None:
    paras = essays(SPUN)[0][1]
    assert paras[1] == "驻村之初，工作队对全村368户进行了逐户走访，收集到群众反映的问题43条，工作才能有的放矢。"
    assert paras[2] == "工作队积极对接县农业农村局，引进稻虾共作技术。同时，组织群众参加培训，积累了不少经验。"
    # (the author's own 进步, 成绩 and 停止违规作业 stay)
    assert paras[3] == "一年的驻村工作让我进步很快，也取得了一些成绩，督促砖厂停止违规作业。今后我将进一步提高服务群众的本领。"
    # (and the same words in plain prose)
    para = "全镇停止违规作业12处，取得了一些成绩，让我进步很快，这段经历让我明白，施工作业队按时进场。"
    assert essays(["某镇工作总结", BODY, para, BODY2])[0][1] == [BODY, para, BODY2]
