"""--jobs: articles read by several processes give what one process gives (kg/pipeline/jobs.py)."""
import functools
import json
import os
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.pipeline import jobs, reader
from kg.cli import cli
from kg.ingest import parse_article
from kg.pipeline.jobs import SpacyBatches
from kg.knowledge import load_knowledge
from kg.nlp import BLANK, PipelineError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The five seeds in three tasks of two articles, so that two processes each read some.
SMALL_BATCHES = functools.partial(SpacyBatches, articles_per_task=2)


@pytest.mark.parametrize("articles,jobs,processes", [(5, 4, 1), (64, 1, 1), (64, 2, 2), (100, 8, 3)])
def test_each_process_reads_whole_tasks(articles, jobs, processes):
    assert SpacyBatches(articles_per_task=32, jobs=jobs).processes_for(articles) == processes


def kg(*args):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_extract_with_two_jobs_prints_what_one_job_prints(monkeypatch):
    monkeypatch.setattr(pipeline, "SpacyBatches", SMALL_BATCHES)
    assert SMALL_BATCHES(jobs=2).processes_for(5) == 2
    one = kg("extract", str(SEEDS), "--json", "--jobs", "1")
    assert kg("extract", str(SEEDS), "--json", "--jobs", "2") == one
    assert len(json.loads(one)["articles"]) == 5 and json.loads(one)["meetings"]


def graph(driver) -> list[tuple]:
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, coalesce(n.id, n.path) AS id")
    links, _, _ = driver.execute_query("MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.path) AS a, type(r) AS type, "
                                       "coalesce(b.id, b.path) AS b")
    return sorted((tuple(r["labels"]), r["id"]) for r in nodes) + sorted(tuple(r.values()) for r in links)


@pytest.mark.neo4j
def test_load_with_two_jobs_builds_the_graph_one_job_builds(monkeypatch, neo4j_uri, clean_db, tmp_path):
    monkeypatch.setattr(pipeline, "SpacyBatches", SMALL_BATCHES)
    graphs = []
    for processes in ("1", "2"):
        clean_db.execute_query("MATCH (n) DETACH DELETE n")
        kg("load", str(SEEDS), "--jobs", processes, "--uri", neo4j_uri, "--cache-dir", str(tmp_path / f"cache-{processes}"))
        graphs.append(graph(clean_db))
    assert graphs[1] == graphs[0] and len(graphs[0]) > 50


def test_an_article_failing_in_a_worker_is_named_and_the_others_go_on(monkeypatch):
    real = reader.extract

    def failing(article, doc, knowledge):
        if article.source == "bad.txt":
            raise IndexError("list index out of range")
        return real(article, doc, knowledge)
    monkeypatch.setattr(reader, "extract", failing)      # the workers are forked: they see it too
    articles = [parse_article(f"Il sindaco Mario Rossi a Modena, testo {i}.", name)
                for i, name in enumerate(["a.txt", "b.txt", "bad.txt", "c.txt"])]
    failures = []
    extractions = pipeline.extractions_of(articles, load_knowledge(), model=BLANK, on_failure=failures.append,
                                          batches=SMALL_BATCHES(jobs=2))
    assert [x.article.source for x in extractions] == ["a.txt", "b.txt", "c.txt"]
    assert [str(f) for f in failures] == ["bad.txt: extraction failed (IndexError: list index out of range)"]
    assert extractions[0].article is articles[0]        # this process's article, not a worker's copy


def test_a_worker_that_dies_stops_the_run_instead_of_waiting_for_it(monkeypatch):
    def dying(article, doc, knowledge):
        os._exit(9)         # as if killed for memory
    monkeypatch.setattr(reader, "extract", dying)
    articles = [parse_article(f"Testo {i}.", f"{i}.txt") for i in range(4)]
    with pytest.raises(BrokenProcessPool):
        pipeline.extractions_of(articles, load_knowledge(), model=BLANK, batches=SMALL_BATCHES(jobs=2))


# --- the pipeline started ahead (kg reload) --------------------------------------------------

def seed_articles() -> list:
    return [parse_article(p.read_text(encoding="utf-8"), str(p)) for p in sorted(SEEDS.glob("*.txt"))]


def test_the_pipeline_started_ahead_reads_what_this_process_reads():
    articles = seed_articles()
    here = pipeline.extractions_of(articles, load_knowledge())
    with jobs.reader_ahead(None) as ahead:
        there = pipeline.extractions_of(articles, load_knowledge(), batches=SpacyBatches(ahead=ahead))
    assert there == here and [x.article for x in there] == articles
    assert all(x.article is a for x, a in zip(there, articles))     # this process's article, not a copy


def test_a_pipeline_that_cannot_be_built_ahead_fails_as_it_would_here():
    with jobs.reader_ahead("/no/such/pipeline") as ahead, pytest.raises(PipelineError, match="/no/such/pipeline"):
        pipeline.extractions_of(seed_articles()[:1], load_knowledge(), model="/no/such/pipeline",
                                batches=SpacyBatches(ahead=ahead))


def test_a_pipeline_ahead_that_died_is_built_here():
    articles = seed_articles()[:2]
    with jobs.reader_ahead(BLANK) as ahead:
        ahead.process.kill()            # as if killed for memory
        ahead.process.join()
        there = pipeline.extractions_of(articles, load_knowledge(), model=BLANK, batches=SpacyBatches(ahead=ahead))
    assert there == pipeline.extractions_of(articles, load_knowledge(), model=BLANK)


def test_a_pipeline_ahead_of_another_model_is_not_used():
    with jobs.reader_ahead(None) as ahead:
        ahead.stop()                    # anything sent to it now would fail
        extractions = pipeline.extractions_of(seed_articles()[:1], load_knowledge(), model=BLANK,
                                              batches=SpacyBatches(ahead=ahead))
    assert len(extractions) == 1


def test_the_reader_started_with_the_process_serves_its_model_and_no_other():
    jobs.start_reading_ahead(BLANK)
    started = jobs._started
    with jobs.reader_ahead(BLANK) as ahead:
        assert ahead is started and jobs._started is None
    jobs.start_reading_ahead(BLANK)
    started = jobs._started
    with jobs.reader_ahead(None) as ahead:
        assert ahead is not started and not started.process.is_alive()      # stopped, not left running


def test_articles_sent_ahead_are_read_once_and_others_still_read():
    first, second = seed_articles()[:1], seed_articles()[1:2]
    here = pipeline.extractions_of(first + second, load_knowledge(), model=BLANK)
    with jobs.reader_ahead(BLANK) as ahead:
        ahead.read_soon(first)
        assert ahead(first) == here[:1] and ahead.sent is None
        ahead.read_soon(first)
        assert ahead(second) == here[1:]        # another list: the reading sent ahead is dropped


def test_the_reader_ahead_ends_when_the_process_that_started_it_is_killed():
    """A `kg reload` killed mid-run leaves no spaCy process behind, waiting for articles for ever."""
    started = subprocess.run(
        [sys.executable, "-c", "import os, signal\nfrom kg.nlp import BLANK\nfrom kg.pipeline.jobs import ReaderAhead\n"
                               "print(ReaderAhead(BLANK).process.pid, flush=True)\nos.kill(os.getpid(), signal.SIGKILL)"],
        capture_output=True, text=True, timeout=60)
    reader_pid = int(started.stdout.split()[0])
    deadline = time.monotonic() + 30
    while is_running(reader_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not is_running(reader_pid)


def is_running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False
