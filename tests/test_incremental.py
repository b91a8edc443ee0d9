"""Articles added to a resolved set (kg/resolve/grow.py) resolve to what a full resolution of the set
followed by them gives: seeds + dev + topics-dev (../shared/eval) added one at a time and in steps,
each addition taken incrementally when resolve_added can, the full resolution otherwise."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kg.dating import date_meetings
from kg.ingest import find_sources, parse_article, read_articles
from kg.knowledge import load_knowledge
from kg.model import Resolution
from kg.pipeline import extractions_of
from kg.resolve import resolve_fully
from kg.resolve.config import DEFAULT_CONFIG
from kg.resolve.grow import resolve_added
from kg.resolve.state import build_state, mentions_of

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="module")
def extractions(tmp_path_factory):
    if not (EVAL / "dev.json").exists():
        pytest.skip("../shared/eval is not here")
    articles = read_articles(find_sources([str(ROOT / "seeds")]).files)
    for name in ("dev", "topics-dev"):
        gold = json.loads((EVAL / f"{name}.json").read_text(encoding="utf-8"))
        articles += [parse_article(a["text"], a["id"]) for a in gold["articles"]]
    unique = list({a.id: a for a in reversed(articles)}.values())[::-1]
    return extractions_of(unique, load_knowledge(), cache_dir=str(tmp_path_factory.mktemp("cache")))


def full(extractions) -> tuple:
    resolved, workings = resolve_fully(extractions, load_knowledge())
    res = date_meetings(resolved, DEFAULT_CONFIG)
    return res, build_state(extractions, workings, resolved, res, load_knowledge())


def canonical(res: Resolution) -> dict[str, list]:
    return {
        "actors": sorted((a.id, a.name, a.kind, tuple(a.aliases), tuple(a.roles), a.side) for a in res.actors),
        "locations": sorted((loc.id, loc.name, tuple(loc.aliases)) for loc in res.locations),
        "meetings": sorted((m.id, tuple(m.participants), m.date, m.location, m.status, m.title, m.venue,
                            tuple((r.article, r.evidence, r.date_text) for r in m.reports)) for m in res.meetings),
        "claims": sorted((c.id, c.speaker, c.text, c.article, c.evidence, c.date) for c in res.claims),
        "mentions": sorted((m.article, m.entity, m.surface, m.start, m.end, m.rule, m.score) for m in res.mentions),
        "articles": [a.id for a in res.articles],
    }


def grown_in_steps(extractions, first: int, steps: list[int]) -> int:
    """Adds the extractions in steps, comparing each incremental result with the full one; returns
    how many steps were incremental."""
    knowledge = load_knowledge()
    _, state = full(extractions[:first])
    done, incremental = first, 0
    for end in steps:
        resolved = resolve_added(state, extractions[done:end], knowledge, DEFAULT_CONFIG)
        expected, expected_state = full(extractions[:end])
        if resolved is None:
            state = expected_state
        else:
            incremental += 1
            got = replace(date_meetings(resolved, DEFAULT_CONFIG),
                          mentions=mentions_of(state, state.article_ids))
            assert canonical(got) == canonical(expected), f"articles {done}..{end}"
        done = end
    return incremental


def test_one_article_at_a_time_equals_the_full_resolution(extractions):
    assert grown_in_steps(extractions, 5, list(range(6, len(extractions) + 1))) > len(extractions) // 3


def test_in_reverse_order_and_in_steps_of_three(extractions):
    backwards = extractions[::-1]
    grown_in_steps(backwards, 10, list(range(13, len(backwards) + 1, 3)))


def test_an_article_already_resolved_is_no_addition(extractions):
    _, state = full(extractions[:10])
    assert resolve_added(state, extractions[9:11], load_knowledge(), DEFAULT_CONFIG) is None
