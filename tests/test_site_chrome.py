"""Furniture of sites the seeds do not come from, and layouts they do not show.

Every line here was written for this test.  Each rule has its negative case next to it: a line
of the author's that looks a little like the furniture and must stay.
"""

from __future__ import annotations

from drafter.clean import clean_doc
from drafter.corpus import split_essays
from drafter.outline import outline

BODY = "今年以来，我们围绕中心工作扎实推进，完成了年初确定的各项目标任务，群众满意度明显提升。"
TITLE = "2026年某镇便民服务中心工作总结"
OTHER = "全年共受理群众诉求1386件，办结率99.1%，群众满意率稳步提升。"


def cleaned(*lines: str) -> tuple[str, str]:
    """(title, text) of the one essay of a page."""
    docs = split_essays([*lines], "t.txt")
    assert len(docs) == 1, [d.title for d in docs]
    doc = clean_doc(docs[0])
    return doc.title, "\n".join(p.text for p in doc.paragraphs)


def heads(*lines: str) -> list[tuple[int, str, str]]:
    docs = split_essays([TITLE, *lines], "t.txt")
    return [(h.level, h.marker, h.text) for h in outline(clean_doc(docs[0]))]


def test_navigation_bars_and_breadcrumbs_go() -> None:
    title, text = cleaned(
        "公文在线 - 总结|计划|报告|讲话",
        "首页 >> 工作总结 >> 单位总结 >> 正文",
        "首頁 / 範文 / 工作總結",
        "修订：2026-03-02　|　字数：2100　|　阅读：88",
        TITLE,
        BODY,
        "点赞 | 收藏 | 返回顶部",
    )
    assert title == TITLE
    assert text == BODY


def test_lines_of_the_author_with_separators_stay() -> None:
    line = "全年接待办事群众1.2万人次，“一窗受理/集成服务”覆盖42个事项。"
    listing = "党建/产业/治理"  # short, but held in a sentence of its own below
    text = cleaned(TITLE, BODY, line, f"三条主线，即{listing}，贯穿全年工作。")[1]
    assert line in text and listing in text


def test_a_site_name_with_its_domain_or_search_link_goes() -> None:
    title, text = cleaned("笔耕公文网 bigeng-gw.cn", "☰ 笔耕公文网　　🔍搜索", TITLE, BODY)
    assert (title, text) == (TITLE, BODY)
    # a heading that ends on 网 is not a site's name
    assert heads(BODY, "一、织密安全防护网", BODY) == [(1, "一、", "织密安全防护网")]


def test_decorated_chrome_lines_go() -> None:
    _, text = cleaned(
        TITLE,
        BODY,
        "▼▼ 点击下载本篇Word版 ▼▼",
        "——更多精彩内容，请关注公文在线——",
        "【相关阅读】便民服务中心工作总结汇编（10篇）",
        "摘要：本文介绍了某镇便民服务中心一年来的工作情况。",
        "（责任编辑：晓雨）",
    )
    assert text == BODY


def test_bracketed_action_links_go_even_inside_a_line() -> None:
    title, text = cleaned(TITLE + "【打印此文】【关闭本页】", BODY, "【下载】【收藏】【纠错】")
    assert (title, text) == (TITLE, BODY)
    # a bracketed term of the author's stays
    kept = "我们推行【一次告知】制度，群众办事少跑腿。"
    assert kept in cleaned(TITLE, BODY, kept)[1]


def test_source_credits_in_parentheses_go() -> None:
    body = "全镇共建成村级服务站28个。（稿件来源：公文在线 www.gwzx.cn）代办事项实现全覆盖。"
    assert cleaned(TITLE, body)[1] == "全镇共建成村级服务站28个。代办事项实现全覆盖。"
    body = "全年办结率达到99%。（图文来源：公文在线）群众满意度持续提升。"
    assert cleaned(TITLE, body)[1] == "全年办结率达到99%。群众满意度持续提升。"
    kept = "项目资金（来源：县级财政专项资金）已全部拨付到位。"
    assert cleaned(TITLE, kept)[1] == kept


def test_a_watermark_cut_by_a_line_break_goes() -> None:
    _, text = cleaned(TITLE, "全年新增市场主体316户。（更多范文请访问www.gw", "zx.cn）营商环境持续优化。")
    assert text == "全年新增市场主体316户。营商环境持续优化。"


def test_an_image_caption_made_of_the_title_goes() -> None:
    _, text = cleaned(TITLE, "便民服务中心工作总结图片", BODY)
    assert text == BODY
    kept = "活动现场图片"  # not the title: stays
    assert kept in cleaned(TITLE, kept, BODY)[1]


def test_a_numbered_heading_glued_after_a_paragraph_is_split() -> None:
    got = heads("一、主要成绩", BODY + "二、存在的主要问题", "一是服务能力不足。" + BODY, "三、下步打算", BODY)
    assert got == [
        (1, "一、", "主要成绩"), (1, "二、", "存在的主要问题"), (2, "一是", "服务能力不足"), (1, "三、", "下步打算")
    ]  # fmt: skip
    # a number after a sentence is not a heading
    text = cleaned(TITLE, "全年完成投资。2.3亿元投资中", "的大部分用于道路建设。")[1]
    assert text == "全年完成投资。2.3亿元投资中的大部分用于道路建设。"


def test_a_numbered_line_of_uneven_clauses_stands_alone_like_its_siblings() -> None:
    got = heads(
        "一、抓好粮食生产，守住耕地红线", BODY,
        "二、改善人居环境，建设宜居宜业和美乡村", BODY,
        "三、存在问题", BODY,
    )  # fmt: skip
    assert [h[2] for h in got] == ["抓好粮食生产，守住耕地红线", "改善人居环境，建设宜居宜业和美乡村", "存在问题"]
    # without siblings standing alone, a numbered line broken after a comma is joined
    assert heads("一、加强学习，提高", "素质。" + BODY) == [(1, "一、", "加强学习，提高素质")]


def test_a_preamble_of_chrome_before_the_first_essay_is_no_document() -> None:
    lines = [
        "公文在线 gwzx.cn",
        "乡镇工作总结精选2篇",
        "篇一：某镇党建工作总结",
        BODY,
        "篇二：某镇综治工作总结",
        BODY,
    ]
    assert [d.title for d in split_essays(lines, "t.txt")] == ["某镇党建工作总结", "某镇综治工作总结"]


def test_site_blurbs_and_bars_separated_by_dots_or_wide_spaces_go() -> None:
    title, text = cleaned(
        "笔耕公文网 | 写材料的好帮手",
        "总结 · 计划 · 报告 · 讲话",
        "首页　总结　计划　报告　登录",
        TITLE,
        "年终将至，下面是小编为大家整理的便民服务中心工作总结，供参考。",
        BODY,
    )
    assert (title, text) == (TITLE, BODY)
    # the author's sentence with a wide space left in it stays
    kept = "全年共办理业务1.6万件，　群众满意率99.2%。"
    assert "全年共办理业务1.6万件" in cleaned(TITLE, kept)[1]


def test_a_document_sites_furniture_goes() -> None:
    title, text = cleaned(
        "某某文库 - 在线文档分享",
        f"{TITLE}.docx",
        "上传者：a***1　　页数：4页　　下载次数：88",
        "文档简介：本文总结了便民服务中心全年工作，可供参考。",
        "本文档共4页，当前为预览内容　【VIP免费下载】　¥2.00 立即下载",
        TITLE,
        BODY,
        "（本文档由用户上传，版权归原作者所有。如有侵权，请联系删除）",
        "下载文档　|　加入VIP　|　收藏",
        "评论（2）　请登录后发表评论",
        "网友a***9：写得不错，收藏了",
        "该用户其他文档",
        "　某镇2025年综治工作总结.doc",
    )
    assert (title, text) == (TITLE, BODY)
    # the author may name a file, and write of downloads and comments, in a sentence
    kept = ["印发《某镇便民服务事项清单.docx》等文件3份。", "群众可在小程序点击查看办理进度。", "广泛征求群众评论和意见建议"]
    assert all(k in cleaned(TITLE, BODY, *kept)[1] for k in kept)


def test_calls_to_act_ads_and_the_sites_outro_go() -> None:
    title, text = cleaned(
        TITLE,
        "—— 广告 ——",
        "某某公文VIP：海量范文免费下载，开通即送模板 点击开通>>",
        BODY,
        "更多便民服务工作总结范文，请点击查看>>　　点击下载完整版（Word可编辑）",
        "以上就是某某范文网为您整理的便民服务中心工作总结，希望对大家有所帮助。",
        "本文标签：#工作总结 #便民服务",
    )
    assert (title, text) == (TITLE, BODY)
    # an author who serves the people and writes of ads and downloads keeps the line
    kept = ["为群众提供政策咨询、证照代办等服务1.2万件，推广“一窗通办”。", "整治违规户外广告牌46处。"]
    assert all(k in cleaned(TITLE, BODY, *kept)[1] for k in kept)


def test_a_sites_credit_in_brackets_inside_a_line_goes() -> None:
    text = cleaned(TITLE, "开班第一课让我深受触动。【某某范文网原创】我在乡镇工作已经九年。")[1]
    assert text == "开班第一课让我深受触动。我在乡镇工作已经九年。"
    kept = "我们组织开展了【党建引领网格治理】专题培训。"
    assert cleaned(TITLE, kept)[1] == kept


def test_portal_records_stamps_captions_and_follow_calls_go() -> None:
    title, text = cleaned(
        "某某县人民政府",
        "www.example.gov.cn",
        "索引号：\t0001/2026-00012",
        "名　　称：\t" + TITLE,
        "主题分类：\t综合政务",
        "成文日期：\t2026-01-05",
        TITLE,
        "原创 某某研习社 2026-01-09 07:30 发表于湖南",
        "点击上方蓝字关注我们",
        "（以下材料仅供学习参考，请勿照搬照抄）",
        BODY,
        "▲ 图为某某镇志愿者入户走访",
        OTHER,
        "第 2 页 / 共 5 页",
        "—END—",
        "本文是网友收藏的文章，不代表本站观点。",
        "【打印本页】　【关闭窗口】",
        "扫一扫在手机打开当前页",
        "主办单位：某某县人民政府办公室",
    )
    assert title == TITLE
    assert text == BODY + "\n" + OTHER
    # the author's own captions, dates and references stay
    kept = ["图为我镇开展的“三治融合”示范点建设，全镇共建成示范点12个。", "会议于2026-01-09 09:30召开，全体班子成员参加。",
            "我们始终关注群众急难愁盼问题。"]
    assert all(k in cleaned(TITLE, BODY, *kept)[1] for k in kept)


def test_a_forum_thread_keeps_the_essay_and_drops_the_thread() -> None:
    title, text = cleaned(
        "某某干部之家 - 公文写作交流论坛",
        "首页 › 公文写作 › 述职报告",
        "查看: 2315 | 回复: 4",
        "[原创] 自己写的年度述职，欢迎拍砖",
        "楼主 某某 发表于 2026-1-10 21:36 | 只看该作者",
        "刚写完的述职报告，请各位同行指正。",
        TITLE,
        BODY,
        "签名：基层工作十五年",
        "沙发 某某 发表于 2026-1-10 22:05",
        "写得很扎实，收藏了",
        "板凳 某某 发表于 2026-1-11 08:17",
        "请问楼主，述职要不要单独写述廉部分？",
    )
    assert (title, text) == (TITLE, BODY)


def test_headings_set_off_in_brackets_and_part_markers_before_a_year() -> None:
    got = heads("【一、坚持党建引领，建强治理“主心骨”】", "（1）建强网格党组织。" + BODY, "【二、深化村民自治】", BODY)
    assert got == [(1, "一、", "坚持党建引领，建强治理“主心骨”"), (2, "（1）", "建强网格党组织"), (1, "二、", "深化村民自治")]
    got = heads("第一部分　2025年工作回顾", BODY, "第二部分　存在的问题", BODY)
    assert got == [(1, "第一部分", "2025年工作回顾"), (1, "第二部分", "存在的问题")]
    # a bracketed phrase without a marker is no numbered heading
    assert all(marker == "" for _, marker, _ in heads(BODY, "【典型案例】", BODY))


def test_a_number_or_a_clause_broken_by_the_pages_line_width_is_joined() -> None:
    text = cleaned(
        TITLE,
        "全镇18个村集体经济总收入达到1162万元，村均64.",
        "6万元，较上年增长41.2%。",
        "认为“缺少启动资金”",
        "的占受访者的六成。",
    )[1]
    assert "村均64.6万元，较上年" in text and "认为“缺少启动资金”的占受访者的六成。" in text
    # a numbered line alone, and a sentence opening with 的确 after a quotation, stay apart
    text = cleaned(TITLE, BODY, "2.", "3.抓好落实。" + BODY, "大家都说这是“民心工程”", "的确如此，群众满意率达到98%。")[1]
    assert "\n2.\n" in text and "\n的确如此" in text


def test_rows_of_buttons_with_their_counts_go() -> None:
    title, text = cleaned(TITLE, BODY, OTHER, "献花(3)　+1", "举报/认领", "点赞 在看 转发", "评论")
    assert (title, text) == (TITLE, f"{BODY}\n{OTHER}")
    # the same words inside the author's sentences stay
    line = "分享经验，收藏成果，评论得失，是我们改进工作的办法。"
    assert cleaned(TITLE, BODY, line)[1] == f"{BODY}\n{line}"


def test_a_reposts_account_name_motto_and_headline_are_no_title() -> None:
    page = [
        "收藏！这篇经验材料写得真好",
        "原创 基层笔记 基层笔记 2026-02-03 08:15 发表于江西",
        "基层笔记",
        "记录乡镇工作，分享一线经验",
        TITLE,
        BODY,
        OTHER,
        "基层笔记",
        "长按二维码关注我们",
    ]
    title, text = cleaned(*page)
    assert (title, text) == (TITLE, f"{BODY}\n{OTHER}")
    # a title line is no name when the dated line below it does not hold it; and a name is
    # dropped only where a title line is left to take its place
    assert cleaned(TITLE, "某某镇党政办 2026-02-03 08:15 发表于江西", BODY)[0] == TITLE
    assert cleaned("基层笔记", "原创 基层笔记 2026-02-03 08:15", BODY)[0] == "基层笔记"


def test_an_image_caption_before_the_text_is_no_title() -> None:
    title, text = cleaned("第二篇：2026年某镇便民服务中心工作总结", f"{TITLE}图片", BODY)
    assert (title, text) == (TITLE, BODY)


def test_a_sidebar_inside_the_text_is_dropped_and_the_essay_goes_on() -> None:
    title, text = cleaned(
        TITLE, "（一）织密组织体系", BODY, "最新文章", "· 春耕时节走田间", "· 写好总结的三个诀窍", "归档", "2026年3月 (5)",
        "（二）畅通服务渠道", OTHER,
    )
    assert title == TITLE
    assert text == f"（一）织密组织体系\n{BODY}\n（二）畅通服务渠道\n{OTHER}"
    # readers' comments are other people's prose: the essay does not resume inside them
    _, text = cleaned(TITLE, BODY, "评论 (2)", "山里的云：" + OTHER * 2, "（二）这是评论里的一句")
    assert text == BODY


def test_marks_of_several_essays_and_answers_on_one_page() -> None:
    page = ["【范文一】", TITLE, BODY, "相关推荐", "· 乡镇干部培训心得体会（精选10篇）", f"范例2：{TITLE}二",
            OTHER, "◆材料三", f"{TITLE}三", BODY]
    docs = split_essays(page, "t.txt")
    assert [d.title for d in docs] == [TITLE, f"{TITLE}二", f"{TITLE}三"]
    # a question-and-answer page: each answer's essay, not the question, and not the answerer
    page = ["述职报告怎么写？有没有范文？", "求一篇完整的，谢谢大家。", "回答者：基层老兵", "乡镇工作12年", "赞同 286",
            "题主你好，分享一篇我写的，供参考：", TITLE, BODY, "回答者：青山", "在乡镇分管文旅三年",
            "我分管文旅，贴一下我的述职。", "2026年分管文旅工作副镇长述职报告", OTHER]
    assert [d.title for d in split_essays(page, "t.txt")] == [TITLE, "2026年分管文旅工作副镇长述职报告"]
    # 材料 with a number is a mark only alone or before a colon
    assert len(split_essays([TITLE, BODY, "材料一是群众反映最多的问题。", OTHER], "t.txt")) == 1


def test_a_line_naming_a_kind_of_writing_wins_over_a_blogs_name() -> None:
    page = ["老周的基层笔记", "首页 | 随笔 | 关于我", "驻村工作一年的几点体会", BODY, "© 2026 老周的基层笔记"]
    assert cleaned(*page)[0] == "驻村工作一年的几点体会"
    # a subtitle under the title, and the end of a title broken in two, do not win
    assert cleaned("抓实网格化管理　提升基层治理效能", "——某街道经验交流材料", BODY)[0] == "抓实网格化管理 提升基层治理效能"


def test_the_furniture_of_answers_apps_and_blogs_goes() -> None:
    title, text = cleaned(
        "[作者头像] 基层观察", "2026-01-18 08:30 · 来自山东 · 阅读 4.6万", "＋关注", "编者按：今天分享一篇材料，供大家参考。",
        "温馨提示：本文共约3000字，建议收藏。", TITLE, "赞同 286 人赞同了该回答", BODY, "展开阅读全文 ∨", OTHER, "▼", "👇👇",
        "━━━━━━━━", "以上，希望对你有帮助。写材料关键是数据要实。", "发布于 2026-01-04 09:12 · 著作权归作者所有",
        "本文为作者原创，未经授权禁止转载", "👇👇👇关注我，每天一篇干货", "▲ 赞同 97　　▼　　💬 6 条评论　　⭐ 收藏",
        "查看全部 32 个回答", "如需Word原文，请点击“下载本文”。", "发表于 2026-03-14 | 分类：随笔 | 阅读 (1,024) | 评论 (6)",
        "« 上一篇：村级财务公开的几点做法　　　下一篇：春耕时节走田间 »", "打开APP查看更多精彩内容",
    )
    assert (title, text) == (TITLE, f"{BODY}\n{OTHER}")
    # the same words in the author's sentences stay, and so do a lone 。 and ×××
    lines = ["赞同这一做法的群众越来越多，参与率达95%。", "关注群众诉求，是我们的责任。", "如需帮助，请联系镇便民服务中心。",
             "用户满意度达到98%。", "打开局面需要时间，转载率不高。", "对×××同志的事迹进行了宣传。"]
    assert cleaned(TITLE, BODY, *lines)[1] == "\n".join([BODY, *lines])


def test_furniture_of_portals_mail_and_self_media_goes() -> None:
    title, text = cleaned(
        "清江县人民政府", "Qingjiang County People's Government", "请输入关键字　搜索", TITLE, "分享到：", "微信", "微博",
        "QQ空间", "[图片]", "发件人: 王某 <wang@example.com>", "收件人: 李某 <li@example.com>",
        "主题: 转发: 回复: 修改稿", "-----原始邮件-----", BODY, "📌【一】强化责任落实", OTHER, "┌──── 名师点评 ────┐",
        "本文结构清晰，层次分明，是一篇较好的范文。", "└──────────────┘", "名师点评：用数据说话是总结的基本要求。", "发自我的iPhone",
    )
    assert title == TITLE
    assert text == f"{BODY}\n【一】强化责任落实\n{OTHER}"
    # an account's name between the title and its dated byline is no heading
    title, text = cleaned(TITLE, "乡镇工作手记", "2026-02-11 08:32 · 发布于湖南", "＋关注", BODY)
    assert (title, text) == (TITLE, BODY)
    # the words in the author's sentences stay: 主题 with a colon, 原始, 专家, 图片, 关注
    lines = ["主题：喜迎二十大，奋进新征程。", "原始记录要完整。", "专家组对项目进行了评审。", "图片展示了村庄新貌。", "关注民生。"]
    assert cleaned(TITLE, BODY, *lines)[1] == "\n".join([BODY, *lines])


def test_a_threads_replies_a_teachers_note_and_a_signature_go() -> None:
    page = [TITLE, BODY, "——————————", "签名档：平凡的岗位，不平凡的坚守。", "来自Android客户端　1楼　2026-01-06 23:41",
            "吃瓜的街道办", "写得挺规范的，数据很扎实，先收藏了", "来自iPhone客户端　2楼　2026-01-07 08:12　回复", "发表回复"]
    assert cleaned(*page) == (TITLE, BODY)
    page = [TITLE, BODY, "【名师点评】作者紧扣学习所得，层次清楚，语言平实，联系实际谈体会，很有说服力。",
            "结构清楚，结尾表态落到实处，是一篇较好的范文。"]
    assert cleaned(*page) == (TITLE, BODY)
    page = [TITLE, BODY, "附件下载：", "1.工作方案.pdf", "相关信息", "白石镇开展森林火灾扑救应急演练", "您是本站第 2386541 位访客",
            "欢迎评论区交流", "建议先收藏再看", "电话：0731-8562 3317　手机：139 0733 5216", "本邮件及其附件含有保密信息。"]
    assert cleaned(*page) == (TITLE, BODY)
    # the author's lines with the same words stay
    lines = ["我们建议收藏好原始凭证。", "社区居民在评论区热议此事，反响很好。", "电话：请保持24小时畅通。", "来自各村的代表参加了会议。"]
    assert cleaned(TITLE, BODY, *lines)[1] == "\n".join([BODY, *lines])
