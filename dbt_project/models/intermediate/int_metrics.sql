{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed() }}") }}
-- One row per quantity mention with its stable metric_id, the 其中 total it belongs to, and what
-- kind of value it is: a percentage is a share/rate unless the words just before it make it a
-- change (增长250%) or a ratio (相当于去年的150%) — only shares and rates must lie within 0–100 —
-- and whose work it counts (actor: the body, its subordinate bodies, the public; seeds actor_cues).
with mentions as (
    select
        *,
        substr(md5(document_id || ':' || char_start || ':' || char_end), 1, 16) as metric_id
    from {{ ref('stg_mentions') }}{{ where_changed() }}
),

percent_words as (
    -- the (up to) eight characters before a percentage in its clause (simplified script, from the
    -- extractor: no slicing into the document text, which costs in proportion to the offset)
    select document_id, char_start, right(clause_before, 8) as words_before
    from mentions
    where unit = '%'
),

percent_kinds as (
    select words.document_id, words.char_start, max(cues.kind) as kind  -- 'ratio' > 'change'
    from percent_words as words
    join {{ ref('percent_kinds') }} as cues on contains(words.words_before, cues.cue)
    group by words.document_id, words.char_start
),

actor_words as (
    -- the sentence up to the figure (as written; a figure repeated in its sentence takes the first)
    select document_id, char_start, clause_before,
           left(sentence, greatest(strpos(sentence, mention_text) - 1, 0)) as words_before
    from mentions
),

actor_hits as (
    -- a subject cue where it opens the sentence or a clause before the figure; a clause cue in the
    -- figure's own clause (nearest of all)
    select words.document_id, words.char_start, cues.actor, cues.cue,
           case when cues.position = 'clause' then length(words.words_before)
                else length(words.words_before) - strpos(reverse(words.words_before), reverse(cues.cue))
           end as cue_end
    from actor_words as words
    join {{ ref('actor_cues') }} as cues
        on (cues.position = 'clause' and contains(words.clause_before, cues.cue))
        or (cues.position = 'subject' and contains(words.words_before, cues.cue)
            and {{ regexp_matches_seeded('words.words_before', 'cues.cue', ref('actor_cues'), where="position = 'subject'",
                                         prefix='(^|[,，;；:：。!！?？])[^,，;；:：。!！?？与和同及]{0,2}') }})
),

actors as (
    -- the cue that ends nearest the figure decides (the longer on a tie: 委员工作室 over 委员)
    select document_id, char_start, arg_max(actor, cue_end * 100 + length(cue)) as actor
    from actor_hits
    group by document_id, char_start
),

unit_kinds as (
    select unit, any_value(kind) as kind from {{ ref('units') }} group by unit
)

select
    mentions.metric_id,
    mentions.document_id,
    mentions.org_name,
    mentions.report_year,
    mentions.char_start,
    mentions.char_end,
    mentions.mention_text,
    mentions.value,
    mentions.unit,
    mentions.approx,
    mentions.subject,
    mentions.category,
    mentions.period,
    mentions.sentence,
    parents.metric_id as parent_metric_id,
    mentions.numeral_kind,
    case
        when mentions.unit = '%' then coalesce(percent_kinds.kind, 'share')
        when unit_kinds.kind = 'percent_point' then 'change'
        else coalesce(unit_kinds.kind, 'other')
    end as value_kind,
    mentions.year_source,
    mentions.org_source,
    coalesce(actors.actor, 'body') as actor,
    -- where the figure's sentence begins in its text: which statement it is (int_metric_repeats)
    mentions.sentence_start
from mentions
left join mentions as parents
    on parents.document_id = mentions.document_id
    and parents.mention_index = mentions.parent_index
left join percent_kinds
    on percent_kinds.document_id = mentions.document_id
    and percent_kinds.char_start = mentions.char_start
left join actors
    on actors.document_id = mentions.document_id
    and actors.char_start = mentions.char_start
left join unit_kinds on unit_kinds.unit = mentions.unit
