"""Period cues whose first characters are not known (^…, (?:^|[,，])…) stay out of their scope's joined
screen and are tried after a prefilter of the words every match holds: the same cues hold."""
from __future__ import annotations

import random

from lvzhi.extract import load_vocabulary

# fragments of the cues that open at a sentence or clause start (a goal, a recent span, a 文史 total,
# a count per month) and of their guards, shuffled into strings written for the test
PIECES = ["目标", "是", "为", "：", ":", "，", ",", "；", "。", "实现", "完成", "确保", "已", "否", "最", "近", "三",
          "5", "12", "年", "来", "每年", "分别", "文史", "史料", "今年", "目前", "为止", "共", "累计", "编辑", "出版",
          "每", "个", "月", "周", "季度", "半年", "平均", "都", "去年", "2023", "要点", "委员", "开展", "活动", "次"]


def test_cues_of_unknown_first_characters_are_screened_by_their_own_words():
    vocab = load_vocabulary()
    anywhere = [index for index, cue in enumerate(vocab.period_cues)
                if cue.scope != "before" and vocab.period_cue_first_chars_unknown(cue)]
    assert len(anywhere) >= 4  # the goal, recent-span, 文史 total and per-month cues
    for scope, (_, joined) in vocab.period_cue_screens.items():
        assert not joined & set(anywhere), scope
    for index in anywhere:
        assert vocab.period_cue_prefilters[index] is not None, vocab.period_cues[index].pattern.pattern[:60]


def test_a_prefilter_holds_wherever_its_cue_matches():
    vocab = load_vocabulary()
    rng = random.Random(36)
    checked = 0
    for cue, prefilter in zip(vocab.period_cues, vocab.period_cue_prefilters):
        if prefilter is None or cue.scope == "before":
            continue
        for _ in range(3000):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
            if cue.pattern.search(text):
                checked += 1
                assert prefilter.search(text), (cue.pattern.pattern[:60], text)
    assert checked > 100


def test_the_cues_to_try_keep_file_order_and_every_cue_of_a_scope_missed():
    vocab = load_vocabulary()
    tried = [cue for cue, _ in vocab.period_cues_to_try(())]
    order = [cue for cue in vocab.period_cues if cue in tried]
    assert tried == order
    for cue in vocab.period_cues:
        if cue.scope != "before" and vocab.period_cue_first_chars_unknown(cue):
            assert cue in tried  # (no screen rules it out)
