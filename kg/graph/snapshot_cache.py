"""The snapshot the last write left, kept beside the extraction cache, so that the next load or reload
need not read the whole graph (2.5 s of 10,000 articles under a profiler): it is the graph's while the
graph's write token (cypher/write_token.cypher, a new one in every write's transaction) is the one kept
with it. A write that never finishes leaves the old token, one that finishes but dies before the file
is written leaves a token no file holds: either way the next run reads the graph. One pickle, written
atomically, valid for the code that predicts and reads snapshots (kg/graph, cypher/).
"""
from __future__ import annotations

from pathlib import Path

from kg.graph.changes import Snapshot
from kg.graph.cypher import CYPHER_DIR
from kg.kept import keep_pickle_aside, kept_pickle, sources_digest

SNAPSHOT_FILE = "graph-snapshot.pickle"
GRAPH_DIR = Path(__file__).resolve().parent


def snapshot_code_key() -> bytes:
    return sources_digest(GRAPH_DIR, ("*.py",)) + sources_digest(CYPHER_DIR, ("*.cypher",))


def kept_snapshot(folder: Path) -> Snapshot | None:
    """The snapshot kept in `folder`, None when there is none this code wrote."""
    kept = kept_pickle(folder / SNAPSHOT_FILE)
    if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == snapshot_code_key()):
        return None
    return kept[1] if isinstance(kept[1], Snapshot) else None


def keep_snapshot(folder: Path, snapshot: Snapshot) -> None:
    """Keep `snapshot` (tagged with the write token it holds) for the next run, replacing the old one."""
    keep_pickle_aside(folder / SNAPSHOT_FILE, (snapshot_code_key(), snapshot))
