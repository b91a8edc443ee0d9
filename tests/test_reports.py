"""Integration: every canned report (cypher/*.cypher starting "// Report:") on the seeds, in the real
local Neo4j, through `kg report`; and an EXPLAIN of every .cypher file, so a syntax error fails here."""
import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph.cypher import CYPHER_DIR, REPORT_MARK, statements
from kg.graph.load import PARAMETER

pytestmark = pytest.mark.neo4j

WIDE = {"COLUMNS": "400"}  # kg's table cuts cells to the terminal width; no cuts in these tests

COLUMNS = {
    "who-met-whom": ["actor", "met", "date", "place", "status", "article"],
    "timeline": ["date", "actor", "kind", "what", "source"],
    "meetings-by-place": ["place", "meetings", "first", "last", "participants"],
    "meetings-timeline": ["date", "status", "meeting", "places", "participants", "id"],
    "claims-by-speaker": ["speaker", "date", "quote", "source", "evidence"],
    "who-said-what-about": ["speaker", "about", "quote", "source"],
    "contact-network": ["actor", "contact", "hops", "via", "meetings"],
    "new-since-last-load": ["article", "kind", "date", "what"],
    "quality-actors-without-meetings": ["actor", "kind", "claims", "articles"],
    "quality-single-participant-meetings": ["meeting", "date", "participants", "article"],
    "quality-undated-meetings": ["meeting", "status", "date_text", "article"],
}


def report(uri, name, *params, fmt="json"):
    args = ["report", name, "--format", fmt, "--uri", uri]
    for param in params:
        args += ["-p", param]
    result = CliRunner(env=WIDE).invoke(cli, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if fmt == "json" else result.output


def report_files():
    return sorted(p for p in CYPHER_DIR.glob("*.cypher") if p.read_text(encoding="utf-8").startswith(REPORT_MARK))


# --- every file, every report --------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(CYPHER_DIR.glob("*.cypher")), ids=lambda p: p.name)
def test_every_cypher_file_compiles(neo4j_driver, path):
    """EXPLAIN plans a query without running it: a syntax or semantic error in any file fails here."""
    text = path.read_text(encoding="utf-8")
    queries = statements(path.stem) if path.stem == "schema" else [text]
    params = {name: None for name in PARAMETER.findall(text)}
    if "rows" in params:
        params["rows"] = []
    for cypher in queries:
        neo4j_driver.execute_query("EXPLAIN " + cypher, params)


def test_the_reports_are_the_ones_documented():
    assert sorted(p.stem.replace("_", "-") for p in report_files()) == sorted(COLUMNS)


@pytest.mark.parametrize("path", report_files(), ids=lambda p: p.stem)
def test_report_header_says_how_to_use_it(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("//")]
    body = "\n".join(line for line in lines if not line.startswith("//"))
    assert lines[:len(header)] == header, "the comment lines come first, then one query"
    assert any(line.startswith("// Example: kg report " + path.stem.replace("_", "-")) for line in header)
    assert any(line.startswith("// In Neo4j Browser:") for line in header)
    assert ";" not in body, "one query per report"
    # kg passes -p NAME=VALUE for every $NAME in the file, header included: the two must agree
    assert set(PARAMETER.findall("\n".join(header))) == set(PARAMETER.findall(body))


def test_list_shows_every_report_with_its_question():
    result = CliRunner(env=WIDE).invoke(cli, ["report", "--list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["report", "question"]
    listed = {line.split(None, 1)[0]: line.split(None, 1)[1] for line in lines[2:]}
    for path in report_files():
        question = path.read_text(encoding="utf-8").split("\n", 1)[0][len(REPORT_MARK):].strip()
        assert question.endswith("?")
        assert listed[path.stem.replace("_", "-")] == question


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_report_runs_with_no_parameter(seeded, name):
    """kg passes null for every parameter left out: each report must treat null as 'no filter'."""
    rows = list(csv.reader(io.StringIO(report(seeded, name, fmt="csv"))))
    assert rows[0] == COLUMNS[name]
    if not name.startswith("quality-"):
        assert len(rows) > 1, f"{name} found nothing in the seeds"


# --- one report at a time ------------------------------------------------------------------

def test_who_met_whom_by_place_name_or_alias(seeded):
    rows = report(seeded, "who-met-whom", "place=Mosca")
    assert rows and {r["place"] for r in rows} == {"Moscow"}
    pair = [r for r in rows if {r["actor"], r["met"]} == {"Steve Witkoff", "Vladimir Putin"}]
    assert ("2026-01-22", "Moscow", "planned") in {(r["date"], r["place"], r["status"]) for r in pair}
    assert sorted(report(seeded, "who-met-whom", "place=MOSCOW"), key=json.dumps) == sorted(rows, key=json.dumps)
    assert report(seeded, "who-met-whom", "place=Atlantide") == []


def test_timeline_of_putin(seeded):
    rows = report(seeded, "timeline", "actor=putin")
    assert rows and {r["actor"] for r in rows} == {"Vladimir Putin"}
    assert {r["kind"] for r in rows} <= {"meeting", "claim"}
    assert any(r["kind"] == "meeting" and "Witkoff" in r["what"] and r["date"] == "2026-01-22" for r in rows)
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and rows[:len(dated)] == [r for r in rows if r["date"]], "by date, undated last"


def test_meetings_by_place_in_every_format(seeded):
    rows = report(seeded, "meetings-by-place")
    moscow = next(r for r in rows if r["place"] == "Moscow")
    assert moscow["meetings"] >= 1 and {"Vladimir Putin", "Steve Witkoff"} <= set(moscow["participants"])
    assert moscow["first"] <= moscow["last"]
    assert [r["meetings"] for r in rows] == sorted((r["meetings"] for r in rows), reverse=True)

    assert report(seeded, "meetings-by-place", "place=mosca") == [moscow]
    table = report(seeded, "meetings-by-place", "place=mosca", fmt="table").splitlines()
    assert table[0].split() == COLUMNS["meetings-by-place"]
    assert table[2].startswith("Moscow ") and ", ".join(moscow["participants"]) in table[2]
    assert len(table) == 3
    lines = list(csv.reader(io.StringIO(report(seeded, "meetings-by-place", "place=mosca", fmt="csv"))))
    assert lines == [COLUMNS["meetings-by-place"],
                     ["Moscow", str(moscow["meetings"]), moscow["first"], moscow["last"],
                      ", ".join(moscow["participants"])]]


def test_claims_by_speaker_witkoff(seeded):
    rows = report(seeded, "claims-by-speaker", "speaker=Witkoff")
    assert rows and all(r["speaker"].endswith("Witkoff") for r in rows)
    quote = next(r for r in rows if r["quote"] == "Ho la sensazione che tutti vogliano la pace")
    assert quote["source"] == "Ucraina, domani a Mosca il faccia a faccia tra Putin e Witkoff"
    assert quote["date"] == "2026-01-21"
    assert "Ho la sensazione che tutti vogliano la pace" in quote["evidence"]


def test_who_said_what_about_putin(seeded):
    rows = report(seeded, "who-said-what-about", "actor=Putin")
    assert rows and {r["about"] for r in rows} == {"Vladimir Putin"}
    evidence = {(c["speaker"], c["quote"]): c["evidence"] for c in report(seeded, "claims-by-speaker")}
    for r in rows:
        sentence = evidence[(r["speaker"], r["quote"])]
        assert "putin" in r["quote"].lower() or ("putin" in sentence.lower() and r["speaker"] != "Vladimir Putin")
    assert "Ho la sensazione che tutti vogliano la pace" not in [r["quote"] for r in rows]  # no Putin in it


def test_who_said_what_about_ignores_the_speakers_own_name(seeded):
    """'ha affermato Witkoff' names the speaker: that sentence is not about Witkoff."""
    rows = report(seeded, "who-said-what-about", "actor=Steve Witkoff")
    assert "Ho la sensazione che tutti vogliano la pace" not in [r["quote"] for r in rows]
    assert all("witkoff" in r["quote"].lower() for r in rows if r["speaker"] == "Steve Witkoff")


def test_contact_network_of_putin_one_hop(seeded):
    rows = report(seeded, "contact-network", "actor=Putin", "hops=1")
    assert rows and {(r["actor"], r["hops"], r["via"]) for r in rows} == {("Vladimir Putin", 1, None)}
    witkoff = next(r for r in rows if r["contact"] == "Steve Witkoff")
    met = [r for r in report(seeded, "who-met-whom", "actor=Putin")
           if {r["actor"], r["met"]} == {"Vladimir Putin", "Steve Witkoff"}]
    assert witkoff["meetings"] == len(met) >= 2  # who-met-whom has one row per pair and meeting


def test_contact_network_of_zelensky_reaches_putin_in_two_hops(seeded):
    rows = report(seeded, "contact-network", "actor=Zelensky")  # hops: 2 by default
    assert {r["contact"] for r in rows if r["hops"] == 1} >= {"Steve Witkoff", "Jared Kushner"}
    putin = next(r for r in rows if r["contact"] == "Vladimir Putin")
    assert putin["hops"] == 2 and putin["via"] in {"Steve Witkoff", "Jared Kushner"} and putin["meetings"] >= 1
    assert max(r["hops"] for r in rows) == 2
    assert "Volodymyr Zelensky" not in {r["contact"] for r in rows}
    further = report(seeded, "contact-network", "actor=Zelensky", "hops=4")
    assert [r for r in further if r["hops"] <= 2] == rows


def test_new_since_last_load_covers_every_seed(seeded, neo4j_driver):
    rows = report(seeded, "new-since-last-load")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Article) RETURN collect(a.title) AS titles, "
        "COUNT { (:Meeting)-[:REPORTED_IN]->(:Article) } AS meetings, "
        "COUNT { (:Claim)-[:REPORTED_IN]->(:Article) } AS claims")
    assert {r["article"] for r in rows} == set(records[0]["titles"]) and len(records[0]["titles"]) == 5
    assert sum(r["kind"] == "meeting" for r in rows) == records[0]["meetings"] > 0
    assert sum(r["kind"] == "claim" for r in rows) == records[0]["claims"] > 0
    assert any(r["kind"] == "claim" and r["what"] == "Steve Witkoff: Ho la sensazione che tutti vogliano la pace"
               for r in rows)


def test_new_since_last_load_shows_only_the_latest_load(seeded, neo4j_driver, tmp_path):
    article = tmp_path / "meteo.txt"
    article.write_text(" date 2026-02-01 Meteo\n\nOggi piove e fa freddo.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", str(article), "--uri", seeded])
    try:
        assert result.exit_code == 0, result.output
        assert report(seeded, "new-since-last-load") == [{"article": "Meteo", "kind": None, "date": None,
                                                          "what": None}]
    finally:
        neo4j_driver.execute_query("MATCH (a:Article {source: $source}) DETACH DELETE a", source=str(article))


@pytest.fixture
def bad_records(seeded, neo4j_driver):
    """A lone actor, and an undated meeting with one participant, removed after the test."""
    records, _, _ = neo4j_driver.execute_query(
        "CREATE (:Actor:Person {id: 'actor/test-lone', name: 'Test Lone', aliases: ['Test Lone'], roles: []}) "
        "WITH 1 AS one MATCH (p:Actor {name: 'Vladimir Putin'}), (art:Article) "
        "WITH p, art ORDER BY art.published LIMIT 1 "
        "CREATE (p)-[:ATTENDED]->(m:Meeting {id: 'meeting/test-solo', title: 'Test solo', status: 'planned'})"
        "-[:REPORTED_IN {evidence: 'Putin incontrerà un giorno.', date_text: 'un giorno'}]->(art) "
        "RETURN art.title AS title")
    yield records[0]["title"]
    neo4j_driver.execute_query("MATCH (n) WHERE n.id IN ['actor/test-lone', 'meeting/test-solo'] DETACH DELETE n")


def test_quality_actors_without_meetings(seeded, bad_records):
    rows = report(seeded, "quality-actors-without-meetings")
    assert {"actor": "Test Lone", "kind": "Person", "claims": 0, "articles": 0} in rows
    assert not {"Vladimir Putin", "Steve Witkoff"} & {r["actor"] for r in rows}


def test_quality_single_participant_meetings(seeded, bad_records):
    rows = report(seeded, "quality-single-participant-meetings")
    assert {"meeting": "Test solo", "date": None, "participants": ["Vladimir Putin"], "article": bad_records} in rows
    assert all(len(r["participants"]) < 2 for r in rows)


def test_quality_undated_meetings(seeded, bad_records):
    rows = report(seeded, "quality-undated-meetings")
    assert {"meeting": "Test solo", "status": "planned", "date_text": "un giorno", "article": bad_records} in rows
    dated = {r["what"] for r in report(seeded, "timeline") if r["kind"] == "meeting" and r["date"]}
    assert dated and not dated & {r["meeting"] for r in rows}


# --- docs/browser.md and docs/browser-style.grass ------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs"


def cypher_blocks(markdown: str) -> list[str]:
    return [block.split("\n", 1)[1] for block in markdown.split("```")[1::2] if block.startswith("cypher\n")]


def test_browser_guide_queries_compile(neo4j_driver):
    blocks = cypher_blocks((DOCS / "browser.md").read_text(encoding="utf-8"))
    assert len(blocks) == 3
    for cypher in blocks:
        neo4j_driver.execute_query("EXPLAIN " + cypher, {name: None for name in PARAMETER.findall(cypher)})


def test_browser_guide_lists_every_report_with_its_question_and_parameters():
    guide = (DOCS / "browser.md").read_text(encoding="utf-8")
    for path in report_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        question = lines[0][len(REPORT_MARK):].strip()
        browser = next(line for line in lines if line.startswith("// In Neo4j Browser:"))
        params = browser.split(":", 1)[1].strip()
        expected = f"`{params}`" if params.startswith(":params") else "none"
        assert f"| `{path.stem}` | {question} | {expected} |" in guide
        if params.startswith(":params"):  # the :params line sets exactly the report's parameters
            names = {part.split(":")[0].strip() for part in params[len(":params {"):-1].split(",")}
            assert names == set(PARAMETER.findall("\n".join(line for line in lines if not line.startswith("//"))))


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Neo4j Browser's own GraSS reader (parseGrassCSS in neo4j-browser), ported: quotes are dropped,
    '{' inside a string is kept, each rule splits on ';' then ':'. It knows no comments."""
    rules, selector, props, in_string, in_props, in_binding = {}, "", "", False, False, False
    for c in text:
        if c in "'\"":
            in_string = not in_string
            continue
        if c == "{" and not in_string:
            in_binding, in_props = (True, in_props) if in_props else (in_binding, True)
            continue
        if c == "}" and not in_string:
            if in_binding:
                in_binding = False
            else:
                in_props, rules[selector], selector, props = False, props, "", ""
            continue
        if in_props:
            props += c
        elif not c.isspace():
            selector += c
    return {sel: dict((k.strip(), v.strip()) for k, v in (p.split(":") for p in body.split(";") if p.count(":") == 1))
            for sel, body in rules.items()}


def test_browser_style_captions():
    style = parse_grass((DOCS / "browser-style.grass").read_text(encoding="utf-8"))
    assert {sel: rule.get("caption") for sel, rule in style.items() if sel.startswith("node.")} == {
        "node.Actor": "{name}", "node.Person": "{name}", "node.Organization": "{name}",
        "node.Meeting": "{title}", "node.Location": "{name}", "node.Claim": "{text}", "node.Article": "{title}"}
    assert all(sel in ("node", "relationship") or sel.startswith(("node.", "relationship.")) for sel in style)
    assert style["relationship.MET"]["caption"] == "<type>" and all(style.values())


def test_the_browser_favorites_zip_holds_every_report_as_is(tmp_path):
    import zipfile

    from kg.graph.cypher import report_query, reports, write_browser_favorites
    path = tmp_path / "kg-favorites.zip"
    write_browser_favorites(path)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert files == {f"kg/{r.name}.cypher": report_query(r.name) for r in reports()}
    assert all(text.startswith("// Report:") for text in files.values())
