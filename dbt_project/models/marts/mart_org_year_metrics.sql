-- One wide row per body and year for BI tools: headline totals of the body's own actual work, each
-- with the number of source figures behind it. fct_headline_figures lists the figures each total
-- sums and why others are left out (plans, 其中 parts, subordinate bodies' or the public's work,
-- repeats); which categories and units make a total is data (seeds headline_measures).
with figures as (
    select org_name, report_year, measure, value
    from {{ ref('fct_headline_figures') }}
    where counted
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
-- two texts on one body and year make two funnel rows: the one that states most of these cells speaks
left join (
    select * from {{ ref('mart_proposal_funnel') }}
    qualify row_number() over (
        partition by org_name, report_year
        order by (received is not null)::int + (filed is not null)::int + (stated_completion_rate is not null)::int
                 + (stated_satisfaction_rate is not null)::int desc, funnel_id) = 1
) as funnel using (org_name, report_year)
left join {{ ref('mart_public_opinion') }} as opinion using (org_name, report_year)
