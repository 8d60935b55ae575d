"""Rules written after reading the misses of heldout_clean7, each on lines written here, with
the author's own sentence holding the same word kept."""

from __future__ import annotations

from drafter.clean import clean_docs
from drafter.cleanrules import is_chrome_line
from drafter.corpus import _resumes, split_essays
from drafter.markup import strip_markup
from drafter.outline import outline
from drafter.paragraphs import join_lines
from drafter.repeats import MARKER_START

BODY = "全年完成固定资产投资5亿元，同比增长8%，各项工作稳步推进，群众满意度持续提升。"


def _clean(lines: list[str]) -> list[str]:
    return [p.text for d in clean_docs(split_essays(lines, "t.txt")) for p in d.paragraphs]


def test_html_left_in_text_goes() -> None:
    assert strip_markup("&nbsp;&nbsp;<strong>二、工作措施</strong>") == "\xa0\xa0二、工作措施"
    assert strip_markup("R&D投入<br/>增长") == "R&D投入增长"
    assert strip_markup("a < b 且 c > d") == "a < b 且 c > d"  # (no tag)


def test_document_site_furniture() -> None:
    for line in ("文档贡献者：某某笔记 ｜ 贡献于2024-03-02", "AI摘要：本文介绍了某县的做法。",
                 "试读已结束，还剩3页未读 点击继续阅读", "发文字号：某政发〔2024〕3号", "流程状态：已归档",
                 "【正文】", "【签收记录】办公室 某某 已签收", "某政办〔2024〕12号", "某政发〔2024〕3号　签发人：某某",
                 "某 某 县 人 民 政 府 文 件", "（此页无正文）", " PAGE  \\* MERGEFORMAT 3 ",
                 "培训会现场（某某街道供图）", "（本文转自某某网，原文为繁体）", "（全书完）如需原稿请联系"):
        assert is_chrome_line(line), line
    for line in ("他是这份文档的主要贡献者，付出很多。", "根据县政发〔2024〕3号文件精神，我们制定了方案。",
                 "试读结束后，大家普遍反映收获很大。", "我们的正文写作要规范。", "由档案馆供图的展览吸引了群众。",
                 "流程状态不清的问题要整改。"):
        assert not is_chrome_line(line), line


def test_readers_comments_under_a_document_go() -> None:
    lines = ["某镇工作总结", "", BODY, BODY, "文档评论（3）", "某某　2024-01-02　写得很好", "评论 12", "很实用"]
    text = "\n".join(_clean(lines))
    assert "写得很好" not in text and BODY in text


def test_an_ads_headline_goes_and_the_sentence_it_cut_is_whole() -> None:
    lines = ["某镇工作总结", "", BODY, "我镇是重点林区乡镇，全镇共有林地面积", "广告", "招聘护林员2026最新｜包食宿", "某某 · 广告 · 查看详情 >",
             "18.6万亩，覆盖率72%。" + BODY]
    text = "\n".join(_clean(lines))
    assert "招聘" not in text and "林地面积18.6万亩" in text
    # (an author's line about ads stays)
    assert "广告牌" in "\n".join(_clean(["某镇工作总结", "", BODY, "广告", "清理违规广告牌120块，市容明显改善。"]))


def test_a_decimal_is_no_marker() -> None:
    assert MARKER_START.match("18.6万亩") is None and MARKER_START.match("3. 做法") is not None
    assert join_lines(["我镇是重点林区，共有林地面积", "18.6万亩。"], [0, 1])[0] == ["我镇是重点林区，共有林地面积18.6万亩。"]


def test_an_essay_resumes_after_cards_with_an_outer_heading_or_the_rest_of_its_sentence() -> None:
    assert _resumes("三、压实责任", {("di-n", 4), ("yi", 3)}) is _resumes("三、压实责任", {("yi", 3)})
    assert _resumes("扑火队。各村要在春节前备足扑火物资，确保拉得出、打得赢。", set(), cut=True)
    assert not _resumes("扑火队。各村要在春节前备足扑火物资，确保拉得出、打得赢。", set(), cut=False)
    assert not _resumes("村支书的一句话，让全村人都沉默了…", set(), cut=True)


def test_an_export_of_documents_splits_and_its_record_goes() -> None:
    lines = ["公文批量导出", "文档1 / 2", "发文字号：某政报〔2024〕1号", "签发人：某某", "某某镇关于安全生产的报告", "",
             BODY, "文档2 / 2", "发文字号：某党发〔2024〕2号", "某某同志在经济工作会议上的讲话", "", BODY]
    docs = split_essays(lines, "t.txt")
    assert [d.title for d in docs] == ["某某镇关于安全生产的报告", "某某同志在经济工作会议上的讲话"]
    assert all("发文字号" not in p.text for d in clean_docs(docs) for p in d.paragraphs)


def test_headings_of_clauses_stand_alone_and_an_addressee_heads_nothing() -> None:
    lines = ["某镇会议讲话", "", "县委：", BODY, "一、坚定信心，准确把握今年的形势任务", BODY,
             "二、突出重点，全力以赴抓好经济工作", BODY]
    (doc,) = clean_docs(split_essays(lines, "t.txt"))
    assert [(h.level, h.marker) for h in outline(doc)] == [(1, "一、"), (1, "二、")]
    # (a numbered sentence broken after a comma still joins its rest)
    assert join_lines(["一、加强学习，提高", "能力。"], [0, 1])[0] == ["一、加强学习，提高能力。"]
