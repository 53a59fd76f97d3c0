-- One row per body and year: 社情民意信息 submitted, reported upward, adopted and instructed, each
-- the sum of the figures of that stage, with how many figures and which metrics are behind it.
select
    org_name || ':' || report_year as public_opinion_id,
    org_name,
    report_year,
    {% for stage in ['submitted', 'reported', 'adopted', 'instructed'] %}
    sum(value) filter (where stage = '{{ stage }}') as {{ stage }},
    count(*) filter (where stage = '{{ stage }}') as {{ stage }}_sources,
    string_agg(metric_id, ',' order by metric_id) filter (where stage = '{{ stage }}') as {{ stage }}_metric_ids{{ ',' if not loop.last }}
    {% endfor %}
from {{ ref('int_public_opinion_figures') }}
where org_name is not null and report_year is not null
group by org_name, report_year
