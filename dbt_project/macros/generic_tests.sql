{# A column of percentages: every value between 0 and 100 (nulls pass). #}
{% test percentage(model, column_name) %}
select {{ column_name }} from {{ model }}
where {{ column_name }} < 0 or {{ column_name }} > 100
{% endtest %}

{# A row-level arithmetic rule written as SQL; rows where it is false fail. #}
{% test expression_holds(model, expression) %}
select * from {{ model }} where not ({{ expression }})
{% endtest %}
