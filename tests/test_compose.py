"""docker-compose.yml: the local server's version, and ports this machine alone reaches."""
import re
from pathlib import Path

from kg import server

COMPOSE = (Path(__file__).resolve().parent.parent / "docker-compose.yml").read_text(encoding="utf-8")
POM = server.POM.read_text(encoding="utf-8")


def test_compose_pins_the_local_servers_version():
    assert re.findall(r"^\s*image:\s*(\S+)", COMPOSE, re.M) == [f"neo4j:{server.VERSION}-community"]
    assert f"<neo4j.version>{server.VERSION}</neo4j.version>" in POM


def test_compose_publishes_its_ports_on_localhost_only():
    ports = re.findall(r'^\s*-\s*"([^"]+)"', COMPOSE, re.M)
    assert ports == ["127.0.0.1:${NEO4J_HTTP_PORT:-7474}:7474", "127.0.0.1:${NEO4J_BOLT_PORT:-7687}:7687"]


def test_compose_and_kg_db_start_share_their_defaults():
    cfg = server.ServerConfig()
    assert f"${{NEO4J_HTTP_PORT:-{cfg.http_port}}}" in COMPOSE and f"${{NEO4J_BOLT_PORT:-{cfg.bolt_port}}}" in COMPOSE
    assert "NEO4J_AUTH: ${NEO4J_AUTH:-none}" in COMPOSE and cfg.password is None     # authentication off
