"""The faster regex forms match exactly what the plain forms match (random words and texts)."""
from __future__ import annotations

import random
import re

from lvzhi.extract.normalize import _is_traditional, _simplified_in_own_right, _traditional_map
from lvzhi.extract.vocab import alternation, fast_regex, might_match, ordered_alternation, required_words

ALPHABET = "会议见协商调研一二3年"


def _words(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 4))) for _ in range(count)]


def _plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_trie_alternation_matches_the_longest_first_list():
    rng = random.Random(7)
    for _ in range(300):
        words = _words(rng, rng.randint(1, 12))
        text = "".join(rng.choice(ALPHABET) for _ in range(60))
        assert _spans(alternation(words), text) == _spans(_plain(words), text)
        # inside a repeated run anchored at the end, as subjects.py strips trailing fillers
        assert re.sub(f"(?:{alternation(words)})+$", "", text, count=1) == \
            re.sub(f"(?:{_plain(words)})+$", "", text, count=1)


def test_ordered_alternation_tries_earlier_lists_first():
    rng = random.Random(11)
    for _ in range(300):
        stops, keywords = _words(rng, rng.randint(1, 6)), _words(rng, rng.randint(1, 10))
        text = "".join(rng.choice(ALPHABET) for _ in range(60))
        plain = re.compile(f"(?P<stop>{_plain(stops)})|(?P<keyword>{_plain(keywords)})")
        merged = re.compile(ordered_alternation(stops, keywords))
        expected = [(m.span(), bool(m.group("stop"))) for m in plain.finditer(text)]
        assert [(m.span(), m.group() in set(stops)) for m in merged.finditer(text)] == expected


def test_fast_regex_prefilter_keeps_the_matches():
    texts = ["连续3年累计开展调研12次以上", "五年来共提出提案3000件", "开展12次以上", "近3年来", "共有委员200人"]
    texts.append("大会共收到提案500件,去年以来提交报告称:截至10日")
    for pattern in (r"(?:开展|举办|做到)?\d+次以上", r"(?:[2-9]|\d{2,})年来", r"\d+年共", r"共有",
                    r"(?:报告称|去年以来|大会(?:共)?收到|截[至止][^。，,]{0,8}[日时])", r"(?<!截至)(?:去年|上年)(?!以来)"):
        fast = fast_regex(pattern)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == _spans(pattern, text)


def test_traditional_text_is_recognised_by_any_traditional_character():
    assert not _is_traditional("政协委员提出提案")
    assert _is_traditional("政協委員提出提案")
    own_right = _simplified_in_own_right()
    assert all(_is_traditional(f"提案{chr(code)}办理") for code in list(_traditional_map())[::50]
               if chr(code) not in own_right)
    # 乾 (乾县, 乾隆) is simplified too: alone it makes no text traditional
    assert "乾" in own_right and not _is_traditional("乾县政协提出提案")


def _places_by_probe(gazetteer, text: str) -> list[tuple[int, str]]:
    """The plain scan: a dictionary probe at every position."""
    import lvzhi.extract.places as places
    lengths, words = gazetteer._scan_lengths, gazetteer._scan_words
    found, index = [], 0
    while index < len(text) - 1:
        for size in lengths.get(text[index:index + 2], ()):
            word = text[index:index + size]
            if word in words and not places._BODY_WORD.match(text, index + size - 1):
                found.append((index, word))
                index += size - 1
                break
        index += 1
    return found


def test_place_scan_finds_what_a_probe_at_every_position_finds():
    from lvzhi.extract import load_vocabulary
    gazetteer = load_vocabulary().gazetteer
    for text in ("大连市中山区政协召开会议,苏州工业园区和南京市江宁区的委员参加", "黔东南州政协委员赴凯里市、丹寨县调研",
                 "建议和政协提案", "北京上海广州深圳", ""):
        assert gazetteer.places_in(text) == _places_by_probe(gazetteer, text)


def test_year_patterns_match_as_their_look_ahead_forms():
    from lvzhi.extract import years
    old = {  # the plain forms: look-ahead on the first character, look-behind before it
        "_DATE": r"(?=[12])(?<!\d)((?:19|20)\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日|[-/.](\d{1,2})[-/.]\d{1,2}(?!\d))",
        "_YEAR": r"(?=[12])(?<!\d)((?:19|20)\d{2})\s*年(?!以来|来)",
        "_SINCE_YEAR": r"(?=[12])(?<!\d)(?:19|20)\d{2}\s*年(?:\d{1,2}月)?(?:[^,。;]{0,12})?以来",
        "_TITLE_MONTH": r"(?=[12])(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?!\d{0,2}日)",
        "_ANY_YEAR": r"(?=[12])(?<!\d)((?:19|20)\d{2})年",
        "_BARE_SESSION": r"(?=[一二三四五六七八九]次)(?<![届一二三四五六七八九十第])(?P<x>[一二三四五六七八九])次(?:全体)?会议(?P<since>以来)",
    }
    rng = random.Random(3)
    pieces = ["19", "20", "2", "1", "9", "0", "5", "12", "年", "月", "日", "以来", "来", "-", "/", " ", ",", "届", "四",
              "次", "会议", "全体", "第", "十"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for name, pattern in old.items():
            new = getattr(years, name)
            for pos in (0, 1, 2):
                expected = [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text, pos)]
                assert [(m.span(), m.groups()) for m in new.finditer(text, pos)] == expected, (name, text)
                fast, plain = new.match(text, pos), re.compile(pattern).match(text, pos)
                assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


def test_skipping_scan_finds_what_finditer_finds():
    from lvzhi.extract.vocab import skipping_finditer, skipping_search
    rng = random.Random(11)
    patterns = [r"(?:(人大)(?:代表)?(?:建议|议案)|(政协)(?:委员)?提案)(?:共)?(?=\d)",  # a group of alternatives first
                r"(?<!截)至今|共有\d+", r"委员(?!会)", r"\d*年",
                r"[^。]+", r"共?"]  # no known first characters; a match may be empty: plain finditer
    alphabet = ["人大", "政协", "代表", "委员", "会", "建议", "提案", "议案", "共", "截", "至今", "有", "3", "12", "年", "。"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for pattern in patterns:
            regex = re.compile(pattern)
            assert [m.span() for m in skipping_finditer(regex, text)] == [m.span() for m in regex.finditer(text)]
            found, expected = skipping_search(regex, text), regex.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_era_cues_found_in_one_scan_are_those_each_cue_finds():
    from lvzhi.extract import load_vocabulary
    vocab = load_vocabulary()
    rng = random.Random(5)
    words = ["新时代", "十九大", "二十届三中全会", "脱贫攻坚", "成果", "巩固拓展", "十三五", "十四五", "疫情", "新冠", "互联网+",
             "一带一路", "全面建成小康社会", "之后", "委员", "提案", "2020年", "一", "十",
             # words a report writes often that open cues only with what follows them (the screen reads three characters)
             "学习", "中国", "群众", "全面", "新时", "学习贯彻", "中国式现代化", "群众路线", "全过程"]
    for _ in range(300):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert vocab.era_cues_in(text) == [cue for cue in vocab.era_cues if cue[0].search(text)]


def test_look_behinds_after_their_literal_match_as_the_plain_forms():
    from lvzhi.extract import bodies, subjects, years
    old = {  # the plain forms: the look-behinds before the literal they guard
        (years, "_LOCAL_ANNIVERSARY"): r"(?<!全国)(?<!人民)政协[^,，。;；\n]{0,8}?(?P<n>[一二三四五六七八九十]{1,3}|\d{2,3})\s*(?:周年|华诞)",
        (years, "_DATED"): r"(?<!\d)(20\d{2})(?:年|[-/.])(\d{1,2})(?:月|[-/.]\d{1,2}(?!\d))",
        (bodies, "_HANDLED_ITEMS"): r"(?<!意见)(?<!对策)建议(?!案)|议案",
        (subjects, "_HAS_END"): r"(?<![共拥具没所只还都均占])有$",
        (subjects, "_BENEFICIARY_END"): r"(?<![成作认称行更因])为(?:全[市县区省州镇]|当地|辖区|基层)?$",
        (subjects, "_TRAILING_POOL"): r"(?<=[\u4e00-\u9fff]{2})(?<![其集期初高])中$",
        (subjects, "_ADVERB_END"): r"(?<=[\u4e00-\u9fff]{3})(?:就|即|也|还)$",
        (subjects, "_POST_STOP"): subjects._POST_STOP.pattern.replace(
            r"每(?<=[\u4e00-\u9fff]{3})", r"(?<=[\u4e00-\u9fff]{2})每").replace(
            r"中(?<=[\u4e00-\u9fff]{3})", r"(?<=[\u4e00-\u9fff]{2})中"),
    }
    rng = random.Random(13)
    pieces = ["全国", "人民", "政协", "成立", "四十", "30", "周年", "华诞", "意见", "对策", "建议", "议案", "案", "2023", "1",
              "年", "-", "月", "共", "有", "为", "成", "全市", "当地", "其", "中", "委员", "就", "还", "每", "人", "等", "次", ","]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for (module, name), pattern in old.items():
            new, plain = getattr(module, name), re.compile(pattern)
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (name, text)
            assert new.sub("", text) == plain.sub("", text)


def test_screened_period_cues_give_the_first_cue_that_holds():
    from lvzhi.extract import load_vocabulary
    from lvzhi.extract.attributes import _clause_after, _whole_sentence, period_of
    from lvzhi.extract.mentions import RawMention
    vocab = load_vocabulary()
    rng = random.Random(17)
    pieces = ["全年", "今年", "累计", "历年", "五年来", "三年来", "12年共", "连续", "3", "年", "本届以来", "自", "以来", "截至",
              "目前", "共有", "12名", "委员", "提出", "2019年至2023年", "每名", "力争", "开展", "5次以上", "每月", "召开",
              "去年同期", "比去年", "增加", "会议", "提案", ",", "。", "收到"]
    for _ in range(1500):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        after = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        text = before + "25件" + after
        start = len(before)
        clause_begin = max(before.rfind(","), before.rfind("。")) + 1
        sentence_begin = before.rfind("。") + 1
        mention = RawMention(start, start + 2, start, start + 3, "25", "arabic", 25.0, "件", "count", "exact", False)
        scopes = {"clause": text[clause_begin:start], "sentence": text[sentence_begin:start],
                  "whole_sentence": _whole_sentence(text, mention, sentence_begin),
                  "after": _clause_after(text, mention)}
        expected = next((cue.period for cue in vocab.period_cues
                         if cue.scope != "before" and cue.pattern.search(scopes[cue.scope])), None)
        if any(cue.pattern.search(text[max(0, start - 4):start]) for cue in vocab.period_cues if cue.scope == "before"):
            continue  # a cue right before the figure decides first
        found = period_of(text, mention, clause_begin, sentence_begin, False, vocab)
        assert found == (expected or "actual"), text


def test_required_words_are_held_by_every_match():
    """A text lacking every word ``required_words`` reads from a pattern holds no match of it, so
    ``might_match`` may skip the scan (random patterns of optional, repeated and alternative parts)."""
    rng = random.Random(11)
    parts = ["会议", "协商", "(?:调研|见)", "(?:一|二)?", "[会见]", "3+", "年(?!会)", "(?<!二)商", "(?:议|)"]
    for _ in range(400):
        pattern = re.compile("".join(rng.choice(parts) for _ in range(rng.randint(1, 4))))
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        if pattern.search(text):
            assert might_match(pattern, text), (pattern.pattern, text)


def test_required_words_read_from_a_pattern():
    assert required_words(re.compile(r"(?:^|[。,])\s*(?:据[^,]{0,6},)?(去年)(?!同期)")) == ("去年",)
    assert set(required_words(re.compile("考察团|调研组"))) == {"考察团", "调研组"}
    assert required_words(re.compile("(?:一|)会")) == ("会",)  # an empty branch requires nothing of its own
    assert required_words(re.compile("[会见]+")) is None  # a class: no word known
    assert required_words(re.compile("ab", re.IGNORECASE)) is None  # other cases match too
    assert not might_match(re.compile("去年"), "今年承办提案107件")


def test_last_year_topics_are_those_the_plain_pattern_finds():
    from lvzhi.extract.years import _LAST_YEAR_TOPIC, _last_year_topics
    rng = random.Random(3)
    pieces = ["去年", "据说,", "。", "\n", " ", "同期", ",", "底", "以来", "年", "会", "据"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span(1) for m in _last_year_topics(text)] == [m.span(1) for m in _LAST_YEAR_TOPIC.finditer(text)]


def _random_text(rng: random.Random, pieces, length: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(length))


def test_line_spans_match_the_multiline_scan():
    from lvzhi.extract.vocab import line_spans
    rng = random.Random(5)
    pattern = re.compile(r"^[ \t]*(?:相关新闻|上一篇)[^\n]*", re.M)
    for _ in range(300):
        text = _random_text(rng, ["相关新闻", "上一篇", "相关", " ", "\t", "\n", "\n", "政协", "\r"], rng.randint(0, 30))
        assert line_spans(pattern, text) == [m.span() for m in pattern.finditer(text)]


def test_cut_glosses_are_found_at_brackets_as_by_the_whole_scan():
    from lvzhi.extract.normalize import _CUT_GLOSS, _cut_gloss_candidates
    rng = random.Random(9)
    for _ in range(3000):
        text = _random_text(rng, ["协", "商", "(", ")", "xié", "shang", "\n", "\r\n", " ", "1", "a"], rng.randint(0, 30))
        assert [m.span() for m in _cut_gloss_candidates(text)] == [m.span() for m in _CUT_GLOSS.finditer(text)]


def test_literal_first_screens_say_what_the_plain_patterns_say():
    from lvzhi.extract.years import _COUNTY_BODY, _may_name_anniversary
    rng = random.Random(13)
    county = re.compile(r"(?:[县旗]|(?<![自治])区)政协")
    anniversary = re.compile(r"周年|华诞|百年|[\d〇一二三四五六七八九十]年来")
    for _ in range(500):
        text = _random_text(rng, "县旗区自治政协周年华诞百3十来", rng.randint(0, 30))
        assert bool(_COUNTY_BODY.search(text)) == bool(county.search(text))
        assert _may_name_anniversary(text) == bool(anniversary.search(text))


def test_etc_read_after_its_character_finds_the_same_spans():
    from lvzhi.extract.subjects import _ETC
    rng = random.Random(17)
    plain = re.compile(r"(?<![一二三四五六七八九十特优同平均高中初上下头])等(?![奖级次第])")
    for _ in range(500):
        text = _random_text(rng, "等一特高奖次委员会议", rng.randint(0, 20))
        assert [m.span() for m in _ETC.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_look_behinds_read_after_the_first_character_find_the_same_spans():
    from lvzhi.extract.subjects import _PASSIVE
    from lvzhi.extract.years import _TOPIC_YEAR
    rng = random.Random(19)
    passive = re.compile(r"(?<![棉毛凉丝])被(?![子褥服单套罩])")
    topic_year = re.compile(r"(?<![比较与同和自从])((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})\s*年(?:度|全年|底|末)?(?![\d月以来初])")
    for _ in range(1000):
        text = _random_text(rng, ["被", "棉", "子", "比", "较", "2019", "2020", "1998", "1", "年", "度", " ", "月", "底"], rng.randint(0, 20))
        assert [m.span() for m in _PASSIVE.finditer(text)] == [m.span() for m in passive.finditer(text)]
        assert [(m.span(), m.group(1)) for m in _TOPIC_YEAR.finditer(text)] == \
            [(m.span(), m.group(1)) for m in topic_year.finditer(text)]


def test_start_words_open_every_match():
    from lvzhi.extract.vocab import start_words, words_screen
    rng = random.Random(17)
    patterns = [r"(?:喜迎|迎接)?(?:(?<![一二])十六大|第十六次)", r"(?<!截至)(?:去年|上年)(?!以来)", r"[上去]年同期",
                r"(?:十九)+届", r"共?有\d+", r"二[〇零]年", r"\d+次以上", r"(?:开展)?\d{1,2}年共", r"届[^。]{0,3}以来|共"]
    alphabet = ["喜迎", "迎接", "一", "二", "十六大", "第十六次", "截至", "去年", "上年", "以来", "同期", "十九", "届",
                "共", "有", "3", "〇", "零", "年"]
    for pattern in patterns:
        for length in (2, 3):  # (era cues are screened on three characters)
            words = start_words(pattern, length=length)
            assert words, pattern
            screen = words_screen(words)
            for _ in range(300):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
                for found in re.finditer(pattern, text):
                    assert screen.match(text, found.start()), (pattern, length, text)
    assert start_words("a*") is None and start_words("[^。]+") is None and start_words("(?:a?)+b") is None


def test_might_start_passes_every_text_with_a_match():
    from lvzhi.extract.vocab import might_start
    rng = random.Random(23)
    regex = re.compile(r"(?:一九|二[〇零○OoΟ0])[〇零○OoΟ0一二三四五六七八九]{2}(?=年)")
    alphabet = ["一", "九", "二", "〇", "零", "O", "0", "五", "年", "委员"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if regex.search(text):
            assert might_start(regex, text), text
    assert not might_start(regex, "二十年来一个委员")


def test_comma_breaks_read_back_from_line_breaks_are_those_the_plain_pattern_finds():
    from lvzhi.extract.normalize import _COMMA_BREAK, _NEW_ITEM, _comma_break_spans
    rng = random.Random(23)
    for _ in range(2000):
        text = "".join(rng.choice(",、 \t\r\n委员2。一") for _ in range(rng.randint(0, 30)))
        plain = [(found.start() + 1, found.end()) for found in _COMMA_BREAK.finditer(text)
                 if not _NEW_ITEM.match(text, found.end())]
        assert _comma_break_spans(text) == plain, repr(text)


def test_doubled_punctuation_is_absent_when_no_pair_is_written():
    from lvzhi.extract.normalize import _DOUBLED_PAIRS, _DOUBLED_PUNCTUATION
    rng = random.Random(29)
    for _ in range(2000):
        text = "".join(rng.choice(",、;。委") for _ in range(rng.randint(0, 12)))
        if not any(pair in text for pair in _DOUBLED_PAIRS):
            assert _DOUBLED_PUNCTUATION.search(text) is None, repr(text)


def test_digits_by_table_are_what_backslash_d_matches():
    from lvzhi.extract.vocab import DIGIT_FIRST, DIGITS_BY_TABLE
    table, first = re.compile(f"[{DIGITS_BY_TABLE}]"), re.compile(DIGIT_FIRST)
    for code in [*range(0x10000), *range(0x1D7CE, 0x1D800), 0x10000, 0x1F600]:
        char = chr(code)
        is_digit = re.match(r"\d", char) is not None
        assert bool(first.match(char)) == is_digit, hex(code)
        assert is_digit <= bool(table.match(char)), hex(code)  # a screen: every digit passes


def test_counts_scanned_by_the_digit_table_match_the_plain_patterns():
    from lvzhi.extract.bodies import _COUNT
    from lvzhi.extract.years import _ANNIVERSARY_COUNT_END
    plain_count = re.compile(r"\d\d*(?:\.\d+)?[多余]?[\u4e00-\u9fff]")
    plain_end = re.compile(r"[\d一二三四五六七八九十百零〇两]\s*(?:周年|年华诞|华诞|年来|年(?=之际|主题|系列|庆|[,，。、;；“”]))")
    rng = random.Random(31)
    for _ in range(2000):
        text = "".join(rng.choice(["1", "٣", "𝟑", "\U00010000", ".", "多", "人", "五", " ", "周", "年", "来", "华诞", ","])
                       for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _COUNT.finditer(text)] == [m.span() for m in plain_count.finditer(text)], repr(text)
        assert [m.span() for m in _ANNIVERSARY_COUNT_END.finditer(text)] == \
            [m.span() for m in plain_end.finditer(text)], repr(text)


def test_optional_groups_as_branches_match_as_the_plain_patterns():
    from lvzhi.extract.vocab import optional_as_branch
    patterns = [r"(?:会|议)?见", r"(?P<n>\d)?年(?:度|底)?", r"(1)?(?:2(?:3)?)?", r"[(]?(?:协|商)?\)?", r"(?:会)??议",
                r"(?:[)?]见)?会", r"\((?:议)?\)", r"(?<=会)(?:议)?", r"(?:(?:会)?议)?见"]
    assert optional_as_branch(r"(?:a|b)?(?P<x>c)?(d)?(?:e)??") == r"(?:a|b|)(?:(?P<x>c)|)(?:(d)|)(?:e)??"
    rng = random.Random(37)
    for pattern in patterns:
        plain, branched = re.compile(pattern), re.compile(optional_as_branch(pattern))
        for _ in range(300):
            text = "".join(rng.choice("会议见123年度底()?") for _ in range(rng.randint(0, 12)))
            assert [(m.span(), m.groups()) for m in branched.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (pattern, text)


def test_two_sided_exclusions_are_ruled_out_by_their_after_screen():
    from lvzhi.extract import load_vocabulary
    vocab = load_vocabulary()
    screen = vocab.two_sided_after_screen
    assert screen is not None
    rng = random.Random(41)
    for _ in range(2000):
        after = "".join(rng.choice(["篇", "组", "个", "方面", " ", "\n", ")", "件", "人"]) for _ in range(rng.randint(0, 5)))
        if screen.search(after) is None:
            assert not any(rule.after.search(after) for rule in vocab.two_sided_exclusions), repr(after)


def test_a_subject_without_a_deferring_keyword_is_no_outcome_class():
    from lvzhi.extract import _outcome_only, load_vocabulary
    from lvzhi.extract.subjects import Subject
    vocab = load_vocabulary()
    for local in ("召开座谈会", "委员提出的意见", "走访企业", ""):
        subject = Subject(text=local, local=local, inherited="")
        assert not _outcome_only(subject, vocab)
        heads = [found.group() for found in vocab.keyword_regex.finditer(local)]
        assert not (heads and all("proposals" in vocab.keyword_defers_to.get(head, ()) for head in heads))
    assert _outcome_only(Subject(text="已经解决", local="已经解决", inherited=""), vocab)


def test_presence_screens_with_a_second_character_find_what_the_plain_patterns_find():
    from lvzhi.extract.vocab import presence_regex
    patterns = [r"(?:去年|上年)同期[,，]?(?:[^,;。增减]){0,6}$", r"\d+年来|全年|一年(?:来|中)", r"届(?:期|内)?|本届",
                r"(?<!截)至今|共有\d+", r"年$|今年"]
    alphabet = ["去年", "上年", "同期", ",", "增", "3", "12", "年来", "全", "年", "一", "中", "届", "期", "本", "截", "至今", "共有", "今"]
    rng = random.Random(43)
    for pattern in patterns:
        plain, screen = re.compile(pattern), presence_regex(pattern)
        for _ in range(400):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
            assert (screen.search(text) is not None) == (plain.search(text) is not None), (pattern, text)


def test_every_period_cue_screen_opens_with_characters_the_engine_skips_to():
    """A period scope's screen is searched in every figure's clause or sentence; it must open with a known
    set of characters so the engine skips to them in C. One cue that may start anywhere (``^|[,，]一要``,
    as one once did) leaves the cues joined and tried at every position: a tenth more work per page.
    Open such a cue with a look-behind ((?<![^,，;；])一要) instead."""
    from lvzhi.extract import load_vocabulary
    for scope, (screen, _) in load_vocabulary().period_cue_screens.items():
        # (words_screen and presence_regex open with the class of first characters when they know it;
        # a bare alternation of literal words, words_screen's other form, is skipped to on their first characters)
        literal = re.fullmatch(r"\(\?:[^\\()\[\]|?*+{}^$.]+(?:\|[^\\()\[\]|?*+{}^$.]+)*\)", screen.pattern)
        assert screen.pattern.startswith("[") or literal, (scope, screen.pattern[:80])


def test_owned_items_found_from_their_words_are_those_finditer_gives():
    from lvzhi.extract.bodies import _OWNED, _owned_items
    pieces = ["人大", "政协", "人", "大", "政", "协", "常委会", "代表", "委员", "建议", "提案", "议案", "共", "12", "提出", "。"]
    rng = random.Random(43)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _owned_items(text)] == [m.span() for m in _OWNED.finditer(text)], text


def test_clause_breaks_are_the_break_characters_in_order():
    from lvzhi.extract.segments import CLAUSE_BREAK, Segmenter
    rng = random.Random(61)
    for _ in range(300):
        text = "".join(rng.choice(CLAUSE_BREAK + "委员提案调研、") for _ in range(rng.randint(0, 40)))
        assert Segmenter(text).clause_breaks == [at for at, char in enumerate(text) if char in CLAUSE_BREAK]
