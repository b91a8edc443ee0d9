"""kg's batched loader against a per-row MERGE loader: the same graph records, the same server,
the same run.

- batched: kg/graph/load.py's load_records, each load query's rows sent UNWIND $rows in batches of
  BATCH_SIZE, one transaction per batch;
- per row: the same cypher/load_*.cypher queries, one row per transaction (one MERGE of a node or a
  relationship per round trip, as a loader that writes row by row does).
Only the batching differs. After one untimed load with each (the schema, the server's query plans),
each run empties the database before each loader, and checks that both built the same graph; the
median times and their ratio are printed last.

Usage (from the project root):
    .venv/bin/python -m bench.loader                        # the dev articles of ../shared/eval
    .venv/bin/python -m bench.loader /tmp/dice-500 --runs 3 # real news: a folder of DICE articles
The records come from `kg.pipeline.run` (extractions cached in --cache-dir). It starts its own Neo4j
on ports 7705/7715 (bench/neo4j_server.py) and stops it at the end.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import neo4j

from bench.extract_speed import articles_from
from bench.neo4j_server import add_server_arguments, bench_server, server_config
from bench.scale import empty_database, machine
from kg import pipeline
from kg.graph.cypher import query
from kg.graph.load import BATCH_SIZE, ensure_schema, graph_counts, load_records
from kg.graph.records import GraphRecords, graph_records


def load_row_by_row(driver: neo4j.Driver, records: GraphRecords) -> None:
    ensure_schema(driver)
    loaded_at = datetime.now(timezone.utc)
    with driver.session() as session:
        for name, rows in records.rows.items():
            cypher = query(name)
            for row in rows:
                session.execute_write(lambda tx: tx.run(cypher, rows=[row], loaded_at=loaded_at).consume())


def timed_load(driver: neo4j.Driver, uri: str, records: GraphRecords, loader) -> tuple[float, dict]:
    empty_database(uri)
    started = time.perf_counter()
    loader(driver, records)
    return time.perf_counter() - started, graph_counts(driver)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="articles (default: ../shared/eval/dev.json's texts)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache-dir", default=str(Path(tempfile.gettempdir()) / "kg-bench-cache"))
    add_server_arguments(ap)
    args = ap.parse_args()
    records = graph_records(pipeline.run(articles_from(args.paths), cache_dir=args.cache_dir))
    rows = sum(records.counts().values())
    print(f"{rows} records ({', '.join(f'{n} {k}' for k, n in records.counts().items())})", flush=True)
    batched, per_row = [], []
    with bench_server(server_config(args)) as cfg, neo4j.GraphDatabase.driver(cfg.bolt_uri) as driver:
        for loader in (load_records, load_row_by_row):      # untimed: the schema, the server's query plans
            timed_load(driver, cfg.bolt_uri, records, loader)
        for run in range(args.runs):
            seconds, batched_graph = timed_load(driver, cfg.bolt_uri, records, load_records)
            batched.append(seconds)
            seconds, per_row_graph = timed_load(driver, cfg.bolt_uri, records, load_row_by_row)
            per_row.append(seconds)
            if per_row_graph != batched_graph:
                raise SystemExit(f"the two loaders built different graphs: {batched_graph} / {per_row_graph}")
            print(f"run {run + 1}: batched {batched[-1]:.2f} s, per row {per_row[-1]:.2f} s "
                  f"({per_row[-1] / batched[-1]:.0f}x)", flush=True)
    fast, slow = statistics.median(batched), statistics.median(per_row)
    print(f"\nmedians of {args.runs} runs, {rows} records: batched (UNWIND, {BATCH_SIZE} rows a transaction) "
          f"{fast:.2f} s ({rows / fast:,.0f} rows/s), per-row MERGE {slow:.2f} s ({rows / slow:,.0f} rows/s): "
          f"batched is {slow / fast:.0f}x faster\n{machine()}")


if __name__ == "__main__":
    main()
