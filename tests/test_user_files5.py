"""Users' files of yet other makers (set 12), each rule on inputs written here, with a case it
must leave alone: an attachment printed after its report under a bare 附件 label, an e-mail
saved as text (its header, the note over the essay it carries, its confidentiality notice and
the attribution over the quoted message), a forum thread reposting an article over two floors
(（未完，接2楼）, a floor's name alone, captions ending on 。) and an account's 01 / 02 over its
headings."""

from __future__ import annotations

from userfiles import BODY, BODY2, BODY3, essays

from drafter.cleanrules import is_chrome_line
from drafter.essayseams import attachment_starts
from drafter.mailtext import mail_head
from drafter.model import CleanDoc, CleanParagraph
from drafter.outline import outline
from drafter.pagemarks import starts_teaser_zone, zone_holds_prose

# ---------------------------------------------------------------- an attachment after its report


REPORT = [
    "关于某镇养老服务情况的调研报告", "", BODY, BODY3, BODY2, "", "附件：某村互助养老点运营情况", "", "某镇民政办", "2025年9月28日", "",
]


def test_an_attachment_under_a_bare_label_is_an_essay_of_its_own() -> None:
    lines = [*REPORT, "附件", "", "某村互助养老的探索", "", BODY2, BODY]
    assert attachment_starts(lines) == {11: 13}
    assert essays(lines) == [
        ("关于某镇养老服务情况的调研报告", [BODY, BODY3, BODY2]), ("某村互助养老的探索", [BODY2, BODY]),
    ]
    # (附件2：, and a report with no 附件 list before it)
    assert essays([*REPORT[:6], "\u3000\u3000附件2：", "某村互助养老的探索", BODY2, BODY])[1][0] == "某村互助养老的探索"


def test_a_label_over_names_or_a_form_opens_no_essay() -> None:
    # (names of attached files; a form's title over its fields, no prose; labels in a row)
    assert attachment_starts([*REPORT, "附件", "1.某村运营情况表.xlsx", "2.某村台账.docx"]) == {}
    assert attachment_starts([*REPORT, "附件", "某镇养老服务需求登记表", "姓名：", "住址："]) == {}
    assert attachment_starts([*REPORT, "附件1", "附件2", "附件3", BODY2]) == {}
    assert attachment_starts([*REPORT, "附件", "一、基本情况", BODY2]) == {}  # (a heading, not a title)
    # (附件 inside a sentence, or a word of one: no label)
    assert attachment_starts(["某镇工作总结", "附件材料已按要求报送。", "某村互助养老的探索", BODY2]) == {}


# ---------------------------------------------------------------- an e-mail saved as text


HEADER = [
    "主题: \t回复：关于报送2025年度工作情况汇报的通知",
    "日期: \tFri, 9 Jan 2026 16:32:07 +0800",
    "发件人: \t某镇党政办 <dzb@example.com>",
    "收件人: \t县委办综合科 <zhk@example.com>",
    "附件: \t某镇2025年工作情况汇报.docx (38.6 KB)",
    "",
]
NOTE = ["李科长：", "您好！现将我镇工作情况汇报报送给您，正文贴在下面，请审阅。", ""]
TAIL = [
    "", "\u3000\u3000\u3000\u3000某镇人民政府", "\u3000\u3000\u3000\u30002026年1月9日", "", "--", "张某某", "某镇党政综合办公室",
    "电话：0736-5281034", "地址：某县某镇振兴路18号", "", "【保密提示】本邮件及其附件含有工作信息，仅供指定收件人使用。", "",
    "在 2026/1/5 10:18, 县委办综合科 写道:", "> 各乡镇党政办：", ">", "> 请各乡镇于1月10日前报送工作情况汇报。", "> 县委办综合科",
]


def test_a_messages_header_note_signature_notice_and_quote_go() -> None:
    lines = [*HEADER, *NOTE, "某镇2025年工作情况汇报", "", BODY, "一、主要工作", BODY3, *TAIL]
    assert mail_head(lines) == [0, 1, 2, 3, 4, 6, 7, 8]
    assert essays(lines) == [("某镇2025年工作情况汇报", [BODY, "一、主要工作", BODY3])]
    # (a title named by the header's 主题 or 附件 field, though it names no kind of writing)
    named = [*HEADER[:4], "附件: \t某镇：院坝会开出治理新气象.docx", "", *NOTE, "某镇：院坝会开出治理新气象", BODY, BODY3]
    assert mail_head(named) == [0, 1, 2, 3, 4, 6, 7, 8]


def test_a_letter_that_is_the_text_and_fields_of_a_record_stay() -> None:
    # (a greeting over prose with no title over it: the message is the text; its header goes)
    letter = [*HEADER, "各位同事：", BODY, BODY2, "二〇二六年工作要点", BODY3]
    assert mail_head(letter) == [0, 1, 2, 3, 4]
    # (a meeting record's fields; a header without sender or receiver; a field over text)
    assert mail_head(["时间：2025年3月5日上午", "地点：镇政府会议室", "", BODY]) == []
    assert mail_head(["日期：2025年3月5日", "主题：安全生产", "", BODY]) == []
    assert mail_head(["发件人：张三", BODY, BODY2]) == []


def test_a_quoted_messages_attribution_opens_other_peoples_prose() -> None:
    for line in ("在 2026/1/5 10:18, 县委办综合科 写道:", "县委办综合科 于2026年1月5日 10:18写道："):
        assert starts_teaser_zone(line) and zone_holds_prose(line), line
    assert not starts_teaser_zone("鲁迅先生在《故乡》中写道：")  # (a sentence introducing a quotation)
    assert is_chrome_line("【保密提示】本邮件及其附件含有工作信息，请勿转发。")
    assert is_chrome_line("保密声明：本邮件仅供指定收件人使用。")
    assert not is_chrome_line("保密工作无小事，必须常抓不懈。")
    assert not is_chrome_line("保密提示：涉密文件不得带出办公室。")  # (a rule of the author's, no disclaimer)


# ---------------------------------------------------------------- a forum thread reposting an article


def test_a_posts_continuation_notes_and_a_floors_name_go() -> None:
    for line in ("（未完，接2楼）", "（未完待续）", "（待续）", "（接1楼）", "(续上楼)", "沙发", "板凳", "地板", "楼主", "5楼"):
        assert is_chrome_line(line), line
    for line in ("（未完成）", "（续表）", "沙发上坐满了前来议事的群众。", "5楼会议室", "（接上级通知）"):
        assert not is_chrome_line(line), line


def test_a_caption_ending_its_sentence_goes() -> None:
    assert is_chrome_line("图为某村村民在院坝会上讨论产业路修建方案。")
    assert is_chrome_line("图为某村召开院坝会。（某镇供图）")
    assert is_chrome_line("某村召开院坝会讨论村规民约。（某镇供图）")
    # (two sentences, or a clause stating a fact after a comma: prose, whatever opens it)
    assert not is_chrome_line("图为某村村民在院坝会上讨论。大家你一言我一语，气氛热烈。")
    assert not is_chrome_line("图为我镇开展的示范点建设，全镇共建成示范点12个。")


def _doc(texts: list[str]) -> CleanDoc:
    return CleanDoc("题目", "t.txt", 1, len(texts), tuple(CleanParagraph(t, i + 1) for i, t in enumerate(texts)))


def test_numbers_on_their_own_lines_mark_the_headings_under_them() -> None:
    doc = _doc([BODY, "01", "把会场搬到群众家门口", BODY2, "02", "让群众的事群众商量着办", BODY3])
    got = [(h.level, h.marker, h.text, h.paragraph) for h in outline(doc)]
    assert got == [(1, "01", "把会场搬到群众家门口", 2), (1, "02", "让群众的事群众商量着办", 5)]


def test_a_lone_number_or_numbers_out_of_turn_mark_nothing() -> None:
    for texts in (
        [BODY, "01", "把会场搬到群众家门口", BODY2],  # (one alone: a page's number, a code)
        [BODY, "01", "把会场搬到群众家门口", BODY2, "03", "让群众的事群众商量着办", BODY3],
        [BODY, "01", BODY2, "02", BODY3],  # (over sentences: no headings)
    ):
        assert all(h.marker not in ("01", "02", "03") for h in outline(_doc(texts))), texts
