-- One row per body named in the corpus. Level, province and city come from the extraction library,
-- which looks the place up in seeds admin_divisions; the most informative description wins.
with described as (
    select
        *,
        row_number() over (
            partition by org_name
            order by (province is not null) desc, (city is not null) desc, length(full_name) desc, document_id
        ) as best
    from {{ ref('stg_organizations') }}
)

select
    org_name,
    full_name,
    org_level,
    province,
    city,
    (select count(distinct document_id) from {{ ref('stg_organizations') }} as o
     where o.org_name = described.org_name) as documents
from described
where best = 1
