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
from urllib.parse import urlsplit, urlunsplit

import neo4j

from kg.graph.cypher import query, report_query, statements
from kg.graph.records import GraphRecords, ReloadWrite

BATCH_SIZE = 500
PARAMETER = re.compile(r"\$(\w+)")


@dataclass
class LoadStats:
    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def add(self, counters: neo4j.SummaryCounters) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_deleted += counters.relationships_deleted

    def writes(self) -> dict[str, int]:
        return {"nodes_created": self.nodes_created, "relationships_created": self.relationships_created,
                "nodes_deleted": self.nodes_deleted, "relationships_deleted": self.relationships_deleted,
                "properties_set": self.properties_set}


def uri_and_database(uri: str, database: str | None) -> tuple[str, str | None]:
    """neo4j+s://host/movies -> (neo4j+s://host, "movies"): the database a URI names in its path.
    The driver ignores a path, and would read and write the server's default database instead.
    Raises ValueError when the path is no database name, or names another than `database`."""
    parts = urlsplit(uri)
    named = parts.path.strip("/")
    if not named:
        return uri, database
    if "/" in named:
        raise ValueError(f"{uri}: a URI names one database after the host (neo4j://HOST:7687/DATABASE)")
    if database and database != named:
        raise ValueError(f"two databases: {named!r} in the URI and {database!r} in --database/NEO4J_DATABASE")
    return urlunsplit(parts._replace(path="")), named


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


# --- kg reload -------------------------------------------------------------------------------

GARBAGE_COLLECTION = ("gc_facts", "gc_met", "gc_entities")   # in this order: facts, then what hung on them


def read_snapshot(driver: neo4j.Driver, *, database: str | None = None) -> dict[str, Any]:
    """The one row of cypher/snapshot.cypher (kg/graph/changes.py reads it)."""
    # Quiet: on a new or older graph the query names labels and properties that do not exist yet.
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        return session.execute_read(lambda tx: tx.run(query("snapshot")).single(strict=True).data())


def read_write_token(driver: neo4j.Driver, *, database: str | None = None) -> str | None:
    """The token of kg's last write (cypher/write_token.cypher): a snapshot kept with it is the graph's."""
    records, _, _ = driver.execute_query(query("write_token"), database_=database, routing_=neo4j.RoutingControl.READ)
    return records[0]["token"]


def write_reload(driver: neo4j.Driver, change: ReloadWrite, *, database: str | None = None,
                 batch_size: int = BATCH_SIZE) -> LoadStats:
    """Delete and clear articles, write the records, remember the paths and collect what no article
    holds any more: all in one transaction, so a failure leaves the graph as it was. Safe to retry:
    deleting twice deletes nothing, and the records only MERGE."""
    ensure_schema(driver, database=database)    # schema changes cannot share a transaction with data
    loaded_at = datetime.now(timezone.utc)
    with driver.session(database=database) as session:
        return session.execute_write(_reload_tx, change, loaded_at, batch_size)


def _reload_tx(tx: neo4j.ManagedTransaction, change: ReloadWrite, loaded_at: datetime, batch_size: int
               ) -> LoadStats:
    stats = LoadStats(rows=change.records.counts())
    if change.delete_articles:
        stats.add(tx.run(query("delete_article"), ids=change.delete_articles).consume().counters)
    if change.clear_articles:
        stats.add(tx.run(query("clear_article_facts"), ids=change.clear_articles).consume().counters)
    if change.retire_actors or change.retire_places:
        stats.add(tx.run(query("retire_entities"), actors=change.retire_actors, places=change.retire_places
                         ).consume().counters)
    if change.reset_meetings:
        stats.add(tx.run(query("reset_meetings"), ids=change.reset_meetings).consume().counters)
    for name, rows in change.records.rows.items():
        for batch in batched(rows, batch_size):
            stats.add(_write_batch(tx, query(name), batch, loaded_at))
    for counters in _record_paths(tx, change.article_paths, change.loaded_paths):
        stats.add(counters)
    if change.forget_paths:
        stats.add(tx.run(query("forget_loaded_paths"), paths=change.forget_paths).consume().counters)
    if change.delete_articles or change.clear_articles or change.retire_actors or change.retire_places \
            or change.reset_meetings:
        for name in GARBAGE_COLLECTION:
            stats.add(tx.run(query(name)).consume().counters)
    if change.corrections is not None:
        stats.add(tx.run(query("record_state"), corrections=change.corrections).consume().counters)
    tx.run(query("record_write_token"), token=change.token).consume()     # not counted: no fact of the graph
    return stats


def _record_paths(tx: neo4j.ManagedTransaction, article_paths: list[dict], loaded_paths: list[str]
                  ) -> list[neo4j.SummaryCounters]:
    counters = [tx.run(query("record_article_paths"), rows=batch).consume().counters
                for batch in batched(article_paths, BATCH_SIZE)]
    if loaded_paths:
        counters.append(tx.run(query("record_loaded_paths"), paths=loaded_paths).consume().counters)
    return counters


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
