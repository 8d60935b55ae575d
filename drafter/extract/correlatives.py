"""Correlative connectives: a head in one clause answered in the next (既要…，也要…; 越是…，越要…;
不是…，而是…; 没有…，就没有…), found in the sentences the clause scan marked CORRELATIVE.

Each pair gives its slot pattern (既要{A}，也要{B}) as a 句式, and a short instance as a 排比:
the clauses from the head on, chained on while further clauses open on an answer of the same
length (既有…，又有…，还有…).  drafter.extract.candidates calls `correlatives`.
"""

from __future__ import annotations

from collections.abc import Callable

from .patterns import CORRELATIVE_ANY, CORRELATIVES
from .quality import usable

Emit = Callable[[str, str, int, tuple[str, ...]], None]

# the first characters of the answers: the clause after a head opens on one, or there is no pair
_ANSWER_FIRSTS = frozenset(answer[0] for _, answers in CORRELATIVES for answer in answers)
# words that open on a correlative head and are none (既然…也…: a condition; 既定目标)
_NOT_HEADS = ("既然", "既定", "既往", "既得")
# heads that open their clause, or are a statement of fact (他没有来，只有小王来了), and the
# answers that must share a character with the head's clause (没有最好，只有更好; 没有化解不了的
# 矛盾，只有不愿下的功夫), else they only report what there was (没有发生事故，只有两起剐蹭)
_OPENING_HEADS = ("没有",)
_ECHOED_ANSWERS = ("只有",)


def correlatives(texts: list[str], seps: Callable[[], list[str]], line: int, emit: Emit) -> None:
    """The correlative pairs of a sentence's clauses (`texts`; `seps()` the marks after them,
    asked for only when a pair is found), handed to `emit` (category, text, line, tags)."""
    for i in range(len(texts) - 1):
        whole, second = texts[i], texts[i + 1]
        # (a pair needs the next clause to open on an answer: one set look before the search)
        if second[:1] not in _ANSWER_FIRSTS or not CORRELATIVE_ANY.search(whole):
            continue
        for head, answers in CORRELATIVES:
            # a head may stand behind a subject of any length (网格员既要…)
            at = whole.find(head)
            if at < 0 or whole.startswith(_NOT_HEADS, at):  # 既然…也…: a condition, not a pair
                continue
            first = whole[at:]  # the subject before the head is not kept
            answer = next((a for a in answers if second.startswith(a)), None)
            if answer is None or len(first) <= len(head) or len(second) <= len(answer):
                continue
            if head in _OPENING_HEADS and (at or (answer in _ECHOED_ANSWERS
                                                  and set(first[len(head):]).isdisjoint(second[len(answer):]))):
                continue
            marks = seps()
            sep = marks[i] or "，"
            emit("句式", f"{head}{{A}}{sep}{answer}{{B}}", line, ())
            # 既有…，又有…，还有…: further clauses opening on an answer of the same length
            chain, j = [first, second], i + 2
            while j < len(texts) and len(texts[j]) == len(second) and texts[j].startswith(answers):
                chain.append(texts[j])
                j += 1
            between = [m or "，" for m in marks[i:j - 1]]
            text = "".join(t + m for t, m in zip(chain, [*between, ""], strict=True))
            # only a short instance, no clause twice the length of another, reads as a 排比 to
            # reuse (越是临近年底，越要绷紧…这根弦); a long one is a sentence of its essay,
            # kept only as the 句式 above
            sizes = [len(t) for t in chain]
            # (a 是…的 judgement may end on its 的: 不是来“镀金”的，而是来“淬火”的)
            whole_judgement = text.endswith("的") and "是" in chain[-1] and usable(text[:-1], "排比")
            if max(sizes) <= 16 and 2 * min(sizes) >= max(sizes) and (usable(text, "排比") or whole_judgement):
                emit("排比", text, line, ())
            break
