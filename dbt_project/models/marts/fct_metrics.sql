-- One row per quantity mention: the CONTRACT.md columns, plus parent_metric_id for 其中 sub-totals.
select * from {{ ref('int_metrics') }}
