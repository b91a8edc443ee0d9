"""Graph records -> Neo4j: schema first, then each load query in batches of UNWIND rows.

The only module that talks to Neo4j. Every batch is one managed write transaction, safe to retry
because the Cypher only MERGEs; loading the same articles twice leaves the same graph.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Iterable, Iterator

import neo4j

from kg.cypher import query, report_query, statements
from kg.graph import GraphRecords

BATCH_SIZE = 500
PARAMETER = re.compile(r"\$(\w+)")


@dataclass
class LoadStats:
    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0


def open_driver(uri: str, user: str | None, password: str | None) -> neo4j.Driver:
    auth = (user, password) if password else None
    return neo4j.GraphDatabase.driver(uri, auth=auth)


def ensure_schema(driver: neo4j.Driver, *, database: str | None = None) -> None:
    for statement in statements("schema"):
        driver.execute_query(statement, database_=database)


def load_records(driver: neo4j.Driver, records: GraphRecords, *, database: str | None = None,
                 batch_size: int = BATCH_SIZE) -> LoadStats:
    ensure_schema(driver, database=database)
    stats = LoadStats(rows=records.counts())
    loaded_at = datetime.now(timezone.utc)      # one time for the whole load: "new since last load"
    with driver.session(database=database) as session:
        for name, rows in records.rows.items():
            cypher = query(name)
            for batch in batched(rows, batch_size):
                counters = session.execute_write(_write_batch, cypher, batch, loaded_at)
                stats.nodes_created += counters.nodes_created
                stats.relationships_created += counters.relationships_created
                stats.properties_set += counters.properties_set
    return stats


def _write_batch(tx: neo4j.ManagedTransaction, cypher: str, rows: list[dict], loaded_at: datetime
                 ) -> neo4j.SummaryCounters:
    return tx.run(cypher, rows=rows, loaded_at=loaded_at).consume().counters


def graph_counts(driver: neo4j.Driver, *, database: str | None = None) -> dict[str, int]:
    records, _, _ = driver.execute_query(query("graph_counts"), database_=database,
                                         routing_=neo4j.RoutingControl.READ)
    return dict(records[0])


def run_report(driver: neo4j.Driver, name: str, params: dict[str, Any] | None = None, *,
               database: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of a canned report; parameters the caller leaves out are null (no filter)."""
    cypher = report_query(name)
    given = dict(params or {})
    values = {p: given.pop(p, None) for p in dict.fromkeys(PARAMETER.findall(cypher))}
    if given:
        raise ValueError(f"report {name} takes no parameter {', '.join(sorted(given))}")
    records, _, keys = driver.execute_query(cypher, values, database_=database,
                                            routing_=neo4j.RoutingControl.READ)
    return list(keys), [[plain(record[k]) for k in keys] for record in records]


def plain(value: Any) -> Any:
    """Neo4j temporal values -> ISO strings, so every renderer can print them."""
    return value.iso_format() if hasattr(value, "iso_format") else value


def batched(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch
