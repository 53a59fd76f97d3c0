-- One row per quantity mention: the CONTRACT.md columns, plus parent_metric_id for 其中 sub-totals.
with mentions as (
    select
        *,
        substr(md5(document_id || ':' || char_start || ':' || char_end), 1, 16) as metric_id
    from {{ ref('stg_mentions') }}
)

select
    mentions.metric_id,
    mentions.document_id,
    mentions.org_name,
    mentions.report_year,
    mentions.char_start,
    mentions.char_end,
    mentions.mention_text,
    mentions.value,
    mentions.unit,
    mentions.approx,
    mentions.subject,
    mentions.category,
    mentions.period,
    mentions.sentence,
    parents.metric_id as parent_metric_id,
    mentions.year_source
from mentions
left join mentions as parents
    on parents.document_id = mentions.document_id
    and parents.mention_index = mentions.parent_index
