"""What an office system, a bulletin, a social site and a merged file put around an essay: a
reviewer's notes on a draft (【批注 2】, 〔修订〕), a record of versions, a bulletin's record at
its foot (报：… 送：… 发：…), a scan's note, the order a page offers its comments in, a caption
under a triangle, an account's list of earlier posts, a page counter, and a heading whose clauses
are uneven on a printed page.

Every line here was written for this test, with a negative case next to each rule: a line of
the author's with the same word, which must stay.
"""

from __future__ import annotations

from drafter import cleanrules as R
from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.model import SourceDoc
from drafter.outline import outline

TITLE = "关于某镇2025年度为民办实事情况的报告"
BODY = "今年以来，我们围绕中心工作扎实推进，完成了年初确定的各项目标任务，群众满意度明显提升。"
MORE = "全年共受理群众诉求1386件，办结率99.1%，群众满意率稳步提升，各项工作取得新进展。"
LAST = "下一步，我们将继续聚焦群众急难愁盼问题，推动各项民生实事落地见效。"


def _text(lines: list[str]) -> str:
    """The clean text of the one essay a file of these lines holds."""
    docs = split_essays([TITLE, *lines], "t.txt")
    assert [d.title for d in docs] == [TITLE]
    return clean_doc(docs[0]).text


def test_a_reviewers_notes_and_a_scans_note_go() -> None:
    for line in ("【批注 3】李某（01-20 11:05）：数据要和统计口径一致。", "[批注1] 王某：这里再核一下",
                 "〔修订〕王某 删除了：“总的来看，工作成效明显，但是”", "【修订】张某 插入了：“对照要求，”",
                 "[扫描件 第1-8页 OCR识别 置信度 91.6%]", "【OCR识别结果，仅供参考】",
                 "收起d", "收起全文 ∧", "本文共3页，当前第2页　　阅读全文", "返回目录"):
        assert R.is_chrome_line(line), line
    for line in ("修订《村规民约》等制度12项，村务管理更加规范。", "批注式阅读让学生学会了独立思考。",
                 "收起笑容，他认真地说：“这事我们来办。”", "本文共分三个部分，分别是现状、问题和建议。",
                 "扫描件须加盖公章后上传系统。", "OCR识别准确率达到98%", "返回目录页后再逐项核对。"):
        assert not R.is_chrome_line(line), line
    text = _text([BODY, "【批注 1】张某（01-19 16:20）：次数核对过了，没问题。", MORE,
                  "〔修订〕王某 删除了：“总的来看”", LAST])
    assert text.split("\n") == [BODY, MORE, LAST]


def test_a_chat_groups_collection_marks_end_notes_and_ads() -> None:
    for line in ("（完）　字数：约1100字", "（全文完）", "字数：2,300字", "（本篇由群友“某某”投稿，已隐去真实姓名）",
                 "【广告】资料低价出，需要的私聊群主。", "[广告] 公考课程限时特惠"):
        assert R.is_chrome_line(line), line
    for line in ("（完成情况见附表）", "字数不在多，关键要写实。", "广告牌匾整治完成126处，市容明显改观。",
                 "（本篇所述做法已在全县推广）"):
        assert not R.is_chrome_line(line), line
    # a group member's note on the essay closes it, however long its first line
    note = "【群友点评】这篇心得结构清楚，就是第二点写得有点短，可以再补充两个具体事例，把做法写实写透。"
    assert _text([BODY, MORE, LAST, note, "点评人：某某"]).split("\n") == [BODY, MORE, LAST]
    own = "群友点评这件事，我们也认真听取了意见。"
    assert own in _text([BODY, own, MORE])


def test_a_record_of_versions_and_a_bulletins_record_close_the_essay() -> None:
    text = _text([BODY, MORE, LAST, "修订记录", "第2稿　王某　2026-01-20 09:10　补充数据",
                  "此文件由某某文档导出，导出时间：2026-01-21 17:45"])
    assert text.split("\n") == [BODY, MORE, LAST]
    record = ["报：市委办，市政府办。", "送：县委各部委，县直各单位。", "发：各乡镇党委。",
              "县委办公室　　　　2025年6月20日印发", "（共印150份）"]
    assert _text([BODY, MORE, LAST, *record]).split("\n") == [BODY, MORE, LAST]
    # (one such line alone is the author's: the essay goes on after it)
    own = "送：各村（社区）党组织书记。"
    assert _text([BODY, own, MORE, LAST]).split("\n") == [BODY, own, MORE, LAST]
    # (the author's sentence about a version record stays too)
    assert "修订记录表要及时归档。" in _text([BODY, "修订记录表要及时归档。", MORE])


def test_the_order_of_a_pages_comments_opens_them() -> None:
    lines = [BODY, MORE, LAST, "转发 326　　评论 189　　赞 2471", "", "按热度　按时间", "",
             "山里的小梅 　1-15 21:30 来自浙江", "周书记辛苦了！我们村也在搞合作社，能不能请教一下？", "回复　赞 56"]
    assert _text(lines).split("\n") == [BODY, MORE, LAST]
    own = "按时间节点倒排工期，按热度高低排序回应群众关切。"
    assert own in _text([BODY, own, MORE])


def test_an_accounts_earlier_posts_and_a_caption_under_a_triangle_go() -> None:
    lines = [BODY, "▲ 网格员入户走访独居老人（来源：某镇）", MORE, LAST, "▼ 往期推荐 ▼",
             "→ 乡镇干部必备：30个经验材料高频标题，建议收藏！", "→ 一篇好的交流发言，开头要这样写……",
             "每天一篇实用材料，陪你写好每一个字"]
    assert _text(lines).split("\n") == [BODY, MORE, LAST]
    # cleaning alone (the reading stage has not seen the line) drops the caption too
    doc = clean_doc(SourceDoc(TITLE, "t.txt", 1, 4, (TITLE, BODY, "△ 调解现场", MORE)))
    assert doc.text.split("\n") == [BODY, MORE]
    own = ["▲要坚持学习，提高素质，做到学以致用。", "往期推荐的经验做法值得我们认真学习借鉴。"]
    assert _text([BODY, *own, MORE]).split("\n") == [BODY, *(s.lstrip("▲") for s in own), MORE]


def test_a_merged_files_next_part_ends_the_list_closing_the_part_before() -> None:
    lines = [BODY, "全村集体经济经营性收入达到63.8万元，比上年", "", "相关范文", "· 村书记述职报告存在问题及整改措施",
             "· 关于村“两委”班子运行情况的调研…", "", "========== 网页另存 2/3：https://www.example.com/a_2.html ==========",
             "某某范文网 - 专注公文写作", f"{TITLE}(2)", "增长34%；农民人均可支配收入达到2.46万元。", MORE]
    text = _text(lines)
    assert "比上年增长34%；农民人均可支配收入达到2.46万元。" in text
    assert "网页另存" not in text and "班子运行情况的调研" not in text
    # (without a banner the list goes on over the short line)
    assert "增长34%" not in _text([*lines[:7], *lines[10:]])


def _printed(blocks: list[str], width: int = 24) -> list[str]:
    """Paragraphs indented and wrapped at `width` characters as a PDF copy shows them,
    headings (numbered) not indented, a page number after every ten lines."""
    lines: list[str] = []
    for block in blocks:
        if block.startswith("（"):
            lines.append(block)
            continue
        text = "\u3000\u3000" + block
        lines += [text[k : k + width] for k in range(0, len(text), width)]
    out: list[str] = []
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % 10 == 0:
            out += ["", f"—{k // 10}—", ""]
    return out


def test_a_heading_of_uneven_clauses_over_an_indented_paragraph_stands_alone() -> None:
    blocks = [BODY, "（一）清垃圾，推动保洁常态化", MORE, "（二）清污水，推动治理系统化", LAST + BODY, BODY]
    lines = _printed(blocks)
    doc = clean_doc(SourceDoc(TITLE, "t.txt", 1, len(lines) + 1, (TITLE, *lines)))
    assert [(h.marker, h.text) for h in outline(doc)] == [("（一）", "清垃圾，推动保洁常态化"),
                                                          ("（二）", "清污水，推动治理系统化")]
    # (a numbered line holding a sentence, over an indented paragraph, is no heading: it joins as before)
    blocks[1] = "（一）清垃圾。推动保洁"
    lines = _printed(blocks)
    doc = clean_doc(SourceDoc(TITLE, "t.txt", 1, len(lines) + 1, (TITLE, *lines)))
    assert doc.text.split("\n")[1] == "（一）清垃圾。推动保洁" + MORE
