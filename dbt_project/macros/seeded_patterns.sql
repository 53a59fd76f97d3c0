{#
  regexp_matches(text, prefix || <seed column> || suffix) where the pattern comes from a seed: DuckDB
  compiles a pattern that is not a constant anew for every row (a 100 MB corpus: 5 s of CPU for the
  actor cues, 7 s for the handler cues). Written out as one CASE branch per value of the seed's
  column, each with its pattern as a constant, a pattern is compiled once; the seed stays the one
  place the words are kept. When dbt only parses, or the seed is not built yet, the plain call.
  ``column``: the seed's column as the query names it (h.pattern); its values are read from ``seed``,
  from the rows ``where`` selects when given (a condition on the seed's columns, as seeded_alternation
  takes: the rows the query's join can meet, so that only their values get a branch; a value outside
  them still matches, by the plain call of the ELSE branch).
  ``prefix_sql``: a SQL expression of constant strings put before ``prefix`` (a regex constant from
  seeded_alternation, with what surrounds it: "'^' || " ~ words ~ " || '*'"); still a constant pattern.
#}
{% macro regexp_matches_seeded(text, column, seed, prefix='', suffix='', where=none, prefix_sql=none) -%}
    {%- set values = [] -%}
    {%- if execute and adapter.get_relation(seed.database, seed.schema, seed.identifier) is not none -%}
        {%- set name = column.split('.')[-1] -%}
        {%- set values = run_query("select distinct " ~ name ~ " from " ~ seed
                                   ~ (" where " ~ where if where is not none else "")
                                   ~ " order by 1").columns[0].values() -%}
    {%- endif -%}
    {%- set head = (prefix_sql ~ " || " if prefix_sql is not none else "") -%}
    {%- if values | length == 0 -%}
        regexp_matches({{ text }}, {{ head }}{{ _sql_string(prefix) }} || {{ column }} || {{ _sql_string(suffix) }})
    {%- else -%}
        case {{ column }}
        {%- for value in values %}
            when {{ _sql_string(value) }} then regexp_matches({{ text }}, {{ head }}{{ _sql_string(prefix ~ value ~ suffix) }})
        {%- endfor %}
            else regexp_matches({{ text }}, {{ head }}{{ _sql_string(prefix) }} || {{ column }} || {{ _sql_string(suffix) }})
        end
    {%- endif -%}
{%- endmacro %}

{% macro _sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}

{#
  A regex alternation '(?:a|b|c)' of a seed column's values in the rows ``where`` selects, longest first,
  written into the model as a constant (compiled once), e.g. the quantifiers of seeds proposal_stages kind
  in_full. The values are plain words (as instr matches them elsewhere), not patterns: a regex
  metacharacter in one is escaped (unlike regexp_matches_seeded, whose seed columns hold patterns). With
  ``gap``, a … in a value stands for that pattern (除…外: 除, up to a clause's words, 外). When dbt only
  parses, or the seed is not built yet, a subquery computing the same string.
#}
{% macro seeded_alternation(seed, column, where, gap=none) -%}
    {%- set values = [] -%}
    {%- if execute and adapter.get_relation(seed.database, seed.schema, seed.identifier) is not none -%}
        {%- set values = run_query("select distinct " ~ column ~ " from " ~ seed ~ " where " ~ where
                                   ~ " order by length(" ~ column ~ ") desc, 1").columns[0].values() -%}
    {%- endif -%}
    {%- if values | length == 0 -%}
        {%- set escaped = "regexp_replace(" ~ column ~ ", '([.^$|?*+()\\[\\]{}\\\\])', '\\\\\\1', 'g')" -%}
        {%- if gap is not none -%}
            {%- set escaped = "replace(" ~ escaped ~ ", '…', " ~ _sql_string(gap) ~ ")" -%}
        {%- endif -%}
        (select '(?:' || string_agg({{ escaped }}, '|' order by length({{ column }}) desc, {{ column }}) || ')'
         from {{ seed }} where {{ where }})
    {%- else -%}
        {%- set words = [] -%}
        {%- for value in values -%}
            {%- set word = _regex_escape(value) -%}
            {%- do words.append(word | replace('…', gap) if gap is not none else word) -%}
        {%- endfor -%}
        {{ _sql_string('(?:' ~ words | join('|') ~ ')') }}
    {%- endif -%}
{%- endmacro %}

{# ``value`` with each regex metacharacter escaped by a backslash (Python's re.escape of a plain word). #}
{% macro _regex_escape(value) -%}
    {%- set escaped = namespace(text=value | replace('\\', '\\\\')) -%}
    {%- for char in '.^$|?*+()[]{}' -%}
        {%- set escaped.text = escaped.text | replace(char, '\\' ~ char) -%}
    {%- endfor -%}
    {{ escaped.text }}
{%- endmacro %}
