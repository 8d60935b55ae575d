"""Files of yet other makers (set 21), each rule on inputs written here, with a case it must
leave alone: a question-and-answer site's furniture (rows of buttons set apart by zero-width
spaces, counts of answers and votes, the answerer's greeting and call for votes, where a post
was sent from); a clerk's file of pasted texts, each under its label (素材一（…）); a
document site's fold over the pages it hides; and a spinner's substitutions not met before,
read back in a spun text and only there, its common words only in the spinner's phrases."""

from __future__ import annotations

from pathlib import Path

from userfiles import BODY, BODY2, BODY3, essays

from drafter.clean import clean_docs
from drafter.cleanrules import chrome_line
from drafter.corpus import read_sources
from drafter.pagemarks import essay_mark
from drafter.spun import restore_spun

ZW = "\u200b"

# ---------------------------------------------------------------- a question-and-answer site


def test_button_rows_set_apart_by_zero_width_spaces_are_furniture(tmp_path: Path) -> None:
    text = "\n".join([
        "某镇工作总结",
        f"{ZW}赞同 128{ZW}{ZW}8 条评论",
        f"{ZW}分享",
        f"{ZW}收藏{ZW}喜欢{ZW}",
        f"收起{ZW}",
        BODY,
        # (a zero-width space inside a word of the text shows nothing, and goes)
        f"下一步，我们将继续压实{ZW}责任，细化措施，推动各项工作再上新台阶，确保群众满意。",
    ])
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    docs, _ = read_sources([tmp_path / "a.txt"])
    assert [[p.text for p in d.paragraphs] for d in clean_docs(docs)] == [[BODY, BODY2]]


def test_an_answer_sites_lines_are_furniture() -> None:
    for line in ("关注问题 写回答 邀请回答 好问题 12 添加评论 分享", "11 个回答　默认排序", "128 人赞同了该回答",
                 "赞同 2.3 万 356 条评论", "谢邀。刚好手头有一篇改过的，放上来供参考，轻拍。",
                 "——以上，希望对各位有帮助，觉得有用就点个赞吧～", "如果觉得有用，请给个赞。",
                 "发布于 2026-01-21・IP 属地北京", "IP属地：河北", "还剩2页未读，继续阅读"):
        assert chrome_line(line), line
    # (the same words in sentences of an essay)
    for line in ("我们要为奋战在一线的同志们点个赞！", "各村要认真回答群众关心的问题，做到件件有回音。",
                 "对群众提出的问题作出回答。", "坚持属地管理，压实IP地址登记责任。", "还剩2页未读完的材料要抓紧学习。",
                 "群众纷纷点赞，觉得这项举措有用、管用。"):
        assert not chrome_line(line), line


def test_a_clerks_labels_part_the_texts_pasted_under_them() -> None:
    lines = [
        "素材一（知乎上看到的，格式可以参考）", "",
        "乡镇干部年终述职报告怎么写才能不空洞？",
        "关注问题 写回答 邀请回答 好问题 12 添加评论 分享",
        "11 个回答　默认排序",
        "榆泉小吏", "128 人赞同了该回答",
        "谢邀。刚好手头有一篇去年帮领导改过的，放上来供参考，轻拍。", "",
        "某镇副镇长2025年度述职报告", "", BODY, "一、加强学习", BODY2,
        "——以上，希望对各位有帮助，觉得有用就点个赞吧～",
        "编辑于 2026-01-21 22:47・IP 属地河北", "",
        "素材二（网站转载，还没改）", "",
        "参加培训班心得体会", BODY3,
    ]
    assert essays(lines) == [("某镇副镇长2025年度述职报告", [BODY, "一、加强学习", BODY2]),
                             ("参加培训班心得体会", [BODY3])]
    assert essay_mark("素材2：")
    # (素材 in a sentence is text)
    assert essay_mark("全镇收集素材一百余条，编印成册。") is None
    assert essay_mark("素材一（知乎上看到的）多数是网上的，要核实。") is None


# ---------------------------------------------------------------- a spinner's dictionary

SPUN = "2025年，全镇农夫人均可支配支出达到2.1万元。现将次要做法汇报如下。"
SPUN2 = "建立抵触胶葛排查化解台账，充分发挥村人民调停委员会作用，新建渣滓中转站2座，社会大局保持不变。"


def test_a_spinners_substitutions_are_read_back_in_a_spun_text() -> None:
    got = essays(["某镇经验交流材料", SPUN, "一、支部联建，凝集发展合力",
                  "镇党委树立了联建工作台账，明确联建义务清单，实时处理联建中遇到的困难，基层党构造的凝集力明显增强。",
                  "（一）抱团发展特征财产。发挥资源上风，建成加工名目2个，硬化通村门路18公里。", SPUN2,
                  "三、提升基层治理程度", BODY, "我们将认真总结阅历，不断转变干部风格，把群众满意作为查核的根本标准。"])
    assert got[0][1] == [
        "2025年，全镇农民人均可支配收入达到2.1万元。现将主要做法汇报如下。", "一、支部联建，凝聚发展合力",
        "镇党委建立了联建工作台账，明确联建任务清单，及时解决联建中遇到的困难，基层党组织的凝聚力明显增强。",
        "（一）抱团发展特色产业。发挥资源优势，建成加工项目2个，硬化通村道路18公里。",
        "建立矛盾纠纷排查化解台账，充分发挥村人民调解委员会作用，新建垃圾中转站2座，社会大局保持稳定。",
        "三、提升基层治理水平", BODY, "我们将认真总结经验，不断转变干部作风，把群众满意作为考核的根本标准。"]


def test_the_common_words_keep_their_plain_uses_in_a_spun_text() -> None:
    plain = ("针对部分村集体经济薄弱的问题，镇财政压减一般性支出120万元，树立正确政绩观，在视频实时监控下，"
             "由3个村联合成立杂粮专业合作社，在一定程度上改变了面貌，我们的体会主要有三点，抓住主要矛盾和次要矛盾，"
             "依法保护群众生命财产，价格保持不变，拓宽致富门路，丰富人生阅历。")
    got = essays(["某镇经验交流材料", SPUN, SPUN2, "农夫增收。" + plain])
    assert got[0][1][2] == "农民增收。" + plain
    assert restore_spun("镇里成立了排查调处机制。")[0] == "镇里建立了排查调处机制。"


def test_a_text_with_one_spun_paragraph_keeps_its_far_words() -> None:
    # (two dense paragraphs make the whole text spun; one makes only its neighbours)
    far = "下一步，我们将认真总结阅历，加快发展步伐，努力在乡村振兴中走在全县前列。"
    got = essays(["某镇经验交流材料", SPUN2, BODY, BODY2, far])
    assert got[0][1] == [got[0][1][0], BODY, BODY2, far]
    got = essays(["某镇经验交流材料", SPUN, SPUN2, BODY, BODY2, far])
    assert got[0][1][-1] == "下一步，我们将认真总结经验，加快发展步伐，努力在乡村振兴中走在全县前列。"
