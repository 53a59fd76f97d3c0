with documents as (
    select * from {{ source('raw', 'documents') }}
),

attributes as (
    select * from {{ source('raw', 'document_attributes') }}
)

select
    documents.document_id,
    documents.source_path,
    documents.encoding,
    documents.content_sha256,
    documents.text,
    documents.char_count,
    documents.loaded_at,
    documents.other_paths,
    attributes.title,
    nullif(attributes.org_name, '') as org_name,
    nullif(attributes.org_level, '') as org_level,
    nullif(attributes.province, '') as province,
    nullif(attributes.city, '') as city,
    attributes.report_year,
    nullif(attributes.year_source, '') as year_source,
    attributes.doc_type
from documents
left join attributes using (document_id)
