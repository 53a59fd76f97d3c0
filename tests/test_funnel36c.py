"""Proposal figures read by funnel36c: a count of the proposals handed over for handling (交由…承办的提案共N件,
交办提案N件), all of them answered later in its sentence (…,目前全部办复), is the completed count, as a filed
count handled in full is (立案N件,…已全部办复), where it has no stage of its own, is the first count of its
sentence and the text states no other filed count of its body. Sentences written for the test."""
from __future__ import annotations

import pytest

from funnels import funnel_rows

# the government's notice on the body's proposals: handed over, all answered
HANDED_ALL_ANSWERED = (
    "中国人民政治协商会议咸阳市委员会\n2023年1月\n"
    "会上,市政府副秘书长通报了去年市政协提案办理情况:交由市政府系统承办的政协提案共412件,目前全部办复。\n"
)
# handed over in the body's own words, all completed
ASSIGNED_ALL_COMPLETED = (
    "中国人民政治协商会议宝鸡市委员会\n2023年1月\n"
    "去年市政协向各承办单位交办提案215件,截至11月底均已办结。\n"
)
# a handler's share beside the body's filed count: no completed count of the body
A_HANDLERS_SHARE = (
    "中国人民政治协商会议汉中市委员会\n2023年1月\n"
    "去年市政协共收到提案330件,立案300件。市政府承办的提案180件,已全部办复。\n"
)
# one handler among several in the sentence: the handling spread by 均 is of the list
HANDLERS_LISTED = (
    "中国人民政治协商会议安康市委员会\n2023年1月\n"
    "去年市政府承办提案150件、市委部门承办提案40件,均已办复。\n"
)
# handed over, most answered: no completed count
HANDED_MOSTLY_ANSWERED = (
    "中国人民政治协商会议商洛市委员会\n2023年1月\n"
    "去年交由各部门承办的提案共260件,绝大多数已经办复。\n"
)
# handed over, all to be answered: a plan
HANDED_TO_BE_ANSWERED = (
    "中国人民政治协商会议延安市委员会\n2023年1月\n"
    "今年交办提案270件,力争年底前全部办结。本次会议共收到提案300件。\n"
)
# a handler's share alone in the text (承办 with no 交由/交办): no completed count of the body
A_HANDLERS_SHARE_ALONE = (
    "中国人民政治协商会议安康市委员会\n2023年1月\n"
    "去年市政府承办的提案180件,已全部办复。\n"
)
# each handler's share, one sentence each, all answered: no completed count
SHARES_HANDED = (
    "中国人民政治协商会议铜川市委员会\n2023年1月\n"
    "去年交由市政府办理的提案180件,已全部办复。交由市委部门办理的提案60件,均已办结。\n"
)
# the filed count handled in full keeps its reading
FILED_ALL_ANSWERED = (
    "中国人民政治协商会议榆林市委员会\n2023年1月\n"
    "去年市政协共收到提案320件,经审查立案290件,交由86个承办单位办理,已全部办复。\n"
)

CELLS = ("received", "filed", "completed")

TEXTS = {
    "handed_all_answered": HANDED_ALL_ANSWERED, "assigned_all_completed": ASSIGNED_ALL_COMPLETED,
    "a_handlers_share": A_HANDLERS_SHARE, "handlers_listed": HANDLERS_LISTED,
    "handed_mostly_answered": HANDED_MOSTLY_ANSWERED, "handed_to_be_answered": HANDED_TO_BE_ANSWERED,
    "filed_all_answered": FILED_ALL_ANSWERED,
    "a_handlers_share_alone": A_HANDLERS_SHARE_ALONE, "shares_handed": SHARES_HANDED,
}


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnel36c"), TEXTS, CELLS)


def test_proposals_handed_over_and_all_answered_are_the_completed_count(funnels):
    [row] = funnels["handed_all_answered"]
    assert (row["received"], row["filed"], row["completed"]) == (None, None, 412)


def test_proposals_assigned_and_all_completed_are_the_completed_count(funnels):
    [row] = funnels["assigned_all_completed"]
    assert row["completed"] == 215


def test_a_handlers_share_beside_the_filed_count_is_no_completed_count(funnels):
    [row] = funnels["a_handlers_share"]
    assert (row["received"], row["filed"], row["completed"]) == (330, 300, None)


def test_one_handler_in_a_list_is_no_completed_count(funnels):
    assert all(row["completed"] is None for row in funnels.get("handlers_listed", []))


def test_proposals_handed_over_and_mostly_answered_give_no_completed_count(funnels):
    assert all(row["completed"] is None for row in funnels.get("handed_mostly_answered", []))


def test_proposals_handed_over_to_be_answered_give_no_completed_count(funnels):
    [row] = funnels["handed_to_be_answered"]
    assert (row["received"], row["completed"]) == (300, None)


def test_a_filed_count_handled_in_full_is_still_completed(funnels):
    [row] = funnels["filed_all_answered"]
    assert (row["received"], row["filed"], row["completed"]) == (320, 290, 290)


def test_a_handlers_share_alone_is_no_completed_count(funnels):
    assert all(row["completed"] is None for row in funnels.get("a_handlers_share_alone", []))


def test_several_shares_handed_over_give_no_completed_count(funnels):
    assert all(row["completed"] is None for row in funnels.get("shares_handed", []))
