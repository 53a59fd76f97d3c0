{#
  ref() and source() without the catalog: views store their SQL, and a view naming its catalog
  ("lvzhi"."raw"."documents") breaks when the file is opened under another name. dbt opens the
  build under the fixed name lvzhi.duckdb (lvzhi.transform: a stable profile keeps partial parsing),
  while the published file is opened as whatever the user called it.
#}
{% macro ref() %}
    {% do return(builtins.ref(*varargs, **kwargs).include(database=false)) %}
{% endmacro %}

{% macro source(source_name, table_name) %}
    {% do return(builtins.source(source_name, table_name).include(database=false)) %}
{% endmacro %}
