"""Proposal readings added from fresh pages (funnel21): a traditional copy's 辦覆 is 办复.
Sentences written for the test."""
from __future__ import annotations

from lvzhi.extract import extract, load_vocabulary
from lvzhi.extract.normalize import analysis_text


def test_a_traditional_copy_writing_辦覆_reads_办复():
    vocab = load_vocabulary()
    copy = analysis_text("已辦覆提案812件,辦覆率達99.5%,覆蓋各界別", None, vocab.names_kept_in_script,
                         vocab.traditional_spellings)
    # 覆 alone keeps its own sense (覆蓋 → 覆盖): only the phrase is respelled
    assert copy.text == "已办复提案812件,办复率达99.5%,覆盖各界别"


def test_a_handled_count_written_辦覆_reads_like_the_one_written_辦復():
    head = "全國政協副主席近日指出,過去一年來,委員們共提出提案5120件,經審查立案4811件。"
    tail = "\n他受常委會委託,在政協十三屆三次會議上報告提案工作。"
    variant = extract(head + "截至2月20日,已辦覆提案4790件,辦覆率為99.6%。" + tail)
    standard = extract(head + "截至2月20日,已辦復提案4790件,辦復率為99.6%。" + tail)
    read = [(m.numeral, m.subject, m.category, m.report_year) for m in variant.metrics]
    assert read == [(m.numeral, m.subject, m.category, m.report_year) for m in standard.metrics]
    assert "4790" in [n for n, *_ in read]
