"""Integration: the snapshot a write keeps beside the extraction cache stands in for reading the graph
only while the graph's write token is the one kept with it (kg/graph/snapshot_cache.py)."""
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph import load as graph_load
from kg.graph.changes import snapshot_of
from kg.graph.load import read_snapshot, read_write_token
from kg.graph.snapshot_cache import kept_snapshot

pytestmark = pytest.mark.neo4j

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
TAJANI = """date 2026-02-10 Tajani vede Albares a Madrid
Madrid, 10 febbraio 2026 - Antonio Tajani, ministro degli Esteri, ha incontrato oggi a Madrid il collega spagnolo José Manuel Albares.
"""


@pytest.fixture
def reads(monkeypatch):
    """How many times kg read the whole graph."""
    count = [0]

    def counted(*args, **kwargs):
        count[0] += 1
        return read_snapshot(*args, **kwargs)
    monkeypatch.setattr("kg.cli.load_commands.read_snapshot", counted)
    return count


@pytest.fixture
def news(tmp_path):
    folder = tmp_path.resolve() / "news"
    folder.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def kg(neo4j_uri, tmp_path):
    def run(*args, exit_code=0):
        result = CliRunner().invoke(cli, [*args, "--uri", neo4j_uri, "--cache-dir", str(tmp_path / "cache")])
        assert result.exit_code == exit_code, result.output
        return result.output
    return run


def kept(tmp_path):
    return kept_snapshot(tmp_path / "cache")


def test_a_write_keeps_the_graphs_snapshot_and_the_next_run_reads_only_the_token(kg, clean_db, news, tmp_path, reads):
    kg("load", str(news))
    assert reads[0] == 1
    token = read_write_token(clean_db)
    assert token and kept(tmp_path) == snapshot_of(read_snapshot(clean_db))
    assert kg("reload") == "Articles: 0 new, 0 changed, 3 unchanged\nNothing changed, nothing written.\n"
    (news / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    assert kg("reload").startswith("Articles: 1 new, 0 changed, 3 unchanged")
    assert reads[0] == 1
    assert read_write_token(clean_db) not in (None, token)
    assert kept(tmp_path) == snapshot_of(read_snapshot(clean_db))


def test_a_run_that_dies_before_keeping_its_snapshot_costs_one_read(kg, clean_db, news, tmp_path, reads, monkeypatch):
    kg("load", str(news))
    monkeypatch.setattr("kg.cli.load_commands.keep_snapshot", lambda folder, snapshot: None)
    (news / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("reload")
    monkeypatch.undo()
    monkeypatch.setattr("kg.cli.load_commands.read_snapshot", lambda *a, **k: (reads.__setitem__(0, reads[0] + 1),
                                                                               read_snapshot(*a, **k))[1])
    reads[0] = 0
    assert kg("reload") == "Articles: 0 new, 0 changed, 4 unchanged\nNothing changed, nothing written.\n"
    assert reads[0] == 1
    assert kept(tmp_path) == snapshot_of(read_snapshot(clean_db))


def test_a_write_that_fails_leaves_the_token_and_the_kept_snapshot_true(kg, clean_db, news, tmp_path, reads,
                                                                       monkeypatch):
    kg("load", str(news))
    token, snapshot = read_write_token(clean_db), kept(tmp_path)

    def fail(*args, **kwargs):
        raise RuntimeError("killed halfway")
    monkeypatch.setattr(graph_load, "_record_paths", fail)
    (news / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("reload", exit_code=1)
    assert read_write_token(clean_db) == token and kept(tmp_path) == snapshot == snapshot_of(read_snapshot(clean_db))


def test_a_graph_emptied_by_hand_is_read_again(kg, clean_db, news, tmp_path, reads):
    kg("load", str(news))
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    assert kg("reload", str(news)).startswith("Articles: 3 new, 0 changed, 0 unchanged")
    assert reads[0] == 2
