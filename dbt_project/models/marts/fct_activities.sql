{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed() }}") }}
-- One row per activity clause (调研, 视察, 协商 and its forms, 座谈会, 学习 …), with the metric that
-- counts it when the clause states a count; activities without a number are rows too. A count
-- belongs to one activity only (the keyword nearest before it; 开展视察调研180次 is one count), so
-- summing count_value over activities counts each figure once.
with activities as (
    select * from {{ ref('stg_activities') }}{{ where_changed() }}
),

metrics as (
    select mentions.document_id, mentions.mention_index, mentions.char_start as count_start,
           facts.metric_id, facts.value, facts.unit
    from {{ ref('stg_mentions') }} as mentions
    join {{ ref('fct_metrics') }} as facts using (document_id, char_start, char_end)
    {{ where_changed('mentions.document_id') }}
),

linked as (
    select activities.*, metrics.metric_id, metrics.value, metrics.unit,
           row_number() over (
               partition by metrics.metric_id
               order by (activities.char_start <= metrics.count_start) desc,
                        abs(metrics.count_start - activities.char_end), activities.char_start
           ) as nth_activity_of_count
    from activities
    left join metrics
        on metrics.document_id = activities.document_id
        and metrics.mention_index = activities.mention_index
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
    case when activities.nth_activity_of_count = 1 then activities.metric_id end as metric_id,
    case when activities.nth_activity_of_count = 1 then activities.value end as count_value,
    case when activities.nth_activity_of_count = 1 then activities.unit end as count_unit,
    activities.activity_date,
    activities.period,
    activities.char_start,
    activities.char_end,
    activities.sentence
from linked as activities
