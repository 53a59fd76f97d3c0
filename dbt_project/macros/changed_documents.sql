{#
  A run that changes a few documents rebuilds only their rows. lvzhi's flow lists the new, changed and
  removed documents in raw.changed_documents; when the build is a copy of a warehouse published by
  this same pipeline it runs `dbt build` (a changed-only build), otherwise `dbt build --full-refresh`.
  Per-document models are incremental: in a changed-only build the listed documents' rows are deleted
  and rebuilt, every other row stays; --full-refresh builds them whole, as tables. The models that mix
  documents are tables, rebuilt whole in both. Both give the same rows (tests/test_incremental.py).
  The mode is a flag, not a var: a var that changes makes dbt parse the whole project again.
#}

{# Only a build or run changes rows: `dbt docs generate` (lvzhi docs) compiles and shows each model's whole SQL. #}
{% macro changed_only() -%}
    {{ return(flags.WHICH in ['build', 'run', 'test'] and not flags.FULL_REFRESH) }}
{%- endmacro %}

{% macro changed_documents() -%}
    (select document_id from {{ source('raw', 'changed_documents') }})
{%- endmacro %}

{# `where` for a per-document model's input: only the listed documents' rows when building incrementally. #}
{% macro where_changed(column='document_id') -%}
    {%- if is_incremental() and changed_only() %} where {{ column }} in {{ changed_documents() }}{% endif -%}
{%- endmacro %}

{# The pre-hook of a per-document model: drop the listed documents' rows before their new ones go in. #}
{% macro delete_changed() -%}
    {%- if is_incremental() and changed_only() -%}
        delete from {{ this }} where document_id in {{ changed_documents() }}
    {%- endif -%}
{%- endmacro %}

{#
  Tests of per-document models (the staging views and the incremental models) check the changed
  documents' rows only in a changed-only run (the other rows are those the published run checked);
  tests of the tables rebuilt whole (fct_metrics, whose repeat links can change in any document;
  fct_headline_figures; the marts), and GX's whole-warehouse checks, still see every row. Overrides dbt's macro of the same name.
#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set conditions = [where] if where else [] -%}
    {%- if changed_only() and relation.identifier in ['stg_mentions', 'stg_activities', 'stg_documents',
            'stg_organizations', 'stg_document_findings', 'int_metrics', 'int_proposal_figures',
            'fct_activities'] -%}
        {%- do conditions.append('document_id in ' ~ changed_documents()) -%}
    {%- endif -%}
    {%- if conditions -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ conditions | join(' and ') }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
