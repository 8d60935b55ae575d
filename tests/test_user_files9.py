"""Files of yet other makers (set 16), each rule on inputs written here, with a case it must
leave alone: records pasted from an office system (field lines under bracketed labels, the
approvers' lines, two records one after the other), a masked name alone under a title, and a
PDF's running footer that joins the unit and the page count on one line."""

from __future__ import annotations

from userfiles import essays

from drafter.cleanrules import chrome_line

BODY = "全乡共建成高标准农田3200亩，新修机耕道路12公里，农业生产条件得到明显改善。"
BODY2 = "下一步，我们将继续聚焦主责主业，压实工作责任，推动各项任务落地见效，确保群众满意。"
BODY3 = "全年共接待来访群众86人次，办结率达到100%，群众满意度持续提升。"


# ---------------------------------------------------------------- an office system's record


def test_the_fields_and_approvals_of_an_office_system_are_furniture() -> None:
    for line in ("【流水号】QH-2025-0033", "【标　题】青禾乡副乡长2025年度述职报告", "【标题】关于某某的报告",
                 "【拟稿人】张某　【拟稿部门】乡党政办", "【附件】述职报告.docx（25KB）", "【审批意见】",
                 "【流程状态】已办结　【打印时间】2026-01-05 11:02:13",
                 "分管领导　王某　2026-01-04 10:20　意见：同意。", "乡党委书记　×××　2026-01-05 09:01　审批意见：已阅，同意报送。"):
        assert chrome_line(line), line
    # (the words in a sentence, an attachment list of a document, and a 意见 dated in a sentence stay)
    for line in ("【典型案例】某某村推行“一窗受理、集成审批”", "【附件】共三份，请各村对照执行。", "附件：1．青禾乡防汛物资储备表", "审批意见要在三个工作日内反馈，",
                 "2026-01-04 10:20召开会议，意见：全体参会人员一致同意，会议认为方案切实可行。"):
        assert not chrome_line(line), line


def test_two_records_pasted_from_an_office_system_are_two_essays() -> None:
    record = [
        "【流水号】QH-2025-0031", "【标　题】青禾乡副乡长2025年度述职报告", "【拟稿人】×××　【拟稿部门】乡党政办",
        "【正文】", "青禾乡副乡长2025年度述职报告", "　　　　×××", "　　" + BODY, "　　一、抓好农业生产。" + BODY3,
        "　　二、抓好民生实事。" + BODY2, "述职人：×××", "2026年1月6日", "【附件】述职报告.docx（25KB）", "【审批意见】",
        "分管领导　×××　2026-01-07 10:20　意见：同意。", "【流程状态】已办结　【打印时间】2026-01-08 11:02:13", "━" * 20,
        "【流水号】QH-2025-0032", "【标　题】青禾乡人大主席2025年度述职报告", "【拟稿人】×××　【拟稿部门】乡人大办",
        "【正文】", "青禾乡人大主席2025年度述职报告", "　　" + BODY3, "一、依法履职", "　　" + BODY2,
        "【审批意见】", "乡党委书记　×××　2026-01-09 09:01　意见：同意。",
    ]
    assert essays(record) == [
        ("青禾乡副乡长2025年度述职报告", [BODY, "一、抓好农业生产。" + BODY3, "二、抓好民生实事。" + BODY2]),
        ("青禾乡人大主席2025年度述职报告", [BODY3, "一、依法履职", BODY2]),
    ]
    # (a dated sign-off followed by a paragraph and then a title stays one essay)
    one = ["青禾乡2025年工作总结", BODY, "青禾乡人民政府", "2026年1月6日", BODY2, BODY3, "青禾乡2026年工作计划", BODY3]
    assert len(essays(one)) == 1


def test_a_masked_name_alone_under_the_title_is_a_byline() -> None:
    assert essays(["青禾乡副乡长2025年度述职报告", "　　　　×××", BODY, BODY2])[0][1] == [BODY, BODY2]
    assert essays(["青禾乡副乡长述职报告", "张**", BODY, BODY2])[0][1] == [BODY, BODY2]
    # (a short heading under the title stays)
    assert essays(["青禾乡副乡长述职报告", "前言", BODY, BODY2])[0][1] == ["前言", BODY, BODY2]


# ---------------------------------------------------------------- a PDF's running footer


def test_a_running_footer_of_unit_and_page_count_goes_with_the_repeated_header() -> None:
    lines = ["青禾乡人民政府文件", "青政发〔2026〕3号", "青禾乡2026年春耕生产工作方案", "一、总体要求",
             "　　全乡共建成高标准农田3200亩，新修机耕道路12公里，农业生",
             "青禾乡人民政府文件　第 1 页 共 2 页", "青政发〔2026〕3号",
             "产条件得到明显改善。", "二、工作措施", "　　" + BODY2, "青禾乡人民政府文件　第 2 页 共 2 页"]
    title, paras = essays(lines)[0]
    assert title == "青禾乡2026年春耕生产工作方案"
    assert paras == ["一、总体要求", BODY, "二、工作措施", BODY2]
    # (a sentence that ends on a page it names stays)
    text = ["青禾乡2026年春耕生产工作方案", BODY, "　　具体安排详见操作手册 第 3 页", BODY2]
    assert essays(text)[0][1] == [BODY, "具体安排详见操作手册 第 3 页", BODY2]
