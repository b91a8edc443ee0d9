import json
import os
import re
import shutil
import urllib.request

import pytest
from neo4j import GraphDatabase

from kg import server


def get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get_content_type(), response.read().decode("utf-8")


@pytest.fixture
def spare(neo4j_server, tmp_path) -> server.ServerConfig:
    """A second home on other ports (the session's plus 10000, so that two test sessions on their own ports
    don't clash), sharing the installed jars; stopped after the test."""
    (tmp_path / "lib").symlink_to(neo4j_server.home.resolve() / "lib")
    cfg = server.ServerConfig(home=tmp_path, bolt_port=neo4j_server.bolt_port + 10000,
                              http_port=neo4j_server.http_port + 10000, heap="256m")
    server.install(cfg)
    yield cfg
    server.stop(cfg)


# --- against the session's server ----------------------------------------------------

@pytest.mark.neo4j
def test_server_answers_return_1(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one")
    assert [r["one"] for r in records] == [1]


@pytest.mark.neo4j
def test_server_is_neo4j_526_community(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition")
    [component] = records
    assert component["name"] == "Neo4j Kernel"
    assert component["version"].startswith("5.26.")
    assert component["edition"] == "community"


@pytest.mark.neo4j
def test_status_reports_running(neo4j_server, neo4j_uri):
    status = server.status(neo4j_server)
    assert status.answering is True
    assert status.running is True, "the session's server should be kg's own, not a Docker one"
    assert status.bolt_uri == neo4j_uri == f"bolt://localhost:{neo4j_server.bolt_port}"
    assert status.http_url == f"http://localhost:{neo4j_server.http_port}/"
    assert status.pid == int(neo4j_server.pid_file.read_text())


@pytest.mark.neo4j
def test_start_reuses_the_running_server(neo4j_server):
    info = server.start(neo4j_server)
    assert (info.started, info.pid) == (False, server.status(neo4j_server).pid)
    assert "already running" in info.message


@pytest.mark.neo4j
def test_http_root_answers(neo4j_server):
    status, content_type, body = get(neo4j_server.http_url)
    assert (status, content_type) == (200, "application/json")
    discovery = json.loads(body)
    assert discovery["bolt_direct"] == neo4j_server.bolt_uri  # echoes the Host header
    assert discovery["neo4j_version"].startswith("5.26.")
    assert discovery["neo4j_edition"] == "community"


@pytest.mark.neo4j
def test_browser_is_served(neo4j_server):
    status, content_type, html = get(f"{neo4j_server.http_url}browser/")
    assert (status, content_type) == (200, "text/html")
    assert "<title>Neo4j Browser</title>" in html
    app_js = re.search(r'src="(app-[0-9a-f]+\.js)"', html).group(1)
    status, content_type, js = get(f"{neo4j_server.http_url}browser/{app_js}")
    assert (status, content_type) == (200, "text/javascript")
    assert len(js) > 10_000
    # the parameters of ServerConfig.browser_url, read by this Browser's connect form
    assert 'get("connectURL")' in js and 'get("preselectAuthMethod")' in js


# --- a second server, started and stopped by the test ---------------------------------

@pytest.mark.neo4j
def test_start_and_stop_leave_no_process(spare):
    info = server.start(spare)
    assert info.started is True and info.pid is not None
    with GraphDatabase.driver(spare.bolt_uri) as driver:
        records, _, _ = driver.execute_query("RETURN 2 AS two")
    assert records[0]["two"] == 2

    assert server.stop(spare) is True
    with pytest.raises(ProcessLookupError):
        os.kill(info.pid, 0)
    assert not spare.pid_file.exists()
    assert server.status(spare) == server.Status(False, None, spare.bolt_uri, spare.http_url, False)


@pytest.mark.neo4j
def test_failed_start_raises_with_the_log_tail(spare, neo4j_server):
    clash = server.ServerConfig(home=spare.home, bolt_port=spare.bolt_port, http_port=neo4j_server.http_port,
                                heap=spare.heap)
    server.install(clash)
    with pytest.raises(server.ServerError) as e:
        server.start(clash)
    assert "exited during startup" in str(e.value)
    assert f"Address 127.0.0.1:{neo4j_server.http_port} is already in use" in str(e.value)
    assert server.status(clash).running is False


# --- no server needed ------------------------------------------------------------------

def test_conf_binds_localhost_without_auth(tmp_path):
    conf = server.neo4j_conf(server.ServerConfig(home=tmp_path, bolt_port=1111, http_port=2222)).splitlines()
    for line in ["server.default_listen_address=127.0.0.1", "server.bolt.listen_address=:1111",
                 "server.http.listen_address=:2222", "dbms.security.auth_enabled=false",
                 f"server.directories.data={tmp_path.resolve() / 'data'}"]:
        assert line in conf


def test_a_password_turns_authentication_on_and_is_never_shown(tmp_path):
    cfg = server.ServerConfig(home=tmp_path, bolt_port=1111, http_port=2222, password="s3cr3t-pw-42")
    assert "dbms.security.auth_enabled=true" in server.neo4j_conf(cfg).splitlines()
    assert "s3cr3t-pw-42" not in repr(cfg) + cfg.browser_url + server.neo4j_conf(cfg)
    assert cfg.browser_url.endswith("&preselectAuthMethod=BASIC&username=neo4j")


def test_a_short_password_is_refused_before_anything_starts(tmp_path):
    cfg = server.ServerConfig(home=tmp_path, bolt_port=17999, http_port=17998, password="short")
    with pytest.raises(server.ServerError, match="NEO4J_PASSWORD is too short"):
        server.start(cfg)


def test_browser_url_fills_in_the_connect_form(tmp_path):
    cfg = server.ServerConfig(home=tmp_path, bolt_port=1111, http_port=2222)
    assert cfg.browser_url == ("http://localhost:2222/browser/?connectURL=bolt://localhost:1111"
                               "&preselectAuthMethod=NO_AUTH")


def test_db_start_says_where_the_browser_is_and_how_to_connect(tmp_path):
    from kg.cli.graph_commands import BROWSER_STYLE, browser_help
    cfg = server.ServerConfig(home=tmp_path, bolt_port=1111, http_port=2222)
    lines = browser_help(cfg).splitlines()
    assert lines[0] == "Bolt:     bolt://localhost:1111"
    assert lines[1] == f"Browser:  {cfg.browser_url}"
    assert '"No authentication"' in lines[3]
    assert lines[4] == f"Captions: drop {BROWSER_STYLE} on the Browser window, once:"
    assert BROWSER_STYLE.is_file()


def test_stop_without_a_server_returns_false(tmp_path):
    assert server.stop(server.ServerConfig(home=tmp_path)) is False


def test_stale_pid_file_is_not_a_server(tmp_path):
    cfg = server.ServerConfig(home=tmp_path, bolt_port=17999, http_port=17998)
    cfg.pid_file.parent.mkdir()
    cfg.pid_file.write_text(f"{os.getpid()}\n")  # alive, but not a Neo4j: must not be signalled
    assert server.status(cfg).running is False
    assert server.stop(cfg) is False


def test_missing_maven_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(server.ServerError, match=r"`mvn` not found on PATH: install Maven"):
        server.install(server.ServerConfig(home=tmp_path))


def test_missing_java_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    cfg = server.ServerConfig(home=tmp_path, bolt_port=17999, http_port=17998)  # nothing answers there
    with pytest.raises(server.ServerError, match=r"`java` not found on PATH: install a Java 17"):
        server.start(cfg)
