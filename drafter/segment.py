"""Segmentation: the one module that imports rjieba or jieba.

jieba's dictionary and model do the work.  rjieba (jieba-rs) is the engine: the same tokens,
about twenty times faster.  Plain jieba is the fallback when rjieba cannot be imported.  A
domain dictionary shipped with the package (drafter/data/domain_dict.txt) teaches both the words
of township work (乡镇干部, 村两委, 四议两公开…); users extend it with $DRAFTER_HOME/dict.txt or
by passing their own files to `load_dictionary`.

Part-of-speech tags come from a word → tag table built from the same dictionaries.  Tagging a
whole corpus through the engine costs more than twice the cutting; a table lookup per token
gives the dictionary tag of every known word at almost no cost, and extraction only needs the
tags of dictionary words (unknown words are tagged "x").  `tag()` still asks the engine, for
callers who want its HMM tags of unknown words.

The engine cuts a text in runs of Han characters (and letters, digits) and treats every other
character on its own, so texts joined by a comma or a newline are cut each as it would be alone:
extraction cuts many paragraphs or clauses in one call (`cut_each`), which keeps the
engine's dictionary in the cache where one call per piece, between the Python rules, finds it
evicted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import Any

from . import resources
from .errors import InputError

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}  # engine module, engine name, pos table, loaded dictionary files


def _engine() -> Any:
    engine = _STATE.get("engine")
    if engine is not None:
        return engine
    with _LOCK:
        if "engine" not in _STATE:
            try:
                import rjieba

                _STATE["engine"], _STATE["name"] = rjieba, "rjieba"
            except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
                _STATE["engine"], _STATE["name"] = _JiebaEngine(), "jieba"
            _STATE["pos"] = _base_pos_table()
            _STATE["dicts"] = []
            for path in default_dictionaries():
                _load(path)
    return _STATE["engine"]


class _JiebaEngine:
    """Plain jieba behind the three calls rjieba offers."""

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)  # jieba prints its cache building to stderr otherwise
        self._jieba = jieba
        self._posseg = jieba.posseg

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return list(self._jieba.cut(text, HMM=hmm))

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._posseg.cut(text, HMM=hmm)]

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._jieba.add_word(word, freq, tag)


def use_engine(name: str) -> str:
    """Choose the engine ("rjieba" or "jieba") before first use; returns the name in use.

    For tests and benchmarks; normal runs take rjieba when it imports.
    """
    with _LOCK:
        _STATE.clear()
        if name == "jieba":
            _STATE["engine"], _STATE["name"] = _JiebaEngine(), "jieba"
            _STATE["pos"] = _base_pos_table()
            _STATE["dicts"] = []
    if name == "jieba":
        for path in default_dictionaries():
            _load(path)
    _engine()
    return str(_STATE["name"])


def engine_name() -> str:
    _engine()
    return str(_STATE["name"])


def _base_pos_table() -> dict[str, str]:
    import jieba

    table: dict[str, str] = {}
    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                table[parts[0]] = parts[2]
    return table


def default_dictionaries() -> list[Path]:
    """The bundled domain dictionary, then the user's $DRAFTER_HOME/dict.txt when present."""
    files = [resources.data_dir() / "domain_dict.txt"]
    home = os.environ.get("DRAFTER_HOME")
    user = (Path(home).expanduser() if home else Path.home() / ".drafter") / "dict.txt"
    if user.is_file():
        files.append(user)
    return files


def parse_dictionary(text: str, file: str) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba-format dictionary: `word [freq] [pos]` per line; # starts a comment."""
    entries: list[tuple[str, int | None, str | None]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) > 3:
            raise InputError(
                "词典每行写“词语 词频 词性”，词频和词性可省略，词语中不能有空格",
                file=file,
                line=number,
            )
        freq: int | None = None
        pos: str | None = None
        for part in parts[1:]:
            if part.isdigit():
                freq = int(part)
            elif part.isalpha() and part.isascii():
                pos = part
            else:
                raise InputError(
                    f"“{part}”既不是词频（整数）也不是词性（如 n、v、l）", file=file, line=number
                )
        entries.append((parts[0], freq, pos))
    return entries


def _load(path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("找不到词典文件，请检查路径", file=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("词典文件不是 UTF-8 编码，请另存为 UTF-8", file=str(path)) from None
    engine = _STATE["engine"]
    table: dict[str, str] = _STATE["pos"]
    for word, freq, pos in parse_dictionary(text, str(path)):
        # A frequency keeps a domain word whole even beside common words; 1000 is what a
        # mid-frequency word of jieba's own dictionary carries.
        engine.add_word(word, freq or 1000, pos or "n")
        table[word] = pos or "n"
        _STATE.setdefault("domain", set()).add(word)
    _STATE["dicts"].append(path)
    _STATE["vocab"] = {}  # the table changed: word sets derived from it are stale


def load_dictionary(paths: Iterable[Path]) -> None:
    """Add user dictionaries (jieba format) to the engine for the rest of the process."""
    _engine()
    with _LOCK:
        for path in paths:
            if path not in _STATE["dicts"]:
                _load(path)


def loaded_dictionaries() -> list[Path]:
    _engine()
    return list(_STATE["dicts"])


def cut(text: str) -> list[str]:
    """Tokens of `text` (jieba's accurate mode with HMM for unknown words)."""
    result: list[str] = _engine().cut(text)
    return result


def cut_each(texts: list[str]) -> list[list[str]]:
    """`cut` of each text, all in one call of the engine: the texts, which must hold no "，", are
    cut joined by it.  A comma ends a run of Han characters and is a token of its own, so each
    text is cut as it would be alone (tests/test_segment.py checks it), and one call instead of
    many keeps the engine's dictionary in the cache."""
    tokens: list[str] = _engine().cut("，".join(texts))
    out: list[list[str]] = []
    start = 0
    for _ in range(len(texts) - 1):
        end = tokens.index("，", start)
        out.append(tokens[start:end])
        start = end + 1
    out.append(tokens[start:])
    return out


def cut_each_tagged(texts: list[str]) -> list[list[tuple[str, str]]]:
    """`cut_tagged` of each text, all in one call of the engine (see cut_each)."""
    each = cut_each(texts)
    get = _STATE["pos"].get
    return [list(zip(tokens, map(get, tokens, repeat("x")), strict=True)) for tokens in each]


def pos_of(word: str) -> str:
    """Dictionary part-of-speech of a token ("x" when the word is unknown or punctuation)."""
    _engine()
    table: dict[str, str] = _STATE["pos"]
    return table.get(word, "x")


def words_tagged(length: int, tags: frozenset[str]) -> frozenset[str]:
    """The dictionary words of `length` characters whose tag is one of `tags`.

    Built once per process (and again after a dictionary is loaded): a set to filter a token
    stream with in C (`filter(words.__contains__, tokens)`), so that Python looks at only the
    few tokens that can matter."""
    _engine()
    cache: dict[tuple[int, frozenset[str]], frozenset[str]] = _STATE.setdefault("vocab", {})
    words = cache.get((length, tags))
    if words is None:
        table: dict[str, str] = _STATE["pos"]
        words = cache[(length, tags)] = frozenset(
            w for w, t in table.items() if t in tags and len(w) == length)
    return words


def pos_table() -> dict[str, str]:
    """The word → tag table behind pos_of, for callers that look up many tokens (read only)."""
    _engine()
    table: dict[str, str] = _STATE["pos"]
    return table


def is_domain_word(word: str) -> bool:
    """Whether `word` comes from the domain or a user dictionary (not jieba's own)."""
    _engine()
    return word in _STATE.get("domain", ())


def cut_tagged(text: str) -> list[tuple[str, str]]:
    """Tokens with dictionary tags: the engine's cut plus a table lookup (fast)."""
    engine = _engine()
    get = _STATE["pos"].get
    return [(w, get(w, "x")) for w in engine.cut(text)]


def tag(text: str) -> list[tuple[str, str]]:
    """Tokens with the engine's own tags (slower; guesses tags of unknown words too)."""
    result: list[tuple[str, str]] = [(w, p) for w, p in _engine().tag(text)]
    return result
