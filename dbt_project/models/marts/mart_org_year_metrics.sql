-- One wide row per body and year for BI tools: headline totals from actual-period figures only,
-- each with the number of source figures behind it. Which categories and units make a total is
-- data (seeds headline_measures); 其中 sub-totals are left out so nothing is counted twice.
with measures as (
    select measure, category, unnest(string_split(units, '|')) as unit
    from {{ ref('headline_measures') }}
),

figures as (
    select m.org_name, m.report_year, measures.measure, m.value
    from {{ ref('fct_metrics') }} as m
    join measures on measures.category = m.category and measures.unit = m.unit
    where m.period = 'actual' and m.parent_metric_id is null
      and m.org_name is not null and m.report_year is not null
),

bodies as (
    select distinct org_name, report_year
    from {{ ref('fct_metrics') }}
    where org_name is not null and report_year is not null
),

totals as (
    select
        org_name,
        report_year,
        {% for measure in ['consultations', 'research_and_inspections', 'suggestions', 'publicity_pieces',
                           'outreach_activities', 'outreach_people', 'study_sessions'] %}
        sum(value) filter (where measure = '{{ measure }}') as {{ measure }},
        count(*) filter (where measure = '{{ measure }}') as {{ measure }}_sources{{ ',' if not loop.last }}
        {% endfor %}
    from bodies
    left join figures using (org_name, report_year)
    group by org_name, report_year
)

select
    bodies.org_name || ':' || bodies.report_year as org_year_id,
    bodies.org_name,
    bodies.report_year,
    organizations.org_level,
    organizations.province,
    totals.* exclude (org_name, report_year),
    funnel.received as proposals_received,
    funnel.filed as proposals_filed,
    funnel.stated_completion_rate as proposal_completion_rate,
    funnel.stated_satisfaction_rate as proposal_satisfaction_rate,
    opinion.submitted as public_opinion_items,
    opinion.adopted as public_opinion_adopted,
    (select count(*) from {{ ref('fct_metrics') }} as m
     where m.org_name = bodies.org_name and m.report_year = bodies.report_year and m.period = 'actual')
        as actual_figures
from bodies
left join totals using (org_name, report_year)
left join {{ ref('dim_organizations') }} as organizations using (org_name)
left join {{ ref('mart_proposal_funnel') }} as funnel using (org_name, report_year)
left join {{ ref('mart_public_opinion') }} as opinion using (org_name, report_year)
