"""Page furniture, recognised line by line: whole lines of site chrome (its words and marks are
chromewords.py's, essay marks and teaser lists pagemarks.py's, the calls and notes found by a
word siterules.py's, what sites glue inside body lines inline.py's).

Shared by the reading stage (corpus.py splits a file into essays before any cleaning, so it must
know which lines are chrome) and by the cleaning stage, which asks bodylines for the lines of its
essays that are neither furniture nor title lines: a few whole-text tests find the lines a rule
could apply to, and only those are tried.  (The vocabulary all cleaning modules share lives in
textscan.)

Every rule is about how 范文 pages are built (chrome, teasers, watermarks), never about the
wording of one page.  No third-party import.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from . import chromewords as W
from .siterules import ACTION_MASK, ACTION_RULES, ACTION_WORDS, SERVED
from .textscan import HAN as HAN
from .textscan import any_in
from .textscan import line_cache as line_cache
from .textscan import set_line_caches as set_line_caches

# ---------------------------------------------------------------- chrome

# The longest line of furniture; of a navigation bar; of a call to act.
LONGEST, NAV_LONGEST, ACTION_LONGEST = 400, 160, 120

# Navigation bars and breadcrumbs: three or more short items between separators and no sentence
# mark (首页 > 范文大全 > 工作总结; 网站首页 | 工作总结 | 述职报告; 更新：… | 字数：… | 下载：…).
NAV_SIGNS = "|｜¦>»＞›→/·•‧\u3000"
_NAV_SPLIT = re.compile(r"\s*(?:[|｜¦>»＞›→/·•‧]+|\s-\s)\s*|\u3000+|\s{2,}")
SENTENCE_MARK = re.compile("[。，；！？、;!?]|,(?!\\d{3})")  # (1,024 is a count: no sentence there)
_SENTENCE_END = re.compile("[。；！？;!?]")
# A site's name with its domain or its search and login links (文秘帮范文网 wmb-fanwen.com),
# or a channel of it after the site's name (公文易 - 讲话稿频道)
_SITE_LINE = re.compile(
    r"[^\w]*(?P<lead>[\w·]{1,12}\s*[-—|｜_]\s*)?[\w·]{1,12}(?:网|網|文库|文庫|论坛|論壇|频道|頻道)"
    r"(?P<links>(?:\s*[\w.\-]+\.(?:com|cn|net|org|cc|me|top)(?:\.[a-z]{2})?|[^\w]*(?:搜索|登录|登錄|登入|注册|註冊))*)"
    r"[^\w]*(?P<slogan>[—\-－|｜]+\s*\w{1,16}\s*)?$",  # (and its slogan: —— 你身边的写作好帮手)
    re.IGNORECASE,
)


# Eight Latin-1 letters and signs in a row: GBK read as Latin-1 (·¢·Å for 发放), whose · and
# ¦ are bytes of Han characters, not separators
_LATIN1_RUN = re.compile("[\u00a1-\u00fe]{8}")


def _nav_line(s: str) -> bool:
    if len(s) > NAV_LONGEST or SENTENCE_MARK.search(s) is not None or _LATIN1_RUN.search(s) is not None:
        return False
    if len(s) <= 40 and any_in(s, "网網库庫坛壇频頻"):
        site = _SITE_LINE.match(s)
        # (织密安全防护网 alone is no site: a site shows its domain, links, slogan or a name before)
        if site is not None and (site.group("links") or site.group("slogan") or site.group("lead")):
            return True
    lengths = sorted(len(p) for p in _NAV_SPLIT.split(s) if p)
    # (one item may be longer: the site's name with its domain)
    return len(lengths) >= 3 and lengths[-2] <= 16 and lengths[-1] <= 40

_CHROME_DATED = re.compile(r".{0,12}(?:更新|发布|發布)(?:时间|時間)\s*[:：]\s*\d")
# (© after a Latin-1 letter or sign is the second byte of a GBK character read as Latin-1:
# ¶© for 订, in a run of mojibake that repair reads back)
_CHROME_COPYRIGHT = re.compile(
    r".{0,20}(?:copyright|(?<![\u00a1-\u00fe])©|all rights reserved|版权所有|版權所有|icp备|icp證)", re.IGNORECASE
)
# its words open with c, a or i (İ and ı match i under IGNORECASE), © or 版
COPYRIGHT_OPENERS = re.compile("[cCaAiI\u0130\u0131©版]")
_CHROME_SOURCED = re.compile(r".{0,60}来源于.{0,60}欢迎阅读|.{0,60}來源於.{0,60}歡迎閱讀")
_CHROME_PATH = re.compile(r".{1,20}\s>\s.{1,40}$")  # breadcrumbs: 首页 > 范文
_CHROME_URL = re.compile(
    r"(?:[^\w\s]*[\w·]{1,12}\s+)?"  # (a site's name before its domain: 公文在线 gwzx.cn)
    r"[（(]?\s*[\w.\-]+\.(?:com|cn|net|org|cc|me|top)(?:\s+[\w.\-]+\.(?:com|cn|net|org|cc|me|top))*\s*[)）]?$",
    re.IGNORECASE,
)
DOMAIN = re.compile(r"\.(?:com|cn|net|org|cc|me|top)", re.IGNORECASE)
# The rules of chrome_line, in groups that bodylines asks only of the lines that may need them.
# (and from bit ACTION on, one bit per rule of ACTION_RULES)
KEYWORD, URL, HEADED, COPYRIGHT, NAV, BLURB, BARE = 1, 2, 4, 8, 16, 32, 64
ACTION = 7
ALL = -1


# A label between runs of a mark, as a saved or merged file separates its parts
# (========== 网页另存 1/3：https://… ==========)
_BANNER = re.compile(r"([=*#~])\1{2,}\s*[^=*#~]{1,120}?\s*\1{3,}")


def is_banner(s: str) -> bool:
    """Whether a line (stripped) is such a label between parts of a file."""
    return s[:1] in ("=", "*", "#", "~") and s[-1] == s[0] and _BANNER.fullmatch(s) is not None


def chrome_line(line: str, rules: int = ALL) -> bool:
    """A whole line of site furniture: time/author/source, 导语, 声明, download, share, URL…"""
    s = line.strip()
    if not s or len(s) > LONGEST:  # a body line is never furniture, and this keeps huge lines cheap
        return False
    if rules & KEYWORD:
        key = s.lstrip(W.DECOR) if s[0] in W.DECOR else s
        if (key[:1] in W.OPENERS or key[:2] in W.PREFIXES) and W.KEYWORD.match(key) is not None:
            return True
    if rules & NAV and _nav_line(s):
        return True
    if rules & BARE and (W.BARE_LINE.fullmatch(s) is not None or is_banner(s)):
        return True
    # (each word looked for where a rarer character of it stands: cheaper than the word itself)
    if rules & BLURB and (
        ("编" in s and "小编" in s) or ("編" in s and "小編" in s)
        or (("您" in s or ("家" in s and "大家" in s)) and SERVED.search(s) is not None)
    ):
        return True
    action = (rules >> ACTION) & ACTION_MASK
    if action == ACTION_MASK and ACTION_WORDS.search(s) is None:
        action = 0  # (asked of every rule: one scan for all their words first)
    while action and len(s) <= ACTION_LONGEST:
        low = action & -action
        word, _, pattern = ACTION_RULES[low.bit_length() - 1]
        if word in s and pattern.search(s) is not None:
            return True
        action ^= low
    # (each pattern is tried only where a cheaper test finds what it needs: _CHROME_URL backtracks
    # along a line of Han text, _CHROME_COPYRIGHT tries seven words at 21 places)
    if rules & URL and "." in s and DOMAIN.search(s) is not None and _CHROME_URL.match(s) is not None:
        return True
    if rules & HEADED:
        head = s[:64]
        if (
            (("时间" in head or "時間" in head) and _CHROME_DATED.match(s) is not None)
            or (("来源于" in head or "來源於" in head) and _CHROME_SOURCED.match(s) is not None)
            or (">" in head and _CHROME_PATH.match(s) is not None)
        ):
            return True
    return bool(
        rules & COPYRIGHT
        and COPYRIGHT_OPENERS.search(s, 0, 40) is not None
        and W.copyright_signs(s[:40])  # a word of it ends within 40 characters
        and _CHROME_COPYRIGHT.match(s) is not None
    )


is_chrome_line: Callable[[str], bool] = line_cache(chrome_line)  # corpus.py asks of the same lines again and again


# "文章标题：X" is chrome around a real title.
TITLE_LABEL = re.compile(r"^(?:文章|文档|文檔)?(?:标题|標題|题目|題目)\s*[:：]\s*")
# An image caption or repeated title: the title followed by a parenthesis and/or a number.
CAPTION_TAIL = re.compile(r"^\s*(?:[（(][^)）]{0,40}[)）])?\s*\d{0,3}\s*$")


def is_title_label(line: str) -> bool:
    return line[:1] in ("文", "标", "標", "题", "題") and TITLE_LABEL.match(line) is not None


# ---------------------------------------------------------------- an essay's body lines


class Body(NamedTuple):
    """An essay's lines as cleaning starts from them."""

    lines: list[str]  # stripped, none blank, no furniture or title line
    rows: list[int]  # where each stands in the essay's raw lines
    text: str  # the lines joined by newlines
    titles: list[str]  # the title lines (篇 marks, 标题：…), as written
    title_chars: int  # characters of the title lines
    chrome_chars: int  # characters of the furniture lines
    title_first: bool  # a title line came before any furniture line
    heads: Sequence[str] = ()  # the first two characters of every raw line (layout.py asks them)
    alone: frozenset[int] = frozenset()  # rows of headings a printed page's layout shows (layout.py)
    bullets: frozenset[int] = frozenset()  # rows of headings a bullet sets off (● 放下架子，…)


def body_lines(raw: Sequence[str]) -> Body:
    """The body lines of an essay: blank lines, furniture and title lines left out.

    Only the lines a rule could take out are tried: the first three (an essay mark), those
    opening with a keyword's first character, and those holding a mark or word the other rules
    need in their first 64 characters (which those rules read).  (bodylines.body_lines_each
    does this for many essays at once, which is how cleaning asks it.)
    """
    from .bodylines import body_lines_each  # (it builds on the rules here)

    return body_lines_each([raw])[0]


def bullet_heading(text: str, after: str) -> bool:
    """Whether a line a bullet opened (● 放下架子，才能走进群众心里) is a heading: short, no
    sentence ended in it, nothing left open at its end, and a paragraph of its own under it
    (after an indent or a blank line: a line under a bullet item may go on with it, and bullets
    in a row are a list)."""
    return len(text) <= 30 and _SENTENCE_END.search(text) is None and text[-1] not in "，、,：:“（(—" \
        and (not after.strip() or after.startswith(("\u3000", "  ", "\t")))
