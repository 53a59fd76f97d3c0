{# A column of percentages: every value between 0 and 100 (nulls pass). #}
{% test percentage(model, column_name) %}
select {{ column_name }} from {{ model }}
where {{ column_name }} < 0 or {{ column_name }} > 100
{% endtest %}

{# A row-level arithmetic rule written as SQL; rows where it is false fail. #}
{% test expression_holds(model, expression) %}
select * from {{ model }} where not ({{ expression }})
{% endtest %}

{#
  The cheap column rules of one model in one test (one dbt node, one scan for the row-level rules,
  instead of a node per column and rule: dbt's per-node cost, not the query, dominated the build).
  Each rule holds as dbt's test of the same name: not_null (no null), unique (no non-null value twice;
  a SQL expression is allowed), accepted_values (column: [values]; nulls pass), relationships
  (column: {to: ref('model'), field: column}; every non-null value is found there). A failing rule is
  one row naming its column, the rule, the rows (or duplicated values) that break it and an example:
  for a row rule, the breaking row named by ``identify_by`` (columns that find it; by default the first
  unique column) and the value it holds (document_id=003_… mention_index=12 numeral_kind=roman).
#}
{% test columns_hold(model, not_null=[], unique=[], accepted_values={}, relationships={}, identify_by=none) %}
{%- set keys = identify_by if identify_by is not none else (unique[:1] if unique and modules.re.match('^\w+$', unique[0]) else []) -%}
{%- set row_rules = [] -%}
{%- for column in not_null -%}
    {%- do row_rules.append((column, 'not_null', column ~ ' is null', columns_hold_example(keys, column))) -%}
{%- endfor -%}
{%- for column, values in accepted_values.items() -%}
    {%- set listed = [] -%}
    {%- for value in values -%}{%- do listed.append("'" ~ (value | string | replace("'", "''")) ~ "'") -%}{%- endfor -%}
    {%- do row_rules.append((column, 'accepted_values', column ~ ' not in (' ~ listed | join(', ') ~ ')',
                             columns_hold_example(keys, column))) -%}
{%- endfor -%}
{%- set checks = [] -%}
{#- not materialized: each rule reads the columns it needs from the table; a materialized CTE (DuckDB's
    choice for one used more than once) copied every column of the table, texts included, into memory #}
with checked as not materialized (
    select * from {{ model }}
)
{%- if row_rules %},
row_rules as (
    select
    {%- for column, rule, broken, example in row_rules %}
        count(*) filter (where {{ broken }}) as broken_{{ loop.index }},
        any_value({{ example }}) filter (where {{ broken }}) as example_{{ loop.index }}{{ ',' if not loop.last }}
    {%- endfor %}
    from checked
)
    {%- for column, rule, broken, example in row_rules -%}
        {%- do checks.append("select '" ~ (column | replace("'", "''")) ~ "' as column_name, '" ~ rule
                             ~ "' as rule, broken_" ~ loop.index ~ " as failing_rows, example_" ~ loop.index
                             ~ "::varchar as example from row_rules") -%}
    {%- endfor -%}
{%- endif %}
{%- for column in unique -%}
    {%- do checks.append("select '" ~ (column | replace("'", "''")) ~ "', 'unique', count(*), min(value::varchar) "
                         ~ "from (select " ~ column ~ " as value from checked where " ~ column ~ " is not null "
                         ~ "group by 1 having count(*) > 1)") -%}
{%- endfor -%}
{%- for column, target in relationships.items() -%}
    {%- do checks.append("select '" ~ column ~ "', 'relationships', count(*), min(child.value::varchar) "
                         ~ "from (select " ~ column ~ " as value from checked where " ~ column ~ " is not null) child "
                         ~ "left join " ~ target['to'] ~ " parent on child.value = parent." ~ target['field']
                         ~ " where parent." ~ target['field'] ~ " is null") -%}
{%- endfor %}
select * from (
    {{ checks | join('\n    union all\n    ') if checks else "select null::varchar as column_name, null::varchar as rule, 0 as failing_rows, null::varchar as example" }}
) rules
where failing_rows > 0
{% endtest %}

{# The example a row rule shows: the key columns and the checked column of a breaking row, as
   name=value pairs (a null written null). #}
{% macro columns_hold_example(keys, column) -%}
    {%- set parts = [] -%}
    {%- for name in keys + ([column] if column not in keys else []) -%}
        {%- do parts.append("'" ~ (name | replace("'", "''")) ~ "=' || coalesce(" ~ name ~ "::varchar, 'null')") -%}
    {%- endfor -%}
    {{ parts | join(" || ' ' || ") }}
{%- endmacro %}
