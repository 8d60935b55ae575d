"""Correlative connectives: a head in one clause answered in the next (既要…，也要…; 越是…，越要…;
不是…，而是…; 没有…，就没有…), found in the sentences the clause scan marked CORRELATIVE.

Each pair gives its slot pattern (既要{A}，也要{B}) as a 句式, and a short instance as a 排比:
the clauses from the head on, chained on while further clauses open on an answer of the same
length (既有…，又有…，还有…; steps in order: 先…、再…、后…).  A restatement (与其说…，不如说…)
or two metaphors side by side (如果说…，那么…) are kept whole with longer clauses.
drafter.extract.candidates calls `correlatives`.
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
# the characters before a head that make it part of a word (首先, 优先, 率先: no order of steps)
_WORD_BEFORE = {"先": "首优率事预领原祖争抢起"}
# heads whose chain goes on with other answers than the pair's (先…、再…、后…), and whose instance
# is a 排比 only as a chain of three (先…，再… alone is one sentence's two steps)
_CHAINS = {"先": ("再", "后", "最后", "然后")}
# heads whose instance restates or compares by a whole judgement (与其说…，不如说…; 如果说…，那么…
# 就是…), kept with longer clauses than a 排比 to reuse otherwise may have
_RESTATED = ("与其说", "如果说")


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
            if at and whole[at - 1] in _WORD_BEFORE.get(head, ""):
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
            chain, j, goes_on = [first, second], i + 2, _CHAINS.get(head, answers)
            while j < len(texts) and len(texts[j]) == len(second) and texts[j].startswith(goes_on):
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
            longest = 24 if first.startswith(_RESTATED) and second.startswith(("不如说", "那么")) else 16
            if max(sizes) <= longest and 2 * min(sizes) >= max(sizes) and (len(chain) > 2 or head not in _CHAINS) \
                    and (usable(text, "排比") or whole_judgement):
                emit("排比", text, line, ())
            break
