select
    document_id,
    org_name,
    full_name,
    nullif(org_level, '') as org_level,
    org_kind,
    nullif(province, '') as province,
    nullif(city, '') as city,
    nullif(county, '') as county,
    nullif(division_code, '') as division_code
from {{ source('raw', 'organizations') }}
