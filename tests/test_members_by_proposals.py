"""Members counted by the proposals they submitted (s28d): a count of members whose predicate submits
a counted number of proposals (13名委员共提出16件提案), or who are co-signed onto one (联名6名委员),
is counted by that deed, not as the body's make-up; a count that closes its clause still states the
make-up. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, category", [
    ("大会期间,其中11名特邀委员共提出14件提案。", "11", "proposals"),    # the verb's object is counted
    ("会上,8名青年委员共提交12件提案。", "8", "proposals"),
    ("市政协委员李某联名6名委员,就停车难问题提交了提案。", "6", "proposals"),  # co-signers
    ("本届市政协共有委员320名,提出提案415件。", "320", "organization"),  # the count closes its clause
    ("全县共有委员150名,其中女委员42名。", "150", "organization"),
    ("县政协现有常委45名,今年提出提案86件。", "45", "organization"),
])
def test_members_counted_by_proposals_they_submitted(sentence, numeral, category):
    assert the_figure(sentence, numeral, leading=True).category == category
