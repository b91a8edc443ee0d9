"""The benchmarks' own Neo4j: kg's local server (kg/server.py) on ports and a home of its own, never
the default 7687/7474 (a user's graph) nor the tests' ports. Started if needed, stopped after if the
benchmark started it."""
from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from kg import server

BOLT_PORT = 7705
HTTP_PORT = 7715
HOME = Path(tempfile.gettempdir()) / "kg-bench-neo4j"


def add_server_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--bolt-port", type=int, default=BOLT_PORT, help="the benchmark server's Bolt port")
    ap.add_argument("--http-port", type=int, default=HTTP_PORT, help="the benchmark server's HTTP port")
    ap.add_argument("--neo4j-home", type=Path, default=HOME, help="the benchmark server's folder")


def server_config(args: argparse.Namespace) -> server.ServerConfig:
    if server.ServerConfig().bolt_port in (args.bolt_port, args.http_port):
        raise SystemExit("the benchmarks never use the default Neo4j ports: choose others")
    return server.ServerConfig(home=args.neo4j_home, bolt_port=args.bolt_port, http_port=args.http_port)


@contextlib.contextmanager
def bench_server(cfg: server.ServerConfig) -> Iterator[server.ServerConfig]:
    """The server, started if needed and stopped after, also when the benchmark is stopped (SIGTERM)."""
    server.install(cfg)
    info = server.start(cfg)
    print(info.message, flush=True)
    stopped = signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(f"stopped (signal {signum})"))
    try:
        yield cfg
    finally:
        signal.signal(signal.SIGTERM, stopped)
        if info.started:
            server.stop(cfg)
