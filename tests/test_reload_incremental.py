"""Integration: `kg reload` adding articles one at a time, the new ones resolved against the state
kept beside the cache and only what changed written (kg/pipeline/reload.py; where an addition may change the
older articles, all resolved again and the changes written), leaves the graph that resolving every
article again and writing every record at each reload leaves."""
import json
from pathlib import Path

import pytest

from kg.pipeline import reload as reload_module
from kg.ingest import parse_article
from tests.test_reload import dump, kg  # noqa: F401 (the kg fixture)

pytestmark = pytest.mark.neo4j

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.json"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("kg-cache"))


def grown_graph(kg, driver, folder: Path, texts: list[str]) -> list[str]:  # noqa: F811
    """Loads the first four texts, then adds the others one reload at a time; the graph's dump."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for old in folder.glob("*.txt"):
        old.unlink()
    for n, text in enumerate(texts[:4]):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    kg("load", str(folder))
    for n, text in enumerate(texts[4:], 4):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        kg("reload")
    return dump(driver, keep_load_times=False)


def test_articles_added_one_by_one_give_the_graph_of_full_resolutions(kg, clean_db, tmp_path, monkeypatch):  # noqa: F811
    if not DEV.exists():
        pytest.skip("../shared/eval is not here")
    texts = [a["text"] for a in json.loads(DEV.read_text(encoding="utf-8"))["articles"][:12]]
    # A set is resolved in the order of article ids: the fast path takes articles whose ids come last
    texts.sort(key=lambda text: parse_article(text, "news").id)
    folder = tmp_path.resolve() / "news"
    folder.mkdir()
    incremental = []
    real = reload_module.resolve_added
    monkeypatch.setattr(reload_module, "resolve_added",
                        lambda *args, **kw: incremental.append(r := real(*args, **kw)) or r)
    grown = grown_graph(kg, clean_db, folder, texts)
    assert any(r is not None for r in incremental), "no article was resolved incrementally"
    # Without the state: every article resolved again and every record written at each reload
    monkeypatch.setattr(reload_module, "load_state", lambda *args, **kw: None)
    assert grown == grown_graph(kg, clean_db, folder, texts)
