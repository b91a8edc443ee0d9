"""Where kg finds Neo4j: bolt:// for one server, neo4j:// and neo4j+s:// (Aura, clusters) with
routing, and a database named after the host."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph.load import uri_and_database

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[:2]


@pytest.mark.parametrize("uri,database,expected", [
    ("bolt://localhost:7687", None, ("bolt://localhost:7687", None)),
    ("neo4j+s://1a2b3c4d.databases.neo4j.io", "neo4j", ("neo4j+s://1a2b3c4d.databases.neo4j.io", "neo4j")),
    ("neo4j://db.example.org:7687/news", None, ("neo4j://db.example.org:7687", "news")),
    ("neo4j+s://1a2b3c4d.databases.neo4j.io/news/", "news", ("neo4j+s://1a2b3c4d.databases.neo4j.io", "news")),
    ("neo4j://db.example.org/news?policy=europe", None, ("neo4j://db.example.org?policy=europe", "news")),
])
def test_a_database_named_in_the_uri_is_the_database(uri, database, expected):
    assert uri_and_database(uri, database) == expected


@pytest.mark.parametrize("uri,database,problem", [
    ("neo4j://db.example.org/news", "sport", "two databases: 'news' in the URI and 'sport'"),
    ("neo4j://db.example.org/news/2026", None, "names one database after the host"),
])
def test_a_uri_that_names_another_database_or_a_path_is_refused(uri, database, problem):
    with pytest.raises(ValueError, match=problem):
        uri_and_database(uri, database)


def test_the_cli_says_in_one_line_which_two_databases_it_was_given():
    result = CliRunner().invoke(cli, ["report", "who-met-whom", "--uri", "neo4j://localhost:1/news",
                                      "--database", "sport"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == ("Error: two databases: 'news' in the URI and 'sport' in "
                                              "--database/NEO4J_DATABASE")


def kg(*args, exit_code=0):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == exit_code, result.output
    return result


@pytest.mark.neo4j
def test_the_neo4j_routing_scheme_loads_and_reports_on_one_server(neo4j_server, clean_db, tmp_path):
    routed = f"neo4j://localhost:{neo4j_server.bolt_port}"
    kg("load", *map(str, SEEDS), "--uri", routed, "--cache-dir", str(tmp_path / "cache"))
    by_bolt = kg("report", "who-met-whom", "--format", "csv", "--uri", neo4j_server.bolt_uri).output
    assert kg("report", "who-met-whom", "--format", "csv", "--uri", routed).output == by_bolt
    assert len(by_bolt.splitlines()) > 1


@pytest.mark.neo4j
def test_the_database_after_the_host_is_the_one_used(neo4j_server, seeded):
    routed = f"neo4j://localhost:{neo4j_server.bolt_port}"
    named = kg("report", "who-met-whom", "--format", "csv", "--uri", routed + "/neo4j").output
    assert named == kg("report", "who-met-whom", "--format", "csv", "--uri", routed).output
    missing = CliRunner().invoke(cli, ["report", "who-met-whom", "--uri", routed + "/nosuchdatabase"])
    assert missing.exit_code == 1
    assert "nosuchdatabase" in missing.output
