"""Markdown emphasis in text that is not rendered as Markdown: **一、高位推动** in a .txt page,
or the bold and italic of a .md file.

The marks are markup, not text, but the same stars mask names (***同志, **区、**县): a pair of
** counts as emphasis only where a mask could not stand.  A whole line between ** (or __) is
emphasis, and a line of its own (a heading the author set in bold); a pair opening a line holds
at least two characters; a pair inside a line at least four, and is followed by no word
character unless it closes a sentence (**坚持党建引领。**全年…) or is a quotation from end to end
(推行**“支部+合作社”**模式); __ (also a blank left for a
number, 完成__项) counts only around a whole line or a sentence opening one.  Mask runs of three
or more stars are never part of a pair.  No third-party import.
"""

from __future__ import annotations

import re

from .textscan import ascii_marks

# (a whole line, of any length: asked only of a line that opens and ends with the marks)
_WHOLE = {
    "*": re.compile(r"\*\*(?=[^\s*])([^*\n]+)(?<=[^\s*])\*\*"),
    "_": re.compile(r"__(?=[^\s_])([^_\n]+)(?<=[^\s_])__"),
}
_STAR, _UNDER = ord("*"), ord("_")
# Exactly two marks, text without one, exactly two marks: where a pair may stand (strip_emphasis
# decides).  The patterns open with their marks, a literal the engine skips to at memory speed,
# and look behind only there.
_CANDIDATES = (
    ("**", re.compile(r"\*\*(?<!\*\*\*)(?!\*)[^*\n]+\*\*(?!\*)")),
    ("__", re.compile(r"__(?<!___)(?!_)[^_\n]+__(?!_)")),
)
_LONGEST = 80  # the longest phrase or sentence emphasised inside a line
# (marks that never open emphasised text, but may follow the mask of a name: **、**, 张**，李**)
_NO_OPEN = frozenset("、，,。．.；;：:！!？?）)】」』”’%％/／")
_SENTENCE_END = frozenset("。！？；：!?;:")
# (a mask stands for a name's characters, and opens no quotation that closes where it ends)
_QUOTES = {"“": "”", "《": "》", "‘": "’", "「": "」"}


def whole_line(line: str) -> str | None:
    """The text of a line that is emphasis from end to end (**X** or __X__), else None."""
    s = line.strip()
    if len(s) < 5 or s[:2] not in ("**", "__") or s[-2:] != s[:2]:
        return None
    m = _WHOLE[s[0]].fullmatch(s)
    return m.group(1) if m is not None and m.group(1)[0] not in _NO_OPEN else None


def _runs(line: str, mark: str) -> list[tuple[int, int]]:
    """Where the runs of a mark start and end in a line."""
    runs: list[tuple[int, int]] = []
    pos = line.find(mark)
    while pos >= 0:
        end = pos + 1
        while end < len(line) and line[end] == mark:
            end += 1
        runs.append((pos, end))
        pos = line.find(mark, end)
    return runs


def _emphasis(line: str, start: int, end: int, inner: str, stars: bool) -> bool:
    """Whether a pair of marks inside a line (line[start:end], around `inner`) is emphasis
    rather than two masks or two blanks."""
    if inner[0] in _NO_OPEN or inner[0].isspace() or inner[-1].isspace() or len(inner) > _LONGEST:
        return False
    at_start = start == 0 or line[:start].isspace()
    closes = inner[-1] in _SENTENCE_END
    if not stars:
        return at_start and closes
    if len(inner) < (2 if at_start else 4):
        return False
    if _QUOTES.get(inner[0]) == inner[-1]:
        return True  # (a quotation set in bold, a word following it: 推行**“支部+合作社”**模式)
    return closes or not line[end : end + 1].isalnum()


def strip_emphasis(line: str) -> tuple[str, bool]:
    """The line without its emphasis marks, and whether the whole line was emphasis.  (Asked
    only of a line holding ** or __.)

    A pair is two runs of exactly two marks with none of the mark between: found by str.find
    (a pattern tried at each mark would step through up to _LONGEST characters a time)."""
    whole = whole_line(line)
    if whole is not None:
        return whole, True
    for mark in "*_":
        if mark not in line or mark * 2 not in line:
            continue
        runs = _runs(line, mark)
        out: list[str] = []
        done = k = 0
        while k + 1 < len(runs):
            (a, b), (c, d) = runs[k], runs[k + 1]
            if b - a == 2 and d - c == 2 and _emphasis(line, a, d, line[b:c], mark == "*"):
                out += (line[done:a], line[b:c])
                done, k = d, k + 2
            else:
                k += 1
        if out:
            out.append(line[done:])
            line = "".join(out)
    return line, False


def strip_texts(texts: list[str], marks: list[bytes]) -> tuple[list[int], dict[int, list[int]]]:
    """strip_emphasis on the lines of each text (lines joined by newlines) that hold ** or __;
    `marks`: each text's ASCII characters (textscan.ascii_marks), which tell at no cost which
    texts may hold them.  The texts are replaced in place (and their marks); returns the
    characters removed from each and, by text, the lines that were emphasis from end to end."""
    removed = [0] * len(texts)
    whole: dict[int, list[int]] = {}
    # (an int is looked for in bytes at memory speed, two bytes are not: see punct._STAR)
    for k in [k for k, m in enumerate(marks) if (_STAR in m and b"**" in m) or (_UNDER in m and b"__" in m)]:
        text = texts[k]
        spans: dict[int, tuple[int, str]] = {}  # line → its start, its text without the marks
        for pair, candidate in _CANDIDATES:
            if pair.encode() not in marks[k]:
                continue
            # (each line is read once, from the first candidate in it)
            line = done = 0
            found = candidate.search(text)
            while found is not None:
                pos = found.start()
                line += text.count("\n", done, pos)
                done = pos
                start = text.rfind("\n", 0, pos) + 1
                end = len(text) if (end := text.find("\n", pos)) < 0 else end
                if line not in spans:
                    new, alone = strip_emphasis(text[start:end])
                    if len(new) != end - start:
                        spans[line] = (start, new)
                        if alone:
                            whole.setdefault(k, []).append(line)
                found = candidate.search(text, end)
        if spans:
            out: list[str] = []
            done = 0
            for line in sorted(spans):
                start, new = spans[line]
                end = len(text) if (end := text.find("\n", start)) < 0 else end
                out += (text[done:start], new)
                done = end
            out.append(text[done:])
            texts[k] = "".join(out)
            removed[k] = len(text) - len(texts[k])
            marks[k] = ascii_marks(texts[k])
    return removed, whole
