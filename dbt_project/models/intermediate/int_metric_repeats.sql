-- A fact stated more than once (a headline and its article's body, a report and a news item on the
-- same body and year) counts once: each later statement points to the first one. Two figures state
-- one fact when body, year, period, category, unit and value agree and their subjects are alike
-- (one holds the other, or they share at least 60% of their characters) in different sentences.
with figures as (
    select metric_id, document_id, char_start, org_name, report_year, period, category, unit, value,
           value_kind, hash(sentence) as sentence_key, coalesce(subject, '') as subject
    from {{ ref('int_metrics') }}
    where org_name is not null and report_year is not null and category is not null
),

pairs as (
    select later.metric_id, earlier.metric_id as first_metric_id,
           row_number() over (partition by later.metric_id
                              order by earlier.document_id, earlier.char_start) as nth
    from figures as later
    join figures as earlier
        on earlier.org_name = later.org_name
        and earlier.report_year = later.report_year
        and earlier.period = later.period
        and earlier.category = later.category
        and earlier.unit = later.unit
        and earlier.value = later.value
        and earlier.value_kind = later.value_kind
        and (earlier.document_id < later.document_id
             or (earlier.document_id = later.document_id and earlier.char_start < later.char_start))
    -- one sentence states two facts (3条采用, 3条获批示); compared by a hash, so the join's hash table
    -- holds no sentence texts (a 1 GB corpus ran out of DuckDB's 2GB memory limit here)
    where earlier.sentence_key <> later.sentence_key
      and (earlier.subject = later.subject
       or (earlier.subject <> '' and later.subject <> ''
           and (contains(earlier.subject, later.subject) or contains(later.subject, earlier.subject)
                or jaccard(earlier.subject, later.subject) >= 0.6)))
)

select metric_id, first_metric_id as repeat_of_metric_id
from pairs
where nth = 1
