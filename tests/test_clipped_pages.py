"""Files put together by hand or by a tool: a web clipper's front matter and Markdown pictures,
a bulletin's table of contents, a collection's 材料A marks and notes, pages saved one after the
other, a poster's words before the title, bylines under the title.

Every line here was written for this test, with a negative case next to each rule: a line of
the author's that looks a little like the furniture and must stay.
"""

from __future__ import annotations

from drafter import cleanrules as R
from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.outline import outline

BODY = "今年以来，我们围绕中心工作扎实推进，完成了年初确定的各项目标任务，群众满意度明显提升。"
MORE = "全年共受理群众诉求1386件，办结率99.1%，群众满意率稳步提升，各项工作取得新进展。"


def test_a_clippers_front_matter_goes() -> None:
    docs = split_essays(["---", "title: 这篇经验值得一看！", "author: 某某观察", "tags: [收藏]", "---", "",
                         "某镇网格化治理的经验做法", BODY, MORE], "t.md")
    assert [d.title for d in docs] == ["某镇网格化治理的经验做法"]
    assert not any("author" in line for line in docs[0].lines)
    # a rule line inside the text is no front matter
    docs = split_essays(["某镇网格化治理的经验做法", BODY, "---", MORE], "t.txt")
    assert len(docs) == 1 and docs[0].title == "某镇网格化治理的经验做法" and MORE in docs[0].lines


def test_web_clipper_and_account_furniture() -> None:
    for line in ("![](https://mmbiz.qpic.cn/x/640?wx_fmt=gif)", "![图片](https://a.cn/b.jpg)",
                 "▲ 网格员入户走访独居老人（来源：某镇）", "作者丨某镇党政办　编辑丨小林　审核丨老K",
                 "> 本文约2100字，阅读需要6分钟", "原创 林间小治 基层治理观察 2026年01月28日 07:30 河南",
                 "【文末福利】后台回复关键词“网格”，免费领取材料汇编",
                 "========== 网页另存 1/3：https://www.example.com/a.html ==========",
                 "上一页 1 [2] 3 下一页", "[1]  2  3  下一页"):
        assert R.is_chrome_line(line), line
    for line in ("▲要坚持学习，提高素质，做到学以致用。", "原创性成果丰富，2026年1月2日通过验收。",
                 "我们这一页工作做完了，还有1 2 3项", "按照“干部回复、群众评价”的办法，推动问题解决。",
                 "==第一部分=="):
        assert not R.is_chrome_line(line), line


def test_a_table_of_contents_splits_a_bulletin_and_goes() -> None:
    lines = ["平川调研", "本期目录", "关于某县信访工作的调研报告……………………（1）",
             "某乡人居环境整治见实效……………（3）", "", "关于某县信访工作的调研报告", "县委政研室调研组",
             BODY, "一、基本情况", MORE, "某乡人居环境整治见实效", "某乡党委", MORE, BODY]
    docs = split_essays(lines, "t.txt")
    assert [d.title for d in docs] == ["关于某县信访工作的调研报告", "某乡人居环境整治见实效"]
    assert not any("……" in line for d in docs for line in d.lines)
    # the byline under the title heads nothing; the numbered heading stays
    assert [(h.marker, h.text) for h in outline(clean_doc(docs[0]))] == [("一、", "基本情况")]
    # a document app's outline of one essay's headings goes, and splits nothing
    lines = ["大纲", "  关于某镇招商工作的汇报", "  一、工作开展情况", "  二、存在的问题", "",
             "关于某镇招商工作的汇报", BODY, "一、工作开展情况", MORE, "二、存在的问题", BODY]
    docs = split_essays(lines, "t.txt")
    assert [d.title for d in docs] == ["关于某镇招商工作的汇报"]
    assert [h.text for h in outline(clean_doc(docs[0]))] == ["工作开展情况", "存在的问题"]


def test_a_collections_letter_marks_and_its_note() -> None:
    lines = ["乡镇工作材料汇编（2025年12月整理）", "说明：本合集仅供学习交流，请勿外传。", "目录：材料A 防汛总结／材料B 培训心得",
             "", "材料A", "某镇2025年防汛抗旱工作总结", BODY, MORE, "", "材料B：参加培训班的心得体会", BODY, MORE]
    docs = split_essays(lines, "t.txt")
    assert [d.title for d in docs] == ["某镇2025年防汛抗旱工作总结", "参加培训班的心得体会"]
    # 材料 before other words is the author's
    assert len(split_essays(["某镇工作总结", BODY, "材料A类物资已经到位。", MORE], "t.txt")) == 1


def test_a_posters_long_words_before_the_title() -> None:
    lines = ["驻村第一书记老周 ✔", "2026-1-15 21:06 来自 某手机",
             "#驻村第一书记# #乡村振兴# 驻村满两年了，把这两年的感受整理成文，在县里驻村干部座谈会上交流过，发出来和同行们一起探讨，欢迎指正。",
             "驻村两年的几点体会", BODY, MORE]
    assert [d.title for d in split_essays(lines, "t.txt")] == ["驻村两年的几点体会"]


def test_a_running_header_spread_with_a_page_number_goes_once() -> None:
    lines = ["某县信访工作调研报告", BODY, "一些积案涉及多个领域，需要多", "", "—1—", "",
             "2025年第6期\u3000\u3000\u3000\u3000\u3000\u3000· 2 ·", "", "个部门协同处理。", MORE]
    doc = clean_doc(split_essays(lines, "t.txt")[0])
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "第6期" not in text and "需要多个部门协同处理。" in text
