-- Arithmetic rules on each proposal funnel: stated rates against the rates the counts give, and the
-- order received ≥ filed ≥ completed ≥ adopted (a received count below filed: the one set aside). A violated rule is "high confidence" when all its
-- figures are exact Arabic numbers in one paragraph of one document: then the report itself is
-- inconsistent (a finding, published); otherwise extraction may have paired the wrong figures (a
-- validation warning).
--
-- Incremental, by funnel row (dbt_project/macros/changed_documents.sql): a changed-only build drops the
-- checks of changed documents and of funnel rows gone or renamed, and checks the funnel rows without any.
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed_funnel_rows() }}") }}
with funnel as (
    select * from {{ ref('int_proposal_funnel') }}
    {%- if is_incremental() and changed_only() %}
    where funnel_id || '|' || document_id not in (select funnel_id || '|' || coalesce(document_id, '') from {{ this }})
    {%- endif %}
),

rules as (
    select funnel_id, org_name, report_year, 'adoption_rate_mismatch' as rule,
        [adoption_rate_metric_id, adopted_metric_id, coalesce(completed_metric_id, filed_metric_id)] as metric_ids,
        stated_adoption_rate as stated, 100.0 * adopted / coalesce(completed, filed) as computed
    from funnel where stated_adoption_rate is not null and adopted is not null and coalesce(completed, filed) > 0
    union all
    select funnel_id, org_name, report_year, 'completion_rate_mismatch',
        [completion_rate_metric_id, completed_metric_id, filed_metric_id],
        stated_completion_rate, 100.0 * completed / filed
    from funnel where stated_completion_rate is not null and completed is not null and filed > 0
    union all
    select funnel_id, org_name, report_year, 'filing_rate_mismatch',
        [filing_rate_metric_id, filed_metric_id, received_metric_id],
        stated_filing_rate, 100.0 * filed / received
    from funnel where stated_filing_rate is not null and filed is not null and received > 0
    union all
    select funnel_id, org_name, report_year, 'completed_exceeds_filed',
        [completed_metric_id, filed_metric_id], completed, filed
    from funnel where completed > filed
    union all
    select funnel_id, org_name, report_year, 'adopted_exceeds_completed',
        [adopted_metric_id, completed_metric_id], adopted, completed
    from funnel where adopted > completed
    union all
    -- a received count below filed, set aside from the funnel (int_proposal_funnel): high confidence, as
    -- the others, when the text itself states both (收到提案200件,经审查立案250件)
    select funnel.funnel_id, funnel.org_name, funnel.report_year, 'received_below_filed',
        [funnel.set_aside_metric_ids, funnel.filed_metric_id], set_aside.value, funnel.filed
    from funnel
    join {{ ref('int_metrics') }} as set_aside on set_aside.metric_id = funnel.set_aside_metric_ids
),

checked as (
    select
        *,
        case
            when rule like '%_rate_mismatch'
                -- within rounding: a rate stated to one decimal may be off by 0.05, a whole one by 0.5
                then abs(stated - computed) > case when stated = round(stated) then 0.5 else 0.05 end
            else true
        end as violated
    from rules
),

figures as (
    select facts.metric_id, facts.document_id, facts.char_start, facts.char_end, facts.approx, mentions.numeral_kind
    from {{ ref('int_metrics') }} as facts
    join {{ ref('stg_mentions') }} as mentions using (document_id, char_start, char_end)
    where facts.metric_id in (select unnest(metric_ids) from checked)
),

spans as (
    select
        checked.funnel_id,
        checked.rule,
        bool_and(figures.approx = 'exact' and figures.numeral_kind = 'arabic') as exact_figures,
        count(distinct figures.document_id) as documents,
        any_value(figures.document_id) as document_id,
        min(figures.char_start) as span_start,
        max(figures.char_end) as span_end,
        count(*) as figures_found
    from checked, unnest(checked.metric_ids) as listed(metric_id)
    join figures on figures.metric_id = listed.metric_id
    group by checked.funnel_id, checked.rule
),

lines as (
    -- whether each span lies on one line: the texts stream past the spans (a join hashing the
    -- texts needs about three times the corpus in memory)
    select
        spans.funnel_id,
        spans.rule,
        strpos(substring(documents.text, spans.span_start + 1, spans.span_end - spans.span_start), chr(10)) = 0
            as one_line
    from {{ ref('stg_documents') }} as documents
    join spans on spans.document_id = documents.document_id
    where documents.document_id in (select document_id from spans)
)

select
    checked.funnel_id,
    checked.org_name,
    checked.report_year,
    checked.rule,
    array_to_string(list_filter(checked.metric_ids, x -> x is not null), ',') as metric_ids,
    checked.stated,
    round(checked.computed, 2) as computed,
    checked.violated,
    spans.document_id,
    coalesce(
        spans.exact_figures
        and spans.documents = 1
        and spans.figures_found = len(list_filter(checked.metric_ids, x -> x is not null))
        and lines.one_line,
        false
    ) as high_confidence
from checked
left join spans using (funnel_id, rule)
left join lines using (funnel_id, rule)
