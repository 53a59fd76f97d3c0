{{ config(materialized='view') }}
-- A view: a few rows a body from stg_organizations, computed as it is read; a changed-only build has
-- nothing to rebuild for it (dbt_project/selectors.yml).
-- One row per body named in the corpus. Level, province, city (prefecture), county and division code
-- come from the extraction library, which looks the place up in seeds admin_divisions (the gazetteer
-- generated from jionlp's data); the most informative description wins. org_kind says what the body is:
-- a 政协, or a 人大, 政府 or democratic party (党派) whose own figures a page states beside the 政协's.
with described as (
    select
        *,
        row_number() over (
            partition by org_name
            order by (division_code is not null) desc, (province is not null) desc, (city is not null) desc, length(full_name) desc, document_id
        ) as best
    from {{ ref('stg_organizations') }}
)

select
    org_name,
    full_name,
    org_level,
    org_kind,
    province,
    city,
    county,
    division_code,
    (select count(distinct document_id) from {{ ref('stg_organizations') }} as o
     where o.org_name = described.org_name) as documents
from described
where best = 1
