"""Integration: `kg reload` against the real local Neo4j, with copies of seeds/ and small articles."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.pipeline import reader
from kg.cli import cli

pytestmark = pytest.mark.neo4j

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))[:3]
TAJANI = """date 2026-02-10 Tajani vede Albares a Madrid
Madrid, 10 febbraio 2026 - Antonio Tajani, ministro degli Esteri, ha incontrato oggi a Madrid il collega spagnolo José Manuel Albares.
"La cooperazione tra Italia e Spagna è solida", ha detto Tajani dopo il colloquio.
"""
# The seeds plan a Putin-Witkoff meeting in Moscow; this one says it took place.
PUTIN = """date 2026-01-23 Putin ha ricevuto Witkoff a Mosca
Mosca, 23 gennaio 2026 - Vladimir Putin ha incontrato ieri a Mosca Steve Witkoff.
"""


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """One extraction cache for the module: each text goes through spaCy once."""
    return str(tmp_path_factory.mktemp("kg-cache"))


@pytest.fixture
def news(tmp_path):
    """A folder with three seed articles (its real path: kg records real paths)."""
    folder = tmp_path.resolve() / "news"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def kg(neo4j_uri, cache_dir):
    def run(*args, exit_code=0):
        result = CliRunner().invoke(cli, [*args, "--uri", neo4j_uri, "--cache-dir", cache_dir])
        assert result.exit_code == exit_code, result.output
        return result.output
    return run


def dump(driver, *, keep_load_times=True) -> list[str]:
    """Every node and relationship with its properties (lists sorted), as sorted JSON lines."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query("MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.path) AS a, type(r) AS type, "
                                      "b.id AS b, properties(r) AS props")

    def clean(props):      # the write token is new in every write (kg/graph/snapshot_cache.py)
        return {k: sorted(v) if isinstance(v, list) else str(v) for k, v in props.items()
                if (keep_load_times or k != "loaded_at") and k != "write_token"}
    return sorted([json.dumps([sorted(r["labels"]), clean(r["props"])], ensure_ascii=False) for r in nodes] +
                  [json.dumps([r["a"], r["type"], r["b"], clean(r["props"])], ensure_ascii=False) for r in rels])


def fresh_load_dump(kg, driver, *paths) -> list[str]:
    """The graph a first `kg load` of `paths` builds (the database is emptied first)."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    kg("load", *map(str, paths))
    return dump(driver, keep_load_times=False)


def article_facts(driver) -> dict[str, list]:
    """Per article source: what it reports and mentions."""
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) RETURN a.source AS source, "
        "COLLECT { MATCH (f)-[r:REPORTED_IN]->(a) RETURN [f.id, r.evidence] ORDER BY f.id } AS facts, "
        "COLLECT { MATCH (a)-[r:MENTIONS]->(e) RETURN [e.id, r.surfaces, r.count] ORDER BY e.id } AS mentions")
    return {r["source"]: [r["facts"], r["mentions"]] for r in records}


def test_load_remembers_its_folders_and_files(kg, clean_db, news):
    kg("load", str(news))
    records, _, _ = clean_db.execute_query("MATCH (p:LoadedPath) RETURN p.path AS path")
    assert [r["path"] for r in records] == [str(news)]
    records, _, _ = clean_db.execute_query("MATCH (a:Article) RETURN a.source AS source, a.path AS path")
    assert sorted((r["source"], r["path"]) for r in records) == [(str(news / s.name),) * 2 for s in SEEDS]


def test_reload_with_no_change_writes_nothing_and_says_so(kg, clean_db, news, monkeypatch):
    kg("load", str(news))
    before = dump(clean_db)
    monkeypatch.setattr(reader, "build_pipeline", no_pipeline)   # nothing to extract either
    assert kg("reload") == "Articles: 0 new, 0 changed, 3 unchanged\nNothing changed, nothing written.\n"
    assert kg("reload", str(news)) == "Articles: 0 new, 0 changed, 3 unchanged\nNothing changed, nothing written.\n"
    assert dump(clean_db) == before


def no_pipeline(model, knowledge):
    raise AssertionError("spaCy was loaded, yet no article needed extraction")


def test_adding_one_article_changes_only_what_it_brings(kg, clean_db, news, monkeypatch, tmp_path):
    kg("load", str(news))
    before, old_facts = dump(clean_db), article_facts(clean_db)
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    extracted = tmp_path / "extracted.txt"      # a file: reload reads with a pipeline in a process of its own
    real_extract = reader.extract

    def noted_extract(article, doc, knowledge):
        with open(extracted, "a", encoding="utf-8") as f:
            f.write(article.source + "\n")
        return real_extract(article, doc, knowledge)
    monkeypatch.setattr(reader, "extract", noted_extract)

    output = kg("reload")
    assert extracted.read_text(encoding="utf-8").splitlines() == [str(news / "100_tajani.txt")]  # the others: cached
    assert output.splitlines()[:6] == [
        "Articles: 1 new, 0 changed, 3 unchanged",
        f"  new: {news / '100_tajani.txt'}",
        "Actors: 2 new: Antonio Tajani; José Manuel Albares",
        "Places: 3 new: Italy; Madrid; Spain",
        "Meetings: 1 new: Tajani – Albares, 2026-02-10, Madrid",
        "Claims: 1 new, 0 gone",
    ]
    after_facts = article_facts(clean_db)
    assert {s: f for s, f in after_facts.items() if s in old_facts} == old_facts
    after = dump(clean_db)
    assert set(before) <= set(after)                              # nothing of the old graph was touched
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)


def test_editing_one_article_replaces_only_its_facts(kg, clean_db, news):
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("load", str(news))
    old_facts = article_facts(clean_db)
    (news / "100_tajani.txt").write_text(TAJANI.replace("Madrid", "Lisbona").replace("è solida", "è forte"),
                                         encoding="utf-8")
    output = kg("reload")
    assert output.splitlines()[:5] == [
        "Articles: 0 new, 1 changed, 3 unchanged",
        f"  changed: {news / '100_tajani.txt'}",
        "Places: 1 new: Lisbon; 1 gone: Madrid",
        "Claims: 1 new, 1 gone",
        # the article, its claim and place; 5 MENTIONS, 2 REPORTED_IN, SAID, HELD_IN; the meeting moved, so
        # its 2 ATTENDED and its MET are written again
        "Written in one transaction: 3 nodes and 12 relationships created, 3 nodes and 12 relationships deleted.",
    ]
    after_facts = article_facts(clean_db)
    assert {s: f for s, f in after_facts.items() if "tajani" not in s} == \
        {s: f for s, f in old_facts.items() if "tajani" not in s}
    records, _, _ = clean_db.execute_query(
        "MATCH (m:Meeting)-[:HELD_IN]->(l:Location) WHERE m.title STARTS WITH 'Tajani' RETURN m.title, l.name")
    assert [tuple(r) for r in records] == [("Tajani – Albares, 2026-02-10, Lisbon", "Lisbon")]
    records, _, _ = clean_db.execute_query("MATCH (c:Claim) WHERE c.text CONTAINS 'Spagna' RETURN c.text")
    assert [r[0] for r in records] == ["La cooperazione tra Italia e Spagna è forte"]
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)


def test_a_vanished_article_is_kept_unless_pruned(kg, clean_db, news):
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("load", str(news))
    before = dump(clean_db)
    (news / "100_tajani.txt").unlink()
    assert kg("reload") == "\n".join([
        "Articles: 0 new, 0 changed, 3 unchanged, 1 missing (kept)",
        f"  missing, kept: --prune removes their facts: {news / '100_tajani.txt'}",
        "Nothing changed, nothing written.", ""])
    assert dump(clean_db) == before

    output = kg("reload", "--prune")
    assert output.splitlines()[:6] == [
        "Articles: 0 new, 0 changed, 3 unchanged, 1 removed",
        f"  removed: {news / '100_tajani.txt'}",
        "Actors: 2 gone: Antonio Tajani; José Manuel Albares",
        "Places: 3 gone: Italy; Madrid; Spain",
        "Meetings: 1 gone: Tajani – Albares, 2026-02-10, Madrid",
        "Claims: 0 new, 1 gone",
    ]
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)


def test_a_planned_meeting_reported_held_is_named(kg, clean_db, news):
    kg("load", str(news))
    (news / "101_putin.txt").write_text(PUTIN, encoding="utf-8")
    lines = kg("reload").splitlines()
    assert lines[:2] == ["Articles: 1 new, 0 changed, 3 unchanged", f"  new: {news / '101_putin.txt'}"]
    assert [line for line in lines if line.startswith("Meetings")] == [
        "Meetings planned -> held: 1: Putin – Witkoff, 2026-01-22, Moscow"]
    records, _, _ = clean_db.execute_query(
        "MATCH (m:Meeting) WHERE m.title = 'Putin – Witkoff, 2026-01-22, Moscow' RETURN m.status AS status, "
        "COUNT { (m)-[:REPORTED_IN]->() } AS reports")
    assert [r.data() for r in records] == [{"status": "held", "reports": 3}]   # seed 001 reports it undated
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)


def test_dry_run_writes_nothing_and_tells_what_reload_would_do(kg, clean_db, news):
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("load", str(news))
    before = dump(clean_db)
    (news / "100_tajani.txt").write_text(TAJANI.replace("Madrid", "Lisbona"), encoding="utf-8")
    (news / "101_putin.txt").write_text(PUTIN, encoding="utf-8")
    (news / SEEDS[1].name).unlink()

    dry = kg("reload", "--prune", "--dry-run")
    assert dump(clean_db) == before
    assert json.loads(kg("reload", "--prune", "--dry-run", "--format", "json"))["written"] is False
    assert dump(clean_db) == before
    real = kg("reload", "--prune")
    assert dry.splitlines()[0] == "Dry run: nothing was written."
    assert dry.splitlines()[1:] == real.splitlines()[:-1]
    assert real.splitlines()[0] == "Articles: 1 new, 1 changed, 2 unchanged, 1 removed"


def test_json_summary(kg, clean_db, news):
    kg("load", str(news))
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    summary = json.loads(kg("reload", "--format", "json"))
    assert summary["articles"] == {"new": [str(news / "100_tajani.txt")], "changed": [], "re_resolved": [],
                                   "removed": [], "missing": [], "unchanged": 3}
    assert summary["actors"] == {"new": ["Antonio Tajani", "José Manuel Albares"], "removed": []}
    assert summary["meetings"]["new"] == ["Tajani – Albares, 2026-02-10, Madrid"]
    assert (summary["dry_run"], summary["written"], summary["writes"]["nodes_deleted"]) == (False, True, 0)


def test_a_bad_file_stops_the_reload_before_anything_is_written(kg, clean_db, news):
    kg("load", str(news))
    before = dump(clean_db)
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    (news / "zz.txt").write_bytes(b"\x00\xff")
    output = kg("reload", exit_code=1)
    assert str(news / "zz.txt") in output and "binary file" in output
    assert dump(clean_db) == before


def test_reload_needs_paths_when_nothing_was_loaded(kg, clean_db):
    output = kg("reload", exit_code=2)
    assert "nothing was loaded with `kg load` or `kg reload` yet: give PATHS to load" in output


def test_a_graph_loaded_before_paths_were_recorded_reloads_by_source(kg, clean_db, news, monkeypatch):
    monkeypatch.chdir(news.parent)
    kg("load", "news")
    clean_db.execute_query("MATCH (p:LoadedPath) DELETE p")
    clean_db.execute_query("MATCH (a:Article) REMOVE a.path")
    clean_db.execute_query("MATCH (s:KgState) REMOVE s.write_token")    # an older kg kept no snapshot
    (news / "100_tajani.txt").write_text(TAJANI, encoding="utf-8")
    output = kg("reload", "news")
    assert output.splitlines()[:2] == ["Articles: 1 new, 0 changed, 3 unchanged", "  new: news/100_tajani.txt"]
    records, _, _ = clean_db.execute_query("MATCH (a:Article) WHERE a.path IS NULL RETURN count(a) AS n")
    assert records[0]["n"] == 0
    assert kg("reload") == "Articles: 0 new, 0 changed, 4 unchanged\nNothing changed, nothing written.\n"


def test_a_folder_that_is_gone_is_forgotten_with_prune(kg, clean_db, news, tmp_path):
    other = tmp_path.resolve() / "other"
    other.mkdir()
    (other / "tajani.txt").write_text(TAJANI, encoding="utf-8")
    kg("load", str(news), str(other))
    shutil.rmtree(other)
    assert kg("reload").splitlines()[0] == "Articles: 0 new, 0 changed, 3 unchanged, 1 missing (kept)"
    assert kg("reload", "--prune").splitlines()[:2] == ["Articles: 0 new, 0 changed, 3 unchanged, 1 removed",
                                                        f"  removed: {other / 'tajani.txt'}"]
    records, _, _ = clean_db.execute_query("MATCH (p:LoadedPath) RETURN p.path AS path")
    assert [r["path"] for r in records] == [str(news)]
    assert kg("reload") == "Articles: 0 new, 0 changed, 3 unchanged\nNothing changed, nothing written.\n"


def test_split_or_merge_then_reload_applies_the_correction_though_no_text_changed(kg, clean_db, news, tmp_path):
    fixes = str(tmp_path / "kg-corrections.json")

    def aliases_of(name):
        records, _, _ = clean_db.execute_query("MATCH (a:Actor {name: $name}) RETURN a.aliases AS aliases", name=name)
        return [sorted(r["aliases"]) for r in records]

    kg("load", str(news), "--corrections", fixes)
    assert aliases_of("Jared Kushner") == [["Jared Kushner", "Kushner"]]
    result = CliRunner().invoke(cli, ["split", "Jared Kushner", "Kushner", "--corrections", fixes])
    assert result.exit_code == 0, result.output

    lines = kg("reload", "--corrections", fixes).splitlines()
    assert lines[0] == "Articles: 0 new, 0 changed, 3 unchanged"
    assert "Actors: 1 new: Kushner" in lines
    assert (aliases_of("Jared Kushner"), aliases_of("Kushner")) == ([["Jared Kushner"]], [["Kushner"]])
    assert kg("reload", "--corrections", fixes).endswith("Nothing changed, nothing written.\n")
    split_graph = dump(clean_db, keep_load_times=False)
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    kg("load", str(news), "--corrections", fixes)
    assert dump(clean_db, keep_load_times=False) == split_graph      # the graph one load with the split builds

    Path(fixes).unlink()                                              # no correction any more: joined again
    assert "Actors: 1 gone: Kushner" in kg("reload", "--corrections", fixes).splitlines()
    assert aliases_of("Jared Kushner") == [["Jared Kushner", "Kushner"]]
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)


def test_a_graph_without_its_resolution_state_is_resolved_again(kg, clean_db, news):
    """A graph an older kg wrote, or a load that stopped halfway before kg wrote in one transaction:
    reload does not trust it, and writes every fact again."""
    kg("load", str(news))
    clean_db.execute_query("MATCH (s:KgState) DELETE s")
    clean_db.execute_query("MATCH (:Article)-[r:MENTIONS]->() WITH r LIMIT 5 DELETE r")
    lines = kg("reload").splitlines()
    assert lines[0] == "Articles: 0 new, 0 changed, 3 unchanged"
    assert lines[1].startswith("  facts re-resolved in ")
    assert dump(clean_db, keep_load_times=False) == fresh_load_dump(kg, clean_db, news)
