-- Inconsistencies the extraction library reads in a document with high confidence (a 其中 larger
-- than the one total stated just before it); metric_ids replace the library's mention indexes.
with findings as (
    select * from {{ source('raw', 'document_findings') }}
),

indexed as (
    select findings.document_id, findings.rule, findings.detail, mentions.mention_index,
           substr(md5(mentions.document_id || ':' || mentions.char_start || ':' || mentions.char_end), 1, 16) as metric_id
    from findings, unnest(string_split(findings.mention_indexes, ',')) as listed(mention_index_text)
    join {{ source('raw', 'mentions') }} as mentions
        on mentions.document_id = findings.document_id
        and mentions.mention_index = cast(listed.mention_index_text as integer)
)

select document_id, rule, detail, string_agg(metric_id, ',' order by mention_index) as metric_ids
from indexed
group by document_id, rule, detail
