-- Which figures each headline total of mart_org_year_metrics sums, and why the others are left out:
-- one row per figure of a body and year whose category and unit make a headline measure (seeds
-- headline_measures). A total sums only the body's own actual work, each fact once, one unit kind.
with measures as (
    select measure, category, unnest(string_split(units, '|')) as unit
    from {{ ref('headline_measures') }}
),

figures as (
    select
        metrics.org_name || ':' || metrics.report_year as org_year_id,
        measures.measure,
        metrics.metric_id,
        metrics.document_id,
        metrics.org_name,
        metrics.report_year,
        metrics.value,
        metrics.unit,
        metrics.subject,
        metrics.mention_text,
        case
            when metrics.period <> 'actual' then metrics.period || ' figure'
            when metrics.parent_metric_id is not null then 'part of a total (其中)'
            when metrics.actor = 'subordinate' then 'work of subordinate bodies'
            when metrics.actor = 'public' then 'work of the public'
            when metrics.repeat_of_metric_id is not null then 'repeat of ' || metrics.repeat_of_metric_id
        end as excluded_because
    from {{ ref('fct_metrics') }} as metrics
    join measures on measures.category = metrics.category and measures.unit = metrics.unit
    where metrics.org_name is not null and metrics.report_year is not null
)

select *, excluded_because is null as counted
from figures
