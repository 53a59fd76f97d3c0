"""What a figure means beyond its subject: its category and period, and 其中 sub-totals."""
from __future__ import annotations

import re

from .mentions import RawMention
from .subjects import Subject
from .vocab import Vocabulary


_COORDINATION = re.compile(r"[、和及与]")
_CLAUSE_END = re.compile(r"[,，;；。！？!?:：\n]")
_DIGIT = re.compile(r"\d")
PEOPLE_UNITS = frozenset({"人", "名", "位", "人次"})
# kinds of counted heads (counted_heads.csv) read as the body's make-up only when nothing says what
# they did: members (参加调研的委员 did research) and groups of them (16个界别提交界别提案 made proposals)
COUNTED_BY_DEED = frozenset({"member", "group"})
# 530名政协委员参与…, 3位副主席带队, 以及11名政协委员,参加了…启动仪式: members counted as taking part
# in (or leading) what the passage is about, not as members
_TOOK_PART = re.compile(r"^[^,，;；。:：\d]{0,10}?[,，]?(?:参与|参加|投身|带队|率队|领衔)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_NEXT_FIGURE = re.compile(r"[,，;；。！？!?:：\n\d]")  # what follows a figure, up to the next one
_REST_OF_SENTENCE = re.compile(r"[。！？!?\n\d]")  # what follows a figure in its sentence, up to the next one
# a class label (文化建设类, 社会建设方面) names a field a figure falls in, not the activity counted:
# keywords inside it (文化) never decide a category
_CLASS_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:类|方面|领域)")
_CLASS_END = re.compile(r"(?:类|方面|领域)$")


def _without_class_labels(phrase: str) -> str:
    """``phrase`` with each class label blanked out (same length, so offsets hold)."""
    return _CLASS_LABEL.sub(lambda found: "\u3000" * len(found.group()), phrase) if phrase else phrase


def unit_rule(subject: Subject, sentence: str, previous_sentence: str, unit: str,
              vocab: Vocabulary, before: str = "") -> tuple[str, str, bool] | None:
    """(keyword, category, whether the subject itself holds it) of the unit rule that governs a
    figure: its keyword in the subject, else in the sentence, else in the sentence before.

    Where the sentence names several (``before``: its words up to the figure), the one named last
    before the figure governs it: in 人大代表建议147件(主办79件),政协提案76件(主办43件) the 79 are
    代表建议 and the 43 提案."""
    rules = vocab.sentence_rules_for(unit)
    for keyword, category in rules:
        if keyword in subject.local:
            return keyword, category, True
    named = [(before.rfind(keyword) + len(keyword), keyword, category) for keyword, category in rules
             if keyword in before]
    if named and len({category for keyword, category in rules if keyword in sentence}) > 1:
        _, keyword, category = max(named, key=lambda found: found[0])
        return keyword, category, False
    for scope in (sentence, previous_sentence):
        for keyword, category in rules:
            if keyword in scope:
                return keyword, category, False
    return None


def category_of(subject: Subject, clause: str, sentence: str, sentence_before: str, unit: str,
                vocab: Vocabulary, previous_sentence: str = "", after: str = "", context_before: str = "",
                clause_before: str = "") -> str:
    """A unit rule (件 in a sentence about 提案 counts proposals) whose keyword names the subject
    itself (人大代表建议12件 is no proposal whatever the sentence), else whose keyword is in the
    sentence, else in the sentence before in the same paragraph (提案…办理完毕。已解决和采纳40件…
    is a breakdown of those proposals); else the category of the rightmost keyword in the subject
    (Chinese phrases are head-final), else of the first keyword in the clause, else in the sentence,
    else the last in the text just before the sentence (``context_before``: a heading, the sentence before).

    A count of people whose subject ends in a member word counts the body's members (122名港澳委员)
    unless the subject or the words after the figure (``after``) say what they did (a relative
    clause, 线上参会的委员, counts people by what they did, not as members); a sector of
    members (文化界2人) and a place set up (社情民意征集点32个) are organization whatever words
    their names hold (counted_heads.csv)."""
    handled = _handled_thing_category(subject.text, vocab)
    if handled:
        return handled
    if _member_class(clause_before, unit, after, vocab):
        return "organization"
    if _attending_members(subject.local, unit, vocab):
        return "organization"
    rule = unit_rule(subject, sentence, previous_sentence, unit, vocab, sentence_before)
    if rule and not rule[2] and (_endorsement(subject.local, vocab)
                                 or _endorsement(_CLAUSE_END.split(sentence_before)[-1], vocab)):
        rule = None  # 报送社情民意信息99篇,收到…领导批示98件次: the 件 counts endorsements, not proposals
    if not rule and _CLASS_END.search(subject.local):  # 文化建设类20件 in a list of proposal classes
        # 涉及经济建设方面的111件 a paragraph after 收到提案509件: a class is a class of the things
        # counted just above it, unless its own sentence divides another count (来信来访46件,其中…方面的30件)
        if "其中" not in sentence_before:
            rule = unit_rule(subject, context_before, "", unit, vocab, context_before)
        subject = Subject(subject.text, _without_class_labels(subject.local), subject.inherited,
                          subject.examples, subject.headless)
        clause, sentence, sentence_before, context_before = (
            _without_class_labels(part) for part in (clause, sentence, sentence_before, context_before))
    sent_out = _sent_out_for(sentence_before, after, unit, vocab)
    if sent_out:
        return sent_out
    if rule:
        own = None if rule[2] else _own_thing(subject.text, vocab, sentence, sentence_before)
        return own if own and own != rule[1] else rule[1]
    if _posted(subject, sentence_before, unit, vocab):
        return "organization"
    keywords = vocab.keyword_regex
    category_by_keyword = vocab.category_by_keyword
    counted = vocab.counted_head_regex.search(subject.local)
    strong = vocab.strong_keyword_regex  # 出席会议的委员: a generic word (会议) says nothing they did
    if counted:
        head = vocab.counted_head_by_word[counted.group()]
        stop = _NEXT_FIGURE.search(after)
        # 为期两天的培训班,共有90余名委员…: a clause just before without figures of its own names the
        # activity they attended (大会收到提案169件,增选常委4人 does not)
        clauses = _CLAUSE_END.split(sentence_before)
        framing = clauses[-2] if len(clauses) > 1 and not _DIGIT.search(clauses[-2]) else ""
        # (a relative clause, 联合调研的委员, counts them by what they did when it names an activity or
        # taking part in one, or the rest of their sentence names one; 担任河长的委员 names none)
        # (their own clause; the rest of the sentence when they only formed a group: 组成两个小组,就…进行了调查)
        rest = (_REST_OF_SENTENCE if vocab.stop_word_regex.match(subject.local) else _NEXT_FIGURE).search(after)
        if unit in head.units and not _TOOK_PART.match(after) and (head.kind not in COUNTED_BY_DEED or not (
                ("的" in subject.local and (keywords.search(subject.local) or _TOOK_PART.match(subject.local)
                                            or strong.search(after, 0, rest.start() if rest else len(after))))
                or strong.search(subject.local)
                or strong.search(subject.inherited)
                or strong.search(after, 0, stop.start() if stop else len(after)) or strong.search(framing)
                or _predicate_names_activity(after, vocab))):
            return head.category
    for phrase in (subject.local, subject.inherited, subject.examples):
        heads = list(keywords.finditer(phrase))
        if heads:
            if len(heads) > 1 and _COORDINATION.search(phrase, heads[0].end(), heads[-1].start()):
                return _category_of_list(phrase, vocab)
            return _endorsed_thing(heads, sentence_before, vocab, context_before) or vocab.head_category(heads)
    rank = vocab.keyword_rank
    found = {m.group() for m in keywords.finditer(clause)}
    if found:
        return category_by_keyword[min(found, key=rank.__getitem__)]
    if unit in PEOPLE_UNITS:  # 15位领导先后到开州调研指导: people are counted by what their clause says they did
        stop = _CLAUSE_END.search(after)
        found = {m.group() for m in keywords.finditer(after, 0, stop.start() if stop else len(after))}
        if found:
            return category_by_keyword[min(found, key=rank.__getitem__)]
    nearest = list(keywords.finditer(sentence_before))
    if nearest:
        # …专委会、民主党派等参加,副主席带队共62人次: a body (专委会) names who took part, not the
        # activity; the last activity keyword does
        acts = [m for m in nearest if category_by_keyword[m.group()] != "organization"]
        return vocab.head_category(acts or nearest)  # 征集文史稿件…,收集图片资料: 稿件 of 文史 are culture
    following = _first_activity(after, vocab)
    if following:
        return following
    for scope in (sentence,):
        found = {m.group() for m in keywords.finditer(scope)}
        if found:
            return category_by_keyword[min(found, key=rank.__getitem__)]
    nearest = list(keywords.finditer(context_before))  # 委员议事厅\n…举办87场: the heading or sentence before
    if nearest:
        return category_by_keyword[nearest[-1].group()]
    return "other"


_AMONG = ("中", "之中", "当中")  # 委员2237人中: a count that frames a set


def seat_at_stake(clause_before: str, after: str, vocab: Vocabulary) -> bool:
    """常委届内累计缺席常委会议7次,…应劝其辞去常委或委员职务: absences that cost a member the seat are a
    rule of membership (category organization, period target: one reading, asked once per figure by
    extract()), not meetings held; 缺席1次扣5分 (a scoring rule) stays meetings."""
    lapse, stake = vocab.seat_lapse_regex, vocab.seat_stake_regex
    return bool(lapse and stake and lapse.search(clause_before) and stake.search(after))


def _predicate_names_activity(after: str, vocab: Vocabulary) -> bool:
    """4名委员随医疗队,赴乡村开展送医下乡活动: members whose own clause goes on past them (no
    punctuation right after the count) are the subject or object of a predicate, and an activity
    their sentence goes on to do (a doing verb and its activity, doing_verbs.csv, up to the next
    figure) is what they did; a keyword merely named there (肩负…期望,围绕…建言) is not, and
    neither is an activity the verb is far from (进行为期三天的专题培训: doing_regex allows a few
    characters only). A count that closes its clause (增选常委4人,…; 共有委员737名,其中…) states
    the body's make-up and reads no further, and so does one that frames a set
    (在全国委员会委员2237人中,提交提案的委员…: what follows is told of some of them). The verb must
    come before the next figure, but its activity may follow that figure when the figure is what the
    verb produced (13名委员共提出16件提案: the members are counted by the proposals they submitted)."""
    if not after or _CLAUSE_END.match(after) or _DIGIT.match(after) or after.startswith(_AMONG):
        return False
    rest = _REST_OF_SENTENCE.search(after)
    if rest is None or not _DIGIT.match(after, rest.start()):
        return vocab.doing_regex.search(after, 0, rest.start() if rest else len(after)) is not None
    end = _SENTENCE_END.search(after, rest.start())
    found = vocab.doing_regex.search(after, 0, end.start() if end else len(after))
    return found is not None and found.start() < rest.start()


def _endorsement(phrase: str, vocab: Vocabulary) -> bool:
    """Whether a figure's subject, or its own clause before it, ends in an endorsement by leaders
    (批示: a reporting keyword that defers to what was endorsed, keyword_defers.csv): its count is
    read by what was endorsed (_endorsed_thing) or as reporting, not by a unit rule whose keyword
    only the sentence names (…批示67件次,办复委员提案1131件). The clause counts too because a
    subject may be borrowed from the figure before (报送社情民意信息56篇,获…批示31件次)."""
    heads = list(vocab.keyword_regex.finditer(phrase))
    if not heads:
        return False
    word = heads[-1].group()
    return word in vocab.keyword_defers_to and vocab.category_by_keyword[word] == "reporting"


def _handled_thing_category(subject: str, vocab: Vocabulary) -> str | None:
    """The category of the document that bodies counted as its handlers handle (承办提案的部门 →
    proposals): the bodies are counted for that document, even where the sentence also names
    another thing handed over with it (社情民意5件,分别交由44个部门承办) or nothing at all."""
    found = vocab.handler_subject_regex.match(subject)
    return vocab.handler_thing_categories.get(found.group("thing")) if found else None


def _attending_members(subject: str, unit: str, vocab: Vocabulary) -> bool:
    """Members counted as a session's roll call (出席会议的委员, 列席会议的常委, 应到委员): the
    meeting they attended is no activity of theirs, so the count tells the body's make-up
    (organization), not a meeting. Only a member head with an attendance cue (year_cues.csv,
    kind attendance) before it, counted in the head's own units (not 人次: visits); 参加调研的委员
    and people of other kinds keep their readings."""
    head = vocab.counted_head_regex.search(subject)
    if not head:
        return False
    counted = vocab.counted_head_by_word[head.group()]
    if counted.kind != "member" or unit not in counted.units:
        return False
    attendance = vocab.year_cue_regex.get("attendance")
    return attendance is not None and attendance.search(subject, 0, head.start()) is not None


DISPATCH_REACH = 12  # a dispatch verb, 了 and its object: the few characters before a figure it may govern


def _posted(subject: Subject, before: str, unit: str, vocab: Vocabulary) -> bool:
    """Whether people are counted as posted or appointed by a dispatch verb (dispatch_verbs.csv),
    right before them (选派3名干部到…, 聘请了8名顾问), before the noun the count follows (聘任特邀
    信息员28名) or opening the relative clause that names them (选派到“大抓工业大抓招商”专班的干部):
    people posted or taken on are the body's staffing, and keywords in the name of where they went
    (招商) or of their field (社情民意信息员) say nothing of what they are."""
    if unit not in PEOPLE_UNITS or not vocab.dispatch_verbs:
        return False
    if before.rstrip("了").endswith(vocab.dispatch_verbs):
        return True  # 选派3名干部, 聘请了8名顾问
    # an object between verb and figure names staff, counted by head (名, 人, 位), not by service (人次)
    return (unit != "人次" and vocab.dispatch_object_regex.search(before[-DISPATCH_REACH:]) is not None) or (
        "的" in subject.local and subject.local.startswith(vocab.dispatch_verbs))


def _first_activity(after: str, vocab: Vocabulary) -> str | None:
    """工作组到4个公社的卫生院,就…进行考察,…提出5条建议: a figure whose own words name no activity
    belongs to what its sentence goes on to do (进行考察), not to whichever keyword of the sentence
    ranks first (the 建议 the visit produced)."""
    stop = _SENTENCE_END.search(after)
    found = vocab.doing_regex.search(after, 0, stop.start() if stop else len(after))
    if not found:
        return None
    heads = list(vocab.strong_keyword_regex.finditer(after, found.start("keyword"), found.end()))
    return vocab.head_category(heads)


MOBILISED_REACH = 80  # how far past the people an organised activity may be named


def _sent_out_for(before: str, after: str, unit: str, vocab: Vocabulary) -> str | None:
    """县政协组织50多名委员,分5个组,对…进行视察: people a mobilising verb in their own clause sends
    out are counted by the first activity the sentence names after them."""
    if unit not in PEOPLE_UNITS or not vocab.mobilising_verbs:
        return None
    clause = _CLAUSE_END.split(before)[-1]
    if not any(verb in clause for verb in vocab.mobilising_verbs):
        return None
    stop = _SENTENCE_END.search(after, 0, MOBILISED_REACH)
    heads = list(vocab.keyword_regex.finditer(after, 0, stop.start() if stop else min(len(after), MOBILISED_REACH)))
    if not heads:
        return None
    run = [heads[0]]  # 学习考察: a compound of keywords is one activity, named by its last
    for head in heads[1:]:
        if head.start() != run[-1].end():
            break
        run.append(head)
    return vocab.head_category(run)


# where the part of a sentence that is a figure's own starts: a clause, an aside, a 其中 or a list
# item (in 提出建议、提案88件(其中建议55件 and 其中:提案62件、建议意见12件 the 55 and the 12 are told
# by 建议 alone)
_PART_BREAK = re.compile(r"[,，;；。！？!?:：\n(（、]|其中")


# a sentence that tells 建议 apart from proposals: a 人大's (代表建议, 议案) or both named as two items
_SUGGESTIONS_APART = re.compile(r"人大|代表|议案|建议[和及与、]提案|提案[和及与、](?:意见)?建议")


# items submitted beside proposals, counted in the same units (件, 条): a subject ending in one
# names its own thing even in a sentence about proposals (反映社情民意39件,撰写提案41件; a government's
# handling totals 建议和提案224件,其中建议73件: the 人大's 建议 are suggestions)
_RIVAL_ITEMS = frozenset({"public_opinion", "suggestions"})
# ... and the speeches members hand in with them (提交提案6076件、大会发言774件: consultation)
_RIVAL_SPEECHES = ("发言",)


ENDORSED_REACH = 40  # how far back an endorsement (得到市领导批示) looks for what was endorsed


def _endorsed_thing(heads: list[re.Match[str]], sentence_before: str, vocab: Vocabulary,
                    context_before: str = "") -> str | None:
    """报送社情民意30期,得到市领导批示27人次: a subject whose only keyword gives way to named kinds
    (批示, 稿件) takes the kind named last just before it in the sentence; where its sentence names no
    keyword at all before it, the kind the heading or sentence before names (…文史资料的征集和出版工作
    从无到有。到目前为止,共征集稿件705篇: 文史 manuscripts, culture)."""
    if len(heads) != 1:
        return None
    defers = vocab.keyword_defers_to.get(heads[0].group())
    if not defers or "*" in defers:
        return None
    keywords = vocab.keyword_regex
    if "》" in sentence_before:  # (the words of a title name its topic, not the kind of thing endorsed)
        sentence_before = _without_titles(sentence_before)
    scope = sentence_before[-ENDORSED_REACH:]
    # (the sentence up to the subject's own keyword: 共征集稿件705篇 names nothing before 稿件)
    own = sentence_before.rfind(heads[0].group())
    if context_before and keywords.search(sentence_before, 0, own if own >= 0 else len(sentence_before)) is None:
        scope = context_before + scope
    before = [m.group() for m in keywords.finditer(scope) if vocab.category_by_keyword[m.group()] in defers]
    return vocab.category_by_keyword[before[-1]] if before else None


# a document's title (《关于…的建议》, 《…的调研报告》: it opens with 关于 or holds 的), or the end of one
# the text opens inside; not the name of a periodical, which names the kind it carries (报送《社情民意》
# 30期, 《政协信息专报》, 得到…批示)
_TITLE = re.compile(r"《(?:关于|[^《》]*的)[^《》]*》|^[^《》]{8,}》")


def _without_titles(phrase: str) -> str:
    """``phrase`` with each title (《关于…的建议》) blanked out (same length, so offsets hold)."""
    return _TITLE.sub(lambda found: "\u3000" * len(found.group()), phrase)


def _own_thing(phrase: str, vocab: Vocabulary, sentence: str = "", sentence_before: str = "") -> str | None:
    """The category of the keyword a subject ends in when that names a rival item of its own, not
    what the passage's thing became (转为社情民意: a proposal's outcome). 建议 are their own only in a
    sentence on a 人大's or on both (_SUGGESTIONS_APART): members' 意见建议 a session receives are its
    proposals by another name (提出意见建议196件,经审查立案175件), and so are they when the figure's
    own part of the sentence before it (_PART_BREAK) says so (以提案形式提出的意见建议305件, dev/README.md)."""
    head = vocab.keyword_end_regex.search(phrase)
    if not head or "转" in phrase[:head.start()]:
        return None
    category = vocab.category_by_keyword[head.group()]
    if category not in _RIVAL_ITEMS and not head.group().endswith(_RIVAL_SPEECHES):
        return None
    if category == "suggestions" and ("提案" in _PART_BREAK.split(sentence_before)[-1]
                                      or not _SUGGESTIONS_APART.search(sentence)):
        return None
    return category


def _category_of_list(phrase: str, vocab: Vocabulary) -> str:
    """The category most items of a list name (each item by its rightmost keyword); on a tie, the
    first item's: 视察调研和民主监督活动 is research, 网络学习、网络议政和远程协商 consultation."""
    votes: dict[str, int] = {}
    for item in _COORDINATION.split(phrase):
        # 主席会议成员谈心谈话: a keyword before 成员 names who acted, not the activity
        heads = [h for h in vocab.keyword_regex.finditer(item) if not item.startswith("成员", h.end())]
        if heads:
            category = vocab.head_category(heads)
            votes[category] = votes.get(category, 0) + 1
    if not votes:  # 主席会议成员、专委会成员: only who acted is named
        return vocab.category_by_keyword[list(vocab.keyword_regex.finditer(phrase))[-1].group()]
    return max(votes, key=votes.__getitem__)  # dicts keep insertion order: ties go to the first


def names_category(subject: Subject, vocab: Vocabulary) -> bool:
    """Whether a figure's own subject names its category (a keyword or a people head in it)."""
    return bool(vocab.keyword_regex.search(subject.local) or vocab.keyword_regex.search(subject.inherited)
                or vocab.counted_head_regex.search(subject.local))


def period_of(text: str, mention: RawMention, clause_begin: int, sentence_begin: int,
              in_plan_section: bool, vocab: Vocabulary, term_review: bool = False) -> str:
    """A cue before the figure (全区…: context), else the first clause or sentence cue that holds;
    a target or context cue always wins, and inside a review of a whole term (五年来 …, see
    years.py) every other figure is cumulative; else a plan section makes it a target, whatever
    actual cue holds (that cue only rules out a cumulative reading)."""
    clause = text[clause_begin:mention.phrase_start]
    sentence = text[sentence_begin:mention.phrase_start]
    just_before = text[max(0, mention.phrase_start - 4):mention.phrase_start]
    if mention.unit_kind in {"area", "length"}:
        return "context"
    before_screen = vocab.period_before_screen
    if before_screen is None or before_screen.search(just_before) is not None:
        for cue in vocab.period_cues_by_scope["before"]:
            if cue.pattern.search(just_before):
                return cue.period
    if counts_membership(text, mention, clause, sentence, vocab) \
            or _counts_structure(text, mention, clause, sentence, vocab):
        return "context"
    found = None
    # most figures hold no cue: a scope's screen that misses rules out every cue it joins, and a
    # cue's prefilter (its first characters, or words every match holds) missing from its scope's text
    # rules it out (vocab.period_cue_screens, vocab.period_cue_prefilters)
    screens = vocab.period_cue_screens
    # (whole_sentence: the sentence past the figure, for cues that look there; after: the rest of
    # the figure's clause, for cues that name what a figure counts after it, 3.2万人口)
    texts = {"clause": clause, "sentence": sentence,
             "whole_sentence": _whole_sentence(text, mention, sentence_begin),
             "after": _clause_after(text, mention)}
    hits: tuple[str, ...] = ()  # (a loop, not a generator per figure: most figures hit no screen)
    for scope, (screen, _) in screens.items():
        if _screen_hits(scope, screen, texts.get(scope, sentence)):
            hits += (scope,)
    for cue, first_chars in vocab.period_cues_to_try(hits):
        # clause and sentence cues in file order: the first that holds wins
        scope_text = texts.get(cue.scope, sentence)
        if first_chars is not None and first_chars.search(scope_text) is None:
            continue  # (one search for the cue's prefilter: the class of its first characters, or its words)
        if cue.pattern.search(scope_text):
            found = cue.period
            break
    if found in ("target", "context"):
        return found
    if term_review:
        return "cumulative"
    if found == "cumulative":
        return found
    # an actual cue (今年…, 一年中…) says the figure is one year's work rather than several years':
    # in a plan section that year's work is still planned (二、2024年工作安排 … 全年组织视察10次)
    if in_plan_section:
        return "target"
    return "actual"


# per scope, the last text a period screen read and whether it matched: the figures of a sentence come
# in turn and share its whole sentence (and often a clause), which is then read once
_LAST_SCREENED: dict[str, tuple[re.Pattern[str], str, bool]] = {}


def _screen_hits(scope: str, screen: re.Pattern[str], text: str) -> bool:
    """``screen.search(text) is not None``, read again only for a text other than the last of its scope."""
    last = _LAST_SCREENED.get(scope)
    if last is not None and last[0] is screen and last[1] == text:
        return last[2]
    hit = screen.search(text) is not None
    _LAST_SCREENED[scope] = (screen, text, hit)  # (one tuple: a reader sees a text with its own result)
    return hit


# measure words of people: only a count of people can be a body's membership
_MEMBER_UNITS = frozenset({"名", "人", "位", "席"})
# measure words a body's seats (名额) are counted by when they are not people
_SEAT_UNITS = frozenset({"个"})


def counts_membership(text: str, mention: RawMention, clause: str, sentence: str, vocab: Vocabulary) -> bool:
    """Whether a count of people is a body's membership, its standing size (共有委员737名) rather than
    people who did something: the annotation takes it as context, and its category is organization
    whatever activity words stand near (文化艺术界等的港人委员最少有32人 is no culture)."""
    if not vocab.membership_cues:
        return False
    after = text[mention.phrase_end:mention.phrase_end + 12]
    vetoes = {"not_after": after, "not_clause": clause, "not_sentence": sentence}
    if mention.unit in _MEMBER_UNITS:
        # (a class of members standing alone, 中共党员256名, is a part of the make-up, not its total: the work
        # of the period, as build gold reads 体育界、宗教界各1人 and 常务委员30名; only its category is organization)
        # (after cues read a little further than the vetoes: 11位知名人士出任市政协委员 names the post late)
        reach = text[mention.phrase_end:mention.phrase_end + 20]
        if not any(pattern.search(clause if scope == "clause" else reach)
                   for pattern, scope in vocab.membership_cues if scope in ("clause", "after")):
            return False  # (most counts of people: the vetoes are read only for a count that looks like one)
    elif mention.unit in _SEAT_UNITS:
        # seats counted by 个 (澳门委员的名额仍然保持七个, 只有三个名额): read on the clause before and the
        # text after, joined by "#" so that a row can say on which side the seat word stands
        if not any(scope == "seats" and pattern.search(f"{clause}#{after}")
                   for pattern, scope in vocab.membership_cues):
            return False
    else:
        return False
    # 共有委员60余人参加, 应到委员702人,特邀委员40人: the people who came (or were elected)
    return not any(scope in vetoes and pattern.search(vetoes[scope]) for pattern, scope in vocab.membership_cues)


def _counts_structure(text: str, mention: RawMention, clause: str, sentence: str, vocab: Vocabulary) -> bool:
    """Whether a count by 个 is of a body's standing parts (共有30个界别, 设…等10个专门委员会, 来自34个界别的
    委员): its make-up, context like its membership, not parts that did something (组织5个专委会开展调研)."""
    if mention.unit != "个" or not vocab.standing_structures:
        return False
    after = text[mention.phrase_end:mention.phrase_end + 16]
    rows = vocab.standing_structures
    if not any(scope == "noun" and pattern.search(after) for pattern, scope in rows):
        return False  # (most counts by 个: the cues are read only for a count of a body's parts)
    if not any(scope == "clause" and pattern.search(clause) for pattern, scope in rows):
        return False
    vetoes = {"not_clause": clause, "not_after": after, "not_sentence": sentence}
    return not any(scope in vetoes and pattern.search(vetoes[scope]) for pattern, scope in rows)


def _member_class(clause_before: str, unit: str, after: str, vocab: Vocabulary) -> bool:
    """Whether a count of people is a class of members standing alone (中共党员256名, 民盟2名), a line of
    the body's make-up: the count ends its clause or its share follows (占39.81%); 民建4名医药界委员随…
    counts the people named after it, 妇女30名参加… the people who took part."""
    return (unit in _MEMBER_UNITS and _LINE_END.match(after) is not None
            and vocab.member_class_regex.search(clause_before) is not None)


# the end of a line of a body's make-up right after its count: a clause end, or its share (占39.81%)
_LINE_END = re.compile(r"\s*(?:$|[,，;；。、)）]|占)")


# a share of the body's members (占委员总数的6%, 占全体常委总人数的4%): what precedes it, and the share itself
_OF_ALL_MEMBERS = "占[^,，;；。\\d]{0,6}?(?:委员|常委)(?:总数|总人数)"
_SHARE_OF_MEMBERS_AFTER = re.compile(f"^[,，]?{_OF_ALL_MEMBERS}")
_SHARE_OF_MEMBERS_BEFORE = re.compile(f"{_OF_ALL_MEMBERS}(?:的|之)?$")
_HEADCOUNT_UNITS = frozenset({"名", "人", "位"})  # people, not 人次 (visits)
# the membership's total (委员总数643名, 常委总人数为60人), and a sentence that breaks it down (其中,…)
_MEMBERSHIP_TOTAL = re.compile("(?:委员|常委)(?:总数|总人数)(?:为|是|达|共|有)*$")
_MEMBERSHIP_TOTAL_SAID = re.compile("(?:委员|常委)(?:总数|总人数)(?:为|是|达|共|有)*\\d")
_BREAKDOWN_OPENING = re.compile("^[,，]?其中")


def part_of_membership(clause_before: str, clause_after: str, unit: str, sentence: str, vocab: Vocabulary,
                       sentence_before: str = "") -> bool:
    """民盟2名,占委员总数的6% (and that share): a part of the membership measured against its total is
    the body's make-up (organization), as are that total (委员总数643名) and the parts a sentence after
    it breaks it into (其中,新提名的402名); not when an activity keyword in the sentence says what those
    members did (参加视察的委员63名,占委员总数的45%), nor for visits (46人次,占委员总数的38%), nor for a
    figure the share does not follow (出勤率达95%,缺席委员占委员总数的5%: the 95%)."""
    if unit in _HEADCOUNT_UNITS:
        if not (_SHARE_OF_MEMBERS_AFTER.match(clause_after) or _MEMBERSHIP_TOTAL.search(clause_before)
                or _BREAKDOWN_OPENING.match(sentence) and _MEMBERSHIP_TOTAL_SAID.search(sentence_before)):
            return False
    elif unit != "%" or not _SHARE_OF_MEMBERS_BEFORE.search(clause_before):
        return False
    category = vocab.category_by_keyword
    return not any(category[m.group()] != "organization" for m in vocab.keyword_regex.finditer(sentence))


def _clause_after(text: str, mention: RawMention) -> str:
    """The figure's clause past the figure (bounded), for after cues."""
    rest = text[mention.phrase_end:mention.phrase_end + 16]
    end = _CLAUSE_END.search(rest)
    return rest if end is None else rest[:end.start()]


def _whole_sentence(text: str, mention: RawMention, sentence_begin: int) -> str:
    """The sentence up to its end past the figure (bounded), for whole_sentence cues."""
    stop = min(len(text), mention.phrase_end + 200)  # the rest of the sentence, bounded
    full_stop = text.find("。", mention.phrase_end, stop)
    line_end = text.find("\n", mention.phrase_end, stop)
    return text[sentence_begin:min(full_stop if full_stop >= 0 else stop, line_end if line_end >= 0 else stop)]


SUBTOTAL_MARKERS = ("其中",)


def subtotal_parents(text: str, mentions: list[RawMention], sentence_starts: list[int],
                     categories: list[str]) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """({child: parent}, [(child, total) conflicts]) for 其中 sub-totals.

    After 其中, each figure belongs to the nearest figure before the 其中 (same or previous sentence)
    with the same unit and a value at least as large, preferring one of the same category; figures
    after the first one in the same sentence (其中A 5件、B 3件) too. When the sentence states exactly
    one figure of that unit before 其中 and the part exceeds it, the report contradicts itself: a
    conflict, read with high confidence.
    """
    parents: dict[int, int] = {}
    conflicts: list[tuple[int, int]] = []
    boundary: int | None = None  # index of the first figure after the current 其中
    for index, mention in enumerate(mentions):
        if index == 0:
            continue
        s_begin = sentence_starts[index]
        between = text[max(mentions[index - 1].phrase_end, s_begin - 1):mention.phrase_start]
        if any(marker in between for marker in SUBTOTAL_MARKERS):
            boundary = index
        elif boundary is None or sentence_starts[boundary] != s_begin:
            boundary = None
            continue
        same_unit = []
        for candidate in range(boundary - 1, -1, -1):
            if mentions[candidate].phrase_end < s_begin - 200:
                break
            if mentions[candidate].unit == mention.unit:
                same_unit.append(candidate)
        fitting = [c for c in same_unit if mentions[c].value >= mention.value]
        same_kind = [c for c in fitting if categories[c] == categories[index]]
        if fitting:
            parents[index] = (same_kind or fitting)[0]
        in_sentence = [c for c in same_unit if sentence_starts[c] == s_begin]
        if len(in_sentence) == 1 and mentions[in_sentence[0]].value < mention.value \
                and mention.approx == "exact" and mentions[in_sentence[0]].approx == "exact":
            conflicts.append((index, in_sentence[0]))
    return parents, conflicts
