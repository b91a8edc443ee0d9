"""Fixtures for tests marked @pytest.mark.neo4j: the project's local Neo4j (kg/server.py).

The session starts the server if it isn't running (installing its jars the first time, ~1 min)
and stops it at the end only if it started it. If the server can't start, the tests fail:
a skipped integration test would hide a broken product.
"""
import os
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from kg import server


def test_server_config() -> server.ServerConfig:
    """The project's server; KG_TEST_NEO4J_HOME / KG_TEST_BOLT_PORT / KG_TEST_HTTP_PORT run the tests
    on a second one (two test sessions at once must not wipe each other's data)."""
    default = server.ServerConfig()
    return server.ServerConfig(home=Path(os.environ.get("KG_TEST_NEO4J_HOME", default.home)),
                               bolt_port=int(os.environ.get("KG_TEST_BOLT_PORT", default.bolt_port)),
                               http_port=int(os.environ.get("KG_TEST_HTTP_PORT", default.http_port)))


@pytest.fixture(scope="session")
def neo4j_server() -> server.ServerConfig:
    """The local server's config, with the server installed and answering."""
    cfg = test_server_config()
    try:
        server.install(cfg)
        info = server.start(cfg)
    except server.ServerError as e:
        error = e
    else:
        error = None
    if error:  # failed outside the except block, so pytest doesn't print the message twice
        pytest.fail(f"The local Neo4j did not start, so the tests that need it cannot run:\n{error}",
                    pytrace=False)
    yield cfg
    if info.started:
        server.stop(cfg)


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_server: server.ServerConfig) -> str:
    return neo4j_server.bolt_uri


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_uri: str):
    with GraphDatabase.driver(neo4j_uri) as driver:  # the local server runs without auth
        yield driver


@pytest.fixture
def clean_db(neo4j_driver):
    """An empty database for this test (constraints and indexes are kept)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_driver


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeded(neo4j_uri, neo4j_driver):
    """The seeds, loaded once per test module into an empty database (as clean_db does per test)."""
    from click.testing import CliRunner
    from kg.cli import cli
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    result = CliRunner().invoke(cli, ["load", str(SEEDS), "--uri", neo4j_uri])
    assert result.exit_code == 0, result.output
    return neo4j_uri
