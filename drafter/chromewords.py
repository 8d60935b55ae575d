"""The words and marks of site furniture that cleanrules looks for at the start of a line:
the one pattern of keyword lines (发布时间：…, 来源：…, 下载本文, 赞同 286, 发件人：…), the
characters that may open one, the decorations before it (↓↓↓, 【, «), rows of buttons, and the
pictures and marks a page draws (📌, ▼, ━━━━), and the cheap test that says whether a text may
hold a copyright notice.  Tables, apart from that test: cleanrules applies them.  No third-party
import.
"""

from __future__ import annotations

import re

from .textscan import any_in, ascii_marks

# A whole line of chrome, in two kinds of pattern.  Most open with their keyword, so they are
# tried only on a line whose first character opens one of them; the others are tried only on a
# line that holds the word or mark they need.  A body line pays a set lookup and a few
# substring tests, where one big alternation would try every branch at its start.
BUTTON = ("(?:分享|收藏|打印|举报|舉報|认领|認領|献花|獻花|点赞|點贊|點讚|转发|轉發|评论|評論|纠错|糾錯|在看"
          "|转藏|轉藏|复制|複製|引用|回复|回覆|投诉|投訴|喜欢|喜歡"
          "|反馈|反饋|微信|微博|QQ空间|QQ空間|QQ|朋友圈|新浪微博|腾讯微博|騰訊微博|豆瓣|钉钉|釘釘)")  # (分享到 …)
_CREDIT = "(?:文字|图片|圖片|摄影|攝影|审核|審核|校对|校對|终审|終審|初审|初審|复审|複審|美编|美編|排版|责编|責編)"
KEYWORD = re.compile(
    r"(?:发布|發布|發佈|发佈|更新|上传|上傳|录入|錄入)?(?:时间|時間|日期)\s*[:：]\s*\d"
    r"|(?:发布|發布|發佈|发佈|更新)\s*[:：]\s*\d"
    r"|(?:查看|回复|回覆)\s*[:：]\s*\d"  # (a forum thread's counts: 查看: 2315 | 回覆: 4)
    r"|(?:作者|来源|來源|出处|出處|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|阅读|閱讀|点击|點擊)"
    r"(?:次数|量)?\s*[:：]"
    r"|(?:文档|文檔|文章|内容|內容|本文|资料|資料|作品|AI|智能)?"  # (文档简介：, 本文标签：, AI摘要：)
    r"(?:导语|導語|简介|簡介|摘要|内容提要|內容提要|声明|聲明|免责声明|免責聲明|版权声明|版權聲明|标签|標籤"
    r"|关键词|關鍵詞|tags?|编者按|編者按|温馨提示|溫馨提示|友情提示)\s*[:：]"
    # (a 范文 site's note over the text in brackets, 【导读】本文是一篇…，供大家参考。: the author
    # writes no 导读 of his own; a note on the page in English, 【导读】 that retells…, is no such)
    r"|(?:导读|導讀|导语|導語)[】\]]\s*[\u4e00-\u9fff“]"
    r"|本?文[档檔]?共\s*\d+\s*[页頁]"  # (a document site's preview: 本文档共6页，当前为预览…; 本文共3页)
    # (and its uploader, 文档贡献者：某某 ｜ 贡献于2025-12-29; the preview's end, 试读已结束，点击继续阅读)
    r"|(?:文[档檔])?(?:贡献者|貢獻者|上传者|上傳者)\s*[:：]|(?:贡献|貢獻)于\s*\d{4}"
    r"|(?:试读|試讀|预览|預覽)(?:已|已经|已經)?(?:结束|結束)[^。！？]{0,30}$"
    # (and its fold over the pages it hides: 还剩2页未读，继续阅读)
    r"|(?:还剩|還剩|剩余|剩餘)\s*\d+\s*[页頁]\s*(?:未读|未讀)[^。！？]{0,20}$"
    r"|第\s*\d+\s*[页頁]\s*[/／,，]?\s*共\s*\d+\s*[页頁]\s*$|全文(?:阅读|閱讀)已(?:结束|結束)"
    # (a government portal's record of a document: 索引号：…, 名　　称：…; a forum's signature)
    r"|(?:索引号|索引號|主题分类|主題分類|发布机构|發布機構|发文机关|發文機關|成文日期|生效日期|有效性|信息来源"
    r"|信息來源|浏览次数|瀏覽次數|名[\s\u3000]*[称稱]|文[\s\u3000]*[号號]|(?:签名|簽名)(?:档|檔)?|来自|來自"
    # (an office system's record of a document and of its export: 发文字号：…, 流程状态：…)
    r"|发文字号|發文字號|签发人|簽發人|密级|密級|紧急程度|緊急程度|公开属性|公開屬性|拟稿单位|擬稿單位|拟稿人|擬稿人"
    r"|核稿人|流程状态|流程狀態|附件下载|附件下載|导出人|導出人|导出时间|導出時間|导出范围|導出範圍|导出完成|導出完成"
    r"|办理意见|辦理意見)\s*[:：]"
    r"|(?:正文|办理单|辦理單|签收记录|簽收記錄)[】\]]"
    # (and its fields under their labels, as a record pasted from the system shows them:
    # 【流水号】…, 【标　题】…, 【拟稿人】某某　【拟稿部门】…, 【附件】….docx（32KB）, 【审批意见】;
    # values, not clauses: a label opening a sentence, 【附件】共三份，请…, is the author's)
    r"|(?:流水号|流水號|标[\s\u3000]*题|標[\s\u3000]*題|拟稿|擬稿|核稿|签发|簽發|附件|审批意见|審批意見|流程状态"
    r"|流程狀態|打印时间|打印時間|办理意见|辦理意見)[^】\]\n]{0,4}[】\]](?=[^，。！？；,;“”\n]*$)"
    r"|(?:主办|主辦|承办|承辦|协办|協辦)(?:单位|單位)\s*[:：]|扫一扫|掃一掃|转藏|轉藏"
    r"|(?:原创|原創|转载|轉載|转帖|轉帖)\s*[\]】]"  # ([原创] before a forum thread's title)
    r"|(?:END|全文完)[\s—\-=]*$|[（(](?:全文完|全书完|全書完)[)）]"  # (（全书完）如需…, closing a collection)
    # (a post cut over floors of a thread: （未完，接2楼） closing one, （接1楼） opening the next;
    # the name of a floor alone on its line under the poster's: 沙发, 板凳, 5楼; classes of two
    # characters at most, as a larger one of Han characters costs its compile dearly)
    r"|[（(]\s*(?:未完(?:待续|待續)?(?:[，,]?\s*接\s*(?:\d{1,4}\s*[楼樓]|下[楼樓]))?|待续|待續"
    r"|接\s*(?:\d{1,4}\s*[楼樓]|上[楼樓]?)|[续續]上[楼樓]?)\s*[)）]\s*$"
    r"|(?:[楼樓]主|沙[发發]|板凳|地板|[1-9][楼樓])\s*$"
    # (an end mark and the text's count after it: （完）　字数：约1100字)
    r"|[（(](?:完|全文完|本文完|正文完)[)）]\s*(?:(?:字数|字數)\s*[:：].{0,16})?$|(?:字数|字數)\s*[:：]\s*约?\s*[\d,，]+\s*字?\s*$"
    # (a page left blank, （此页无正文）; a Word file's field code, PAGE \* MERGEFORMAT)
    r"|[（(]?(?:此|本)[页頁](?:无|無)正文[)）]?\s*$|[A-Z]{2,12}\s+\\\*\s*MERGEFORMAT\b[\s\d]*$"
    r"|(?:广告|廣告|推广|推廣)(?:[\s—\-=*]*$|\s*[】\]])"  # (【广告】…: an advertisement under its label)
    r"|下载.{0,40}(?:word|doc|文档|文檔|格式|到电脑|到電腦)|点此处?下载|點此處?下載|文档为\w*格式"
    r"|将本文档下载|將本文檔下載|下载本文|下載本文|点击下载|點擊下載|(?:app|客户端|客戶端)内?打开|打开\s*(?:app|客户端)"
    r"|(?:推荐|推薦|相关|相關|延伸|热门|熱門)(?:阅读|閱讀|推荐|推薦|文章)\s*[】:：]|猜你喜[欢歡]\s*[】:：]"
    r"|(?:分享到|分享|收藏|打印|举报|舉報|返回顶部|返回首页|返回目录|返回目錄|返回列表)\s*[:：]?\s*$|分享到\s*[:：]"
    # (a row of buttons, with their counts: 献花(3) +1, 举报/认领, 点赞 在看 转发)
    rf"|(?:{BUTTON}(?:全文|本文)?\s*(?:[（(]\d+[)）])?\s*(?:\+\s*1)?\s*[/／|｜·]?\s*){{1,6}}$"
    r"|上一篇\s*[:：]?|下一篇\s*[:：]?|[上下]篇文章\s*[:：]"  # (上篇文章：…; 上篇文章中… is prose)
    r"|(?:手机|手機)(?:扫码|掃碼)(?:阅读|閱讀|浏览|瀏覽)"
    r"|本文[档檔]?由.{0,40}(?:投稿|整理|提供|发布|發布|上传|上傳)"
    # (an office system's stamp on what it exports: 【本文件由某某协同办公平台导出，仅供内部使用】)
    r"|(?:本|此)(?:文件|文档|文檔|文)由.{0,30}(?:系统|系統|平台)(?:自动|自動)?(?:导出|導出|生成|打印)"
    r"|更多精彩.{0,40}(?:关注|關注)|查看全部\s*\d*\s*(?:个|個|条|條)?(?:回答|评论|評論|留言)?\s*$"
    r"|(?:展开|展開|阅读|閱讀){1,2}(?:全文|原文)\s*[∨⌄▼↓>»]*\s*$"
    # (a post's fold, its arrow drawn by a font of icons as a letter: 收起d; 收起全文 ∧)
    r"|收起(?:全文)?\s*(?:[A-Za-z]|[∧⌃▲↑^]*)\s*$"
    # (an office system's notes on a draft, each under its label: 【批注 2】某某（01-20 09:13）：…,
    # 〔修订〕某某 删除了：…; a scan's note: [扫描件 第1-8页 OCR识别 置信度 91.6%])
    r"|〔?(?:批注|修订|修訂|审阅|審閱)\s*\d{0,3}\s*[】\]〕]"
    r"|(?:扫描件|掃描件|OCR)[^。！？\]】]{0,60}[\]】]$"
    # (a question-and-answer site: 赞同 286, ▲ 赞同 97 ▼ 💬 6 条评论; an author's card: [作者头像] 某某)
    r"|(?:赞同|贊同)\s*\d[\d,.]*\s*[万萬千kK]?(?:\s|$)|(?:作者|用户|用戶)?(?:头像|頭像)\s*[\]】]"
    # (a site's search box; a picture or a video the text could not show)
    r"|请?(?:输入|輸入)(?:关键字|关键词|關鍵字|關鍵詞|搜索|搜尋)|(?:图片|圖片|视频|視頻)\s*[\]】]\s*$"
    # (a footnote, [1] “三务”公开：指…, once DECOR's [ is gone)
    r"|\d{1,2}\]\s*\S"
    # (an e-mail's header and close; a study site's 名师点评 on the essay)
    r"|(?:发件人|發件人|收件人|发送时间|發送時間|发送日期|發送日期)\s*[:：]|(?:主题|主題)\s*[:：]\s*(?:转发|轉發|回复|回覆|re|fw)"
    r"|[-—=\s]*(?:原始邮件|原始郵件)[-—=\s]*$|发自我的|發自我的|(?:本|此)(?:邮件|郵件)"
    # (an e-mail's disclaimer: 【保密提示】本邮件…, 保密声明：本邮件…)
    r"|(?:保密|機密|机密)(?:提示|声明|聲明)\s*(?:[】\]]|[:：].{0,30}?(?:邮件|郵件))"
    r"|(?:联系|聯繫)?(?:电话|電話|手机|手機|传真|傳真|邮箱|郵箱|e-?mail)\s*[:：]\s*[\d+(（]"  # (a signature's numbers)
    r"|(?:您是)?(?:本站)?第\s*\d+\s*(?:位|名)(?:访客|訪客)"
    r"|(?:名师|名師|专家|專家|编辑|編輯)?(?:点评|點評)\s*[:：】\]]"
    r"|当前位置\s*[:：]|您的位置\s*[:：]|位置\s*[:：].{0,40}>"
    r"|>\s*\S"
    # (the credits under an account's post, a pair or a few on a line: 文字：某某　图片：某某, 终审：某某)
    rf"|(?:{_CREDIT}\s*[:：]\s*[^\s。，！？；：:,]{{1,12}}[\s\u3000]*){{1,6}}$"
    r"|[（(]\s*(?:作者|来源|來源|本文作者|本文[档檔]?由|本篇由|本文(?:转自|轉自|摘自|选自|選自)|摘自|选自|選自|转自|轉自|责任编辑|責任編輯|编辑|編輯|审核|審核"
    r"|校对|校對|[^()（）]{0,30}(?:仅供|僅供)"
    # (an editor's note on where the text comes from: （根据录音整理，未经本人审阅）; a download
    # site's count of it: （本文共2368字，下载后可编辑）)
    r"|[^()（）]{0,30}(?:录音|錄音|速记|速記)整理|[^()（）]{0,30}未[经經](?:本人|作者)?(?:审阅|審閱|审定|審定)"
    r"|(?:本?文[档檔章]?|全文)共\s*[\d,，]+\s*字)"
    r".{0,60}[)）]$",
    re.IGNORECASE,
)
OPENERS: frozenset[str] = frozenset(
    "发發更上录錄时時日作来來出编編责責浏瀏阅閱点點导導简簡声聲免标標关關tT下文将將分收打举舉返本查展当您位>（(手"
    "推相延热熱猜aA客审審校摘内內版"
)
# Keywords whose first character opens many body lines (主要…, 全镇…, 第一…): tried only on a line
# opening with one of these two characters.
PREFIXES = frozenset(
    ["资料", "資料", "作品", "广告", "廣告", "全文", "索引", "主题", "主題", "主办", "主辦", "成文", "生效", "有效",
     "信息", "名称", "名稱", "名 ", "名\u3000", "签名", "簽名", "协办", "協辦", "承办", "承辦", "扫一", "掃一", "转藏",
     "轉藏", "转载", "轉載", "转帖", "轉帖", "原创", "原創", "EN", "En", "en", "回复", "回覆", "第 ",
     "赞同", "贊同", "头像", "頭像", "用户", "用戶", "温馨", "溫馨", "友情", "打开", "打開", "收件", "主题", "主題",
     "名师", "名師", "专家", "專家", "原始", "请输", "請輸", "输入", "輸入", "图片", "圖片", "视频", "視頻",
     "微信", "微博", "QQ", "朋友", "新浪", "腾讯", "騰訊", "豆瓣", "钉钉", "釘釘", "此邮", "此郵", "联系", "聯繫",
     "电话", "電話", "手机", "手機", "传真", "傳真", "邮箱", "郵箱", "反馈", "反饋",
     "字数", "字數", "批注", "修订", "修訂", "审阅", "審閱", "〔批", "〔修", "〔审", "〔審", "扫描", "掃描", "OC",
     "文档", "文檔", "贡献", "貢獻", "试读", "試讀", "预览", "預覽", "签发", "簽發", "密级", "密級", "紧急", "緊急",
     "公开", "公開", "拟稿", "擬稿", "核稿", "流程", "流水", "附件", "导出", "導出", "办理", "辦理", "正文", "签收",
     "簽收", "此页", "此頁", "此文", "本页", "本頁", "PA", "NU",
     "保密", "机密", "機密", "楼主", "樓主", "沙发", "沙發", "板凳", "地板", "还剩", "還剩", "剩余", "剩餘",
     *(f"{d}{c}" for d in "123456789" for c in "楼樓"),
     "文字", "摄影", "攝影", "终审", "終審", "初审", "初審", "复审", "複審", "美编", "美編", "排版",
     *(f"{d}]" for d in "123456789"),
     # (buttons: 献花(3) +1, 举报/认领)
     "认领", "認領", "献花", "獻花", "转发", "轉發", "评论", "評論", "纠错", "糾錯", "在看", "复制", "複製", "引用",
     "投诉", "投訴",
     *(f"第{d}" for d in "0123456789")]
)
# Marks that decorate a line of chrome before its keyword (↓↓↓ 点击下载…, ——更多精彩…, 【推荐阅读】…)
DECOR = "↓↑→←▶►▼▲●○·•‧※★☆■□◆◇—-=~*#【[«‹ \u3000"
# A line of marks and pictures only (▼, 👇, ━━━━): what a page draws, never words; not the
# marks a broken sentence leaves alone on a line (。 ”), which the joins need, nor ×××.
# (not ① ❶ ➀: markers; nor the marks of BARE_LINE's exceptions)
PICTURE = re.compile(
    "[\u2190-\u245f\u2500-\u2775\u2794-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+[ \u3000]*"
)
BARE_LINE = re.compile(r"[^\w。，、；：！？,.;:!?”’）)》」』“‘（(《「『…×]+")


# Characters that match a letter of the copyright words under IGNORECASE (i, s) but are not ASCII.
_FOLDED_LETTERS = "\u0130\u0131\u017f"


def copyright_signs(heads: str) -> bool:
    """Whether a text may hold a copyright word (a superset: cleanrules' copyright pattern decides)."""
    return (
        "©" in heads
        or ("版" in heads and ("版权所有" in heads or "版權所有" in heads))
        # (the Latin words: copyright and icp hold a c, all rights reserved a g, which no other
        # character matches under IGNORECASE; the i and s in them, İ ı ſ too)
        or (any_in(heads, "CGcg") and _latin_copyright(heads))
    )


def _latin_copyright(heads: str) -> bool:
    lower = ascii_marks(heads).decode().lower()
    return (
        "copyright" in lower
        or "all rights reserved" in lower
        or "icp" in lower
        or any_in(heads, _FOLDED_LETTERS)
    )


# A meeting record's header (时间：… / 地点：… / 主持人：…): its time line is the record's own,
# not a page's time stamp, where the next line names the place, the chair or who attended.
_RECORD_FIELD = re.compile(
    r"(?:会议|會議)?(?:地点|地點|主持人?|参会人员|參會人員|参加人员|參加人員|出席人员|出席人員|出席|列席人员"
    r"|列席人員|列席|记录人?|記錄人?|议题|議題)\s*[:：]"
)
_TIME_LABEL = re.compile(r"(?:会议|會議)?(?:时间|時間|日期)\s*[:：]")
# (each field of the header is a line of its own: paragraphs.py joins no line to one)
RECORD_LINE = re.compile(f"{_TIME_LABEL.pattern}|{_RECORD_FIELD.pattern}")
RECORD_FIRSTS = frozenset("会會时時日地主参參出列记記议議")  # (the characters a field opens with)


def record_time(lines: list[str], i: int) -> bool:
    """Whether line i is the time line of a meeting record's header (lines stripped)."""
    if _TIME_LABEL.match(lines[i]) is None:
        return False
    nxt = next((s for s in lines[i + 1 : i + 4] if s), "")
    return _RECORD_FIELD.match(nxt) is not None
