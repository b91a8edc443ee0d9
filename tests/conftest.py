"""Fixtures for tests marked @pytest.mark.neo4j: a Neo4j of the tests' own (kg/server.py).

The session starts its own server, on its own ports and home (data folder), and stops it at the
end. It never uses, nor wipes, a server it did not start: if anything already answers on the test
ports, or the home belongs to another server, the tests fail and say why. If the server can't
start, the tests fail too: a skipped integration test would hide a broken product.

KG_TEST_NEO4J_HOME, KG_TEST_BOLT_PORT, KG_TEST_HTTP_PORT choose another home and other ports, so
two test sessions can run at once.
"""
import builtins
import json
import os
import shutil
import socket
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from kg import server

TEST_HOME = server.PROJECT_ROOT / ".neo4j-test"
TEST_BOLT_PORT = 7688
TEST_HTTP_PORT = 7475
# Written into a home the tests created: only such a home's database is wiped by the tests.
TEST_HOME_MARK = ".kg-test-home"


def test_server_config() -> server.ServerConfig:
    return server.ServerConfig(home=Path(os.environ.get("KG_TEST_NEO4J_HOME", TEST_HOME)),
                               bolt_port=int(os.environ.get("KG_TEST_BOLT_PORT", TEST_BOLT_PORT)),
                               http_port=int(os.environ.get("KG_TEST_HTTP_PORT", TEST_HTTP_PORT)))


def not_ours(cfg: server.ServerConfig) -> str | None:
    """Why the tests must not start a server with cfg, or None."""
    user_home = server.ServerConfig().home.resolve()
    if cfg.home.resolve() == user_home:
        return f"the test home {cfg.home} is the home of `kg db start`: set KG_TEST_NEO4J_HOME to another folder"
    running = server.status(cfg)
    if running.running:
        return f"a server the tests did not start already runs from {cfg.home} (pid {running.pid})"
    if (cfg.home / "data").exists() and not (cfg.home / TEST_HOME_MARK).exists():
        return (f"{cfg.home} holds a database the tests did not create: set KG_TEST_NEO4J_HOME to a new "
                "folder (the tests wipe their database)")
    for port in (cfg.bolt_port, cfg.http_port):
        if port_in_use(port):
            return (f"something already listens on port {port}; the tests never use a server they did not "
                    "start: stop it, or set KG_TEST_BOLT_PORT and KG_TEST_HTTP_PORT to free ports")
    return None


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def prepare_home(cfg: server.ServerConfig) -> None:
    """Mark the home as the tests', and share the jars of `kg db start` if it has them (no download)."""
    cfg.home.mkdir(parents=True, exist_ok=True)
    (cfg.home / TEST_HOME_MARK).touch()
    user_lib = server.ServerConfig().home / "lib"
    if not (cfg.home / "lib").exists() and server.installed(server.ServerConfig()):
        (cfg.home / "lib").symlink_to(user_lib.resolve())


@pytest.fixture(scope="session")
def neo4j_server() -> server.ServerConfig:
    """The tests' own server, installed, started by this session and answering."""
    cfg = test_server_config()
    error = not_ours(cfg)
    if error is None:
        try:
            prepare_home(cfg)
            server.install(cfg)
            server.start(cfg)
        except server.ServerError as e:
            server.stop(cfg)        # what this session launched, if it still runs
            error = str(e)
    if error:  # failed outside the except block, so pytest doesn't print the message twice
        pytest.fail(f"The tests' Neo4j did not start, so the tests that need it cannot run:\n{error}",
                    pytrace=False)
    yield cfg
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
    """An empty database for this test (constraints and indexes are kept): the session's own server."""
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


@pytest.fixture
def unreadable(monkeypatch):
    """make(path): reading the file or listing the folder at path fails with PermissionError, as
    for a user without the right; as root (who may read anything) by patching the calls kg makes."""
    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0)
            return
        denied = str(path)

        def guard(name: str, original):
            def call(target, *args, **kwargs):
                if str(target) == denied:
                    raise PermissionError(13, "Permission denied", denied)
                return original(target, *args, **kwargs)
            return call
        monkeypatch.setattr(os, "scandir", guard("scandir", os.scandir))
        monkeypatch.setattr(Path, "read_bytes", guard("read_bytes", Path.read_bytes))
        monkeypatch.setattr(builtins, "open", guard("open", builtins.open))
    return make


# --- a corpus of real articles, and what a graph of it looks like ---------------------------

DEV_SET = server.PROJECT_ROOT.parent / "shared" / "eval" / "dev.json"


@pytest.fixture(scope="session")
def eval_corpus(tmp_path_factory) -> list[Path]:
    """The seeds and the dev articles of ../shared/eval, one .txt file each (read at test time)."""
    if not DEV_SET.exists():
        pytest.fail(f"{DEV_SET} is missing: the load-order and fault tests run on the seeds and the dev articles",
                    pytrace=False)
    folder = tmp_path_factory.mktemp("corpus").resolve()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / f"seed_{seed.name}")
    for article in json.loads(DEV_SET.read_text(encoding="utf-8"))["articles"]:
        (folder / f"dev_{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    return sorted(folder.glob("*.txt"))


@pytest.fixture(scope="session")
def eval_cache(tmp_path_factory) -> str:
    """One extraction cache for the tests of eval_corpus: spaCy reads each article once a session."""
    return str(tmp_path_factory.mktemp("kg-cache"))


def graph_fingerprint(driver) -> dict:
    """Counts by label and by relationship type, the names of actors and places, the meeting ids
    (LoadedPath, the paths given, is bookkeeping and left out)."""
    labels, _, _ = driver.execute_query("MATCH (n) WHERE NOT n:LoadedPath "
                                        "UNWIND labels(n) AS label RETURN label, count(*) AS n")
    types, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    names, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:Actor OR n:Location RETURN labels(n) AS labels, n.name AS name")
    meetings, _, _ = driver.execute_query("MATCH (m:Meeting) RETURN m.id AS id")
    return {"labels": sorted((r["label"], r["n"]) for r in labels),
            "types": sorted((r["type"], r["n"]) for r in types),
            "names": sorted(f"{'/'.join(sorted(r['labels']))} {r['name']}" for r in names),
            "meetings": sorted(r["id"] for r in meetings)}


@pytest.fixture(scope="session")
def fingerprint():
    return graph_fingerprint
