-- One row per body and year that reports proposals (提案).
select * from {{ ref('int_proposal_funnel') }}
