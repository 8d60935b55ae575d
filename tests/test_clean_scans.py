"""Cleaning's fast paths: each whole-text scan or C-level shortcut gives what the rule it stands
for gives, one line or one character at a time.  Random texts over the characters the rules are
about (fixed seeds, so a failure repeats)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from drafter import breaks, cleanbatch, cleanrules, mojibake, outline, paragraphs, punct, repeats, ruby, spun, t2s
from drafter.clean import clean_doc, clean_docs
from drafter.corpus import read_sources
from drafter.model import SourceDoc
from drafter.textscan import END_PUNCT, HAN, TERMINALS, ascii_marks, find_word, find_words


def _texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def _word_texts(words: list[str], filler: str, seed: int, share: float, gap: int, most: int) -> list[str]:
    """5000 texts of up to `most` parts: a word of `words` (with probability `share`) or up to
    `gap` characters of `filler`."""
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(words) if rng.random() < share else "".join(rng.choice(filler) for _ in range(rng.randint(0, gap)))
            for _ in range(rng.randint(1, most))
        )
        for _ in range(5000)
    ]


def test_marker_scan_agrees_with_marker_kind() -> None:
    alphabet = [*"一二三四五六七八九十（()）、，.．:：是要第首先其次再最后三。“‘\"%1234567890٣ \u3000\t乡镇", "首先", "十二", *"①⑵⒊❹部分壹拾Ⅱⅲ【】甲乙丙章节点抓〔〕［］到", *"ab)"]
    texts = _texts(alphabet, 30000, 7, 1)
    for start in range(0, len(texts), 5):  # several paragraphs at once, as cleaning asks
        group = texts[start : start + 5]
        expected = {i: found[:2] for i, t in enumerate(group) if (found := outline.marker_kind(t))}
        assert breaks._markers(group) == expected, group


def test_buckets_agree_with_one_text_at_a_time() -> None:
    alphabet = [*"乡镇干部一二（）()。，、“”：:？!a1 \u3000…—", "\U00020000", "㐀", "豈"]
    texts = _texts(alphabet, 20000, 6, 2)
    for start in range(0, len(texts), 4):
        group = texts[start : start + 4]
        assert repeats._buckets(group) == [repeats._bucket(t) for t in group], group


def test_bucket_shows_a_title_opening_and_a_caption_word() -> None:
    # drop_repeats asks each text whether it opens with a title or ends with a caption word only
    # when some bucket holds the title's first character, or 片/图/圖
    alphabet = [*"乡镇干部图片圖配插（）()。，、“”：:？ a1\u3000", "图片", "配圖", "乡镇"]
    for text in _texts(alphabet, 20000, 8, 8):
        bucket = repeats._bucket(text)
        for title in ("乡镇", "干部图片", "a1乡"):
            if text.startswith(title):
                assert bucket[:1] == title[0], text
        if text.endswith(repeats.CAPTION_WORDS):
            assert bucket[-1:] in "片图圖", text


def test_text_key_agrees_with_joining_the_runs() -> None:
    # text_key drops the marks of prose with str.replace first: the key is the same
    alphabet = [*"乡镇干部一2aZ，。、“”：；！？（）×· \u3000", "\U00020000", "㐀", "豈", "Ａ"]
    run = re.compile(rf"[{HAN}0-9A-Za-z]+")
    for text in _texts(alphabet, 20000, 12, 10):
        assert repeats.text_key(text) == "".join(run.findall(text)), text


def test_lead_bounds_agree_with_the_samples() -> None:
    """mostly_inside settles most paragraphs by bounds: it gives what counting the lead's
    samples in each paragraph's key gives."""
    rng = random.Random(9)
    words = ["乡镇", "干部", "工作", "群众", "发展", "基层", "服务", "经济", "一方", "稳定", "责任", "2023"]
    marks = ["，", "。", "、", "“", "”", ""]
    for _ in range(3000):
        lead = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(15, 60)))
        keys = repeats.KeyMemo(set())
        found = repeats._Lead(lead)
        if not found.chunks:
            continue  # (a key too short to sample: drop_lead asks nothing of it)
        for _ in range(3):
            if rng.random() < 0.5:  # a retelling: the lead with words and marks changed
                other = "".join(w if rng.random() < 0.8 else rng.choice(words) + rng.choice(marks)
                                for w in re.split("(，|。)", lead))
            else:
                other = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(5, 60)))
            key = repeats.text_key(other)
            expected = sum(c in key for c in found.chunks) >= 0.6 * len(found.chunks)
            assert found.mostly_inside(other, keys) == expected, (lead, other)


def test_pinyin_classes_match_what_ignorecase_would() -> None:
    toned = ruby.TONED
    syllable = rf"[a-zü{toned}]{{0,6}}[{toned}][a-zü{toned}]{{0,5}}|[a-zü]{{1,6}}[1-5]"
    reference = re.compile(rf"[(（](?<=[{HAN}][(（])(?:{syllable})(?: +(?:{syllable}))*[)）]", re.IGNORECASE)
    for special in "KſİıÜǕḾ":  # letters IGNORECASE folds: the written-out classes hold them
        for text in (f"乡({special}ā)", f"乡(a{special})", f"乡({special}a3)"):
            assert (punct.PINYIN.search(text) is None) == (reference.search(text) is None), text
    alphabet = list("鄉乡(（)）(（)） xiāngzhèn ǚü12345AĀKſİıǜ")
    for text in _texts(alphabet, 50000, 14, 3):
        assert punct.strip_pinyin(text) == reference.sub("", text) == punct.PINYIN.sub("", text), text


def test_batch_pinyin_agrees_with_one_text_at_a_time() -> None:
    # (the batch asks each text's parentheses only where one opens before a letter)
    words = ["乡(xiāng)", "镇（zhèn）", "给[gei3]", "龉【jǔ yǔ】", "（一）", "(二)", "（x", "(ā", "【注】", "[1]"]
    texts = _word_texts(words, "乡(（)）[]【】xiā3 一\n", 910, 0.3, 3, 6)
    for k in range(0, len(texts), 7):
        batch = texts[k : k + 7]
        removed = cleanbatch.strip_pinyin(batch)
        # (and ruby's pinyin glued to its characters, as titles have it stripped)
        alone = [ruby.strip_glued(punct.strip_pinyin(t)) for t in texts[k : k + 7]]
        assert batch == alone, texts[k : k + 7]
        assert removed == [len(t) - len(a) for t, a in zip(texts[k : k + 7], alone, strict=True)]


def test_strong_hits_agree_with_the_full_pattern() -> None:
    words = [r.spun for r in spun.spun_rules()]
    for text in _word_texts(words, "的一是在了和人这中大为上个国我以要时来们认真实践工作\n", 4, 0.4, 4, 10):
        assert spun._strong_hits(text) == [m.start() for m in spun._strong_any().finditer(text)], text


def test_half_width_marks_follow_the_rule() -> None:
    def reference(text: str) -> tuple[str, int]:  # every mark but those _KEEP_ASCII keeps
        out = list(text)
        count = 0
        for i, ch in enumerate(text):
            if ch in ",;:?!" and not punct._KEEP_ASCII.match(text, i):
                out[i] = dict(punct._HALF_WIDTH)[ch]
                count += 1
        return "".join(out), count

    alphabet = list("乡镇,;:?!。０１9aZ/ \n")
    for text in _texts(alphabet, 20000, 10, 5):
        assert punct._half_to_full(text, punct.ascii_marks(text)) == reference(text), text


def test_untidy_lines_hold_every_line_a_tidy_step_changes() -> None:
    alphabet = list('乡镇 -_~"\u00a0\u3000\u200b\t，\u2003')
    for seed in range(200):
        lines = _texts(alphabet, 5, 6, 100 + seed)
        found = set(punct.untidy_lines(lines, punct.ascii_marks("\n".join(lines))))
        signs = ' -_~"' + punct._SPACE_CHARS
        assert {i for i, line in enumerate(lines) if any(ch in line for ch in signs)} <= found, lines


def test_space_and_hyphen_patterns_agree_with_the_lookbehind_first_ones() -> None:
    side = f"[{HAN}{TERMINALS}，、：“”‘’（）《》]"
    reference = re.compile(rf"(?<={side})\s+|\s+(?={side})")  # (the engine starts at every character)
    spaces = [" ", "\u00a0", "\u3000", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2003", "\u2028", "\u200b", "\ufeff"]
    alphabet = [*"乡镇。，、：“”（）《》…aZ9,.-", *spaces, *spaces]
    for text in _texts(alphabet, 20000, 12, 11):
        assert punct._SPACE_IN_CJK.sub("", text) == reference.sub("", text), repr(text)
    hyphen = re.compile(rf"(?<=[{HAN}])[-_~·•](?=[{HAN}])")
    for text in _texts([*"乡镇-_~·•，a ", "\u3000"], 20000, 12, 12):
        assert punct._HYPHEN_IN_WORD.sub("", text) == hyphen.sub("", text), repr(text)


def test_joinable_lines_hold_every_line_that_may_join() -> None:
    def may_join(prev: str, text: str) -> bool:  # what the rules of join_lines look at
        return (
            text[0] in "”’」』）》，。、；：！？…"
            or prev[-1] not in END_PUNCT
            or (prev[-1] == "。" and ((text[1:2] in ("，", "；", "、") and text[:2] != "一、") or prev[-3:-2] in ("、", "")))
        )

    alphabet = list("乡镇一，；、。：”“…！a")
    for seed in range(500):
        lines = _texts(alphabet, 6, 5, 1000 + seed)
        expected = [i for i in range(1, len(lines)) if may_join(lines[i - 1], lines[i])]
        assert paragraphs._joinable("\n".join(lines)) == expected, lines


def test_damage_scan_sees_every_sign() -> None:
    for sign in ["銆", "锛", "鈥", "\ufffd", "锟", "烫", "屯", "?", "é\u201c", "Ã\x80"]:
        assert mojibake.damage_re().search(f"该同志坚持学习{sign}成效明显") is not None, sign
    assert mojibake.damage_re().search("乡镇(xiāng zhèn)干部") is None  # pinyin alone is no damage


def test_chrome_rules_asked_by_group_agree_with_all() -> None:
    lines = [
        "时间:2019-05-12 05:50:36下载本文作者:会员上传",
        "来源：xx网",
        "www.abc.cn",
        "首页 > 工作总结",
        "Copyright © 2020 范文网 版权所有",
        "发展是第一要务。",
        "本站 更新时间：2020-01-01",
    ]
    body = cleanrules.body_lines(lines)
    assert body.lines == ["发展是第一要务。"] and body.chrome_chars == sum(map(len, lines)) - len(body.text)


def test_a_batch_cleans_each_essay_as_it_would_alone() -> None:
    """clean_docs scans many essays joined: no essay's text, counts or flags depend on the
    others.  Seed essays, each damaged in its own way (and some in ways that take the slow
    paths: no Han text, the OpenCC separator, an ellipsis), cleaned together and one by one."""
    traditional = str.maketrans("乡镇务发说经济们为对会这学习", "鄉鎮務發說經濟們為對會這學習")
    docs, _ = read_sources([Path(__file__).resolve().parent.parent / "seeds"])
    damages = [
        lambda t: t,
        lambda t: t.translate(traditional),
        lambda t: t.replace("，", ",").replace("。", ".").replace("：", ":"),
        lambda t: t.replace("工作", "(gōng)工作").replace("学习", "学（xué）习").replace("干部", "干部（www.fanwen.com）"),
        lambda t: t[:30] + t[30:60].encode("utf-8").decode("gbk", errors="replace") + t[60:],
        lambda t: t.replace("思想", "思惟").replace("认真", "当真").replace("民", "平易近"),
        lambda t: t.replace("同志", "***同志").replace("，", "... ", 2).replace("“", "「"),
        lambda t: t.replace("乡镇", "\x1e乡镇"),
        lambda t: "Copyright abc, 2020",
        lambda t: "",
    ]
    rng = random.Random(7)
    damaged = [
        SourceDoc(doc.title, doc.source, doc.start_line, doc.end_line,
                  tuple(rng.choice(damages)(line) for line in doc.lines), doc.heading_hints)
        for _ in range(6)
        for doc in docs
    ]
    damaged.append(SourceDoc("标题\n第二行", "x.txt", 1, 1, ("正文一行。",)))
    alone = [clean_doc(doc) for doc in damaged]
    assert clean_docs(damaged) == alone
    assert {k for doc in alone for k in doc.changed} >= {"t2s", "punct", "mojibake", "spun", "placeholder"}


def test_restoring_spun_words_skips_only_rules_that_cannot_apply() -> None:
    def reference(text: str) -> tuple[str, int]:  # every rule in order, as restore_spun reads
        total = 0
        for rule in spun.spun_rules():
            text, n = rule.pattern.subn(rule.plain, text)
            total += n
        return text, total

    words = [w for r in spun.spun_rules() for w in (r.spun, r.plain)]
    for text in _word_texts(words, "的一是在了和人这中大为上个国我以要时来们认真实践工作深切体会班\n", 11, 0.5, 3, 12):
        assert spun.restore_spun(text) == reference(text), text


def test_one_scan_finds_the_damage_and_what_t2s_changes() -> None:
    triggers = t2s.trigger_table()
    assert triggers is not None
    alphabet = [*"乡镇干部鄉鎮坏打銆锛?锟斤拷烫é\u201cÃ\x80屯", "打坏", "\ufffd", "\U00020000", "\n"]
    for seed in range(300):
        texts = _texts(alphabet, 6, 12, 200 + seed)
        found, may_change = t2s.scan(texts)
        damage = {k: [m.start() for m in mojibake.damage_re().finditer(t)] for k, t in enumerate(texts)}
        assert found == {k: v for k, v in damage.items() if v}, texts
        assert may_change == [triggers.changes(t) for t in texts], texts


def test_latin_repair_tried_where_the_scan_found_signs() -> None:
    alphabet = [*"乡镇åäâéèÃ\x80\x8a\x9c\u201c\u2122 ", "åŠ å¼º", "Ã¥", "\n"]
    for text in _texts(alphabet, 20000, 12, 9):
        found = [m.start() for m in mojibake.damage_re().finditer(text)]
        fast, full = mojibake.Doc(text), mojibake.Doc(text)
        mojibake._repair_latin(fast, found)
        mojibake._repair_latin(full, None)
        assert (fast.text, fast.repaired, fast.dropped) == (full.text, full.repaired, full.dropped), text


def test_batch_helpers_agree_with_one_text_at_a_time() -> None:
    alphabet = list("乡镇*X _,;:?!.(「」『』﹁﹂＊×某\u00a0\u3000＿。0a\x1f\n")
    for seed in range(300):
        texts = _texts(alphabet, 5, 15, 500 + seed)
        assert cleanbatch.ascii_marks_each(texts) == [ascii_marks(t) for t in texts], texts
        for text in texts:
            marks = ascii_marks(text)
            held_mask = {s for s in punct.MASK_SIGNS if s in text}
            held_punct = {s for s in punct.PUNCT_SIGNS if s in text}
            assert punct.mark_placeholders(text, marks, held_mask) == punct.mark_placeholders(text, marks), text
            assert punct.punctuate(text, marks, held_punct) == punct.punctuate(text, marks), text
            words = ("文来自", "文來自", "本文由", "来文")
            assert sorted(find_words(text, words, "文")) == sorted(p for w in words for p in find_word(text, w, "文"))


def test_placeholders_and_punctuation_add_no_mark_that_untidy_lines_looks_for() -> None:
    # cleaning hands untidy_lines the ASCII marks of the text before these two steps
    alphabet = [*'乡镇*X _,;:?!.()（）「」『』﹁﹂＊×某\u00a0\u3000＿。0a-~"\n达元', "...", "。。。", "XXX", "**"]
    for seed in range(300):
        for text in _texts(alphabet, 5, 15, 900 + seed):
            marks = ascii_marks(text)
            after = punct.punctuate(punct.mark_placeholders(text, marks)[0], marks)[0]
            assert {ch for ch in ' -_~"' if ch in after} <= {ch for ch in ' -_~"' if ch in text}, text
            lines = after.split("\n")
            assert punct.untidy_lines(lines, marks) == punct.untidy_lines(lines, ascii_marks(after)), text


def test_each_call_to_act_is_found_through_a_character_of_its_word() -> None:
    # body_lines finds a rule's word through its anchor: any character of the word finds it all
    for word, anchor, _ in cleanrules.ACTION_RULES:
        assert anchor in word, word
        for text in _word_texts([word, word[:-1], word[1:]], "乡镇注表关发發關\n", 12, 0.3, 3, 8)[:500]:
            expected = [m.start() for m in re.finditer(re.escape(word), text)]
            assert find_word(text, word, anchor) == expected, text
