"""Page structure, recognised line by line: the marks that start an essay on a page holding
several (第一篇：…, 篇二, 【范文3】, 某某报告 篇1) and the lists of other articles a page ends
with (teasers: 相关推荐, snippets cut off with …, readers' comments, a forum thread's replies,
and what an app shows under a post: WeChat's 预览时标签不可点, 继续滑动看下一个…).

Read by the reading stage (corpus.py splits a file into essays before any cleaning) and by
cleaning (cleanrules.body_lines drops an essay mark it meets).  Every rule is about how pages
are built, never about the wording of one page.  No third-party import.
"""

from __future__ import annotations

import re
from itertools import compress, repeat

_CN_NUM = "一二三四五六七八九十百零〇两"
ESSAY_MARK = re.compile(
    rf"^\s*[◆◇■□●○★☆▶►▲△\s]*[【\[]?(?:第[{_CN_NUM}\d]{{1,4}}篇|篇[{_CN_NUM}\d]{{1,3}}"
    rf"|(?:范文|範文|范例|範例|例文|样文|樣文)(?:[（(][{_CN_NUM}\d]{{1,3}}[)）]|[{_CN_NUM}\d]{{1,3}}(?![{_CN_NUM}\d])"
    r"|[A-ZＡ-Ｚ](?![A-Za-z]))"
    # (材料三, 材料A: alone or before a colon)
    rf"|材料(?:[{_CN_NUM}\d]{{1,3}}|[A-ZＡ-Ｚ])(?=[】\]]?\s*(?:[:：]|$))"
    # (a clerk's file of texts pasted from elsewhere, each under its label and a note on it:
    # 素材一（知乎上看到的，格式可以参考）, 素材2：)
    rf"|素材(?:[{_CN_NUM}\d]{{1,3}}|[A-ZＡ-Ｚ])(?:\s*[（(][^（()）]{{1,40}}[)）])?(?=[】\]]?\s*(?:[:：]|$))"
    # (an office system's export of several documents: 文档1 / 2)
    r"|文[档檔]\d{1,3}\s*[/／]\s*\d{1,3}(?=\s*$))"
    r"[】\]]?\s*[:：、.．]?\s*(?P<title>.*)$"
)
# A collection listing its essays under the page's title and a number after it (某某述职报告
# 篇1): the title the line names is the essay's
_NAMED_MARK = re.compile(rf"\s*(?P<title>[^。，；：！？,;:!?]{{2,40}}?)\s*[【\[]?篇[{_CN_NUM}\d]{{1,3}}[】\]]?\s*$")


_SENTENCE_SIGN = re.compile("[，。？！,?!]")


def essay_mark(line: str) -> re.Match[str] | None:
    """The essay mark a line (stripped) is, if any; its group "title" is the title it names
    (after it: 第一篇：…, or before it: … 篇1).  (Asked of every line of a file: the second shape
    is looked for only in a line holding 篇.)"""
    mark = ESSAY_MARK.match(line)
    if mark is not None and _SENTENCE_SIGN.search(mark.group("title")) is not None:
        return None  # (第二篇读着有点别扭，是不是…？: a reader's sentence about the essays, no title)
    return mark if mark is not None or "篇" not in line else _NAMED_MARK.match(line)


# The card that opens each answer on a question-and-answer page: each answer is an essay, and
# the question before the first is none.
POST_MARK = re.compile(r"^\s*(?:回答者|答主|回答人|答者)\s*[:：]")
# The floor of a reply in a forum thread (沙发 某某 发表于 2026-1-10 22:05), under its poster's
# name: a short line of letters, digits or Han characters (poster_name).
_FLOOR = r"^(?:沙发|沙發|板凳|地板|\d{1,4}\s*[#楼樓])\s*\S{0,16}\s*(?:发表于|發表於)"
FLOOR = re.compile(_FLOOR)
_POSTER = re.compile(r"[\w·\-]{2,16}")
# A heading that opens a list of other articles: everything after it is teasers.  (Two
# patterns: the headings that may follow other text on their line, searched for, and those that
# open it, matched at its start only; one search for both tried every shape at every character.)
_ZONE_END = re.compile(
    r"(?:相关|相關|热门|熱門|更多|推荐|推薦|精选|精選|延伸|猜你|最新|热点|熱點)"
    r"[\w\u4e00-\u9fff]{0,8}?(?:推荐|推薦|阅读|閱讀|文章|范文|範文|资讯|資訊|喜欢|喜歡|专题|專題)(?:排行榜?|榜)?\s*[:：]?\s*$"
    r"|查看更多\s*[:：>》]*\s*$|网友关注\s*$|網友關注\s*$"
    # (what a document site lists under a document: the uploader's other documents)
    r"|(?:其他|其它|相关|相關|推荐|推薦)(?:文档|文檔)\s*[:：]?\s*$"
    r"|(?:其他|其它|相关|相關)(?:链接|鏈接)\s*[:：]?\s*$"
)
_ZONE_START = re.compile(
    # (an account's list of its earlier posts: 往期推荐 ▼, ▼ 往期推荐 ▼)
    r"\W{0,4}(?:往期|往期的)(?:推荐|推薦|回顾|回顧|精选|精選|文章|阅读|閱讀)\W*$"
    # (readers' comments close a page: 网友评论（3）, 请登录后发表评论)
    r"|(?:网友|網友|全部|最新|热门|熱門|用户|用戶|读者|讀者|精彩|精选|精選|写|寫|文档|文檔)?(?:评论|評論|留言)\s*(?:[（(]\s*\d+\s*[)）]|\d+)?"
    r"\s*(?:(?:请|請)?(?:登录|登錄)后?(?:发表|發表)?(?:评论|評論))?\s*$"
    r"|(?:请|請)?(?:登录|登錄)后?(?:发表|發表)(?:评论|評論)\s*$"
    # (a blog's post foot: WordPress's 文章导航 to the posts beside it, 同类文章推荐, 2条评论 over
    # the comments, 发表回复 over the comment form)
    r"|(?:文章导航|文章導航|同类文章推荐|同類文章推薦|发表回复|發表回覆)\s*$|\d{1,5}\s*(?:条|條)(?:评论|評論|回复|回覆)\s*$"
    # (the floors of a forum thread's replies: 沙发 某某 发表于 2026-1-10 22:05)
    rf"|{_FLOOR}"
    # (what a phone's copy of a WeChat post holds after the text, the app's own words)
    r"|(?:预览时标签不可点|預覽時標籤不可點|微信扫一扫|微信掃一掃|关注该公众号|關注該公眾號|轻触阅读原文|輕觸閱讀原文"
    r"|(?:继续|繼續|向上)(?:滑动|滑動)看下一[个個])\s*$"
    r"|(?:相关|相關)(?:问题|問題)\s*$"
    # (a blog's sidebar: 归档, 标签云, 友情链接)
    r"|(?:文章|日志|日誌)?(?:归档|歸檔)\s*$|(?:标签云|標籤雲|热门标签|熱門標籤|友情链接|友情鏈接|分类目录|分類目錄)\s*$"
    # (what closes a document after its text: 抄送, 流转记录, its 附件 list)
    r"|抄送\s*[:：].*。$|(?:流转记录|流轉記錄)\s*[:：]|附件\s*(?:[（(]\d+[)）])?\s*[:：]\s*(?:1|一)?[.．、]?\s*\S{0,40}$"
    r"|(?:您|你)?可能(?:还|還|也)?(?:喜欢|喜歡|感兴趣|感興趣|想看)\s*[:：]?\s*$"
    r"|(?:附件下载|附件下載|相关信息|相關信息|相关文件|相關文件|相关附件|相關附件)\s*[:：]?\s*$"
    # (the close of a thread's first floor, 来自Android客户端　1楼　2026-01-06 23:41: replies follow)
    r"|来自\S{0,16}\s+\d{1,4}\s*[楼樓#]"
    # (the order a page offers its comments in, over them: 按热度　按时间, 最热 最新)
    r"|(?:按热度|按熱度|按时间|按時間|最热|最熱)[\s|｜/]*(?:按热度|按熱度|按时间|按時間|最新|最热|最熱)\s*$"
    # (an office system's record of a document's versions after its text: 修订记录, 历史版本)
    r"|(?:修订|修訂|版本|编辑|編輯)(?:记录|記錄|历史|歷史)\s*$|(?:历史|歷史)版本\s*$"
)
# The attribution over the message an e-mail replies to, quoted below it (在 2026/1/5 10:18,
# 某某 写道:): a time stamp in it, where a sentence introducing a quotation has none; other
# people's prose follows
_ATTRIBUTION = re.compile(r"\d:\d\d[^。]{0,30}[写寫]道\s*[:：]\s*$")
# A line of the record at a document's foot (版记) naming whom it goes to: 报：市委办。 送：…
# 发：… (抄报, 分送, 主送).  One alone may be the author's; two in a row are a record.
_RECORD = re.compile(r"(?:抄报|抄報|报|報|送|分送|主送|发|發)\s*[:：]\s*[^\s。！？][^。！？]{0,120}。?")
RECORD_OPENERS = frozenset("抄报報送分主发發")


def record_line(line: str) -> bool:
    """Whether a line (stripped) names whom a document goes to, as its record (版记) does: a
    record opens where two such lines follow each other."""
    return line[:1] in RECORD_OPENERS and _RECORD.fullmatch(line) is not None


_COMMENTS = re.compile("评论|評論|留言|发表于|發表於|楼|樓|点评|點評|按热度|按熱度|按时间|按時間|最热|最熱|写道|寫道")
# A teacher's or an editor's note on the essay, however long its first line: a zone of prose
_NOTE = re.compile(r"^[【\[]?(?:名师|名師|专家|專家|编辑|編輯|群友|网友|網友|读者|讀者)?(?:点评|點評)\s*[】\]：:]")
TEASER_CUT = re.compile(r"(?:\.{3,}|…+|。。。)\s*\S{0,12}$")
_TAIL_WORDS = ("查看更多", "相关推荐", "相關推薦", "推荐阅读", "推薦閱讀", "相关阅读", "相關閱讀")
_TEASER_TAIL = re.compile(rf"(?:{'|'.join(_TAIL_WORDS)})\s*[:：>》]*\s*$")


_FRAMES = frozenset(("【】", "[]", "〖〗"))
# (the buttons of WeChat's bar, read out by a phone's copy of the whole post: ：，。视频小程序赞，
# 轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过)
_APP_BAR = re.compile(
    r"\W*(?:视频|視頻)?\s*(?:小程序)?\s*(?:赞|讚)\s*[，,]?\s*(?:轻点两下|輕點兩下)取消(?:赞|讚)"
    r"(?:\s*在看\s*[，,]?\s*(?:轻点两下|輕點兩下)取消在看)?(?:\s*(?:分享|留言|收藏|听过|聽過|写留言|寫留言))*\s*"
)


def poster_name(line: str) -> bool:
    """Whether a line (stripped) over a reply's floor is its poster's name."""
    return _POSTER.fullmatch(line) is not None and not line.isdigit()


def starts_teaser_zone(line: str) -> bool:
    s = line.strip()
    if s[-1:] in "】]〗" and s[:1] + s[-1:] in _FRAMES:  # (the heading framed: 【相关推荐】, [推荐阅读])
        s = s[1:-1].strip()
    return (len(s) <= 40 and (_ZONE_START.match(s) is not None or _ZONE_END.search(s) is not None)) \
        or _NOTE.match(s) is not None or (len(s) <= 80 and (("下取消" in s and _APP_BAR.fullmatch(s) is not None)
                                                         or ("道" in s and _ATTRIBUTION.search(s) is not None)))


def zone_holds_prose(line: str) -> bool:
    """Whether the teaser zone a line starts holds prose of other people (comments, a thread's
    replies): the essay never resumes inside it, as it may after a list (a blog's sidebar)."""
    return _COMMENTS.search(line) is not None


def teaser_zone_tail(line: str) -> int:
    """Where a teaser-zone heading glued to the end of a body line starts (-1 if none)."""
    # (searched for only in a line ending on one of its words, past what may follow them)
    if not line.rstrip().rstrip(":：>》").rstrip().endswith(_TAIL_WORDS):
        return -1
    m = _TEASER_TAIL.search(line)
    return -1 if m is None else m.start()


def tail_rows(lines: list[str]) -> set[int]:
    """The lines teaser_zone_tail may find a heading at the end of (it finds none in the others):
    those ending on one of its words, past what may follow them.  (C scans, no Python step a line.)"""
    bare = map(str.rstrip, map(str.rstrip, map(str.rstrip, lines), repeat(":：>》")))
    return set(compress(range(len(lines)), map(str.endswith, bare, repeat(_TAIL_WORDS))))


def is_teaser(line: str) -> bool:
    """A snippet of another article, cut off with … or ..."""
    s = line.strip()
    # (the cut searched for only in a line holding one: a search of every line costs much more)
    return len(s) >= 20 and ("…" in s or "..." in s or "。。。" in s) and TEASER_CUT.search(s) is not None \
        and not s.endswith("……”")
