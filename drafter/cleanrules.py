"""The rules of cleaning, as data and small pure functions (no third-party import).

Kept apart from clean.py (which owns OpenCC and the order of the steps) so that the reading
stage can share the line classifiers: splitting a file into essays needs to know which lines are
site chrome, which open a list of teasers and which mark the start of an essay.

Every rule here is about how 范文 pages are built (chrome, teasers, watermarks, spinners,
scrapers that break lines), never about the wording of one page.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from .resources import data_dir

_T = TypeVar("_T")
CACHE_SIZE = 1 << 12  # per function: worst case ~ CACHE_SIZE × CACHE_MAX_LEN characters kept
CACHE_MAX_LEN = 1000


def line_cache(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """A bounded memo for a pure function of one line or paragraph: chrome, boilerplate and
    quoted passages recur across a corpus.  Long texts bypass it (rare, and costly to keep)."""
    cached = functools.lru_cache(maxsize=CACHE_SIZE)(fn)

    @functools.wraps(fn)
    def call(text: str) -> _T:
        return cached(text) if len(text) <= CACHE_MAX_LEN else fn(text)

    return call


HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Sentence ends, and what may close a sentence after them.
TERMINALS = "。！？；…"
CLOSERS = "”’」』）》"
END_PUNCT = TERMINALS + "：" + CLOSERS + ".!?;:"
_HAN_CHAR = re.compile(f"[{HAN}]")

# ---------------------------------------------------------------- essays and teasers

_CN_NUM = "一二三四五六七八九十百零〇两"
ESSAY_MARK = re.compile(
    rf"^\s*[【\[]?(?:第[{_CN_NUM}\d]{{1,4}}篇|篇[{_CN_NUM}\d]{{1,3}}|范文[{_CN_NUM}\d]{{1,3}}|範文[{_CN_NUM}\d]{{1,3}})"
    r"[】\]]?\s*[:：、.．]?\s*(?P<title>.*)$"
)
# A heading that opens a list of other articles: everything after it is teasers.
TEASER_ZONE = re.compile(
    r"(?:相关|相關|热门|熱門|更多|推荐|推薦|精选|精選|延伸|猜你|最新|热点|熱點)"
    r"[\w\u4e00-\u9fff]{0,8}?(?:推荐|推薦|阅读|閱讀|文章|范文|範文|资讯|資訊|喜欢|喜歡|专题|專題)\s*[:：]?\s*$"
    r"|查看更多\s*[:：>》]*\s*$|网友关注\s*$|網友關注\s*$"
)
TEASER_CUT = re.compile(r"(?:\.{3,}|…+|。。。)\s*\S{0,12}$")

# ---------------------------------------------------------------- chrome

_CHROME_LINE = re.compile(
    r"^(?:"
    r"(?:发布|發布|更新|上传|上傳|录入|錄入)?(?:时间|時間|日期)\s*[:：]\s*\d"
    r"|.{0,12}(?:更新|发布|發布)(?:时间|時間)\s*[:：]\s*\d"
    r"|(?:作者|来源|來源|出处|出處|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|阅读|閱讀|点击|點擊)"
    r"(?:次数|量)?\s*[:：]"
    r"|(?:导语|導語|简介|簡介|声明|聲明|免责声明|免責聲明|标签|標籤|关键词|關鍵詞|tags?)\s*[:：]"
    r"|.{0,20}(?:copyright|©|all rights reserved|版权所有|版權所有|icp备|icp證)"
    r"|下载.{0,40}(?:word|doc|文档|文檔|格式|到电脑|到電腦)|点此处?下载|點此處?下載|文档为\w*格式"
    r"|将本文档下载|將本文檔下載|下载本文|下載本文"
    r"|(?:分享到|分享|收藏|打印|举报|舉報|返回顶部|返回首页)\s*[:：]?\s*$|分享到\s*[:：]"
    r"|上一篇\s*[:：]?|下一篇\s*[:：]?"
    r"|本文由.{0,40}(?:投稿|整理|提供|发布|發布|上传|上傳)"
    r"|.{0,60}来源于.{0,60}欢迎阅读|.{0,60}來源於.{0,60}歡迎閱讀"
    r"|更多精彩.{0,40}(?:关注|關注)|查看全部\s*$|展开全文\s*$|展開全文\s*$|阅读全文\s*$"
    r"|当前位置\s*[:：]|您的位置\s*[:：]|位置\s*[:：].{0,40}>"
    r"|>\s*\S|.{1,20}\s>\s.{1,40}$"
    r"|[（(]\s*(?:作者|来源|來源|本文作者|摘自|选自|選自|转自|轉自).{0,60}[)）]$"
    r"|[（(]?\s*[\w.\-]+\.(?:com|cn|net|org|cc|me|top)(?:\s+[\w.\-]+\.(?:com|cn|net|org|cc|me|top))*\s*[)）]?$"
    r")",
    re.IGNORECASE,
)
# Chrome that sites glue onto the end or middle of a body line.
_CHROME_INLINE = re.compile(
    r"[（(][ \t]*[\w.\-]+\.(?:com|cn|net|org|cc|me|top)(?:[ \t]+[\w.\-]+\.(?:com|cn|net|org|cc|me|top))*[ \t]*[)）]"
    r"|[（(]《[^》\n]{1,30}》[)）][ \t]*$"
    r"|我来为大家科普一下.{0,60}?[?？]?下面希望有你要的答案.{0,20}?[!！]"
    r"|(?:查看更多|阅读全文|展开全文)[ \t]*[:：>》]*[ \t]*$"
    r"|本文由.{0,30}(?:投稿|整理)[，,。]?"
    r"|《[^》\n]{1,40}》(?:来源于|來源於)[\w.\-]+[，,]?(?:欢迎阅读|歡迎閱讀)[^。\n]{0,40}[。.]?",
    re.IGNORECASE | re.MULTILINE,
)
# "文章标题：X" is chrome around a real title.
TITLE_LABEL = re.compile(r"^(?:文章|文档|文檔)?(?:标题|標題|题目|題目)\s*[:：]\s*")
# An image caption or repeated title: the title followed by a parenthesis and/or a number.
CAPTION_TAIL = re.compile(r"^\s*(?:[（(][^)）]{0,40}[)）])?\s*\d{0,3}\s*$")


@line_cache
def is_chrome_line(line: str) -> bool:
    """A whole line of site furniture: time/author/source, 导语, 声明, download, share, URL…"""
    s = line.strip()
    if not s:
        return False
    if len(s) > 400:  # a body line is never furniture, and this keeps huge lines cheap
        return False
    return _CHROME_LINE.match(s) is not None


def strip_inline_chrome(text: str) -> str:
    return _CHROME_INLINE.sub("", text)


def starts_teaser_zone(line: str) -> bool:
    s = line.strip()
    return len(s) <= 40 and TEASER_ZONE.search(s) is not None


def teaser_zone_tail(line: str) -> int:
    """Where a teaser-zone heading glued to the end of a body line starts (-1 if none)."""
    m = re.search(r"(?:查看更多|相关推荐|相關推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀)\s*[:：>》]*\s*$", line)
    return -1 if m is None else m.start()


def is_teaser(line: str) -> bool:
    """A snippet of another article, cut off with … or ..."""
    s = line.strip()
    return len(s) >= 20 and TEASER_CUT.search(s) is not None and not s.endswith("……”")


# ---------------------------------------------------------------- pinyin, spaces, masks

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_SYL = rf"[a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,5}}|[a-zü]{{1,6}}[1-5]"
PINYIN = re.compile(rf"[(（](?<=[{HAN}][(（])(?:{_PINYIN_SYL})(?: +(?:{_PINYIN_SYL}))*[)）]", re.I)

SPACES = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]")
_SPACE_IN_CJK = re.compile(rf"(?<=[{HAN}{TERMINALS}，、：“”‘’（）《》])\s+|\s+(?=[{HAN}{TERMINALS}，、：“”‘’（）《》])")
_HYPHEN_IN_WORD = re.compile(rf"(?<=[{HAN}])[-_~·•](?=[{HAN}])")

MASK = re.compile(r"[*＊]{2,}|×{2,}|X{3,}|某某某")
NUMBER_BLANK = re.compile(
    r"[ \u00a0\u3000](?<=[达為为是约共计增长下降提高减少占][ \u00a0\u3000])[ \u00a0\u3000]*"
    r"(?=%|％|个百分点|元|万元|亿元|人|户|名|项|个|家|次|天|倍)|_{2,}|＿{2,}"
)
PLACEHOLDER = "×××"


def has_space(text: str) -> bool:
    return " " in text or SPACES.search(text) is not None or "-" in text or "_" in text or "~" in text


def remove_stray_spaces(text: str, *, keep_words: bool) -> str:
    """Drop spaces around Han text; a title keeps single spaces between its phrases."""
    text = SPACES.sub(" ", text)
    text = _HYPHEN_IN_WORD.sub("", text)
    if keep_words:
        return re.sub(r" {2,}", " ", text).strip()
    return _SPACE_IN_CJK.sub("", text).strip()


def mark_placeholders(text: str) -> tuple[str, int]:
    """Masked names and blanks for numbers become the explicit placeholder ×××."""
    count = 0

    def sub(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return PLACEHOLDER

    if "*" in text or "＊" in text or "××" in text or "XXX" in text or "某某某" in text:
        text = MASK.sub(sub, text)
    if "%" in text or "％" in text or "_" in text or "＿" in text or "元" in text:
        text = NUMBER_BLANK.sub(sub, text)
    return text, count


# ---------------------------------------------------------------- punctuation

# str.translate with a dict looks up every character in Python; these tables are tiny and
# rarely hit, so a substring test and str.replace per entry does the same at C speed.
_QUOTES = (("「", "“"), ("」", "”"), ("『", "‘"), ("』", "’"), ("﹁", "“"), ("﹂", "”"))
_PAREN_CJK = re.compile(rf"\(([^()\n]{{0,80}}?[{HAN}][^()\n]{{0,80}}?)\)")
_PAREN_ORDINAL = re.compile(r"\((\d{1,2}|[一二三四五六七八九十]{1,3})\)")
_ELLIPSIS = re.compile(r"\.{3,}|。{3,}")
_HALF_WIDTH = ((",", "，"), (";", "；"), (":", "："), ("?", "？"), ("!", "！"))
_ASCII_BACK = {"，": ",", "：": ":", "？": "?", "！": "!", "；": ";"}
_KEEP_ASCII = re.compile(
    r"[，：](?<=\d[，：])(?=\d)|[：？！；](?<=[A-Za-z0-9][：？！；])(?=[A-Za-z/ ]|$)", re.MULTILINE
)
_PERIOD = re.compile(
    rf"\.(?<=[{HAN}”’）%％]\.)(?<!^[一二三四五六七八九十]\.)(?<!^[一二三四五六七八九十]{{2}}\.)(?![\d.A-Za-z])",
    re.MULTILINE,
)


def _replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """Character-for-character replacement; no replacement is itself a key."""
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def fix_punctuation(text: str) -> str:
    """Mainland full-width punctuation in Chinese text; numbers, times and URLs keep theirs."""
    text = fix_corner_quotes(text)
    return fix_han_punctuation(text) if has_han(text) else text


def has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


def fix_corner_quotes(text: str) -> str:
    """「」『』 → “”‘’ (the part of fix_punctuation that applies to any text)."""
    return _replace_each(text, _QUOTES)


def fix_han_punctuation(text: str) -> str:
    """The rest of fix_punctuation, for text known to be Chinese; works line by line too, as
    none of its patterns crosses a line break."""
    if "..." in text or "。。。" in text:
        text = _ELLIPSIS.sub("……", text)
    if "(" in text:
        text = _PAREN_CJK.sub(r"（\1）", text)
        text = _PAREN_ORDINAL.sub(r"（\1）", text)

    text = _replace_each(text, _HALF_WIDTH)
    # numbers (1,000  08:46), URLs and English keep their ASCII marks
    text = _KEEP_ASCII.sub(lambda m: _ASCII_BACK[m.group()], text)
    return _PERIOD.sub("。", text) if "." in text else text


def fix_quotes(line: str) -> str:
    """Straight double quotes in one line of Chinese text → “ ” alternately."""
    if '"' not in line or _HAN_CHAR.search(line) is None:
        return line
    parts = line.split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append("“" if i % 2 == 0 else "”")
        out.append(part)
    return "".join(out)


# OpenCC keeps 著 (a valid Simplified character); as the aspect particle of Traditional text
# (随著, 肩负著) mainland writing uses 着.  The compounds below are where 著 stays 著.
_ZHE = re.compile(r"(?<![显卓昭土编名巨论原专撰遗译合新拙])著(?![名作称述者书录有])")


def fix_zhe(text: str) -> str:
    return _ZHE.sub("着", text) if "著" in text else text


# ---------------------------------------------------------------- spun text


@dataclass(frozen=True)
class SpunRule:
    spun: str
    plain: str
    strong: bool
    pattern: re.Pattern[str]


@cache
def spun_rules() -> tuple[SpunRule, ...]:
    """The spinner's substitutions (drafter/data/spun.tsv), longest first, loaded once."""
    rules: list[SpunRule] = []
    for raw in (data_dir() / "spun.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = ([*raw.split("\t"), "", "", "", ""])[:5]
        spun, plain, strength, before, after = cols
        look = "".join(f"(?<!{re.escape(b)})" for b in before.split("|") if b)
        ahead = "".join(f"(?!{re.escape(a)})" for a in after.split("|") if a)
        pattern = re.compile(f"{look}{re.escape(spun)}{ahead}")
        rules.append(SpunRule(spun, plain, strength == "strong", pattern))
    rules.sort(key=lambda r: -len(r.spun))
    return tuple(rules)


@cache
def _strong_any() -> re.Pattern[str]:
    return re.compile("|".join(r.pattern.pattern for r in spun_rules() if r.strong))


@cache
def _strong_words() -> re.Pattern[str]:
    # An alternation of literals lets the regex engine skip every position whose character
    # starts no word: one scan instead of one substring search per word.
    return re.compile("|".join(re.escape(r.spun) for r in spun_rules() if r.strong))


def may_be_spun(text: str) -> bool:
    """Cheap test (one scan for any strong word) before the full patterns run."""
    return _strong_words().search(text) is not None


@line_cache
def spun_hits(text: str) -> int:
    """How many unmistakable spinner substitutions a passage holds."""
    if not may_be_spun(text):
        return 0
    return len(_strong_any().findall(text))


@line_cache
def restore_spun(text: str) -> tuple[str, int]:
    """Put the original words back (strong and weak rules); returns the text and the count."""
    total = 0
    for rule in spun_rules():
        if rule.spun in text:
            text, n = rule.pattern.subn(rule.plain, text)
            total += n
    return text, total


# ---------------------------------------------------------------- mojibake


@cache
def _common_chars() -> frozenset[str]:
    chars: set[str] = set()
    for raw in (data_dir() / "common_chars.txt").read_text(encoding="utf-8").splitlines():
        if not raw.startswith("#"):
            chars.update(raw.strip())
    return frozenset(chars)


@cache
def _rare_re() -> re.Pattern[str]:
    common = _common_chars()
    ranges: list[str] = []
    start = None
    for code in range(0x4E00, 0xA000):
        rare = chr(code) not in common
        if rare and start is None:
            start = code
        if not rare and start is not None:
            ranges.append(f"{chr(start)}-{chr(code - 1)}")
            start = None
    if start is not None:
        ranges.append(f"{chr(start)}-{chr(0x9FFF)}")
    return re.compile("[" + "".join(ranges) + "\u3400-\u4dbf\ue000-\uf8ff\ufffd]")


# Signs of text decoded with the wrong charset: a run where rare characters are dense,
# replacement characters, the classic 锟斤拷, or Latin-1 letters standing for UTF-8 bytes.
# (?:X){2,} written X(?:X)+: the same matches, and a leading character set lets the engine
# skip ahead instead of trying the group at every position.
_LATIN_MOJIBAKE = re.compile(r"[ÃÂâäåæçèéê][\x80-\xbf\u0152-\u2122]{1,2}(?:[ÃÂâäåæçèéê][\x80-\xbf\u0152-\u2122]{1,2})+")
# Sign characters are looked for with `in` (C-speed scans) before any pattern runs.
_UTF8_SIGN = "銆锛鈥"
_UTF8_AS_GBK = re.compile(r"[^\x00-\x7f，。、“”：；！？（）\s]{0,40}[銆锛鈥][^\x00-\x7f，。、“”：；！？（）\s]*")
# The lookbehind follows the "?" (same matches) so the engine can scan for the literal first.
_DAMAGED_PINYIN = re.compile(rf"\?(?<=[{HAN}]\?)[a-zü{_TONED}]{{1,6}}\)")
_LATIN_SIGN = "ÃÂâäåæçèéê"
_GBK_FFFD = re.compile(r"(?:锟斤拷|烫烫烫|屯屯屯)+")


def _reads_clean(text: str) -> bool:
    """A re-decoding worth taking: Han text without rare characters, "?" or U+FFFD."""
    return (
        "?" not in text
        and "\ufffd" not in text
        and _rare_re().search(text) is None
        and _HAN_CHAR.search(text) is not None
    )


def _rarity(text: str) -> int:
    return len(_rare_re().findall(text)) + text.count("?") + text.count("\ufffd") * 2


def _mojibake_spans(text: str) -> list[tuple[int, int]]:
    """(first, last + 1) of each cluster of three or more rare characters."""
    rare = [m.start() for m in _rare_re().finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(rare):
        j = i
        while j + 1 < len(rare) and rare[j + 1] - rare[j] <= 4:
            j += 1
        if j - i + 1 >= 3:
            spans.append((rare[i], rare[j] + 1))
        i = j + 1
    return spans


_FOLDED = str.maketrans({"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_STOP = set("，。；：、“”‘’,.;:\n ")
_CODEC_PAIRS = (("gbk", "utf-8"), ("cp1252", "utf-8"), ("latin-1", "utf-8"), ("big5", "gbk"))
# Lead bytes a lost GBK byte may have been, in order of preference: A1–A9 (punctuation and
# symbols, what official prose loses most) before the rest, each group in byte order.
_LEADS = (*range(0xA1, 0xAA), *range(0x81, 0xA1), *range(0xAA, 0xFF))


def _plain_redecodings(span: str) -> list[str]:
    """The span's bytes decoded the other way round (wrong codec on a whole stream)."""
    out: list[str] = []
    for enc, dec in _CODEC_PAIRS:
        with contextlib.suppress(UnicodeError, LookupError):
            out.append(span.encode(enc).decode(dec))
    return out


@cache
def _lead_chars(trail: int) -> dict[int, str]:
    """GBK character of each (lead, trail) pair that decodes: GBK is stateless, so a shifted
    stream is this pair plus the rest decoded on its own, and 126 full decodes become one."""
    chars: dict[int, str] = {}
    for lead in _LEADS:
        with contextlib.suppress(UnicodeError):
            chars[lead] = bytes([lead, trail]).decode("gbk")
    return chars


@line_cache
def _best_redecoding(span: str) -> tuple[int, str] | None:
    """The preferred clean re-decoding of a span and its rank (lower first), or None."""
    for cand in _plain_redecodings(span):
        if _reads_clean(cand):
            return 0, cand
    # A GBK stream that lost one byte decodes shifted: the orphan shows as "?", the rest pairs
    # the wrong bytes (and full-width punctuation was often folded to ASCII afterwards).
    try:
        raw = span.lstrip("?\ufffd").translate(_FOLDED).encode("gbk")
    except UnicodeError:
        return None
    bodies: list[tuple[dict[int, str], str, bool]] = []  # pair table, rest, rest has Han
    for body in (raw, raw[:-1]):
        if not body:
            continue
        try:
            rest = body[1:].decode("gbk")
        except UnicodeError:
            continue
        if "?" in rest or "\ufffd" in rest or _rare_re().search(rest) is not None:
            continue
        bodies.append((_lead_chars(body[0]), rest, _HAN_CHAR.search(rest) is not None))
    for lead in _LEADS:
        for chars, rest, rest_han in bodies:
            ch = chars.get(lead)
            if ch is not None and (rest_han or _HAN_CHAR.match(ch)) and _reads_clean_char(ch):
                return (1 if 0xA1 <= lead <= 0xA9 else 2), ch + rest
    return None


def _reads_clean_char(ch: str) -> bool:
    return ch not in "?\ufffd" and _rare_re().match(ch) is None


def _repair_at(text: str, first: int, last: int) -> tuple[int, int, str | None]:
    """Best repair of the damaged run around rare characters text[first:last]."""
    best: tuple[int, int, int, str] | None = None
    lo = first
    while lo > 0 and first - lo < 4 and text[lo - 1] not in _STOP and not text[lo - 1].isdigit():
        lo -= 1
    for start in range(lo, first + 1):
        for end in range(last, min(len(text), last + 2) + 1):
            found = _best_redecoding(text[start:end])
            if found is None:
                continue
            key = (found[0], -(end - start), start)
            if best is None or key < best[:3]:
                best = (*key, found[1])
    if best is None:
        return lo, last, None
    start = best[2]
    return start, start - best[1], best[3]


def repair_mojibake(text: str) -> tuple[str, int, int]:
    """Repair spans of mojibake where a re-decoding reads cleanly, else drop them.

    Returns the text, the characters repaired and the characters dropped.
    """
    repaired = dropped = 0
    if "锟" in text or "烫烫" in text or "屯屯" in text:
        before = len(text)
        text = _GBK_FFFD.sub("", text)
        dropped += before - len(text)
    if "\ufffd" in text:
        dropped += text.count("\ufffd")
        text = text.replace("\ufffd", "")
    m = _LATIN_MOJIBAKE.search(text) if any(c in text for c in _LATIN_SIGN) else None
    fixed: str | None
    while m is not None:
        fixed = next((c for c in _plain_redecodings(m.group()) if not _rarity(c)), None)
        if fixed is None:
            dropped += len(m.group())
            text = text[: m.start()] + text[m.end() :]
        else:
            repaired += len(m.group())
            text = text[: m.start()] + fixed + text[m.end() :]
        m = _LATIN_MOJIBAKE.search(text, m.start() + (len(fixed) if fixed else 0))
    # UTF-8 read as GBK: its punctuation turns into 銆 锛 鈥, which never occur in prose.
    utf8_sign = any(c in text for c in _UTF8_SIGN)
    for m in reversed(list(_UTF8_AS_GBK.finditer(text)) if utf8_sign else []):
        span = m.group()
        try:
            fixed = span.encode("gbk").decode("utf-8")
        except UnicodeError:
            fixed = None
        if fixed is None:
            dropped += len(span)
        else:
            repaired += len(span)
        text = text[: m.start()] + (fixed or "") + text[m.end() :]
    # A pinyin annotation caught in the damage: "?qū)" and the wrongly paired bytes after it.
    m2 = _DAMAGED_PINYIN.search(text) if "?" in text else None
    while m2 is not None:
        end = m2.end()
        while end < len(text) and (_rare_re().match(text, end) or text[end] in "`'^~|\\"):
            end += 1
        dropped += end - m2.start()
        text = text[: m2.start()] + text[end:]
        m2 = _DAMAGED_PINYIN.search(text, m2.start())
    for first, last in reversed(_mojibake_spans(text)):
        start, end, fixed = _repair_at(text, first, last)
        if fixed is None:
            dropped += end - start
            text = text[:start] + text[end:]
        else:
            repaired += end - start
            text = text[:start] + fixed + text[end:]
    return text, repaired, dropped
