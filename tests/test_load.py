"""Integration: the real local Neo4j, the shipped pipeline, the seeds."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph.load import graph_counts

pytestmark = pytest.mark.neo4j


def load(uri, *paths):
    result = CliRunner().invoke(cli, ["load", *paths, "--uri", uri])
    assert result.exit_code == 0, result.output
    return result.output


def test_seeds_hold_the_putin_witkoff_meeting_in_moscow(neo4j_uri, neo4j_driver, clean_db):
    load(neo4j_uri, "seeds")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (p:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(w:Actor), (m)-[:HELD_IN]->(l:Location) "
        "WHERE p.name ENDS WITH 'Putin' AND w.name ENDS WITH 'Witkoff' "
        "RETURN toString(m.date) AS date, l.name AS place, m.status AS status")
    assert {"date": "2026-01-22", "place": "Moscow", "status": "planned"} in [r.data() for r in records]


def test_met_carries_its_meetings_date_city_status_and_caption(neo4j_uri, neo4j_driver, clean_db):
    load(neo4j_uri, "seeds")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor)-[r:MET]->(:Actor) MATCH (m:Meeting {id: r.meeting}) OPTIONAL MATCH (m)-[:HELD_IN]->(l) "
        "RETURN r.date = m.date OR (r.date IS NULL AND m.date IS NULL) AS same_date, "
        "       r.place = l.name OR (r.place IS NULL AND l IS NULL) AS same_place, "
        "       r.status = m.status AND r.caption = m.caption AS same_status_and_caption, "
        "       toString(r.date) AS date, r.place AS place, r.status AS status, r.caption AS caption")
    assert records and all(r["same_date"] and r["same_place"] and r["same_status_and_caption"] for r in records)
    assert {(r["date"], r["place"], r["status"], r["caption"]) for r in records} >= {
        ("2026-01-22", "Moscow", "planned", "2026-01-22, Moscow, planned"),
        ("2025-12-03", "Moscow", "held", "2025-12-03, Moscow, held"),
        ("2025-12-04", None, "planned", "2025-12-04, planned")}
    assert {r["caption"] for r in records if r["date"] is None} >= {"Moscow, planned"}


def test_loading_twice_changes_no_count(neo4j_uri, neo4j_driver, clean_db):
    load(neo4j_uri, "seeds")
    first = graph_counts(neo4j_driver)
    output = load(neo4j_uri, "seeds")
    assert graph_counts(neo4j_driver) == first
    assert "0 nodes and 0 relationships created" in output


def test_every_meeting_and_claim_is_traced_to_its_sentence(neo4j_uri, neo4j_driver, clean_db):
    load(neo4j_uri, "seeds")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (n) WHERE n:Meeting OR n:Claim "
        "OPTIONAL MATCH (n)-[r:REPORTED_IN]->(:Article) WITH n, collect(r.evidence) AS ev "
        "RETURN count(n) AS facts, sum(CASE WHEN size(ev) > 0 AND all(e IN ev WHERE e <> '') THEN 1 ELSE 0 END) AS traced")
    assert records[0]["facts"] > 0 and records[0]["traced"] == records[0]["facts"]


def test_who_met_whom_report_in_every_format(neo4j_uri, clean_db):
    load(neo4j_uri, "seeds")
    table = CliRunner().invoke(cli, ["report", "who-met-whom", "--uri", neo4j_uri])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["actor", "met", "date", "place", "status", "article", "file"]
    rows = json.loads(CliRunner().invoke(cli, ["report", "who-met-whom", "--format", "json", "--uri",
                                               neo4j_uri, "-p", "actor=Putin", "-p", "since=2026-01-01"]).output)
    assert rows and all(r["actor"] == "Vladimir Putin" and r["date"] >= "2026-01-01" for r in rows)
    csv_out = CliRunner().invoke(cli, ["report", "who-met-whom", "--format", "csv", "--uri", neo4j_uri]).output
    assert csv_out.splitlines()[0] == "actor,met,date,place,status,article,file"


def test_bad_file_stops_the_load_before_anything_is_written(neo4j_uri, neo4j_driver, clean_db, tmp_path):
    load(neo4j_uri, "seeds")
    before = graph_counts(neo4j_driver)
    (tmp_path / "good.txt").write_text("Putin ha incontrato Witkoff a Mosca.", encoding="utf-8")
    (tmp_path / "zz.txt").write_bytes(b"\x00\xff")
    result = CliRunner().invoke(cli, ["load", str(tmp_path), "--uri", neo4j_uri])
    assert result.exit_code == 1 and str(tmp_path / "zz.txt") in result.output
    assert graph_counts(neo4j_driver) == before


def test_a_loaded_path_is_recorded_once(neo4j_uri, neo4j_driver, clean_db):
    load(neo4j_uri, "seeds")
    load(neo4j_uri, "seeds")
    constraints, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    assert "loaded_path" in constraints[0]["names"]
    records, _, _ = neo4j_driver.execute_query("MATCH (p:LoadedPath) RETURN p.path AS path, count(*) AS n")
    assert [r["n"] for r in records] == [1]


def run_load_with_stderr(uri, cache_dir, stderr_fd):
    import subprocess
    import sys
    kg = str(Path(sys.executable).parent / "kg")      # the console script, as a user runs it
    return subprocess.run([kg, "load", "seeds", "--uri", uri, "--cache-dir", str(cache_dir)],
                          stdout=subprocess.PIPE, stderr=stderr_fd, text=True, timeout=300)


def test_progress_shows_on_a_real_terminal_and_not_in_a_pipe(neo4j_uri, clean_db, tmp_path):
    import os
    import pty
    import subprocess
    primary, secondary = pty.openpty()
    done = run_load_with_stderr(neo4j_uri, tmp_path / "tty-cache", secondary)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert done.returncode == 0, done.stdout
    assert "\rextracting 5/5 articles" in shown.decode("utf-8", "replace")
    piped = run_load_with_stderr(neo4j_uri, tmp_path / "pipe-cache", subprocess.PIPE)
    assert piped.returncode == 0 and "extracting" not in piped.stderr
