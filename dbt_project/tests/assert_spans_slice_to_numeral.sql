-- Every span must slice the document text to exactly the numeral (offsets are code points).
-- Documents over 2 million characters are left to the GX span check: slicing deep into a huge
-- UTF-8 string costs time in proportion to the offset. A changed-only run checks the changed documents.
-- Each document's spans are gathered into one list, and the texts stream past them: a join whose
-- hash table holds the texts needs about three times the corpus in memory (a 1 GB corpus does not
-- fit DuckDB's memory limit), one of spans holds a few numbers a figure.
select document_id, s.char_start, s.char_end, s.numeral
from (
    select d.document_id, d.text, d.char_count, unnest(m.spans) as s
    from {{ ref('stg_documents') }} as d
    join (
        select document_id, list(struct_pack(char_start, char_end, numeral)) as spans
        from {{ ref('stg_mentions') }}
        {% if changed_only() %}where document_id in {{ changed_documents() }}{% endif %}
        group by document_id
        having count(*) > 0  -- (fewer rows than the documents as DuckDB estimates: the side it hashes)
    ) as m using (document_id)
    where d.char_count < 2000000
        {% if changed_only() %}and d.document_id in {{ changed_documents() }}{% endif %}  -- (no text read for the others)
)
where s.char_start < 0
   or s.char_end > char_count
   or substring(text, s.char_start + 1, s.char_end - s.char_start) != s.numeral
