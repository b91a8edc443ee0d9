"""Integration: every canned report (cypher/*.cypher starting "// Report:") on the seeds, in the real
local Neo4j, through `kg report`; and an EXPLAIN of every .cypher file, so a syntax error fails here."""
import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graph.cypher import CYPHER_DIR, GRAPH_MARK, REPORT_MARK, statements
from kg.graph.load import PARAMETER

pytestmark = pytest.mark.neo4j

WIDE = {"COLUMNS": "400"}  # kg's table cuts cells to the terminal width; no cuts in these tests

COLUMNS = {
    "who-met-whom": ["actor", "met", "date", "place", "status", "article", "file"],
    "timeline": ["date", "actor", "kind", "what", "article", "file"],
    "meetings-by-place": ["place", "meetings", "first_date", "last_date", "participants"],
    "meetings-timeline": ["date", "status", "meeting", "places", "participants", "meeting_id"],
    "claims-by-speaker": ["speaker", "date", "quote", "sentence", "article", "file"],
    "who-said-what-about": ["speaker", "about", "quote", "article", "file"],
    "contact-network": ["actor", "contact", "hops", "link", "meetings_with_link"],
    "new-since-last-load": ["article", "file", "kind", "date", "what"],
    "quality-actors-without-meetings": ["actor", "kind", "claims_made", "articles_mentioning"],
    "quality-single-participant-meetings": ["meeting", "date", "participants", "article", "file"],
    "quality-undated-meetings": ["meeting", "status", "date_words", "article", "file"],
}
SEED_FILES = {path.name for path in Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt")}


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


def cells_of_full_table(text: str, rows: int) -> list[list[str]]:
    """The `rows` rows of a `--full` table, each cell's wrapped lines joined: the dashes under the header
    give the columns; a blank line parts two rows when some row takes several lines."""
    lines = text.splitlines()
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[1])]
    body = lines[2:]
    if rows == 1:
        groups = [body]
    elif "" in body:
        groups = [group.splitlines() for group in "\n".join(body).split("\n\n")]
    else:
        groups = [[line] for line in body]
    return [[" ".join(line[a:b + 2].strip() for line in group).strip() for a, b in spans] for group in groups]


def squeezed(value) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value)
    return "".join(text.split())


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_report_shows_whole_cells_with_full(seeded, name):
    """--full wraps long cells instead of cutting them: every character of every cell is in the table."""
    rows = report(seeded, name)
    result = CliRunner().invoke(cli, ["report", name, "--full", "--width", "80", "--uri", seeded])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == COLUMNS[name] and all(len(line) <= 80 for line in lines)
    table = cells_of_full_table(result.output, len(rows))
    expected = [[squeezed(r[c]) for c in COLUMNS[name]] for r in rows]
    assert sorted(["".join(cell.split()) for cell in row] for row in table) == sorted(expected)
    cut = CliRunner().invoke(cli, ["report", name, "--width", "80", "--uri", seeded]).output
    if any(len(line) > 80 for line in report(seeded, name, fmt="table").splitlines()):  # too wide for 80
        assert "…" in cut


# --- one report at a time ------------------------------------------------------------------

def test_who_met_whom_by_place_name_or_alias(seeded):
    rows = report(seeded, "who-met-whom", "place=Mosca")
    assert rows and {r["place"] for r in rows} == {"Moscow"}
    pair = [r for r in rows if {r["actor"], r["met"]} == {"Steve Witkoff", "Vladimir Putin"}]
    assert ("2026-01-22", "Moscow", "planned") in {(r["date"], r["place"], r["status"]) for r in pair}
    assert sorted(report(seeded, "who-met-whom", "place=MOSCOW"), key=json.dumps) == sorted(rows, key=json.dumps)
    assert report(seeded, "who-met-whom", "place=Atlantide") == []


def test_who_met_whom_puts_the_filtered_actor_first(seeded):
    everyone = report(seeded, "who-met-whom")
    rows = report(seeded, "who-met-whom", "actor=putin")
    assert rows and {r["actor"] for r in rows} == {"Vladimir Putin"}
    assert "Vladimir Putin" not in {r["met"] for r in rows}
    # the same meetings as the unfiltered report's rows that name Putin on either side
    def key(r):
        # the pair sorted: a frozenset's text may list two equal sets in different orders
        return (r["date"], r["place"], r["status"], r["file"], tuple(sorted((r["actor"], r["met"]))))
    assert sorted(map(key, rows), key=str) == sorted((key(r) for r in everyone
                                                      if "Vladimir Putin" in (r["actor"], r["met"])), key=str)
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)


def test_every_article_title_comes_with_its_file_name(seeded):
    for name, columns in COLUMNS.items():
        if "file" not in columns:
            continue
        rows = report(seeded, name)
        assert {r["file"] for r in rows if r["article"]} <= SEED_FILES, name
        assert all(r["file"] for r in rows if r["article"]), name


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
    assert moscow["first_date"] <= moscow["last_date"]
    assert [r["meetings"] for r in rows] == sorted((r["meetings"] for r in rows), reverse=True)

    assert report(seeded, "meetings-by-place", "place=mosca") == [moscow]
    table = report(seeded, "meetings-by-place", "place=mosca", fmt="table").splitlines()
    assert table[0].split() == COLUMNS["meetings-by-place"]
    assert table[2].startswith("Moscow ") and ", ".join(moscow["participants"]) in table[2]
    assert len(table) == 3
    lines = list(csv.reader(io.StringIO(report(seeded, "meetings-by-place", "place=mosca", fmt="csv"))))
    assert lines == [COLUMNS["meetings-by-place"],
                     ["Moscow", str(moscow["meetings"]), moscow["first_date"], moscow["last_date"],
                      ", ".join(moscow["participants"])]]


def test_claims_by_speaker_witkoff(seeded):
    rows = report(seeded, "claims-by-speaker", "speaker=Witkoff")
    assert rows and all(r["speaker"].endswith("Witkoff") for r in rows)
    quote = next(r for r in rows if r["quote"] == "Ho la sensazione che tutti vogliano la pace")
    assert quote["article"] == "Ucraina, domani a Mosca il faccia a faccia tra Putin e Witkoff"
    assert quote["file"] == "000_765f587e8527f379.txt"
    assert quote["date"] == "2026-01-21"
    assert "Ho la sensazione che tutti vogliano la pace" in quote["sentence"]


def test_who_said_what_about_putin(seeded):
    rows = report(seeded, "who-said-what-about", "actor=Putin")
    assert rows and {r["about"] for r in rows} == {"Vladimir Putin"}
    evidence = {(c["speaker"], c["quote"]): c["sentence"] for c in report(seeded, "claims-by-speaker")}
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
    assert rows and {(r["actor"], r["hops"], r["link"]) for r in rows} == {("Vladimir Putin", 1, "Vladimir Putin")}
    witkoff = next(r for r in rows if r["contact"] == "Steve Witkoff")
    met = [r for r in report(seeded, "who-met-whom", "actor=Putin") if r["met"] == "Steve Witkoff"]
    assert witkoff["meetings_with_link"] == len(met) >= 2  # who-met-whom has one row per pair and meeting


def test_contact_network_of_zelensky_reaches_putin_in_two_hops(seeded):
    rows = report(seeded, "contact-network", "actor=Zelensky")  # hops: 2 by default
    assert {r["contact"] for r in rows if r["hops"] == 1} >= {"Steve Witkoff", "Jared Kushner"}
    putin = next(r for r in rows if r["contact"] == "Vladimir Putin")
    assert putin["hops"] == 2 and putin["link"] in {"Steve Witkoff", "Jared Kushner"}
    # the link is whom the contact met: as many meetings as who-met-whom has rows for the pair
    pair = [r for r in report(seeded, "who-met-whom", "actor=Putin") if r["met"] == putin["link"]]
    assert putin["meetings_with_link"] == len(pair) >= 1
    assert all(r["link"] == "Volodymyr Zelensky" for r in rows if r["hops"] == 1)
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
        assert report(seeded, "new-since-last-load") == [{"article": "Meteo", "file": "meteo.txt", "kind": None,
                                                          "date": None, "what": None}]
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
        "RETURN art.title AS article, art.source AS source")
    yield {"article": records[0]["article"], "file": Path(records[0]["source"]).name}
    neo4j_driver.execute_query("MATCH (n) WHERE n.id IN ['actor/test-lone', 'meeting/test-solo'] DETACH DELETE n")


def test_quality_actors_without_meetings(seeded, bad_records):
    rows = report(seeded, "quality-actors-without-meetings")
    assert {"actor": "Test Lone", "kind": "Person", "claims_made": 0, "articles_mentioning": 0} in rows
    assert not {"Vladimir Putin", "Steve Witkoff"} & {r["actor"] for r in rows}


def test_quality_single_participant_meetings(seeded, bad_records):
    rows = report(seeded, "quality-single-participant-meetings")
    assert {"meeting": "Test solo", "date": None, "participants": ["Vladimir Putin"], **bad_records} in rows
    assert all(len(r["participants"]) < 2 for r in rows)


def test_quality_undated_meetings(seeded, bad_records):
    rows = report(seeded, "quality-undated-meetings")
    assert {"meeting": "Test solo", "status": "planned", "date_words": "un giorno", **bad_records} in rows
    dated = {r["what"] for r in report(seeded, "timeline") if r["kind"] == "meeting" and r["date"]}
    assert dated and not dated & {r["meeting"] for r in rows}


# --- docs/browser.md and docs/browser-style.grass ------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs"


def cypher_blocks(markdown: str) -> list[str]:
    return [block.split("\n", 1)[1] for block in markdown.split("```")[1::2] if block.startswith("cypher\n")]


def test_browser_guide_queries_compile(neo4j_driver):
    blocks = cypher_blocks((DOCS / "browser.md").read_text(encoding="utf-8"))
    assert len(blocks) == 4
    for cypher in blocks:
        neo4j_driver.execute_query("EXPLAIN " + cypher, {name: None for name in PARAMETER.findall(cypher)})


def test_browser_guide_shows_the_graph_views_as_they_are_in_cypher():
    blocks = cypher_blocks((DOCS / "browser.md").read_text(encoding="utf-8"))
    queries = ["\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))
               for path in (CYPHER_DIR / "browser_who_met_whom.cypher", CYPHER_DIR / "browser_meetings.cypher")]
    assert [block.strip() for block in blocks[:2]] == [q.strip() for q in queries]


def test_browser_guide_shows_the_screenshots_it_names():
    guide = (DOCS / "browser.md").read_text(encoding="utf-8")
    shots = re.findall(r"\]\((screenshots/[^)]+\.png)\)", guide)
    assert len(shots) == 5 and all((DOCS / shot).is_file() for shot in shots)


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


CAPTIONS = {"node.Actor": "{name}", "node.Organization": "{name}", "node.Meeting": "{caption}",
            "node.Location": "{name}", "node.Claim": "{text}", "node.Article": "{title}",
            "relationship.MET": "{caption}"}


def test_browser_style_captions():
    style = parse_grass((DOCS / "browser-style.grass").read_text(encoding="utf-8"))
    assert {sel: rule["caption"] for sel, rule in style.items() if "." in sel and "caption" in rule} == CAPTIONS
    assert all(sel in ("node", "relationship") or sel.startswith(("node.", "relationship.")) for sel in style)
    assert all(style.values())


def test_every_caption_names_a_property_the_seeds_give(seeded, neo4j_driver):
    """A caption '{p}' shows nothing on a node or relationship without p: each must be there, and be text
    (the Browser writes dates and lists with quotes and brackets)."""
    for selector, caption in CAPTIONS.items():
        kind, label = selector.split(".")
        pattern = f"(x:{label})" if kind == "node" else f"()-[x:{label}]->()"
        records, _, _ = neo4j_driver.execute_query(
            f"MATCH {pattern} RETURN count(x) AS all, count(x[$prop]) AS captioned, "
            "all(v IN collect(x[$prop]) WHERE valueType(v) STARTS WITH 'STRING') AS text",
            prop=caption.strip("{}"))
        assert records[0]["all"] > 0 and records[0]["captioned"] == records[0]["all"] and records[0]["text"], selector


def test_the_browser_favorites_zip_holds_the_graph_views_and_every_report_as_is(tmp_path):
    import zipfile

    from kg.graph.cypher import graph_views, report_query, reports, write_browser_favorites
    path = tmp_path / "kg-favorites.zip"
    names = write_browser_favorites(path)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert names[:2] == ["kg/browser-meetings.cypher", "kg/browser-who-met-whom.cypher"]
    assert files == {f"kg/{r.name}.cypher": report_query(r.name) for r in graph_views() + reports()}
    assert all(text.startswith(("// Report:", "// Graph:")) for text in files.values())


# --- the graph views for Neo4j Browser (cypher/browser_*.cypher) ------------------------------

def graph_view_files():
    return sorted(p for p in CYPHER_DIR.glob("*.cypher") if p.read_text(encoding="utf-8").startswith(GRAPH_MARK))


def test_graph_views_are_the_browser_files_and_take_no_parameter():
    assert [p.name for p in graph_view_files()] == ["browser_meetings.cypher", "browser_who_met_whom.cypher"]
    assert sorted(CYPHER_DIR.glob("browser_*.cypher")) == graph_view_files()
    for path in graph_view_files():
        text = path.read_text(encoding="utf-8")
        assert not PARAMETER.findall(text), "the Browser refuses a query whose parameters are not set"
        assert ";" not in text and "// Parameters: none." in text


def graph_of(neo4j_driver, name):
    """The node and relationship ids a graph view returns, as the Browser draws them."""
    import neo4j.graph
    records, _, _ = neo4j_driver.execute_query((CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8"))
    nodes, rels = set(), set()
    for value in (v for record in records for v in record.values() if v is not None):
        assert isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship, neo4j.graph.Path)), type(value)
        parts = value.nodes if isinstance(value, neo4j.graph.Path) else [value]
        nodes |= {n.element_id for n in parts if isinstance(n, neo4j.graph.Node)}
        rels |= {r.element_id for r in (value.relationships if isinstance(value, neo4j.graph.Path) else [value])
                 if isinstance(r, neo4j.graph.Relationship)}
    return nodes, rels


def test_the_who_met_whom_view_draws_every_met(seeded, neo4j_driver):
    nodes, rels = graph_of(neo4j_driver, "browser_who_met_whom")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Actor)-[r:MET]->(b:Actor) RETURN collect(DISTINCT elementId(r)) AS rels, "
        "collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS nodes")
    assert rels == set(records[0]["rels"]) and nodes == set(records[0]["nodes"]) and rels


def test_the_meetings_view_draws_each_meeting_with_its_participants_and_city(seeded, neo4j_driver):
    nodes, rels = graph_of(neo4j_driver, "browser_meetings")
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (m:Meeting) OPTIONAL MATCH (m)-[h:HELD_IN]->(l:Location) "
        "RETURN collect(elementId(m)) + collect(elementId(l)) + COLLECT { MATCH (a:Actor)-[:ATTENDED]->(:Meeting) "
        "RETURN DISTINCT elementId(a) } AS nodes, collect(elementId(h)) + "
        "COLLECT { MATCH (:Actor)-[r:ATTENDED]->(:Meeting) RETURN elementId(r) } AS rels")
    assert nodes == set(records[0]["nodes"]) and rels == set(records[0]["rels"])
