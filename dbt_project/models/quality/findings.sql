-- Findings about the documents themselves: figures a report states that cannot all be true (a rate
-- that does not match its counts, a 其中 larger than its total). Only rules whose figures were read
-- with high confidence become findings; they are published, not treated as pipeline failures.
-- Incremental, by document: a finding is read from one document's figures (a funnel check's too).
{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed() }}") }}
select
    substr(md5(document_id || ':' || rule || ':' || metric_ids), 1, 16) as finding_id,
    document_id,
    metric_ids,
    rule,
    'stated ' || stated || ', the counts give ' || computed || ' (' || coalesce(org_name, 'unnamed body') || ' ' || report_year || ')' as detail
from {{ ref('int_funnel_checks') }}
where violated and high_confidence
{%- if is_incremental() and changed_only() %} and document_id in {{ changed_documents() }}{% endif %}
union all
select
    substr(md5(document_id || ':' || rule || ':' || metric_ids), 1, 16),
    document_id,
    metric_ids,
    rule,
    detail
from {{ ref('stg_document_findings') }}{{ where_changed() }}
