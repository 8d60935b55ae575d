"""Sayings without quotation marks that a word of speech or insight introduces, and questions
answered in turn: two shapes of a saying that the clause scan and drafter.extract.sayings miss,
since the saying is neither quoted nor a sentence of its own.

- after 常言道，/ 群众常说，/ 我们认识到，/ 一个道理： (`spoken`): two or three clauses of one
  length (4-7) lined up by a character at one place (问题在水里，根子在岸上), the first cut behind
  its own lead-in (这是|上面动动嘴，下面跑断腿); or a clause answered by 不如 or 就怕 (给钱给物，
  不如给个好支部); or a pair joined by 、 with the conclusion that ends the sentence (说一千、
  道一万，增加农民收入是关键); after a word that names a saying (俗话说，老话讲，老百姓常讲，) one clause or two
  of a few characters where the sentence ends or a long clause goes on (冤家宜解不宜结: `_folk`);
- a sentence of two clauses, the second opening on 不如, that compare two ways of doing one thing
  (送钱送物，不如送个好支部: `rather`);
- V什么？V的是… twice in a row (群众图什么？图的是平平安安；企业盼什么？盼的是安安稳稳:
  `answered`).

Neither is situated nor opens on an order (sayings.general).  drafter.extract.figures finds the
cues and calls these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import segment
from .sayings import clause_saying, general
from .text import Clause, clauses, is_han

Found = tuple[str, str, tuple[str, ...]]  # category, text, tags

_HAN = "\u4e00-\u9fff"
# The words a saying follows, and the words that end on one of them and introduce none (可以说，
# 总的来说， introduce the writer's own statement; 打交道, 渠道 are no speech).
CUE_WORDS = ("说", "讲", "言道", "说道", "写道", "云", "指出", "强调", "认识到", "意识到", "体会到", "懂得",
             "道理", "一句话")
_NOT_CUES = ("来说", "可以说", "就是说", "比如说", "再说", "虽说", "应该说", "不用说", "来讲", "可以讲",
             "比如讲", "应该讲")
_SENTENCE_END = re.compile("[。！？…]")
# the words that name what follows as a saying, then the word of speech (俗话说，老话讲，), or the
# people whose habit of saying it makes it one (老百姓常讲，老人们常说，): _folk
_FOLK_RE = re.compile("(?:俗话|老话|常言|俗语|古话|谚语|农谚|民谚|(?:老百姓|老人们?|老辈人|乡亲们)也?常)"
                      "(?:说|讲|道|云)$")
_PARTICLES = frozenset("的了着地得之")  # characters that line clauses up by grammar alone
_ANSWERS = ("不如", "就怕", "胜过")
_GOES_ON = ("才", "就", "则", "否则")  # the answer to a condition


def spoken(text: str, at: int) -> Found | None:
    """The saying that opens at `at`, where text[:at] ends on a cue word and its mark, or None."""
    if not text.endswith(CUE_WORDS, 0, at - 1) or text.endswith(_NOT_CUES, 0, at - 1):
        return None
    end = _SENTENCE_END.search(text, at)
    parts = clauses(text[at:end.start() if end else len(text)])
    if not parts:
        return None
    found = (_couplet(parts) or _answered_clause(parts) or _concluded(parts)) if len(parts) > 1 else None
    if not found and _FOLK_RE.search(text, max(0, at - 7), at - 1):  # (the cue's tail only)
        found = _folk(parts)
    return ("金句", found, ("俗语",)) if found and general(found) else None


def _folk(parts: list[Clause]) -> str | None:
    """After a word that names a saying (俗话说，老话讲，): one clause or two of a few characters,
    where the sentence ends or a longer clause of the writer's goes on (冤家宜解不宜结|，调解员
    坐在…; 常在河边走，哪有不湿鞋): the cue tells it is a saying, the lengths where it ends."""
    sizes = [len(c.text) if is_han(c.text) else 99 for c in parts[:3]]
    if len(sizes) == 1:
        return parts[0].text if 4 <= sizes[0] <= 10 else None
    a, b = sizes[:2]
    if min(a, b) >= 3 and max(a, b) <= 8 and abs(a - b) <= 2 and (len(sizes) == 2 or sizes[2] > 8):
        return parts[0].text + parts[0].sep + parts[1].text
    return parts[0].text if 5 <= a <= 9 and b > 9 else None


def _aligned(a: str, b: str) -> bool:
    """A character at the same place in both, no particle (的, 了…)."""
    return any(x == y and x not in _PARTICLES for x, y in zip(a, b, strict=False))


def _tail_word(text: str, n: int) -> str | None:
    """The last `n` characters of `text` when a word of the segmenter starts there, else None."""
    at = 0
    for token in segment.cut(text):
        if at == len(text) - n:
            return text[at:]
        at += len(token)
    return None


def _couplet(parts: list[Clause]) -> str | None:
    a, b = parts[0].text, parts[1].text
    n = len(b)
    if not 4 <= n <= 7 or not n <= len(a) <= n + 4 or not _aligned(a[-n:], b) or not is_han(a + b):
        return None
    if len(a) > n:
        a = _tail_word(a, n) or ""
        if not a:
            return None
    elif len(parts) == 2 and (clause_saying(a) == a or clause_saying(b) == b):
        return None  # (a sentence's pair of which one is a saying alone: candidates.DocMiner._run)
    out = [a, parts[0].sep, b]
    if len(parts) > 2 and len(parts[2].text) == n and is_han(parts[2].text) and _aligned(b, parts[2].text):
        out += [parts[1].sep, parts[2].text]
    # (the last clause is none when a list or an answer goes on from it: …只有沉下心来、干在实处，才能…)
    last = len(out) // 2
    if last < len(parts) and (parts[last].sep == "、" or (last + 1 < len(parts)
                                                         and parts[last + 1].text.startswith(_GOES_ON))):
        return None
    return "".join(out)


def _answered_clause(parts: list[Clause]) -> str | None:
    a, b = parts[0].text, parts[1].text
    if len(parts) == 2 and 3 <= len(a) <= 8 and 4 <= len(b) <= 9 and b.startswith(_ANSWERS) and is_han(a + b):
        return a + parts[0].sep + b
    return None


def _concluded(parts: list[Clause]) -> str | None:
    """The last three clauses: a pair joined by 、 (not the end of a longer list), of one length
    (3-5) lined up by a character, and a conclusion of ten characters at most after a comma."""
    if len(parts) < 3 or (len(parts) > 3 and parts[-4].sep == "、"):
        return None
    a, b, c = parts[-3:]
    if a.sep == "、" and b.sep == "，" and len(a.text) == len(b.text) and 3 <= len(a.text) <= 5 \
            and len(c.text) <= 10 and _aligned(a.text, b.text) and is_han(a.text + b.text + c.text):
        return f"{a.text}、{b.text}，{c.text}"
    return None


_STARTS = "。！？；\n"


def rather(text: str, at: int) -> Found | None:
    """The sentence around the ，不如 at `at` when it is two clauses (3-8 and 4-9 characters) that
    share a character (the same verb: 给钱给物，不如给个好支部), or None."""
    start = max(text.rfind(c, 0, at) for c in _STARTS) + 1
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end else len(text)
    a, b = text[start:at], text[at + 1:stop]
    if not (3 <= len(a) <= 8 and 4 <= len(b) <= 9 and is_han(a + b)) or set(a).isdisjoint(b[2:]):
        return None
    found = f"{a}，{b}"
    return ("金句", found, ()) if general(found) else None


_ASKED_RE = re.compile(f"(?<![{_HAN}])[{_HAN}]{{1,6}}?([{_HAN}])什么？\\1的?是[^。！？；，]{{2,12}}[；，。]?")


def answered(text: str) -> Iterator[Found]:
    """群众图什么？图的是平平安安；企业盼什么？盼的是安安稳稳: two questions or more in a row,
    each answered by its own verb again (V什么？V的是…)."""
    run: list[str] = []
    end = -1
    for m in _ASKED_RE.finditer(text):
        if run and m.start() != end:
            yield from _answers(run)
            run = []
        run.append(m.group())
        end = m.end()
    yield from _answers(run)


def _answers(run: list[str]) -> Iterator[Found]:
    if len(run) >= 2:
        yield "金句", "".join(run).rstrip("；，。"), ()
