select
    document_id,
    mention_index,
    char_start,
    char_end,
    numeral,
    numeral_kind,
    mention_text,
    value,
    unit,
    approx,
    nullif(subject, '') as subject,
    category,
    period,
    nullif(org_name, '') as org_name,
    report_year,
    sentence,
    parent_index
from {{ source('raw', 'mentions') }}
