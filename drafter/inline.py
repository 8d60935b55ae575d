"""Furniture inside body lines, in cleaning: watermarks (site.cn), source tails (《刊名》), SEO
blurbs, and the page title that SEO sites inject into the text (，标题。 or 工作总结《标题》).

(Whole lines of furniture are cleanrules.py's.)  Every rule here looks for what it must contain
with substring tests first, and runs its pattern only on the lines that hold it.  No
third-party import.
"""

from __future__ import annotations

import re

from .cleanrules import DOMAIN
from .textscan import find_words, has_han, match_starts

# Chrome that sites glue onto the end or middle of a body line.
_CHROME_INLINE = re.compile(
    r"[（(][^()（）\n]{0,30}?[\w.\-]+\.(?:com|cn|net|org|cc|me|top)(?:\.[a-z]{2})?[^()（）\n]{0,20}?[)）]"
    r"|[（(](?:图文|圖文|本文|稿件)?(?:来源|來源|来自|來自)[:：]?[^()（）\n]{1,16}(?:网|網|网站|網站|在线|在線|文库|文庫|范文|範文|平台|公众号|公眾號)[)）]"
    r"|(?:【[^】\n]{0,6}(?:下载|下載|收藏|打印|关闭|關閉|投稿|分享|返回|举报|舉報|纠错|糾錯|评论|評論|字体|字體)"
    r"[^】\n]{0,6}】[ \t\u3000]*){2,}"
    r"|[【\[（(][^】\]()（）\n]{1,12}(?:网|網|文库|文庫)(?:原创|原創|首发|首發|独家|獨家)[】\]）)]"
    # (a 范文 site's name stamped into the text, 【范文365】, 【某某范文网】: a name, not a label, as
    # 【范文一】 over an essay of a collection is; a domain written with a middle dot, （site·com）)
    r"|【[^】\n]{0,8}?(?:范文|範文|文库|文庫)(?:网|網|[A-Za-z0-9]{3,})[^】\n]{0,4}】"
    r"|[（(](?:www·)?[A-Za-z0-9\-]{2,30}·(?:com|cn|net|org|cc|me|top)(?:·[a-z]{2})?[)）]"
    # (a page's own domain in a hidden span, glued into a sentence without brackets: 明白卡”site.com，
    # 逐户, where a clause ends; one the prose names, 登录www.gov.cn, 中国政府网www.gov.cn查询, stays)
    # (its first letter looked at before what comes before it: a Han character, which fails the
    # letter at once, is where the scan mostly is)
    r"|(?=[a-z0-9\-])(?<=[\u4e00-\u9fff”’》])(?<![录陆问址网站入开注索见过在从自于由])(?:www\.)?[a-z0-9\-]{2,30}"
    r"\.(?:com|cn|net|org|cc|me|top)(?:\.[a-z]{2})?(?=[，。；、])"
    r"|[（(]《[^》\n]{1,30}》[)）][ \t]*$"
    r"|我来为大家科普一下.{0,60}?[?？]?下面希望有你要的答案.{0,20}?[!！]"
    r"|(?:查看更多|阅读全文|展开全文)[ \t]*[:：>》]*[ \t]*$"
    r"|本文由.{0,30}(?:投稿|整理)[，,。]?"
    # (a footnote's mark in the text, 公开[1]全面: its note goes as a line)
    r"|(?<=[\u4e00-\u9fff”’）)」』》])\[\d{1,2}\]"
    r"|《[^》\n]{1,40}》(?:来源于|來源於)[\w.\-]+[，,]?(?:欢迎阅读|歡迎閱讀)[^。\n]{0,40}[。.]?",
    re.IGNORECASE | re.MULTILINE,
)
# What each branch of _CHROME_INLINE must contain (the watermark branch: DOMAIN; the source
# tails: _TAIL_SIGN), found through a character of it (textscan.find_words): a search for one
# character runs at memory speed, several times faster than one for a word, and each place it
# stops at costs a Python step, so the character is one prose rarely holds.
_INLINE_SIGNS = (
    # (any 】: 【…】【…】 rows and a site's name stamped in the text, 【范文365】, whose 范 and 文
    # prose is full of; 】 it seldom holds)
    ("】", ("】",)),
    ("源", ("来源", "來源")),  # （图文来源：某某网）
    ("文", ("文来自", "文來自", "本文由", "阅读全文", "展开全文")),  # （本文来自某某网）
    ("普", ("我来为大家科普一下",)),
    ("查", ("查看更多",)),
    ("创", ("网原创",)),  # 【某某范文网原创】
    ("創", ("網原創",)),
    ("]", ("]",)),
    ("·", ("·",)),  # （site·com）
)
_TAIL_SIGN = re.compile("》(?=[)）]|来源于|來源於)")  # (a pattern opening with a literal: a fast scan)


def strip_inline_chrome(text: str) -> str:
    """Watermarks (site.cn), source tails (《刊名》) and SEO blurbs inside body lines.

    Works on a whole text as on one line (no branch crosses a line break), and runs only on
    the lines holding what a branch must contain: the alternation costs a regex step per
    character, which a page of body text should not pay for one watermark.
    """
    hits = inline_hits(text)
    if not hits:
        return text
    out: list[str] = []
    done = 0
    for pos in sorted(hits):
        if pos < done:
            continue
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out += (text[done:start], _CHROME_INLINE.sub("", text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def inline_hits(text: str) -> list[int]:
    """Where the text holds what a branch of _CHROME_INLINE must contain: strip_inline_chrome
    changes only the lines holding one."""
    hits = [m.start() for m in DOMAIN.finditer(text)] if "." in text else []
    hits += match_starts(_TAIL_SIGN, text, "》")
    for anchor, words in _INLINE_SIGNS:
        hits += find_words(text, words, anchor)
    return hits


# ---------------------------------------------------------------- title injection


def strip_title_injection(text: str, titles: set[str]) -> str:
    """SEO sites inject the page title into the body: ，标题。 or 工作总结《标题》."""
    for title in titles:
        if len(title) < 4 or title not in text:
            continue
        text = _cut_after_comma(text, title)
        text = _cut_bracketed(text, title)
    return text


# The two cuts below are re.sub with the patterns [，,]T(?=[。；]) and [Han]{0,4}《T》(?=[。；，])
# written out: compiling a pattern per title (the Han class alone takes milliseconds) would
# cost more than cleaning the essay, as nearly every essay has its own title.


def _cut_after_comma(text: str, title: str) -> str:
    out: list[str] = []
    pos = 0  # where the text not yet copied (and not yet matched) starts
    q = text.find(title, 1)
    while q > 0:
        end = q + len(title)
        if q - 1 >= pos and text[q - 1] in "，," and end < len(text) and text[end] in "。；":
            out.append(text[pos : q - 1])
            pos = end
            q = text.find(title, end + 1)
        else:
            q = text.find(title, q + 1)
    return "".join(out) + text[pos:] if out else text


def _cut_bracketed(text: str, title: str) -> str:
    target = f"《{title}》"
    out: list[str] = []
    pos = 0
    q = text.find(target)
    while q >= 0:
        end = q + len(target)
        if end < len(text) and text[end] in "。；，":
            start = q  # the match begins at up to four Han characters right before 《
            while start > pos and q - start < 4 and has_han(text[start - 1]):
                start -= 1
            if start > pos and text[start - 1] in "，,":
                start -= 1  # (…成效，自我鉴定《T》。: the comma goes with it, not left before the 。)
            out.append(text[pos:start])
            pos = end
            q = text.find(target, end)
        else:
            q = text.find(target, q + 1)
    return "".join(out) + text[pos:] if out else text
