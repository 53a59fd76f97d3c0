select
    document_id,
    activity_index,
    char_start,
    char_end,
    keyword,
    activity_type,
    form,
    nullif(topic, '') as topic,
    mention_index,
    activity_date,
    nullif(org_name, '') as org_name,
    report_year,
    period,
    sentence
from {{ source('raw', 'activities') }}
