"""Property: any grouping and order of loads and reloads of the same texts ends in the graph one load of
all of them builds (issue 16). The corpus: seeds/ and the dev articles of ../shared/eval (their texts
written to a temporary folder at test time)."""
import json
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.json"
TRIALS = 20
RNG_SEED = 16


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """The seeds and the dev articles, one .txt file each."""
    if not DEV_SET.exists():
        pytest.fail(f"{DEV_SET} is missing: the load-order property runs on the seeds and the dev articles",
                    pytrace=False)
    folder = tmp_path_factory.mktemp("corpus").resolve()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / f"seed_{seed.name}")
    for article in json.loads(DEV_SET.read_text(encoding="utf-8"))["articles"]:
        (folder / f"dev_{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    return sorted(folder.glob("*.txt"))


@pytest.fixture(scope="module")
def kg(neo4j_uri, tmp_path_factory):
    """`kg ARGS` against the tests' server, with one extraction cache for the module: spaCy reads
    each article once."""
    cache = str(tmp_path_factory.mktemp("kg-cache"))
    corrections = str(tmp_path_factory.mktemp("corrections") / "kg-corrections.json")

    def run(*args, stdin=None):
        result = CliRunner().invoke(cli, [*map(str, args), "--uri", neo4j_uri, "--cache-dir", cache,
                                          "--corrections", corrections, "--jobs", "1"], input=stdin)
        assert result.exit_code == 0, result.output
        return result.output
    return run


def fingerprint(driver) -> dict:
    """Counts by label and by relationship type, the names of actors and places, the meeting ids."""
    labels, _, _ = driver.execute_query("MATCH (n) WHERE NOT n:LoadedPath "     # the paths given: bookkeeping
                                        "UNWIND labels(n) AS label RETURN label, count(*) AS n")
    types, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    names, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:Actor OR n:Location RETURN labels(n) AS labels, n.name AS name")
    meetings, _, _ = driver.execute_query("MATCH (m:Meeting) RETURN m.id AS id")
    return {"labels": sorted((r["label"], r["n"]) for r in labels),
            "types": sorted((r["type"], r["n"]) for r in types),
            "names": sorted(f"{'/'.join(sorted(r['labels']))} {r['name']}" for r in names),
            "meetings": sorted(r["id"] for r in meetings)}


def ids_on_two_nodes(driver) -> list[str]:
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:Actor OR n:Location OR n:Meeting OR n:Claim OR n:Article "
        "WITH n.id AS id, count(*) AS nodes WHERE nodes > 1 RETURN id")
    return [r["id"] for r in records]


@pytest.fixture(scope="module")
def one_load(kg, corpus, neo4j_driver) -> dict:
    """The fingerprint of one `kg load` of the whole corpus, into an empty graph."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    kg("load", *corpus)
    assert ids_on_two_nodes(neo4j_driver) == []
    return fingerprint(neo4j_driver)


def random_loads(rng: random.Random, files: list[Path]) -> list[tuple[str, list[Path]]]:
    """The files shuffled and cut into 1 to 4 groups, each given to `kg load` or `kg reload`."""
    files = rng.sample(files, len(files))
    groups = rng.randint(1, 4)
    cuts = sorted(rng.sample(range(1, len(files)), groups - 1))
    return [(rng.choice(["load", "reload"]), files[a:b]) for a, b in zip([0, *cuts], [*cuts, len(files)])]


def test_any_split_and_order_of_loads_gives_the_graph_of_one_load(kg, corpus, neo4j_driver, one_load):
    rng = random.Random(RNG_SEED)
    for trial in range(TRIALS):
        loads = random_loads(rng, corpus)
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
        for command, files in loads:
            kg(command, *files)
        plan = [(command, len(files)) for command, files in loads]
        assert ids_on_two_nodes(neo4j_driver) == [], f"trial {trial}: {plan}"
        assert fingerprint(neo4j_driver) == one_load, f"trial {trial}: {plan}"


def test_a_known_article_loaded_again_from_another_path_changes_nothing(kg, corpus, neo4j_driver, one_load,
                                                                        tmp_path):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    kg("load", *corpus)
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(corpus[0], copy)
    kg("load", copy)
    assert fingerprint(neo4j_driver) == one_load


def test_an_article_read_from_stdin_is_resolved_with_the_later_loads(kg, corpus, neo4j_driver, one_load):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    kg("load", "-", stdin=corpus[0].read_text(encoding="utf-8"))
    kg("load", *corpus[1:])
    got = fingerprint(neo4j_driver)
    assert (got["names"], got["meetings"]) == (one_load["names"], one_load["meetings"])
