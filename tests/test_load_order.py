"""Property: any grouping and order of loads and reloads of the same texts ends in the graph one load of
all of them builds (issue 16). The corpus: seeds/ and the dev articles of ../shared/eval (their texts
written to a temporary folder at test time)."""
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import graph_fingerprint as fingerprint
from kg.cli import cli

pytestmark = pytest.mark.neo4j

TRIALS = 20
RNG_SEED = 16


@pytest.fixture(scope="module")
def corpus(eval_corpus) -> list[Path]:
    return eval_corpus


@pytest.fixture(scope="module")
def kg(neo4j_uri, eval_cache, tmp_path_factory):
    """`kg ARGS` against the tests' server, with the session's extraction cache: spaCy reads each
    article once."""
    corrections = str(tmp_path_factory.mktemp("corrections") / "kg-corrections.json")

    def run(*args, stdin=None):
        result = CliRunner().invoke(cli, [*map(str, args), "--uri", neo4j_uri, "--cache-dir", eval_cache,
                                          "--corrections", corrections, "--jobs", "1"], input=stdin)
        assert result.exit_code == 0, result.output
        return result.output
    return run


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
