-- One row per activity clause (调研, 视察, 协商 and its forms, 座谈会, 学习 …), with the metric that
-- counts it when the clause states a count; activities without a number are rows too.
with activities as (
    select * from {{ ref('stg_activities') }}
),

metrics as (
    select mentions.document_id, mentions.mention_index, facts.metric_id, facts.value, facts.unit
    from {{ ref('stg_mentions') }} as mentions
    join {{ ref('fct_metrics') }} as facts using (document_id, char_start, char_end)
)

select
    substr(md5(activities.document_id || ':a:' || activities.char_start || ':' || activities.char_end), 1, 16)
        as activity_id,
    activities.document_id,
    activities.org_name,
    activities.report_year,
    activities.activity_type,
    activities.form,
    activities.keyword,
    activities.topic,
    metrics.metric_id,
    metrics.value as count_value,
    metrics.unit as count_unit,
    activities.activity_date,
    activities.period,
    activities.char_start,
    activities.char_end,
    activities.sentence
from activities
left join metrics
    on metrics.document_id = activities.document_id
    and metrics.mention_index = activities.mention_index
