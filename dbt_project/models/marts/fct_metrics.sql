-- One row per quantity mention: the CONTRACT.md columns, parent_metric_id for 其中 sub-totals, the
-- value's kind, whose work it counts (actor), the first statement of a fact stated again
-- (repeat_of_metric_id), and whether a plausibility rule flagged it (quality.flagged_figures says why).
-- Incremental: a changed-only build rewrites the rows of changed documents and those whose repeat link
-- or flags changed (the macro delete_restated_metrics), not 100% of the figures.
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_restated_metrics() }}") }}
with flags as (
    {{ metric_flags() }}
)

select
    metrics.metric_id,
    metrics.document_id,
    metrics.org_name,
    metrics.report_year,
    metrics.char_start,
    metrics.char_end,
    metrics.mention_text,
    metrics.value,
    metrics.unit,
    metrics.approx,
    metrics.subject,
    metrics.category,
    metrics.period,
    metrics.sentence,
    metrics.parent_metric_id,
    metrics.value_kind,
    flags.metric_id is not null as flagged,
    flags.flag_rules,
    metrics.year_source,
    metrics.org_source,
    metrics.actor,
    repeats.repeat_of_metric_id
from {{ ref('int_metrics') }} as metrics
left join flags using (metric_id)
left join {{ ref('int_metric_repeats') }} as repeats using (metric_id)
{%- if is_incremental() and changed_only() %}
-- the figures the pre-hook left without a row
where metrics.metric_id not in (select metric_id from {{ this }})
{%- endif %}
