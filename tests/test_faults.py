"""A server with authentication, started by `kg db start` on its own ports and home, and what kg does
when it or Neo4j is killed mid-load (issue 16).

The module's server is its own (the session's ports plus 20000, a home in tmp): killing it never
touches the server the other tests use. kg runs as a real process, `kg load` / `kg reload`, so that
SIGKILL stops it where it is. Every kill is followed by a rerun, and the graph must then be the one a
clean load of the same articles builds (conftest.graph_fingerprint).
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest

from conftest import graph_fingerprint as fingerprint
from kg import server

pytestmark = pytest.mark.neo4j

PASSWORD = "kg-faults-Secret-42"
KG = str(Path(sys.executable).with_name("kg"))
PORT_OFFSET = 20000
RNG_SEED = 16


@pytest.fixture(scope="module")
def guarded(neo4j_server, tmp_path_factory) -> server.ServerConfig:
    """A server of this module's own, with authentication on, started with `kg db start`."""
    home = tmp_path_factory.mktemp("neo4j-auth").resolve()
    (home / "lib").symlink_to(neo4j_server.home.resolve() / "lib")      # the jars, without a download
    cfg = server.ServerConfig(home=home, bolt_port=neo4j_server.bolt_port + PORT_OFFSET,
                              http_port=neo4j_server.http_port + PORT_OFFSET, password=PASSWORD)
    output = db_start(cfg)
    assert PASSWORD not in output
    assert f"Bolt:     {cfg.bolt_uri}" in output and "Authentication is on" in output
    yield cfg
    server.stop(cfg)


def db_start(cfg: server.ServerConfig) -> str:
    done = subprocess.run([KG, "db", "start", "--home", str(cfg.home), "--bolt-port", str(cfg.bolt_port),
                           "--http-port", str(cfg.http_port)], env=kg_env(cfg), cwd=cfg.home,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def kg_env(cfg: server.ServerConfig, password: str | None = PASSWORD, **more) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    env.update(NEO4J_URI=cfg.bolt_uri, NEO4J_USER="neo4j", KG_JOBS="1", **more)
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    return env


@pytest.fixture(scope="module")
def driver(guarded):
    with neo4j.GraphDatabase.driver(guarded.bolt_uri, auth=guarded.auth) as d:
        yield d


@pytest.fixture(scope="module")
def kg(guarded, eval_cache, tmp_path_factory):
    """kg(ARGS): start `kg ARGS` as a process (with the session's extraction cache) and return it."""
    folder = tmp_path_factory.mktemp("kg-run")

    def start(*args, password=PASSWORD) -> subprocess.Popen:
        env = kg_env(guarded, password, KG_CACHE_DIR=eval_cache, KG_CORRECTIONS=str(folder / "kg-corrections.json"))
        return subprocess.Popen([KG, *map(str, args)], env=env, cwd=folder, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return start


def finished(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def ok(process: subprocess.Popen) -> str:
    code, out, err = finished(process)
    assert code == 0, out + err
    return out


# --- authentication ----------------------------------------------------------------------

def test_the_password_lets_kg_in_and_a_wrong_or_missing_one_is_one_line(kg, guarded, eval_corpus, driver):
    driver.execute_query("MATCH (n) DETACH DELETE n")
    assert ok(kg("load", eval_corpus[0])).startswith("Loaded 1 article: ")
    for password, problem in [("not-the-password", "refused the login (AuthError)"), (None, "wants a login")]:
        code, out, err = finished(kg("load", eval_corpus[0], password=password))
        assert (code, out) == (1, "")
        assert err.startswith(f"Error: Neo4j at {guarded.bolt_uri} {problem}") and err.count("\n") == 1, err
        assert "Traceback" not in err and "not-the-password" not in err and PASSWORD not in err


def test_db_status_with_the_password_says_it_answers(guarded):
    done = subprocess.run([KG, "db", "status", "--home", str(guarded.home), "--bolt-port", str(guarded.bolt_port),
                           "--http-port", str(guarded.http_port)], env=kg_env(guarded), cwd=guarded.home,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "answers" in done.stdout and PASSWORD not in done.stdout


# --- kills -------------------------------------------------------------------------------

def kill_when_writing(process: subprocess.Popen, driver, victim: int | None = None) -> bool:
    """SIGKILL `victim` (default: the kg process) as soon as the server runs kg's write transaction;
    False if kg ended before it began one."""
    while process.poll() is None:
        records, _, _ = driver.execute_query("SHOW TRANSACTIONS YIELD currentQuery "
                                             "WHERE currentQuery CONTAINS 'UNWIND $rows' RETURN count(*) AS n")
        if records[0]["n"]:
            os.kill(victim or process.pid, signal.SIGKILL)
            return True
        time.sleep(0.01)
    return False


def kill_after(process: subprocess.Popen, seconds: float, driver) -> None:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    settled(driver)


def settled(driver, timeout: float = 60) -> None:
    """Wait until the server runs no transaction but this query's: a kg killed just after sending
    COMMIT still has the server commit it, and a fingerprint (four queries) read meanwhile would mix
    the graph before and after."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        records, _, _ = driver.execute_query("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n")
        if records[0]["n"] <= 1:
            return
        time.sleep(0.05)
    raise AssertionError("the server still runs a transaction of the killed kg")


def restart(cfg: server.ServerConfig) -> None:
    db_start(cfg)


def test_kills_of_kg_and_of_neo4j_mid_load_and_mid_reload_leave_a_graph_the_rerun_completes(
        kg, guarded, driver, eval_corpus, tmp_path):
    rng = random.Random(RNG_SEED)
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, files in ((first, eval_corpus[::2]), (second, eval_corpus[1::2])):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    ok(kg("load", first, second))
    clean_all = fingerprint(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    ok(kg("load", first))
    clean_first = fingerprint(driver)

    # kg killed in its write transaction: nothing of it lands
    load = kg("load", second)
    assert kill_when_writing(load, driver)
    load.wait()
    settled(driver)
    assert fingerprint(driver) == clean_first
    # kg killed at a random moment: all of it or nothing
    kill_after(kg("load", second), rng.uniform(0.5, 4.0), driver)
    assert fingerprint(driver) in (clean_first, clean_all)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    ok(kg("load", first))

    # Neo4j killed in kg's write transaction, then started again: the load is retried, or fails in one line
    load = kg("load", second)
    assert kill_when_writing(load, driver, victim=server.status(guarded).pid)
    restart(guarded)
    code, out, err = finished(load)
    assert code == 0 or (code == 1 and err.count("\n") == 1 and "Traceback" not in err), err
    assert fingerprint(driver) in (clean_first, clean_all)
    ok(kg("load", second))
    assert fingerprint(driver) == clean_all

    # the same for a reload that prunes the second folder's articles
    for f in second.iterdir():
        f.unlink()
    reload = kg("reload", "--prune")
    assert kill_when_writing(reload, driver)
    reload.wait()
    settled(driver)
    assert fingerprint(driver) == clean_all
    reload = kg("reload", "--prune")
    assert kill_when_writing(reload, driver, victim=server.status(guarded).pid)
    restart(guarded)
    finished(reload)
    assert fingerprint(driver) in (clean_all, clean_first)
    ok(kg("reload", "--prune"))
    assert fingerprint(driver) == clean_first
