"""The one figure a written test sentence is about: tests of readings (subject, period, category) read it
here, not through a copy of the same lookup in every file."""
from __future__ import annotations

from lvzhi.extract import Metric, extract


def the_figure(text: str, numeral: str, *, leading: bool = False) -> Metric:
    """The single figure of ``text`` whose mention holds ``numeral`` (with ``leading``: opens with it, so
    that 2 does not also find 12件); the test fails, listing them, when there is not exactly one."""
    found = [m for m in extract(text).metrics
             if (m.mention_text.startswith(numeral) if leading else numeral in m.mention_text)]
    assert len(found) == 1, [(m.mention_text, m.subject) for m in found]
    return found[0]


def orgs_by_mention(text: str) -> dict[str, str]:
    """Each figure's body by its mention text (``12件`` → ``某县政协``): tests of bodies read it here."""
    return {m.mention_text: m.org_name for m in extract(text).metrics}
