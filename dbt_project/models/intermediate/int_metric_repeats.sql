-- A fact stated more than once (a headline and its article's body, a report and a news item on the
-- same body and year) counts once: each later statement points to the first one. Two figures state
-- one fact when body, year, period, category, unit and value agree and their subjects are alike
-- (one holds the other, or they share at least 60% of their characters) in different sentences. A
-- sentence is a place in a text (its document and where it begins: raw.mentions.sentence_start), not
-- its words: a sentence written twice (two sites' copies of one press release, a page whose text
-- appears twice) states its facts twice, the later copy a repeat; two figures of one sentence never
-- repeat each other (提案100件,其中100件已办复).
--
-- Linear in figures: a fact (one body, year, period, category, unit, value and kind) may be stated
-- by thousands of figures (synthetic corpora) but with few distinct subjects, so subjects are
-- compared, never pairs of figures. Per subject: its first figure, and its first figure in another
-- sentence than that one. Per subject again, over the subjects alike to it: the first figure
-- (`first`) and the first in another sentence than first's (`second`). A figure's first statement is
-- `first`, or `second` when `first` is in the figure's own sentence; and only if it comes before it.
--
-- Incremental, by fact: a changed-only build recomputes the facts the changed documents state now or
-- whose first statement was in one of them (every figure of those facts, in any document, a row each,
-- null when it repeats nothing), replaces those figures' rows (unique_key) and then drops the nulls.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='metric_id',
          pre_hook="{{ delete_changed() }}",
          post_hook="delete from {{ this }} where repeat_of_metric_id is null") }}
{%- set restating = is_incremental() and changed_only() %}
with stated as (
    -- a sentence is where it begins (its document is added below, as a number), not its words
    select metric_id, document_id, char_start, sentence_start, coalesce(subject, '') as subject,
           -- the seven columns that must agree, as one key (a 64-bit hash: two facts share one about
           -- once in 10^7 corpora of two million figures)
           hash(org_name, report_year, period, category, unit, value, value_kind) as fact_id
    from {{ ref('int_metrics') }}
    -- a null in any of the seven columns states no fact another figure can repeat
    where org_name is not null and report_year is not null and category is not null
      and period is not null and unit is not null and value is not null and value_kind is not null
),
{%- if restating %}

restated as (
    select fact_id from stated where document_id in {{ changed_documents() }}
    union
    select fact_id from {{ this }} where repeat_of_document_id in {{ changed_documents() }}
),

stated_again as (
    select * from stated where fact_id in (select fact_id from restated)
),
{%- else %}

stated_again as (
    select * from stated
),
{%- endif %}

documents as (
    select document_id, row_number() over (order by document_id) as document_order
    from (select distinct document_id from stated_again)
),

figures as (
    -- "order": reading order over the corpus (by document, then offset) as one number, without
    -- sorting the figures; "sentence_key": the sentence's place the same way (document, its start)
    select stated.metric_id, stated.document_id, stated.fact_id, stated.subject,
           documents.document_order * 4294967296 + stated.sentence_start as sentence_key,
           documents.document_order * 4294967296 + stated.char_start as "order"
    from stated_again as stated
    join documents using (document_id)
),

subject_firsts as (
    select fact_id, subject, min("order") as first_order, arg_min(sentence_key, "order") as first_sentence
    from figures
    group by fact_id, subject
),

subject_seconds as (
    -- the subject's first figure in another sentence than its first figure's
    select figures.fact_id, figures.subject, min(figures."order") as second_order
    from figures
    join subject_firsts as firsts using (fact_id, subject)
    where figures.sentence_key <> firsts.first_sentence
    group by figures.fact_id, figures.subject
),

subjects as (
    select fact_id, subject, firsts.first_order, firsts.first_sentence, seconds.second_order
    from subject_firsts as firsts
    left join subject_seconds as seconds using (fact_id, subject)
),

alike as (
    -- each subject with every subject of its fact alike to it (itself included)
    select ours.fact_id, ours.subject, theirs.first_order, theirs.first_sentence, theirs.second_order
    from subjects as ours
    join subjects as theirs
        on theirs.fact_id = ours.fact_id
        and (theirs.subject = ours.subject
             or (theirs.subject <> '' and ours.subject <> ''
                 and (contains(theirs.subject, ours.subject) or contains(ours.subject, theirs.subject)
                      or jaccard(theirs.subject, ours.subject) >= 0.6)))
),

alike_firsts as (
    select fact_id, subject, min(first_order) as first_order, arg_min(first_sentence, first_order) as first_sentence
    from alike
    group by fact_id, subject
),

alike_seconds as (
    -- over the alike subjects, the first figure in another sentence than alike_firsts': a subject's
    -- first figure when in another sentence, else its own second
    select alike.fact_id, alike.subject,
           min(case when alike.first_sentence <> firsts.first_sentence then alike.first_order
                    else alike.second_order end) as second_order
    from alike
    join alike_firsts as firsts using (fact_id, subject)
    group by alike.fact_id, alike.subject
),

repeats as (
    select figures.metric_id, figures.document_id, figures.fact_id, figures."order",
           case when firsts.first_sentence <> figures.sentence_key then firsts.first_order
                else seconds.second_order end as first_order
    from figures
    join alike_firsts as firsts using (fact_id, subject)
    join alike_seconds as seconds using (fact_id, subject)
)

select repeats.metric_id, repeats.document_id, repeats.fact_id,
       firsts.metric_id as repeat_of_metric_id, firsts.document_id as repeat_of_document_id
from repeats
left join figures as firsts on firsts."order" = repeats.first_order and repeats.first_order < repeats."order"
{%- if not restating %}
where firsts.metric_id is not null
{%- endif %}
