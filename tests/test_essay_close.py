"""Rules written in session 10 after the misses of the blind sets 5–7, each on lines written
here (not the sets'), with the author's own sentence holding the same words kept: the sign-off
and a post's signature after the last paragraph (signoff.py), the poster's name over a reply's
floor, a self-media author's greeting, a book's running header met once in an essay, and GBK
read as Latin-1."""

from __future__ import annotations

from drafter.clean import clean_docs
from drafter.cleanrules import is_chrome_line
from drafter.corpus import split_essays
from drafter.mojibake import repair_mojibake

BODY = "全年完成固定资产投资5亿元，同比增长8%，各项工作稳步推进，群众满意度持续提升。"
LAST = "新的一年，我将继续努力，以更好的成绩回报组织和群众的信任。"


def _clean(lines: list[str]) -> list[str]:
    return [p.text for d in clean_docs(split_essays(lines, "t.txt")) for p in d.paragraphs]


def _doc(lines: list[str]) -> tuple[list[str], dict[str, int]]:
    (doc,) = clean_docs(split_essays(lines, "t.txt"))
    return [p.text for p in doc.paragraphs], doc.removed


def test_a_signer_and_date_after_the_last_paragraph_go_as_a_signoff() -> None:
    for close in (["述职人：张三", "2025年12月30日"], ["汇报人:李四", "二〇二五年十二月三十日"],
                  ["河东乡人民政府", "2025年12月30日"], ["王五", "2025年12月"],
                  ["县委政研室调研组　2025年12月30日"], ["2025年12月30日"], ["述职人：张三"]):
        texts, removed = _doc(["某乡2025年工作总结", "", BODY, LAST, "", *close])
        assert texts == [BODY, LAST], close
        assert removed["signoff"] == sum(map(len, close)), close


def test_a_documents_note_and_printing_line_go_with_its_date() -> None:
    lines = ["某镇关于防汛工作的报告", "", BODY, "特此报告。", "", "某镇人民政府", "2025年6月3日", "（此件公开发布）",
             "某镇党政办公室　　2025年6月3日印发"]
    texts, removed = _doc(lines)
    assert texts == [BODY, "特此报告。"] and removed["signoff"] > 0


def test_dates_and_signers_inside_the_text_stay() -> None:
    lines = ["某乡2025年工作总结", "", BODY, "2025年12月30日，全乡召开总结表彰大会。",
             "述职人：张三同志结合分管工作逐项作了说明，大家一致认可。"]
    assert _doc(lines)[0] == lines[2:]
    # (a date over more text is a heading of a log, and a short closing line of the author's stays)
    lines = ["某村工作日志", "", "2025年12月30日", BODY, "此致", "敬礼！", "张三", "2025年12月31日"]
    assert _doc(lines)[0] == ["2025年12月30日", BODY, "此致", "敬礼！"]
    lines = ["某乡2025年工作总结", "", BODY, "会议定于2026年1月8日"]
    assert _doc(lines)[0] == [BODY, "会议定于2026年1月8日"]


def test_a_signature_under_a_rule_line_goes() -> None:
    for sig in (["--", "赵六", "某县某局办公室 | 文秘岗", "地址：某县某路1号"],
                ["积分 100 | 帖子 20 | 注册时间 2020-1-1", "--------------------", "宁静致远，淡泊明志"]):
        texts, _ = _doc(["某乡2025年工作总结", "", BODY, LAST, "", *sig])
        assert texts == [BODY, LAST], sig


def test_short_lines_after_a_rule_stay_when_the_essay_goes_on() -> None:
    lines = ["某乡2025年工作总结", "", BODY, "----------", "二、下一步打算", LAST]
    assert _clean(lines) == [BODY, "二、下一步打算", LAST]
    # (five short lines are more than a signature holds)
    short = ["坚持人民至上", "坚持自信自立", "坚持守正创新", "坚持问题导向", "坚持系统观念"]
    assert _clean(["某乡学习体会", "", BODY, "----------", *short])[-5:] == short


def test_the_posters_name_over_a_replys_floor_goes() -> None:
    lines = ["某乡2025年工作总结", "", BODY, LAST, "", "山间明月2019", "沙发 | 发表于 2025-12-1 10:05", "写得好，学习了。"]
    assert _clean(lines) == [BODY, LAST]
    # (an author's last line with a sentence in it is no name)
    lines = ["某乡2025年工作总结", "", BODY, "请各位指正。", "板凳 某某 发表于 2025-12-1 10:07", "支持"]
    assert _clean(lines) == [BODY, "请各位指正。"]


def test_a_self_media_greeting_asking_for_a_bookmark_goes() -> None:
    assert is_chrome_line("大家好，我是小李，在街道干了八年。今天聊聊台账，内容较长，建议先收藏再看～")
    assert not is_chrome_line("大家好！我是来自某镇的张三，今天我演讲的题目是《扎根基层》。")
    assert not is_chrome_line("大家好，我是新来的驻村干部，建议大家多提意见。")


def test_a_running_header_spread_across_the_page_goes_at_a_break_seen_once() -> None:
    lines = ["【范文1】某镇述职报告", "", "　　" + BODY, "　　" + BODY, "　　" + BODY,
             "　　全镇新建高标准农田3000亩，新增监测对象12户，均已", "", "- 7 -",
             "某某文稿选编（第二辑）　　　　　　　　述职报告类", "", "消除风险。", "　　" + LAST]
    text = "\n".join(_clean(lines))
    assert "均已消除风险。" in text and "文稿选编" not in text


def test_gbk_read_as_latin1_is_repaired() -> None:
    damaged = "他说：" + "全镇群众".encode("gbk").decode("latin-1") + "20" + "人。".encode("gbk").decode("latin-1")
    assert repair_mojibake(damaged)[0] == "他说：全镇群众20人。"
    for clean in ("温度38°C，面积120m²，价格¥500。", "拼音 xié hé lüè", "×××同志·马克思", "©2024 ®"):
        assert repair_mojibake(clean)[0] == clean
