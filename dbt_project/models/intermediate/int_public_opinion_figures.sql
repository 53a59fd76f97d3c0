-- 社情民意信息 figures (actual period) with their stage: the keyword of seeds public_opinion_stages
-- that ends last in the subject, else in the sentence before the figure.
--
-- Incremental, by figure: a figure's row depends on its fct_metrics row alone, and in a document that
-- did not change only its repeat link can (int_metric_repeats). A changed-only build drops the rows of
-- the changed documents and of figures that no longer qualify (a repeat now), then adds every
-- qualifying figure without a row (the changed documents', and a figure that no longer repeats one).
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed_figures(public_opinion_own_work()) }}") }}
with figures as (
    select * from {{ ref('fct_metrics') }}
    where {{ public_opinion_own_work() }}
    {%- if is_incremental() and changed_only() %}
      and metric_id not in (select metric_id from {{ this }})
    {%- endif %}
),

hits as (
    -- ranked: a keyword in the subject first, ending last; else one in the sentence before the figure,
    -- ending last; else one after it (the keyword, then the stage, break ties: the same rows every build)
    select
        f.metric_id,
        s.stage,
        row_number() over (
            partition by f.metric_id
            order by (instr(f.subject, s.keyword) > 0) desc,
                     instr(f.subject, s.keyword) + length(s.keyword) desc,
                     instr(f.words_before, s.keyword) > 0 desc,
                     length(f.words_before) - instr(reverse(f.words_before), reverse(s.keyword)) desc,
                     s.keyword, s.stage
        ) as rank
    from (select *, left(sentence, greatest(strpos(sentence, mention_text) - 1, 0)) as words_before
          from figures) as f
    join {{ ref('public_opinion_stages') }} as s
        on instr(f.subject, s.keyword) > 0 or instr(f.sentence, s.keyword) > 0
)

select
    f.metric_id,
    f.document_id,
    f.org_name,
    f.report_year,
    f.value,
    f.unit,
    f.subject,
    f.sentence,
    coalesce(h.stage, 'submitted') as stage
from figures as f
left join hits as h on h.metric_id = f.metric_id and h.rank = 1
