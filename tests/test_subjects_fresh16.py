"""Subject and category readings added from fresh pages (subj16): a bracketed alternative keeps its
closing bracket, partners are named by the deed done with them, groups formed are counted without who formed them, a total's adverb or a level's verb is no part of the thing, members honoured are the
body's make-up, newspapers subscribed are publicity, a 专报 among 社情民意信息 is one of them.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _reading(sentence: str, numeral: str) -> tuple[str, str]:
    figure = the_figure(sentence, numeral)
    return figure.subject, figure.category


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全市已建成委员工作室(站)85个。", "85", "委员工作室(站)"),          # the closing bracket stays
    ("全县已建成委员之家(站)16个。", "16", "委员之家(站)"),
    ("各乡镇干部和驻村工作队全体队员合计90余人参加。", "90", "乡镇干部和驻村工作队全体队员"),  # a total's adverb goes
    ("截止到目前共征集社情民意信息64条。", "64", "征集社情民意信息"),      # a time scope goes
    ("《文史天地》订阅份数都保持在3000份左右。", "3000", "文史天地订阅份数"),  # a level's verb goes
    ("区政协组成4个督查组,分片开展专项监督。", "4", "督查组"),          # groups formed, not who formed them
    ("参会委员分成7个讨论组进行审议。", "7", "进行审议的讨论组"),
    ("本届由11个界别、52名委员组成(民主党派9名;无党派4名)。", "9", "民主党派"),  # a breakdown of members
    ("县政府及组成部门共受理政协提案96件。", "96", "县政府及组成部门共受理政协提案"),  # 组成部门 is a noun
])
def test_subject_edges(sentence, numeral, subject):
    assert _reading(sentence, numeral)[0] == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("8个界别小组分别与23家民营企业、6个社区结对。", "23", "结对的民营企业"),  # partners, named by the deed
    ("8个界别小组分别与23家民营企业、6个社区结对。", "6", "结对的社区"),
    ("县工商联界委员与14家小微企业签订帮扶协议。", "14", "签订帮扶协议的小微企业"),
    ("区政协机关与2个村结对共建。", "2", "结对共建的村"),
])
def test_partners_are_named_by_what_was_done_with_them(sentence, numeral, subject):
    assert _reading(sentence, numeral)[0] == subject


@pytest.mark.parametrize("sentence, numeral, category", [
    ("去年有五位县政协委员被评为优秀政协委员。", "五", "organization"),    # members honoured
    ("全县征订《人民政协报》450份。", "450", "publicity"),                 # newspapers subscribed
    ("县政协机关报刊订阅保持在1200份以上。", "1200", "publicity"),
    ("本届共编报社情民意信息860件,其中,省委约稿专报71件。", "71", "public_opinion"),  # a 专报 of them
    ("全年编报《工作简报》12期、《政协专报》5期。", "5", "reporting"),      # a 专报 alone stays reporting
    ("倡议每名委员为结对村至少办1件实事好事。", "1", "outreach"),
    ("义诊现场共提供诊疗服务160余人次。", "160", "outreach"),            # care given to people
    ("律师界委员为村民提供法律咨询85人次。", "85", "outreach"),
    ("全年参与调解邻里矛盾30余起。", "30", "outreach"),
])
def test_category_of_fresh_kinds(sentence, numeral, category):
    assert _reading(sentence, numeral)[1] == category
