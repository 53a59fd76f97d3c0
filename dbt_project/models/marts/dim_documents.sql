{{ config(materialized='view') }}
-- A view: a projection of stg_documents (no text read), as cheap to read as a table; a changed-only
-- build has nothing to rebuild for it (dbt_project/selectors.yml).
-- One row per loaded document.
select
    document_id,
    org_name,
    report_year,
    year_source,
    title,
    char_count,
    content_sha256,
    loaded_at,
    doc_type,
    org_level,
    province,
    city,
    encoding,
    source_path,
    list_concat([source_path], coalesce(other_paths, [])) as source_paths
from {{ ref('stg_documents') }}
