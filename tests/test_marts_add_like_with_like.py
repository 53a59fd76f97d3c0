"""Headline marts add like with like: the body's own actual work, each fact once, one unit per
measure, one activity per count (issue 15), checked on the seed warehouse built by a real run."""
from __future__ import annotations


def _measure(con, org: str, year: int, measure: str) -> float | None:
    return con.execute(f"select {measure} from marts.mart_org_year_metrics where org_name = ? and report_year = ?",
                       [org, year]).fetchone()[0]


def _why_left_out(con, org: str, mention: str) -> list[str | None]:
    return [r[0] for r in con.execute("""
        select h.excluded_because from marts.fct_headline_figures h join marts.fct_metrics m using (metric_id)
        where m.org_name = ? and m.mention_text = ?""", [org, mention]).fetchall()]


def test_consultations_of_subordinate_bodies_are_not_the_city_bodys(con):
    # 试点区县政协全年…协商4100多次: the pilot district and county bodies' work
    assert _why_left_out(con, "重庆市政协", "4100多次") == ["work of subordinate bodies"]
    assert _measure(con, "重庆市政协", 2021, "consultations") == 16 + 5 + 10 + 51


def test_opinions_collected_from_the_public_are_not_suggestions(con):
    assert _why_left_out(con, "开州区政协", "381条") == ["work of the public"]
    total = _measure(con, "开州区政协", 2024, "suggestions")
    summed = con.execute("""
        select sum(value) from marts.fct_headline_figures
        where org_year_id = '开州区政协:2024' and measure = 'suggestions' and counted""").fetchone()[0]
    assert total == summed and 381 not in [r[0] for r in con.execute("""
        select value from marts.fct_headline_figures
        where org_year_id = '开州区政协:2024' and measure = 'suggestions' and counted""").fetchall()]


def test_a_fact_stated_twice_is_counted_once(con):
    # 普兰店: 解决群众急难愁盼问题220个 in the lead and again in the body of the article
    rows = con.execute("""
        select metric_id, repeat_of_metric_id from marts.fct_metrics
        where org_name = '普兰店区政协' and value = 220 and unit = '个' order by char_start""").fetchall()
    assert len(rows) == 2 and rows[0][1] is None and rows[1][1] == rows[0][0]
    counted_repeats = con.execute("""
        select count(*) from marts.fct_headline_figures h join marts.fct_metrics m using (metric_id)
        where h.counted and m.repeat_of_metric_id is not null""").fetchone()[0]
    assert counted_repeats == 0


def test_two_facts_of_one_sentence_are_not_repeats(con):
    # 被全国政协采用3条,市领导批示3条: same value, one sentence, two facts
    repeats = con.execute("""
        select count(*) from marts.fct_metrics where org_name = '渝中区政协' and value = 3 and unit = '条'
        and category = 'public_opinion' and repeat_of_metric_id is not null""").fetchone()[0]
    assert repeats == 0


def test_every_headline_total_is_the_sum_of_its_listed_figures(con):
    mismatches = con.execute("""
        with listed as (
            select org_year_id, measure, sum(value) as total from marts.fct_headline_figures
            where counted group by all
        )
        select listed.* from listed join marts.mart_org_year_metrics m using (org_year_id)
        where (measure = 'consultations' and total <> m.consultations)
           or (measure = 'suggestions' and total <> m.suggestions)
           or (measure = 'study_sessions' and total <> m.study_sessions)
           or (measure = 'research_and_inspections' and total <> m.research_and_inspections)""").fetchall()
    assert mismatches == []


def test_a_count_belongs_to_one_activity(con):
    assert con.execute("select count(metric_id) - count(distinct metric_id) from marts.fct_activities").fetchone()[0] == 0
    # queries #2 and #6 of docs/queries.md: each counted figure once
    summed, distinct = con.execute("""
        select sum(count_value), (select sum(value) from marts.fct_metrics where metric_id in
            (select metric_id from marts.fct_activities where activity_type = 'consultation'))
        from marts.fct_activities where activity_type = 'consultation'""").fetchone()
    assert summed == distinct


def test_all_merged_cases_completed_reads_as_complete(con):
    # 立案1307件,并案交办的1085件提案已全部办结: every case was completed, not 83%
    row = con.execute("""
        select completed, computed_completion_rate from marts.mart_proposal_funnel
        where org_name = '重庆市政协' and report_year = 2021""").fetchone()
    assert row == (1085, 100.0)


def test_public_opinion_adds_one_unit_and_one_adopter(con):
    # 编报信息51篇 and 反映社情民意68条 are not added; 市政协采用18篇 and 被全国政协采用6篇 neither
    row = con.execute("""
        select submitted, submitted_unit, adopted, adopted_by from marts.mart_public_opinion
        where org_name = '开州区政协' and report_year = 2024""").fetchone()
    assert row == (68, "条", 18, "市政协")
