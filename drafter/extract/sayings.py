"""Sayings: quotations in quotation marks, and sayings that carry none.

A quotation is kept when it reads as a saying: after a speech verb (习近平总书记指出：“…”, with
who said it as a tag), a classic's title (《论语》有言：“…”) or before the words that make it a
leader's instruction (“…”的重要指示), or balanced (two clauses of one length, or parallel
clauses, or items counted one, two, three), and short either way; a quoted four-character item
is a 四字格.  A saying without quotation marks is found by its form (`saying`): a couplet, a
pair of short clauses with a conclusion, or one short clause opening a paragraph, stating a
general truth — no word ties it to the writer, the moment or the unit; or inside one clause
(`clause_saying`): two parallel halves around 不如 or 就是, or a word said again a few
characters on (一把钥匙开一把锁).  drafter.extract.candidates calls these on the sentences the
clause scan marked (QUOTE, SHORT, CLAUSE).
"""

from __future__ import annotations

import re

from .parallels import FUNCTION_CHARS, parallel
from .patterns import ORDINAL_RE, PIVOTS, QUOTED_RE, SPEECH_RE, SPEECH_SPAN, SPEECH_WORDS
from .quality import BAD_END, BAD_START, usable
from .shapes import four_item, noun_list
from .text import clause_texts, is_han

_CLAUSE_PUNCT = re.compile("[，、；]")
# Words that tie a sentence to the writer, the moment or the unit, which a saying never is.
# (此 only in the words that point at the text or the moment: 绝知此事要躬行 is a saying)
_SITUATED = ("我们", "咱们", "你们", "他们", "这", "那", "此次", "此前", "此时", "此后", "对此", "因此",
             "为此", "由此", "在此", "今", "该", "本镇", "本乡", "本村", "全镇", "全乡", "全村", "全县",
             "全年", "去年", "明年", "以来", "目前", "当前", "笔者")
# A sentence opening on an instruction, an order or a question is not a general truth.
_OPENERS = ("要", "首先", "其次", "再次", "最后", "如何", "怎样", "为什么")
# A clause opening on an order or on 此 (此事…, 此项…: what the essay spoke of) is no saying either.
_CLAUSE_OPENERS = ("必须", "务必", "一定要", "此")

# the characters that make a word said again (_said_again) a modifier, not a word (好的…好的)
_PARTICLES = frozenset("的地得之了着")

Found = tuple[str, str, tuple[str, ...]]  # category, text, tags


def quoted(sentence: str) -> list[Found]:
    """The quotations of a sentence kept as 金句 (or 四字格)."""
    found: list[Found] = []
    for m in QUOTED_RE.finditer(sentence):
        inner = m.group(1).rstrip("。！？，")
        if len(inner) == 4 and is_han(inner):
            if inner[0] not in BAD_START and inner[-1] not in BAD_END and four_item(inner) \
                    and usable(inner, "四字格"):
                found.append(("四字格", inner, ()))
            continue
        if len(inner) < 6:
            continue
        parts = clause_texts(inner)
        if not parts:
            continue
        # A saying is short and made of short clauses; a long quotation is reported speech
        # (我是靠天吃饭了，半只脚…) and a list of nouns is a list (宣传员、战斗员、指挥员).
        # Balanced clauses allow a longer saying: the limits that hold either way go first.
        # (a leader's instruction or a classic cited may be one clause of up to 16: 让军人成为…的职业)
        longest = max(map(len, parts))
        if len(inner) > 40 or len(parts) > 6 or longest > 16:
            continue
        speech = _speech(sentence[: m.start()])
        said = speech is not None
        if longest > 12:
            if said or not _cited(sentence, m.start(), m.end()):
                continue
            said = True
        if not (said and len(parts) <= 4 and len(inner) <= 28):
            # two clauses of one length in quotation marks are a couplet (空谈误国，实干兴邦; 若有战，
            # 召必回), items counted one, two, three a slogan (一个中心、两个平台、三支队伍)
            couplet = len(parts) == 2 and len(parts[0]) == len(parts[1]) >= 3 \
                and is_han(_CLAUSE_PUNCT.sub("", inner))
            balanced = couplet or halves(inner) or counted(parts) or (len(parts) >= 2 and any(
                parallel(parts[k], parts[k + j])
                for j in (1, 2) for k in range(len(parts) - j)
            ))
            # (a classic or an instruction cited is said too: asked last, of the few quotations left)
            said = said or (not balanced and _cited(sentence, m.start(), m.end()))
            if not (said or balanced) or len(parts) > (6 if balanced else 4) \
                    or len(inner) > (40 if balanced else 28):
                continue
        if noun_list(parts):
            continue
        tags: tuple[str, ...] = ("引语",)
        if speech and speech.group(1).strip():
            tags = ("引语", speech.group(1).strip("，：、 "))
        elif speech and speech.group(2).startswith(("俗话", "常言", "古人", "古语")):
            tags = ("引语", speech.group(2)[:2])
        if usable(inner, "金句"):
            found.append(("金句", inner, tags))
    return found


# a classic named by its short title before the quotation (《论语》有言：“…”; 《管子》就提出“…”), not
# a document's (《意见》提出“…”), and the words after a quotation that make it a leader's (总书记“…”
# 的重要指示)
_CITED_RE = re.compile("《([^》]{1,4})》[\u4e00-\u9fff]{0,2}?(?:有言|有云|云|曰|提出|记载|写道)[：，]?$")
_DOCUMENTS = ("通知", "意见", "方案", "办法", "规定", "条例", "决定", "规划", "纲要", "报告", "法", "细则", "准则",
              "要点", "指南", "公报", "决议")
_INSTRUCTIONS = ("的重要指示", "的重要论述", "的重要讲话", "的重要要求", "的殷殷嘱托", "的殷切嘱托", "的殷切期望")


def _cited(sentence: str, start: int, end: int) -> bool:
    """The quotation at sentence[start:end] cites a classic by its title, or a leader's words
    (_CITED_RE, _INSTRUCTIONS): asked only where no speech word goes before it."""
    if sentence.startswith(_INSTRUCTIONS, end):
        return True
    m = _CITED_RE.search(sentence, 0, start) if "》" in sentence[max(0, start - 6):start] else None
    return m is not None and not m.group(1).endswith(_DOCUMENTS)


def counted(parts: list[str]) -> bool:
    """一个中央厨房、两种配送方式、三级助餐网络: three items or more opening on one, two, three… in
    turn, each with words of its own after the number (一季度、二季度、三季度 counts dates)."""
    if len(parts) < 3 or parts[0][:1] != "一" or len({p[1:] for p in parts}) < len(parts):
        return False
    return all(len(p) >= 3 and p[0] in _NUMBERS[k] and p[1] not in _DIGITS and is_han(p)
               for k, p in enumerate(parts[:len(_NUMBERS)]))


_NUMBERS = ("一", "二两", "三", "四", "五", "六", "七", "八", "九")
_DIGITS = frozenset("一二两三四五六七八九十百千万")


def _speech(before: str) -> re.Match[str] | None:
    """SPEECH_RE.search(before[-SPEECH_SPAN:]), which matches only where `before` ends on a speech
    word (then a mark and a newline at most, which `$` allows): the search tries every place of
    the tail with every word, where two or three C calls rule out most quotations first."""
    tail = before[:-1] if before.endswith("\n") else before
    tail = tail[:-1] if tail.endswith(("：", ":", "，")) else tail
    return SPEECH_RE.search(before[-SPEECH_SPAN:]) if tail.endswith(SPEECH_WORDS) else None


def saying(texts: list[str], sentence: str, opens: bool) -> str | None:
    """The sentence as a saying, or None.  `texts` are its clauses; `opens` tells that it opens a
    paragraph that goes on after it.  A couplet (two clauses of one length, 4-7), or two short
    equal clauses joined by 、 and a conclusion (村看村、户看户，群众看干部), or a single clause of
    6-9 characters opening a paragraph; none situated (_SITUATED) and none opening on a word of
    instruction, order or question.  A first person is allowed in a couplet only (功成不必在我
    is a saying, 我深感责任重大 a statement)."""
    sizes = [len(t) for t in texts]
    couplet = len(texts) == 2 and sizes[0] == sizes[1] and 4 <= sizes[0] <= 7
    concluded = len(texts) == 3 and sizes[0] == sizes[1] and 3 <= sizes[0] <= 5 and sizes[2] <= 7
    alone = len(texts) == 1 and opens and 6 <= sizes[0] <= 9 and "我" not in texts[0]
    if not (couplet or concluded or alone):
        return None
    text = sentence.strip().rstrip("。！…”’")
    if not all(map(is_han, texts)) or text.endswith("？") or text.startswith(_OPENERS) or ORDINAL_RE.match(text) \
            or (concluded and text[sizes[0]] != "、") or any(w in text for w in _SITUATED) \
            or any(t.startswith(_CLAUSE_OPENERS) for t in texts):
        return None
    return text


def general(text: str) -> bool:
    """Neither situated (_SITUATED) nor opening on an instruction, an order or a question: what
    a saying found without quotation marks must be (drafter.extract.spoken)."""
    return not any(w in text for w in _SITUATED) and not text.startswith(_OPENERS) \
        and not text.startswith(_CLAUSE_OPENERS)


def halves(text: str) -> bool:
    """喊破嗓子不如做出样子, 绿水青山就是金山银山: one clause of two parallel halves of one length
    (3-7 characters) around a word of PIVOTS, which compares or equates them."""
    n = len(text) - 2
    if n % 2 or not 6 <= n <= 14 or text[n // 2:n // 2 + 2] not in PIVOTS or not is_han(text):
        return False
    return parallel(text[:n // 2], text[n // 2 + 2:])


def _said_again(text: str) -> int:
    """Where the end of `text` that says a word of two characters again starts (一任接着一任干,
    一把钥匙开一把锁: the word, two or three characters, the word and one character, all Han),
    or -1.  (Not a regular expression: compiling a class of the Han range costs 20 ms.)"""
    for n in (8, 7):
        if len(text) >= n and text[-n:2 - n] == text[-3:-1] and is_han(text[-n:]):
            return len(text) - n
    return -1


def clause_saying(text: str) -> str | None:
    """A saying that is one clause of a sentence (`halves`), or its end (a word said again,
    _said_again: 镇村干部|一把钥匙开一把锁), neither situated nor opening on an order.  The
    scan's cue CLAUSE reads the same places."""
    if len(text) < 7:  # (the shortest either form holds: 一任接着一任干)
        return None
    if halves(text):
        found = text
    else:
        # the word whole (not 众中 of 从群众中来到群众中去), no modifier (好的…好的)
        at = _said_again(text)
        word = text[at:at + 2]
        if at < 0 or FUNCTION_CHARS.issuperset(word) or not _PARTICLES.isdisjoint(word) \
                or (at and text[at - 1] == text[-4]):
            return None
        found = text[at:]
    if any(w in found for w in _SITUATED) or found.startswith(_OPENERS) or found.startswith(_CLAUSE_OPENERS):
        return None
    return found
