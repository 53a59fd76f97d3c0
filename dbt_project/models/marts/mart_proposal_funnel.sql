{{ config(materialized='view') }}
-- A view: int_proposal_funnel's rows with the flags of quality.flagged_figures, both incremental; a
-- changed-only build has nothing to rebuild for it (dbt_project/selectors.yml).
-- One row per body and year that reports proposals (提案), as int_proposal_funnel builds it, and
-- whether a plausibility rule flagged it (a stated rate far from its counts, a stage larger than the
-- one before it): `where not flagged` keeps the rows whose figures agree.
with flags as (
    select funnel_id, string_agg(distinct rule, ',' order by rule) as flag_rules
    from {{ ref('flagged_figures') }}
    where funnel_id is not null
    group by funnel_id
)

select
    funnel.* exclude (document_id),
    flags.funnel_id is not null as flagged,
    flags.flag_rules
from {{ ref('int_proposal_funnel') }} as funnel
left join flags using (funnel_id)
