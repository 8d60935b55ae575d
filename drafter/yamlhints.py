"""What YAML's rules mean for someone typing Chinese: the parser's complaints explained in Chinese
(and moved to the line the mistake is on), line breaks folded without the space English needs,
and a list item whose “-” lost its space.  Pure text functions; yamlio.py calls them.
"""

from __future__ import annotations

import re

_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018-\u201f\u2026"
_IS_CJK = re.compile(f"[{_CJK}]")
_FOLD_SPACE = re.compile(r"(?<=(\S)) (?=(\S))")
_LINE_BREAK = re.compile(r"(\S)[ \t]*\r?\n\s*(\S)")
# `unit： 某镇`: a key in ASCII, then the full-width colon Chinese input methods type
_WIDE_COLON = re.compile(r"^[ \t]*(?:-[ \t]+)?[a-z_][a-z0-9_]*[ \t]*：", re.M)
_BARE_DASH = re.compile(r"-[^\s\d.\-]")

_KNOWN = {
    "mapping values are not allowed": "这里不能出现“键: 值”，多半是冒号后少了空格、缩进不对或文字里的冒号没加引号",
    "found character '\\t' that cannot start any token": "用了 Tab 缩进，请改用空格",
    "cannot start any token": "出现了不能开头的字符，常见原因是用了 Tab 缩进或以 @、` 开头",
    "could not find expected ':'": "缺少冒号",
    "did not find expected key": "缩进不一致",
    "found undefined alias": "用了未定义的别名",
    "did not find expected ',' or ']'": "方括号 [ ] 没有配对，或者各项之间少了逗号",
    "did not find expected ',' or '}'": "花括号 { } 没有配对，或者各项之间少了逗号",
    "did not find expected '-' indicator": "缩进不一致：同一列表的各项、同一组的各个字段要上下对齐",
    "did not find expected hexdecimal number": "双引号里的反斜杠“\\”有特殊含义，请去掉它，或把双引号换成单引号",
    "found unknown escape character": "双引号里的反斜杠“\\”有特殊含义，请去掉它，或把双引号换成单引号",
    "did not find expected alphabetic or numeric character": "以 * 或 & 开头的文字要用引号括起来",
    "found unexpected end of stream": "引号没有配对：有开头的引号，找不到结尾的引号",
    "expected <block end>": "缩进不一致：同一层的字段要上下对齐",
}


def explain(text: str, problem: str, line: int | None, opened: int | None) -> tuple[int | None, str]:
    """The line (1-based) to report and a Chinese account of `problem`, found at `line`;
    `opened` is where the construct the parser was in began (an unclosed quote's line)."""
    colon = _WIDE_COLON.search(text)
    if colon:
        at = text.count("\n", 0, colon.start()) + 1
        if line is None or at <= line:
            return at, "字段名后面用了中文冒号“：”，请改成英文冒号加一个空格“: ”"
    if "end of stream" in problem and opened is not None:
        line = opened
    lines = text.splitlines()
    here = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    if "\t" in here[: len(here) - len(here.lstrip())]:
        return line, "这一行用 Tab 键缩进了，YAML 只认空格：请把行首的 Tab 换成空格"
    if "expected key" in problem and (here.count('"') > 2 or here.count("'") > 2):
        return line, "引号里面又用了同样的英文引号；文字中的引号请改用中文引号“”"
    opened_by = _opens_with(here)
    if opened_by:
        return line, _OPENERS[opened_by]
    for key, said in _KNOWN.items():
        if key in problem:
            # (a field a space or two off its group also shows as a colon where none may be)
            off = said.startswith("缩进不一致") or key.startswith("mapping values")
            return line, said + (_misaligned(lines, line) if off else "")
    return line, "无法解析" if not problem else f"无法解析：{problem}"


_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)*(?P<key>[^\s:#\-\"'][^:#]*?)[ \t]*:(?:[ \t]|$)")
_ITEM = re.compile(r"^(?P<space>[ \t]*)-(?:[ \t]|$)")


def _anchors(line: str) -> dict[str, tuple[int, str]]:
    """What a line aligns by: as a list item, its “-” (column, the item's start); as a field, its
    name (column, the name).  `  - title: …` is both."""
    found: dict[str, tuple[int, str]] = {}
    item = _ITEM.match(line)
    if item is not None:
        found["item"] = item.end("space"), line.strip()[:8]
    key = _KEY.match(line)
    if key is not None:
        found["key"] = key.start("key"), key.group("key")
    return found


def _misaligned(lines: list[str], line: int | None) -> str:
    """For a field or list item set a column or two off its group (`   content:` under
    `  - title:`): which one, against which one above, and how many spaces to give it."""
    if line is None or not 0 < line <= len(lines):
        return ""
    here = _anchors(lines[line - 1])
    kind = "item" if "item" in here else "key"
    if kind not in here:
        return ""
    column, name = here[kind]
    for above in reversed(lines[: line - 1]):
        sibling = _anchors(above).get(kind)
        if sibling is None or above.lstrip().startswith("#"):
            continue
        want = sibling[0]
        if want == column or abs(want - column) > 2:
            return ""  # (aligned with the one above, or under another group: no guess)
        fix = "请删去行首的空格" if want == 0 else f"请改为 {want} 个空格"
        return f"；“{name}”前面有 {column} 个空格，与上面的“{sibling[1]}”没有对齐：{fix}"
    return ""


# a value (after `key: ` or `- `) that opens with a mark YAML reads as syntax and goes on past its
# closing mark: '两个维护'落实不够, [重点]工作
_VALUE = re.compile(r"^[ \t]*(?:-[ \t]+)*(?:[^\s\"'\[{#:-][^:#]*:[ \t]+)?(?P<value>[\"'\[{].*)$")
_CLOSE = {'"': '"', "'": "'", "[": "]", "{": "}"}
_BRACKETS = "请改用中文的【】或〔〕，或者把这一项整个用单引号括起来"
_OPENERS = {
    '"': "这一项以英文引号开头、引号后面还有文字，YAML 会把它当作括住整项的引号：请改用中文引号“”",
    "'": "这一项以英文引号开头、引号后面还有文字，YAML 会把它当作括住整项的引号：请改用中文引号“”",
    "[": f"以“[”开头的文字会被当作列表，{_BRACKETS}",
    "{": f"以“{{”开头的文字会被当作一组字段，{_BRACKETS}",
}


def _opens_with(line: str) -> str:
    """The mark a value on `line` opens with, when text goes on after its closing mark."""
    match = _VALUE.match(line)
    if not match:
        return ""
    value = match.group("value").rstrip()
    end = value.find(_CLOSE[value[0]], 1)
    rest = value[end + 1:].strip() if end > 0 else ""
    return value[0] if rest and not rest.startswith(("#", ",", "]", "}")) else ""


def bracket_hint(line: str) -> str:
    """For a value YAML read as a list or a group because it opened with [ or {: what to write."""
    match = _VALUE.match(line)
    if not match or match.group("value")[0] not in "[{":
        return ""
    return f"；若“{match.group('value').strip()}”是文字，{_BRACKETS}"


def unfold(source: str, value: str) -> str:
    """`value` without the spaces YAML put where `source` broke a line next to Chinese text:
    folding a line break into a space suits English, not 老旧小区改造、 社区服务提质."""
    joins = set(_LINE_BREAK.findall(source))
    if not joins:
        return value

    def space(match: re.Match[str]) -> str:
        pair = (match.group(1), match.group(2))
        return "" if pair in joins and (_IS_CJK.match(pair[0]) or _IS_CJK.match(pair[1])) else " "

    return _FOLD_SPACE.sub(space, value)


def bare_dash(value: str) -> bool:
    """An unquoted value opening with “-甲”: a list item whose dash lost its space."""
    return bool(_BARE_DASH.match(value))


# `- 完成1 #楼改造`: a `#` after a space starts a YAML comment, and the words glued to it would be
# lost without a word.  A comment someone means to write has a space after its `#` (as the blank
# form's own have: `  # 【必填】…`), so a `#` glued to what follows is read as typed content.
def glued_comment(source: str, end: int) -> str | None:
    """The text a YAML comment swallowed right after a plain value ending at offset `end` of
    `source`, when its `#` is glued to that text (content typed with a space before `#`)."""
    stop = source.find("\n", end)
    rest = source[end : None if stop < 0 else stop].rstrip()
    comment = rest.lstrip(" \t")
    if comment == rest or not comment.startswith("#") or len(comment) < 2 or comment[1] in " \t#":
        return None
    return comment[1:]
