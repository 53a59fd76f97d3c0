-- Which figures each headline total of mart_org_year_metrics sums, and why the others are left out:
-- one row per figure of a body and year whose category and unit make a headline measure (seeds
-- headline_measures). A total sums only the body's own actual work, each fact once, one unit kind.
--
-- Incremental, by figure (dbt_project/macros/changed_documents.sql, delete_changed_figures): in a
-- document that did not change, only a figure's repeat link can change its row.
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed_figures(stale=headline_restated()) }}") }}
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
        {{ headline_exclusion('metrics') }} as excluded_because
    from {{ ref('fct_metrics') }} as metrics
    join measures on measures.category = metrics.category and measures.unit = metrics.unit
    where metrics.org_name is not null and metrics.report_year is not null
    {%- if is_incremental() and changed_only() %}
      and metrics.metric_id not in (select metric_id from {{ this }})
    {%- endif %}
)

select *, excluded_because is null as counted
from figures
