"""Essays written the way the seeds are not: other sites, other markers, other noise.

Every line here was written for this test (none is taken from seeds/), so these cases check that
the rules are general, not fitted to the seeds' lines.
"""

from __future__ import annotations

from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.docformats import read_markdown
from drafter.emphasis import strip_emphasis
from drafter.model import CleanDoc, SourceDoc
from drafter.outline import outline

OTHER = "全年共受理群众诉求1386件，办结率99.1%，群众满意率稳步提升。"
BODY = "今年以来，我们围绕中心工作扎实推进，完成了年初确定的各项目标任务，群众满意度明显提升。"


def heads(*lines: str) -> list[tuple[int, str, str]]:
    docs = split_essays(["某镇综治办工作总结", *lines], "t.txt")
    return [(h.level, h.marker, h.text) for h in outline(clean_doc(docs[0]))]


def body_text(*lines: str) -> str:
    docs = split_essays(["某镇综治办工作总结", *lines], "t.txt")
    return "\n".join(p.text for p in clean_doc(docs[0]).paragraphs)


def test_a_heading_may_open_on_a_year() -> None:
    got = heads(BODY, "一、主要工作", BODY, "二、2026年工作打算", BODY, "三、保障措施", BODY)
    assert got == [(1, "一、", "主要工作"), (1, "二、", "2026年工作打算"), (1, "三、", "保障措施")]


def test_a_list_of_numerals_is_not_a_heading() -> None:
    # 一、二、三等奖 names three prizes; it does not open section 一
    got = heads(BODY, "一、二、三等奖获得者名单已在村务公开栏公示，接受群众监督。", BODY)
    assert got == []


def test_an_enumeration_inside_one_paragraph_is_not_a_heading() -> None:
    got = heads(BODY, "一、工作打算", BODY, "一要完善矛盾纠纷化解机制。二要加强网格员队伍建设。三要抓好禁毒宣传。")
    assert got == [(1, "一、", "工作打算")]


def test_ordinals_opening_their_own_paragraphs_are_headings() -> None:
    got = heads(BODY, "一、工作打算", BODY, "一要完善矛盾纠纷化解机制。" + BODY, "二要加强网格员队伍建设。" + BODY)
    assert got == [(1, "一、", "工作打算"), (2, "一要", "完善矛盾纠纷化解机制"), (2, "二要", "加强网格员队伍建设")]


def test_part_markers() -> None:
    got = heads(BODY, "第一部分 主要工作", BODY, "第二部分 存在问题", BODY)
    assert got == [(1, "第一部分", "主要工作"), (1, "第二部分", "存在问题")]


def test_part_markers_whose_space_was_dropped() -> None:
    # a page's wide space after 部分 goes with the stray spaces; the short line is still a heading
    got = heads(BODY, "第一部分\u3000基本情况", BODY, "第二部分存在的问题", BODY, "第三部分是对策建议，分三个方面。" + BODY)
    assert got == [(1, "第一部分", "基本情况"), (1, "第二部分", "存在的问题")]


def test_circled_numbers_nest_like_any_other_family() -> None:
    got = heads(
        BODY, "（一）织密组织体系", "①建强网格党支部。" + BODY, "②用好党员中心户。" + BODY,
        "（二）畅通服务渠道", "❶推行“码上办”。" + BODY, "⑴一件事一次办" , BODY,
    )
    assert got == [
        (1, "（一）", "织密组织体系"), (2, "①", "建强网格党支部"), (2, "②", "用好党员中心户"),
        (1, "（二）", "畅通服务渠道"), (2, "❶", "推行“码上办”"), (3, "⑴", "一件事一次办"),
    ]


def test_capital_numerals_roman_numerals_and_half_parentheses_are_families() -> None:
    got = heads(
        BODY, "壹、基本情况", BODY, "贰、主要做法", "Ⅰ.抓组织", "1)建强支部。" + BODY, "2）用好中心户。" + BODY,
        "Ⅱ.抓服务", BODY, "拾壹、其他事项", BODY,
    )
    assert got == [
        (1, "壹、", "基本情况"), (1, "贰、", "主要做法"), (2, "Ⅰ.", "抓组织"), (3, "1)", "建强支部"),
        (3, "2）", "用好中心户"), (2, "Ⅱ.", "抓服务"), (1, "拾壹、", "其他事项"),
    ]
    # a count in parentheses inside a sentence, and 1) 2) running on in one paragraph, are body
    assert heads(BODY, "我们做到了1)定期走访；2)及时回应。", "共建成站点12)个。" + BODY) == []


def test_circled_numbers_inside_a_paragraph_are_no_headings() -> None:
    got = heads(BODY, "①学习不够。②调研不深。" , "我们做到了①定期走访，②及时回应。" + BODY)
    assert got == []


def test_a_salutation_is_not_a_title() -> None:
    lines = [
        "【篇一】村干部培训心得",
        "这次培训时间虽短，但内容丰富，使我对村干部的职责有了新的认识，收获很大。",
        "【篇二】乡镇副镇长述职报告",
        "尊敬的各位领导、同志们：",
        "根据组织安排，下面我将一年来的思想、工作和廉洁自律情况报告如下，请予评议。",
    ]
    assert [d.title for d in split_essays(lines, "t.txt")] == ["村干部培训心得", "乡镇副镇长述职报告"]


def test_a_blank_left_for_a_number_before_a_measure_word() -> None:
    text = body_text("开展禁毒宣传进校园、进社区活动 场，发放宣传资料3000余份。", BODY)
    assert "活动×××场，发放" in text


def test_a_stray_space_inside_a_word_is_not_a_blank() -> None:
    text = body_text("新建村级文化活动 场所12个，覆盖全镇所有行政村。", BODY)
    assert "文化活动场所12个" in text


def test_a_numbered_heading_of_two_clauses_keeps_its_own_line() -> None:
    lines = (BODY, "一、强化责任落实，筑牢安全防线", "全镇签订安全生产责任书56份，层层压实责任。",
             "二、深化隐患排查，守牢安全底线", "全年排查整改隐患330处。")
    assert heads(*lines) == [(1, "一、", "强化责任落实，筑牢安全防线"), (1, "二、", "深化隐患排查，守牢安全底线")]
    assert "全镇签订安全生产责任书56份，层层压实责任。" in body_text(*lines).split("\n")


def test_a_numbered_line_broken_after_a_comma_is_still_joined() -> None:
    text = body_text(BODY, "一、加强学习，提高", "素质。该同志认真学习业务知识，工作能力明显提高。")
    assert "一、加强学习，提高素质。该同志认真学习业务知识，工作能力明显提高。" in text.split("\n")


def test_a_subtitle_is_not_a_heading() -> None:
    got = heads("——在全镇安全生产工作会议上的发言", BODY, "一、压实责任", BODY, "二、排查隐患", BODY)
    assert got == [(1, "一、", "压实责任"), (1, "二、", "排查隐患")]


def test_bracketed_numerals_are_a_family_and_a_salutation_heads_nothing() -> None:
    got = heads("同志们：", BODY, "【一】信访工作首先是群众工作", BODY, "【二】把问题解决在萌芽状态", BODY)
    assert got == [(1, "【一】", "信访工作首先是群众工作"), (1, "【二】", "把问题解决在萌芽状态")]


def test_a_list_run_inside_a_paragraph_goes_on_after_a_line_break_at_its_semicolon() -> None:
    text = body_text(BODY, "网格员坚持做到“三必到”：一是群众有诉求必到；", "二是邻里有纠纷必到；三是家中有困难必到。")
    assert text == f"{BODY}\n网格员坚持做到“三必到”：一是群众有诉求必到；二是邻里有纠纷必到；三是家中有困难必到。"
    # members that open their own paragraphs stay paragraphs of their own
    lines = ["一是群众有诉求必到；", "二是邻里有纠纷必到；", "三是家中有困难必到。"]
    assert body_text(BODY, *lines) == "\n".join([BODY, *lines])


# ---------------------------------------------------------------- text copied out of a PDF


def _printed(paragraphs: list[str], per_page: int, width: int = 24) -> list[str]:
    """Paragraphs laid out as a PDF copy shows them: indented, wrapped at `width` characters,
    a page footer (- N -), a watermark and a running header at every page break."""
    lines: list[str] = []
    for para in paragraphs:
        text = "\u3000\u3000" + para
        lines += [text[k : k + width] for k in range(0, len(text), width)]
    out: list[str] = []
    page = 1
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % per_page == 0 or k == len(lines):
            out += ["", "                    严禁外传　仅供参考", f"              - {page} -", ""]
            page += 1
            if k < len(lines):
                out += [f"城南街道党工委　专题调研材料　　　　　第{page}页", ""]
    return out


_PARAS = [
    "为摸清辖区老旧小区改造底数，街道组织专班深入12个社区开展调研，走访居民群众460余户，召开座谈会8场。",
    "一、基本情况",
    "全街道共有2000年以前建成的老旧小区37个，涉及楼栋214栋、居民6800余户，其中无物业管理的小区21个，"
    "普遍存在管网老化、停车困难、缺少养老托育设施等问题。",
    "二、主要问题",
    "居民对改造内容意见不一，低层住户对加装电梯积极性不高，部分小区产权关系复杂，后续管护机制尚未建立。",
]


def _printed_doc(lines: list[str]) -> CleanDoc:
    # (cleaning alone: which line the reading stage takes for the title is not asked here)
    title = "城南街道老旧小区改造调研报告"
    return clean_doc(SourceDoc(title, "t.txt", 1, len(lines) + 1, (title, *lines)))


def _printed_text(lines: list[str]) -> str:
    return _printed_doc(lines).text


def test_page_numbers_running_headers_and_watermarks_of_a_pdf_copy_go() -> None:
    lines = _printed(_PARAS, per_page=3)
    text = _printed_text(lines)
    assert "- 1 -" not in text and "- 2 -" not in text and "严禁外传" not in text and "第2页" not in text
    # every paragraph whole again, however the page breaks cut it
    assert text.split("\n") == _PARAS


def test_a_line_wrapped_after_a_closing_quote_or_a_full_stop_is_joined() -> None:
    lines = ["\u3000\u3000会议强调，要把群众满意作为检验成效“试金石”", "持续推动改造工作提质增效，让居民群众住得更舒心。",
             "街道将按季度通报进展。", "\u3000\u3000三、下一步打算", "\u3000\u3000一是完善居民议事机制，畅通群众参与渠道。二是",
             "建立长效管护机制。", "", "— 1 —"]
    assert _printed_text(lines).split("\n") == [
        "会议强调，要把群众满意作为检验成效“试金石”持续推动改造工作提质增效，让居民群众住得更舒心。街道将按季度通报进展。",
        "三、下一步打算", "一是完善居民议事机制，畅通群众参与渠道。二是建立长效管护机制。"]
    # (an indented line after a full one opens a paragraph of its own)
    assert "“试金石”" in _printed_text([*lines[:1], "\u3000\u3000" + lines[1], *lines[2:]]).split("\n")[0][-5:]


def test_a_page_number_line_never_joins_the_text() -> None:
    lines = ["\u3000\u3000街道组织开展了老旧小区改造意愿调查，共发放问卷", "1200份，回收有效问卷1136份",
             "", "— 1 —", "", "\u3000\u3000居民最关心的是加装电梯和停车位改造。"]
    text = _printed_text(lines)
    assert "— 1 —" not in text
    assert text.startswith("街道组织开展了老旧小区改造意愿调查，共发放问卷1200份，回收有效问卷1136份")


def test_page_number_forms_inside_prose_stay() -> None:
    lines = ["请各社区对照材料第2页的附表逐项填报，5月底前报街道党工委。", "— 破折号 —",
             "改造资金由财政补助和居民自筹两部分构成，其中居民自筹比例不低于1/3。", BODY]
    text = _printed_text(lines)
    assert "材料第2页的附表" in text and "— 破折号 —" in text and "不低于1/3" in text


def test_a_cover_before_the_repeated_title_goes_and_headings_keep_their_levels() -> None:
    cover = ["      城南街道老旧小区改造调研报告", "", "        （内部资料　注意保存）", "",
             "        城南街道党工委办公室", "           二〇二六年三月", "", "", "      城南街道老旧小区改造调研报告", ""]
    paras = [*_PARAS, "（一）改造意愿分化", "高层住户支持加装电梯，低层住户普遍担心采光和噪音受到影响。"]
    doc = _printed_doc([*cover, *_printed(paras, per_page=4)][1:])
    text = doc.text
    assert "内部资料" not in text and "城南街道党工委办公室" not in text and "二〇二六年三月" not in text
    got = [(h.level, h.marker, h.text) for h in outline(doc)]
    assert got == [(1, "一、", "基本情况"), (1, "二、", "主要问题"), (2, "（一）", "改造意愿分化")]


def test_a_short_line_between_a_web_pages_two_titles_stays() -> None:
    lines = ["城南街道老旧小区改造调研报告", "写给新到社区工作的同事", "城南街道老旧小区改造调研报告", BODY, BODY[:20] + "。"]
    assert "写给新到社区工作的同事" in body_text(*lines)


def test_a_short_line_repeated_without_page_numbers_stays() -> None:
    lines = ["\u3000\u3000不忘初心", BODY, "\u3000\u3000不忘初心", BODY.replace("今年", "去年"), "\u3000\u3000不忘初心"]
    assert _printed_text(lines).count("不忘初心") == 3


# ---------------------------------------------------------------- Markdown emphasis in plain text


def test_a_bold_heading_in_a_txt_page_is_markup_and_keeps_its_line() -> None:
    lines = [BODY, "**一、建强阵地，让调解室“亮起来”**", "街道投入资金60万元改造调解室。",
             "**二、配齐队伍，让调解员“忙起来”**", "聘请退休法官等组建调解团队12人，全年化解纠纷210件。"]
    text = body_text(*lines)
    assert "*" not in text and "×" not in text
    assert "一、建强阵地，让调解室“亮起来”" in text.split("\n")
    assert heads(*lines) == [(1, "一、", "建强阵地，让调解室“亮起来”"), (1, "二、", "配齐队伍，让调解员“忙起来”")]


def test_a_long_bold_heading_without_an_end_mark_is_not_joined() -> None:
    text = body_text(BODY, "**一、坚持党建引领推动基层治理体系和治理能力现代化不断取得新进展**", "街道党工委把基层治理列入重要议程")
    assert "一、坚持党建引领推动基层治理体系和治理能力现代化不断取得新进展" in text.split("\n")


def test_a_bold_lead_sentence_loses_its_marks() -> None:
    text = body_text("**（一）聚焦民生实事。**全年办结民生实事15件。我们要**坚持人民至上**，把好事办好。", BODY)
    assert "（一）聚焦民生实事。全年办结民生实事15件。我们要坚持人民至上，把好事办好。" in text


def test_masked_names_and_formulas_keep_their_stars() -> None:
    text = body_text("在党委书记***同志带领下，**区、**县两地联合开展排查。", "按公式2**3+4**2计算得分。", BODY)
    assert "×××同志" in text and "×××区、×××县" in text and "2×××3+4×××2" in text
    assert strip_emphasis("张**和李**。") == ("张**和李**。", False)
    assert strip_emphasis("完成__项，占__") == ("完成__项，占__", False)


def test_markdown_bold_and_masks() -> None:
    lines, hints, _ = read_markdown("# 调研报告\n**一、基本情况**\n由***同志和**区牵头，*重点*推进。\n")
    assert lines == ["调研报告", "一、基本情况", "由***同志和**区牵头，重点推进。"]
    assert hints == [0, 1]


def test_a_bold_title_line_loses_its_marks() -> None:
    docs = split_essays(["**城南街道调解工作经验材料**", BODY, "**一、建强阵地**", BODY.replace("今年", "去年")], "t.txt")
    doc = clean_doc(docs[0])
    assert doc.title == "城南街道调解工作经验材料" and "*" not in doc.text


def test_a_word_files_running_header_footnotes_and_page_counters_go() -> None:
    header = "某镇领导班子成员2025年度述职材料之三　　　　　　　内部材料"
    page = [
        header, TITLE_LINE := "镇党委副书记2025年度述职述廉报告", BODY, "推动“三务”公开[1]全面规范，新建高标准", "第 1 页 共 3 页",
        header, "农田5800亩。", OTHER, "第 2 页 共 3 页", header, "[1] “三务”公开：指党务、村务、财务公开。",
        "第 3 页 共 3 页",
    ]
    docs = split_essays(page, "t.txt")
    assert [d.title for d in docs] == [TITLE_LINE]
    text = "\n".join(p.text for p in clean_doc(docs[0]).paragraphs)
    assert text == f"{BODY}\n推动“三务”公开全面规范，新建高标准农田5800亩。\n{OTHER}"
    # brackets with a number after a letter are no footnote mark
    assert "数组a[1]的值" in body_text(BODY, "数组a[1]的值不变。")
