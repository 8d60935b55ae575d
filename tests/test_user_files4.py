"""Users' files of yet other makers, each rule on inputs written here, with a case it must
leave alone: an AI chat assistant's answer pasted whole (its offer to rework the text with the
list of options, its tip on the draft), a byline of a unit and a name under a title or under its
subtitle, a 会议纪要's header (its 时间 line and each field a line of its own), and a speech's
title after a sign-off whose byline, date and salutation stand between it and its prose."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3

from drafter.answertail import answer_tail
from drafter.clean import clean_docs
from drafter.cleanrules import body_lines
from drafter.corpus import split_essays
from drafter.essayseams import signed_starts


def texts(lines: list[str]) -> list[list[str]]:
    return [[p.text for p in d.paragraphs] for d in clean_docs(split_essays(lines, "t.txt"))]


# ---------------------------------------------------------------- an AI assistant's answer


def test_an_assistants_offer_and_its_options_go() -> None:
    lines = [BODY, BODY2, "如果需要调整篇幅或者语气，可以随时告诉我。我也可以为你：", "改写为讲话稿", "增加数据支撑"]
    assert answer_tail(lines) == 2
    assert answer_tail([BODY, BODY2, "需要的话，我可以帮您把它扩写到3000字。"]) == 2


def test_an_assistants_tip_on_the_draft_goes_with_the_offer() -> None:
    tip = "温馨提示：文中人名和数字均为示例，使用前请替换为实际内容。"
    lines = [BODY, BODY3, tip, "如需润色或精简，请告诉我。"]
    assert answer_tail(lines) == 2
    assert answer_tail([BODY, BODY3, "注意：以上材料请结合贵单位工作实际使用。"]) == 2
    # (through the whole cleaning: the essay keeps its paragraphs)
    assert texts(["关于加强学习的几点体会", "", BODY, BODY3, tip, "如需润色或精简，请告诉我。"]) == [[BODY, BODY3]]


def test_an_authors_own_close_and_notes_stay() -> None:
    # (a note of the author's own, to no reader; a request of the author's to colleagues)
    note = "注：文中数据截至2025年6月底，由镇统计站提供。"
    ask = "如需了解详细情况，请与镇党政办联系。"
    assert answer_tail([BODY, BODY2, note]) == 3
    assert answer_tail([BODY, BODY2, ask]) == 3
    # (short lines closing an essay without an offer over them: its sign-off's, not a list's)
    assert answer_tail([BODY, BODY2, "我们一定不辜负组织的期望", "谢谢大家"]) == 4
    assert answer_tail(["如需修改请告诉我"]) == 1  # (the first line always stays)


# ---------------------------------------------------------------- bylines


def test_a_unit_and_a_name_under_the_title_go() -> None:
    lines = ["在全县教育工作会议上的发言", "城关镇中心学校\u3000李明华", "", BODY, BODY2]
    assert texts(lines) == [[BODY, BODY2]]


def test_a_byline_under_a_subtitle_goes_and_the_subtitle_stays() -> None:
    lines = ["让青春在基层绽放", "——参加全市选调生培训心得", "组织办\u3000王晓燕", "", BODY, BODY2]
    assert texts(lines) == [["——参加全市选调生培训心得", BODY, BODY2]]


def test_a_short_line_under_a_title_with_no_space_in_it_stays() -> None:
    # (加强党支部 + 建设 reads as a unit and a name only with a space between)
    lines = ["关于加强基层组织建设的思考", "加强党支部建设", BODY, BODY2]
    assert "加强党支部建设" in texts(lines)[0]


# ---------------------------------------------------------------- a meeting record's header


def test_a_meeting_records_time_line_stays_and_each_field_is_a_line() -> None:
    lines = [
        "某镇第3次党政联席会议纪要", "", "时间：2025年3月5日上午", "", "地点：镇政府会议室", "",
        "参加人员：镇班子成员，各站所负责人", "", "记录人：张三", "", BODY, BODY2,
    ]
    assert texts(lines) == [[
        "时间：2025年3月5日上午", "地点：镇政府会议室", "参加人员：镇班子成员，各站所负责人", "记录人：张三", BODY, BODY2,
    ]]


def test_a_pages_time_stamp_still_goes() -> None:
    # (a page's time stamp over its source: no record's field follows it)
    body = body_lines(["某镇召开安全生产会议", "时间：2025-03-05 10:21", "来源：某镇人民政府", BODY])
    assert body.lines == ["某镇召开安全生产会议", BODY]
    assert body_lines(["时间：2025-03-05 10:21", BODY]).lines == [BODY]


# ---------------------------------------------------------------- essays one after another


def test_a_speech_after_a_sign_off_opens_an_essay_past_its_byline_and_date() -> None:
    lines = [
        "某镇2025年工作总结", BODY, BODY3, BODY2, "某镇人民政府", "2025年1月6日", "", "=" * 30, "",
        "在全镇经济工作会议上的讲话", "镇长\u3000赵刚", "（2025年1月10日）", "同志们：", BODY2, BODY,
    ]
    assert signed_starts(lines) == {7: 9}
    docs = clean_docs(split_essays(lines, "t.txt"))
    assert [d.title for d in docs] == ["某镇2025年工作总结", "在全镇经济工作会议上的讲话"]
    assert [p.text for p in docs[1].paragraphs] == ["同志们：", BODY2, BODY]


def test_a_title_not_followed_by_prose_within_its_head_lines_opens_no_essay() -> None:
    # (four short lines under it before any prose: a list of documents, not an essay's head)
    lines = [
        "某镇2025年工作总结", BODY, BODY3, "某镇人民政府", "2025年1月6日", "",
        "关于开展安全检查的通知", "附件1", "附件2", "附件3", "附件4", BODY2,
    ]
    assert signed_starts(lines) == {}
