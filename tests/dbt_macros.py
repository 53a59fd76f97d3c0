"""The macros of dbt_project/macros/seeded_patterns.sql rendered as dbt renders them, against a table in DuckDB
standing for the seed: ``built`` False renders them as dbt does before the seed is built (its parse)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import jinja2

MACROS = Path(__file__).resolve().parents[1] / "dbt_project" / "macros" / "seeded_patterns.sql"


class _Seed:
    """The seed's relation, as ref() gives it: the DuckDB table ``stages``."""
    database, schema, identifier = "memory", "main", "stages"

    def __str__(self):
        return "stages"


class _Column:
    def __init__(self, values):
        self._values = values

    def values(self):
        return self._values


class _Result:
    """run_query's answer: its first column's values."""
    def __init__(self, rows):
        self.columns = [_Column([row[0] for row in rows])]


def render_macro(con: duckdb.DuckDBPyConnection, built: bool, call: str, **context) -> str:
    """The SQL ``{{ call }}`` renders to, with ``seed`` the table ``stages`` of ``con``."""
    environment = jinja2.Environment(extensions=["jinja2.ext.do"])
    template = environment.from_string(MACROS.read_text(encoding="utf-8") + "{{ " + call + " }}")

    class Adapter:
        @staticmethod
        def get_relation(database, schema, identifier):
            return object() if built else None

    return template.render(execute=True, adapter=Adapter, seed=_Seed(),
                           run_query=lambda query: _Result(con.execute(query).fetchall()), **context)
