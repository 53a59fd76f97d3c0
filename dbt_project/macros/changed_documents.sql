{#
  A run that changes a few documents rebuilds only their rows. lvzhi's flow lists the new, changed and
  removed documents in raw.changed_documents; when the build is a copy of a warehouse published by
  this same pipeline it runs `dbt build` (a changed-only build), otherwise `dbt build --full-refresh`.
  Per-document models are incremental: in a changed-only build the listed documents' rows are deleted
  and rebuilt, every other row stays; --full-refresh builds them whole, as tables. Most models that mix
  documents are tables, rebuilt whole in both; int_metric_repeats (by fact) and fct_metrics (by
  figure) rebuild what the changed documents reach. Both give the same rows (tests/test_incremental.py).
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
  tests of the tables rebuilt whole (fct_headline_figures; the marts), of those rebuilt by fact or by
  figure (int_metric_repeats, fct_metrics: a repeat link or a flag can change in any document), and
  GX's whole-warehouse checks, still see every row. Overrides dbt's macro of the same name.
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

{#
  fct_metrics in a changed-only build: a figure's row changes when its document changed, or when its
  repeat link (int_metric_repeats: a fact's first statement may be in any document) or its flags
  (quality.flagged_figures: funnel rules span a body's documents) differ from the row published. The
  pre-hook deletes those rows; the model inserts every figure that then has no row.
#}
{% macro metric_flags() -%}
    select metric_id, string_agg(distinct rule, ',' order by rule) as flag_rules
    from {{ ref('flagged_figures') }}
    group by metric_id
{%- endmacro %}

{% macro delete_restated_metrics() -%}
    {%- if is_incremental() and changed_only() -%}
        delete from {{ this }} where document_id in {{ changed_documents() }}
            or metric_id in (
                select published.metric_id
                from {{ this }} as published
                left join {{ ref('int_metric_repeats') }} as repeats using (metric_id)
                left join ({{ metric_flags() }}) as flags using (metric_id)
                where published.repeat_of_metric_id is distinct from repeats.repeat_of_metric_id
                   or published.flag_rules is distinct from flags.flag_rules)
    {%- endif -%}
{%- endmacro %}

{#
  Models with a row per figure of fct_metrics (int_public_opinion_figures, fct_headline_figures): in a
  document that did not change, a figure's fct_metrics row can differ from the published one only in
  its repeat link and flags. Their pre-hook drops the rows of the changed documents and those whose
  figure no longer qualifies (``qualifies``: a condition on fct_metrics' columns) or whose row now reads
  differently (``stale``: a condition on ``published`` joined to fct_metrics as ``metrics``); the
  model then inserts every qualifying figure without a row.
#}
{% macro delete_changed_figures(qualifies=none, stale=none) -%}
    {%- if is_incremental() and changed_only() -%}
        delete from {{ this }} where document_id in {{ changed_documents() }}
        {%- if qualifies %}
            or metric_id not in (select metric_id from {{ ref('fct_metrics') }} where {{ qualifies }})
        {%- endif %}
        {%- if stale %}
            or metric_id in (select published.metric_id from {{ this }} as published
                             join {{ ref('fct_metrics') }} as metrics using (metric_id) where {{ stale }})
        {%- endif %}
    {%- endif -%}
{%- endmacro %}

{# The body's own 社情民意信息 work of the actual period, each fact once (int_public_opinion_figures). #}
{% macro public_opinion_own_work() -%}
    category = 'public_opinion' and period = 'actual' and parent_metric_id is null
    and actor = 'body' and repeat_of_metric_id is null
{%- endmacro %}

{# Why a figure of a headline measure is left out of its total, null when it counts (fct_headline_figures). #}
{% macro headline_exclusion(metrics='metrics') -%}
    case
        when {{ metrics }}.period <> 'actual' then {{ metrics }}.period || ' figure'
        when {{ metrics }}.parent_metric_id is not null then 'part of a total (其中)'
        when {{ metrics }}.actor = 'subordinate' then 'work of subordinate bodies'
        when {{ metrics }}.actor = 'public' then 'work of the public'
        when {{ metrics }}.repeat_of_metric_id is not null then 'repeat of ' || {{ metrics }}.repeat_of_metric_id
    end
{%- endmacro %}

{# A headline figure whose reason to be left out changed (its repeat link did: fct_headline_figures' pre-hook). #}
{% macro headline_restated() -%}
    published.excluded_because is distinct from {{ headline_exclusion('metrics') }}
{%- endmacro %}

{#
  The proposal funnels in a changed-only build (int_proposal_funnel, int_funnel_checks, flagged_figures,
  quality.findings). A funnel row is read from one document's figures of one body and year; only its
  funnel_id (the @<document_id> ending of two texts on one body and year) depends on other documents.
  int_proposal_funnel drops every body and year a changed document reports now or reported before and
  builds those then without a row. A check or a flag of a funnel depends on the funnel row and its
  document: stale when the document changed or the funnel row no longer exists under that funnel_id
  and document.
#}
{% macro funnel_body_year(alias=none) -%}
    {%- set prefix = alias ~ '.' if alias else '' -%}
    coalesce({{ prefix }}org_name, 'unnamed body in ' || {{ prefix }}document_id) || ':' || {{ prefix }}report_year
{%- endmacro %}

{% macro delete_changed_funnels() -%}
    {%- if is_incremental() and changed_only() -%}
        delete from {{ this }} where {{ funnel_body_year() }} in (
            select {{ funnel_body_year() }} from {{ this }} where document_id in {{ changed_documents() }}
            union
            select {{ funnel_body_year() }} from {{ ref('int_proposal_figures') }}
            where document_id in {{ changed_documents() }} and report_year is not null)
    {%- endif -%}
{%- endmacro %}

{# A funnel row as it stands now, by funnel_id and document (a check's or a flag's funnel: stale when gone). #}
{% macro current_funnels() -%}
    (select funnel_id || '|' || document_id from {{ ref('int_proposal_funnel') }})
{%- endmacro %}

{% macro delete_changed_funnel_rows() -%}
    {%- if is_incremental() and changed_only() -%}
        delete from {{ this }} where document_id in {{ changed_documents() }}
            or (funnel_id is not null and funnel_id || '|' || coalesce(document_id, '') not in {{ current_funnels() }})
    {%- endif -%}
{%- endmacro %}
