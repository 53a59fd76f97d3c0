-- One row per quantity mention, with exactly the columns CONTRACT.md promises.
select
    substr(md5(document_id || ':' || char_start || ':' || char_end), 1, 16) as metric_id,
    document_id,
    org_name,
    report_year,
    char_start,
    char_end,
    mention_text,
    value,
    unit,
    approx,
    subject,
    category,
    period,
    sentence
from {{ ref('stg_mentions') }}
