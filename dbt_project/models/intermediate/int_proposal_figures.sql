-- Proposal figures (actual period) with their funnel stage: the keyword of seeds proposal_stages
-- that ends last in the subject (Chinese phrases are head-final). A rate with no keyword of its
-- own that follows a count in the same sentence (采纳917件、占92.3%) is that count's rate.
with figures as (
    select
        m.*,
        row_number() over (partition by m.document_id order by m.char_start) as figure_order
    from {{ ref('int_metrics') }} as m
    where m.category = 'proposals' and m.period = 'actual'
),

keyword_hits as (
    select
        f.metric_id,
        s.stage,
        s.kind,
        row_number() over (
            partition by f.metric_id
            order by instr(f.subject, s.keyword) + length(s.keyword) desc, length(s.keyword) desc
        ) as rank
    from figures as f
    join {{ ref('proposal_stages') }} as s
        on instr(f.subject, s.keyword) > 0
        and (s.kind = 'rate') = (f.unit = '%')
),

staged as (
    select
        f.*,
        h.stage as own_stage,
        lag(h.stage) over (partition by f.document_id order by f.char_start) as previous_stage,
        lag(f.sentence) over (partition by f.document_id order by f.char_start) as previous_sentence
    from figures as f
    left join keyword_hits as h on h.metric_id = f.metric_id and h.rank = 1
)

select
    metric_id,
    document_id,
    org_name,
    report_year,
    value,
    unit,
    subject,
    sentence,
    char_start,
    coalesce(
        own_stage,
        case
            when unit = '%' and previous_sentence = sentence then
                case previous_stage
                    when 'adopted' then 'adoption_rate'
                    when 'completed' then 'completion_rate'
                    when 'filed' then 'filing_rate'
                end
        end
    ) as stage
from staged
