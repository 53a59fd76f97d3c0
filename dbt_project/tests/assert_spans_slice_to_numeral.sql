-- Every span must slice the document text to exactly the numeral (offsets are code points).
-- Documents over 2 million characters are left to the GX span check: slicing deep into a huge
-- UTF-8 string costs time in proportion to the offset. A changed-only run checks the changed documents.
select m.document_id, m.char_start, m.char_end, m.numeral
from {{ ref('stg_mentions') }} as m
join {{ ref('stg_documents') }} as d using (document_id)
where d.char_count < 2000000 and (m.char_start < 0
   or m.char_end > d.char_count
   or substring(d.text, m.char_start + 1, m.char_end - m.char_start) != m.numeral)
{% if changed_only() %}  and m.document_id in {{ changed_documents() }}{% endif %}
