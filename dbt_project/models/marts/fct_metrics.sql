-- One row per quantity mention: the CONTRACT.md columns, parent_metric_id for 其中 sub-totals, the
-- value's kind, whose work it counts (actor), the first statement of a fact stated again
-- (repeat_of_metric_id), and whether a plausibility rule flagged it (quality.flagged_figures says why).
with flags as (
    select metric_id, string_agg(distinct rule, ',' order by rule) as flag_rules
    from {{ ref('flagged_figures') }}
    group by metric_id
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
