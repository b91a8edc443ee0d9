"""Integration: the snapshot kg/graph/predict.py gives after each write equals the one read back from
the real Neo4j, field by field, over loads, additions, edits, prunes and corrections."""
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph.changes import snapshot_of
from kg.graph.load import read_snapshot
from kg.graph.predict import predict

pytestmark = pytest.mark.neo4j

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
TAJANI = """date 2026-02-10 Tajani vede Albares a Madrid
Madrid, 10 febbraio 2026 - Antonio Tajani, ministro degli Esteri, ha incontrato oggi a Madrid il collega spagnolo José Manuel Albares.
"La cooperazione tra Italia e Spagna è solida", ha detto Tajani dopo il colloquio.
"""
PUTIN = """date 2026-01-23 Putin ha ricevuto Witkoff a Mosca
Mosca, 23 gennaio 2026 - Vladimir Putin ha incontrato ieri a Mosca Steve Witkoff.
"""
KUSHNER = """date 2026-01-30 Kushner a Mosca
Mosca, 30 gennaio 2026 - Jared Kushner e Steve Witkoff hanno incontrato Dmitry Peskov, portavoce del Cremlino.
"Un incontro utile", ha detto Peskov.
"""


@pytest.fixture
def predicted(monkeypatch):
    """The snapshots kg predicts after its writes, in order."""
    seen = []

    def spy(before, change):
        seen.append(predict(before, change))
        return seen[-1]
    monkeypatch.setattr("kg.cli.load_commands.predict", spy)
    return seen


@pytest.fixture
def kg(neo4j_uri, tmp_path, clean_db, predicted):
    """Runs a kg command, then checks the snapshot it predicted against the graph's."""
    def run(*args):
        count = len(predicted)
        result = CliRunner().invoke(cli, [*args, "--uri", neo4j_uri, "--cache-dir", str(tmp_path / "cache")])
        assert result.exit_code == 0, result.output
        assert len(predicted) == count + 1
        assert_same_snapshot(predicted[-1], snapshot_of(read_snapshot(clean_db)))
        return result.output
    return run


def assert_same_snapshot(predicted, read):
    for name in ("articles", "actors", "locations", "meetings", "claims", "loaded_paths", "corrections",
                 "write_token"):
        got, want = getattr(predicted, name), getattr(read, name)
        if isinstance(want, dict):
            assert sorted(got) == sorted(want), name
            for key in want:
                assert got[key] == want[key], (name, key)
        assert got == want, name


def test_predicted_snapshots_equal_the_graph_after_each_write(kg, tmp_path):
    news = tmp_path.resolve() / "news"
    news.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, news / seed.name)
    kg("reload", str(news))                                    # into an empty graph
    (news / "putin.txt").write_text(PUTIN, encoding="utf-8")
    (news / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("reload")                                               # two new articles
    (news / "kushner.txt").write_text(KUSHNER, encoding="utf-8")
    kg("reload")                                               # full names the older articles use
    (news / "tajani.txt").write_text(TAJANI.replace("Madrid", "Lisbona"), encoding="utf-8")
    kg("reload")                                               # one edited
    (news / "putin.txt").unlink()
    kg("reload", "--prune")                                    # one removed
    more = tmp_path.resolve() / "more"
    more.mkdir()
    for seed in SEEDS[3:]:
        shutil.copy(seed, more / seed.name)
    kg("reload", str(more))                                    # another folder
    (more / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("load", str(more))                                      # kg load: the same machinery


@pytest.mark.parametrize("command, names", [("split", ("Jared Kushner", "Kushner")),
                                            ("merge", ("Steve Witkoff", "Witkoff"))])
def test_predicted_snapshots_equal_the_graph_after_corrections(kg, tmp_path, command, names):
    news = tmp_path.resolve() / "news"
    news.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, news / seed.name)
    (news / "kushner.txt").write_text(KUSHNER, encoding="utf-8")
    fixes = str(tmp_path / "kg-corrections.json")
    kg("reload", str(news), "--corrections", fixes)
    result = CliRunner().invoke(cli, [command, *names, "--corrections", fixes])
    assert result.exit_code == 0, result.output
    kg("reload", "--corrections", fixes)
    Path(fixes).unlink()
    kg("reload", "--corrections", fixes)
