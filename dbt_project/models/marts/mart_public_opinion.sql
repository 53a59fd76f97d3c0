{{ config(materialized='view') }}
-- A view: a row per body and year from int_public_opinion_figures' few rows, computed as it is read; a
-- changed-only build has nothing to rebuild for it (dbt_project/selectors.yml).
-- One row per body and year: 社情民意信息 submitted, reported upward, adopted and instructed. Each
-- stage adds like with like: figures of one unit only (条 and 篇 are not added; the unit whose
-- figures sum highest is kept), and adoptions by one adopter only (市政协采用18篇 and 被全国政协采用6篇
-- may count the same items; the adopter with the highest total is kept and named). The body's own
-- figures only, each fact once; which figures were summed is listed.
with figures as (
    select
        *,
        case when stage = 'adopted'
             -- the body named last before 采用 (市政协采用18篇,其中被全国政协采用6篇 → 全国政协)
             then coalesce(regexp_extract_all(subject, '全国政协|[省市区县州]+政协')[-1], '')
             else '' end as adopter
    from {{ ref('int_public_opinion_figures') }}
    where org_name is not null and report_year is not null
),

groups as (
    select org_name, report_year, stage, adopter, unit, sum(value) as total, count(*) as figures,
           string_agg(metric_id, ',' order by metric_id) as metric_ids
    from figures
    group by org_name, report_year, stage, adopter, unit
),

kept as (
    select *,
           row_number() over (partition by org_name, report_year, stage
                              order by total desc, figures desc, adopter, unit) as nth
    from groups
)

select
    org_name || ':' || report_year as public_opinion_id,
    org_name,
    report_year,
    {% for stage in ['submitted', 'reported', 'adopted', 'instructed'] %}
    max(total) filter (where stage = '{{ stage }}') as {{ stage }},
    max(unit) filter (where stage = '{{ stage }}') as {{ stage }}_unit,
    {% if stage == 'adopted' %}max(nullif(adopter, '')) filter (where stage = 'adopted') as adopted_by,{% endif %}
    max(figures) filter (where stage = '{{ stage }}') as {{ stage }}_sources,
    max(metric_ids) filter (where stage = '{{ stage }}') as {{ stage }}_metric_ids{{ ',' if not loop.last }}
    {% endfor %}
from kept
where nth = 1
group by org_name, report_year
