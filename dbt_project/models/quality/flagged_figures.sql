-- Plausibility of content: figures and funnel rows that look wrong are flagged, kept and explained,
-- never a reason to refuse publishing. One row per (rule, figure); `source` says whose doubt it is:
-- 'report' when the text itself states figures that cannot all be true (read with high confidence:
-- the same rows are quality.findings), 'extractor' when the reading may be at fault (a change read
-- as a share, two figures paired wrongly).
--
-- Incremental (dbt_project/macros/changed_documents.sql): a figure's own rules and its document's
-- findings by document, a funnel's rules by funnel row. A changed-only build drops the rows of changed
-- documents and of funnel rows gone or renamed, then adds the changed documents' figure rules and the
-- rules of every funnel row without a flag.
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed_funnel_rows() }}") }}
{%- set restating = is_incremental() and changed_only() %}
with funnel as (
    select * from {{ ref('int_proposal_funnel') }}
    {%- if restating %}
    where funnel_id || '|' || document_id not in (
        select funnel_id || '|' || coalesce(document_id, '') from {{ this }} where funnel_id is not null)
    {%- endif %}
),

funnel_rules as (
    select listed.metric_id, checks.funnel_id, checks.rule,
        case when checks.high_confidence then 'report' else 'extractor' end as source,
        case
            when checks.rule like '%_rate_mismatch' then 'the stated rate agrees with the counts within rounding'
            else 'received ≥ filed ≥ completed ≥ adopted'
        end as expected,
        case
            when checks.rule like '%_rate_mismatch'
                then 'stated ' || checks.stated || ', the counts give ' || checks.computed
            else split_part(checks.rule, '_exceeds_', 1) || ' ' || checks.stated || ' > '
                || split_part(checks.rule, '_exceeds_', 2) || ' ' || checks.computed
        end || ' (' || coalesce(checks.org_name, 'unnamed body') || ' ' || checks.report_year || ')' as detail
    from {{ ref('int_funnel_checks') }} as checks,
        unnest(string_split(checks.metric_ids, ',')) as listed(metric_id)
    where checks.violated and listed.metric_id <> '' and checks.rule <> 'received_below_filed'
      and checks.funnel_id in (select funnel_id from funnel)
    union all
    -- the received count below filed is set aside from the funnel; the filed count stays unflagged. Whose
    -- doubt: the report's when it states both counts itself (int_funnel_checks, high confidence: then a
    -- quality.findings row too), else the extractor's (a part or another figure read as the intake)
    select funnel.set_aside_metric_ids, funnel.funnel_id, 'received_below_filed',
        case when coalesce(below.high_confidence, false) then 'report' else 'extractor' end,
        'received ≥ filed', 'a received count below filed ' || funnel.filed || ' was set aside'
    from funnel
    left join {{ ref('int_funnel_checks') }} as below
        on below.funnel_id = funnel.funnel_id and below.rule = 'received_below_filed'
    where funnel.set_aside_metric_ids is not null
    union all
    select listed.metric_id, funnel.funnel_id, 'stated_rate_over_100', 'extractor',
        'a stated rate between 0 and 100', 'a stated rate over 100'
    from funnel, unnest([
        case when funnel.stated_filing_rate > 100 then funnel.filing_rate_metric_id end,
        case when funnel.stated_completion_rate > 100 then funnel.completion_rate_metric_id end,
        case when funnel.stated_satisfaction_rate > 100 then funnel.satisfaction_rate_metric_id end,
        case when funnel.stated_adoption_rate > 100 then funnel.adoption_rate_metric_id end
    ]) as listed(metric_id)
    where listed.metric_id is not null
),

metrics as (
    select * from {{ ref('int_metrics') }}
    {%- if restating %}
    where document_id in {{ changed_documents() }} or metric_id in (select metric_id from funnel_rules)
    {%- endif %}
),

figure_metrics as (
    select * from metrics{{ where_changed() }}
),

figure_rules as (
    select metric_id, document_id, null::varchar as funnel_id, 'share_over_100' as rule, 'extractor' as source,
        'a share or rate between 0 and 100 (a change such as 增长250% is not a share)' as expected,
        'read as a share of ' || value || '%' as detail
    from figure_metrics
    where value_kind = 'share' and value > 100
    union all
    select metric_id, document_id, null, 'negative_value',
        'extractor', 'a count or share is never negative', 'value ' || value
    from figure_metrics
    where value < 0 and value_kind <> 'change'
    union all
    select metric_id, document_id, null, 'fractional_count',
        case when numeral_kind = 'arabic' then 'report' else 'extractor' end,
        'an exact count of things (' || unit || ') is a whole number', 'value ' || value
    from figure_metrics
    where value_kind = 'count' and approx = 'exact' and value <> floor(value)
    union all
    select child.metric_id, child.document_id, null, 'part_exceeds_total', 'extractor',
        'a 其中 part is at most its total ' || parent.mention_text,
        'part ' || child.mention_text || ' > total ' || parent.mention_text
    from figure_metrics as child
    join figure_metrics as parent on parent.metric_id = child.parent_metric_id
    where child.value > parent.value
    union all
    select child.metric_id, child.document_id, null, 'part_unit_differs', 'extractor',
        'a 其中 part is counted in the unit of its total (' || parent.unit || ')',
        'part ' || child.mention_text || ', total ' || parent.mention_text
    from figure_metrics as child
    join figure_metrics as parent on parent.metric_id = child.parent_metric_id
    where child.unit <> parent.unit
),

document_findings as (
    -- contradictions the extraction library read inside one document (a 其中 larger than its total)
    select listed.metric_id, findings.document_id, null::varchar as funnel_id, findings.rule, 'report' as source,
        'figures of one report agree' as expected, findings.detail
    from {{ ref('stg_document_findings') }} as findings,
        unnest(string_split(findings.metric_ids, ',')) as listed(metric_id)
    {{- where_changed('findings.document_id') }}
),

flags as (
    select * from figure_rules
    union all
    select * from document_findings
    union all
    select funnel_rules.metric_id, metrics.document_id, funnel_rules.funnel_id, funnel_rules.rule,
        funnel_rules.source, funnel_rules.expected, funnel_rules.detail
    from funnel_rules
    join metrics using (metric_id)
),

-- one row per (rule, figure, funnel row), whatever repeats it: two 其中 parts over one total are two
-- findings on the total, and one figure may hold two stages of a funnel (立案的129件提案已全部办结)
one_per_rule as (
    select
        metric_id, funnel_id, rule,
        any_value(document_id) as document_id,
        max(source) as source,  -- 'report' over 'extractor': the text's own contradiction is the stronger
        min(expected) as expected,
        string_agg(distinct detail, '; ' order by detail) as detail
    from flags
    group by metric_id, funnel_id, rule
)

select
    substr(md5(flags.rule || ':' || flags.metric_id || ':' || coalesce(flags.funnel_id, '')), 1, 16) as flag_id,
    flags.metric_id,
    flags.funnel_id,
    flags.document_id,
    flags.rule,
    flags.source,
    metrics.mention_text,
    metrics.value,
    metrics.sentence,
    flags.expected,
    flags.detail
from one_per_rule as flags
join metrics using (metric_id)
