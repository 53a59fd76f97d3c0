select
    document_id,
    org_name,
    full_name,
    nullif(org_level, '') as org_level,
    nullif(province, '') as province,
    nullif(city, '') as city
from {{ source('raw', 'organizations') }}
