-- One row per body and year a text reports proposals (提案) for: the counts of each funnel stage, the
-- rates the report states, the same rates computed from the counts, and the metric behind each.
-- A stage's figure is the one of its most preferred keyword (seeds proposal_stages: 不予立案28件 over
-- its part 转社情民意8件), then the largest (a year's total outweighs a group's share: 全年共立案298件
-- over 小分队提交8件; but not a headline's rounded repeat, 近六千件 over 5992件); a rate stated with its
-- own word (办结率100%) wins over a share (、占92.3%), which counts only beside its stage's kept count. A "received" smaller than "filed" cannot be the
-- year's intake and is left out, named in set_aside_metric_ids. Figures without a year make no row;
-- figures of a body the text never names make a row of their own per document (org_name null,
-- funnel_id "unnamed body in <document_id>:<year>"), never merged with another text's. Two texts on
-- the same body and year (a news item and the report it quotes, 2.9万余件 beside 29323件) keep a row
-- each: the funnel_id of such rows ends in @<document_id>.
--
-- Incremental, by body and year: a row is read from its document's figures alone, only its funnel_id
-- (the @<document_id> ending) depends on the other texts on the same body and year. A changed-only
-- build drops the rows of every body and year a changed document reports now or reported before, and
-- builds the bodies and years that then have no row.
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed_funnels() }}") }}
with figures as (
    select p.*, {{ funnel_body_year('p') }} as body_year, coalesce(p.org_name, 'unnamed body in ' || p.document_id) as body_key, m.approx
    from {{ ref('int_proposal_figures') }} as p
    left join {{ ref('int_metrics') }} as m using (metric_id)
    where p.report_year is not null
    {%- if is_incremental() and changed_only() %}
      and {{ funnel_body_year('p') }} not in (select {{ funnel_body_year() }} from {{ this }})
    {%- endif %}
),

-- a figure rounded up (近六千件, 约6000件) just above an exact one of its stage (5992件) is a headline's
-- repeat of it: the exact one is the stage's figure, though smaller
rounded_repeats as (
    select distinct rounded.metric_id, rounded.stage
    from figures as rounded
    join figures as exact
        on exact.body_key = rounded.body_key and exact.report_year = rounded.report_year
        and exact.document_id = rounded.document_id and exact.stage = rounded.stage
        and exact.approx = 'exact' and exact.value > 0
    where rounded.approx in ('under', 'about')
        and rounded.value > exact.value and rounded.value <= exact.value * 1.1
),

ranked as (
    select
        f.* exclude (approx),
        row_number() over (
            partition by f.body_key, f.report_year, f.document_id, f.stage
            order by f.preference, r.metric_id is not null, f.value desc, f.char_start
        ) as nth
    from figures as f
    left join rounded_repeats as r on r.metric_id = f.metric_id and r.stage = f.stage
    where f.share_of_metric_id is null
),

-- a rate worded only as a share (采纳917件、占92.3%) counts when its count states the figure its stage
-- keeps: that count, or the same number written again (a headline's 立案576件 over the body's
-- 立案576件,占提案总数的95.8%)
staged as (
    select * from ranked
    union all
    select
        s.* exclude (approx),
        row_number() over (partition by s.body_key, s.report_year, s.document_id, s.stage order by s.value desc, s.char_start) as nth
    from figures as s
    join ranked as own
        on own.metric_id = s.share_of_metric_id
        and own.stage = case s.stage when 'filing_rate' then 'filed' when 'completion_rate' then 'completed'
                                     when 'adoption_rate' then 'adopted' end
    join ranked as kept
        on kept.body_key = own.body_key and kept.report_year = own.report_year
        and kept.document_id = own.document_id and kept.stage = own.stage and kept.nth = 1
        and kept.value = own.value
    where not exists (
        select 1 from ranked as own
        where own.body_key = s.body_key and own.report_year = s.report_year and own.document_id = s.document_id
            and own.stage = s.stage
    )
),

firsts as (
    select * from staged where nth = 1
),

pivoted as (
    select
        body_key,
        any_value(org_name) as org_name,
        report_year,
        document_id,
        {% for stage in ['received', 'filed', 'merged', 'transferred', 'completed', 'adopted', 'key_supervised',
                         'filing_rate', 'completion_rate', 'satisfaction_rate', 'adoption_rate'] %}
        max(value) filter (where stage = '{{ stage }}') as {{ 'stated_' if stage.endswith('_rate') else '' }}{{ stage }},
        max(metric_id) filter (where stage = '{{ stage }}') as {{ stage }}_metric_id{{ ',' if not loop.last }}
        {% endfor %}
    from firsts
    group by body_key, report_year, document_id
),

checked as (
    select
        * replace (
            case when received < filed then null else received end as received,
            case when received < filed then null else received_metric_id end as received_metric_id
        ),
        case when received < filed then received_metric_id end as set_aside_metric_ids
    from pivoted
),

-- 并案交办的1085件已全部办结: a count of cases after merging, all completed; against the filed count
-- (1307) it would read 83% where the text says every one was completed
completed_after_merging as (
    select metrics.metric_id
    from {{ ref('int_metrics') }} as metrics
    join {{ ref('stg_mentions') }} as mentions using (document_id, char_start)
    where metrics.metric_id in (select completed_metric_id from checked)
      and contains(mentions.clause_before || mentions.clause_after, '并案')
      and regexp_matches(mentions.clause_after, '全部|均已|全都')
),

computed as (
    select
        *,
        round(100.0 * filed / nullif(received, 0), 1) as computed_filing_rate,
        case when completed_metric_id in (select metric_id from completed_after_merging) then 100.0
             else round(100.0 * completed / nullif(filed, 0), 1)
        end as computed_completion_rate,
        round(100.0 * adopted / nullif(coalesce(completed, filed), 0), 1) as computed_adoption_rate
    from checked
)

select
    body_key || ':' || report_year
        || case when count(*) over (partition by body_key, report_year) > 1 then '@' || document_id else '' end
        as funnel_id,
    org_name,
    report_year,
    received,
    filed,
    merged,
    transferred,
    completed,
    adopted,
    key_supervised,
    stated_filing_rate,
    computed_filing_rate,
    round(stated_filing_rate - computed_filing_rate, 1) as filing_rate_difference,
    stated_completion_rate,
    computed_completion_rate,
    round(stated_completion_rate - computed_completion_rate, 1) as completion_rate_difference,
    stated_satisfaction_rate,
    stated_adoption_rate,
    computed_adoption_rate,
    round(stated_adoption_rate - computed_adoption_rate, 1) as adoption_rate_difference,
    received_metric_id,
    filed_metric_id,
    merged_metric_id,
    transferred_metric_id,
    completed_metric_id,
    adopted_metric_id,
    key_supervised_metric_id,
    filing_rate_metric_id,
    completion_rate_metric_id,
    satisfaction_rate_metric_id,
    adoption_rate_metric_id,
    set_aside_metric_ids,
    document_id  -- the text the row is read from (mart_proposal_funnel leaves it out)
from computed
