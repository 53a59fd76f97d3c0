{#
  A run that changes a few documents rebuilds only their rows. lvzhi's flow lists the new, changed and
  removed documents in raw.changed_documents and passes --vars '{lvzhi_changed_only: true}' (only when
  the build is a copy of a warehouse published by this same pipeline). Per-document models are then
  incremental: their rows of the listed documents are deleted and rebuilt, every other row stays; the
  models that mix documents stay tables, rebuilt whole (they are cheap). Without the var every model
  is a table, built from scratch, as in a full run: both give the same rows.
#}

{% macro changed_only() -%}
    {{ return(var('lvzhi_changed_only', false)) }}
{%- endmacro %}

{# The materialization of a model whose rows each belong to one document. #}
{% macro per_document_materialization() -%}
    {{ return('incremental' if changed_only() else 'table') }}
{%- endmacro %}

{% macro changed_documents() -%}
    (select document_id from {{ source('raw', 'changed_documents') }})
{%- endmacro %}

{# `where` for a per-document model's input: only the listed documents' rows when building incrementally. #}
{% macro where_changed(column='document_id') -%}
    {%- if is_incremental() %} where {{ column }} in {{ changed_documents() }}{% endif -%}
{%- endmacro %}

{# The pre-hook of a per-document model: drop the listed documents' rows before their new ones go in. #}
{% macro delete_changed() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where document_id in {{ changed_documents() }}
    {%- endif -%}
{%- endmacro %}

{#
  Tests of per-document models check the changed documents' rows only in a changed-only run (the
  other rows are those the published run checked); tests of the models that mix documents, and GX's
  whole-warehouse checks, still see every row. Overrides dbt's macro of the same name.
#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set conditions = [where] if where else [] -%}
    {%- if changed_only() and relation.identifier in ['stg_mentions', 'stg_activities', 'stg_documents',
            'stg_organizations', 'stg_document_findings', 'int_metrics', 'int_proposal_figures',
            'fct_metrics', 'fct_activities', 'fct_headline_figures'] -%}
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
