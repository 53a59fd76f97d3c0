-- One row per loaded document.
select
    document_id,
    org_name,
    report_year,
    title,
    char_count,
    content_sha256,
    loaded_at,
    doc_type,
    org_level,
    province,
    city,
    encoding,
    source_path
from {{ ref('stg_documents') }}
