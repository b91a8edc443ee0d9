"""Articles added to a resolved set (kg/resolve/grow.py) resolve to what a full resolution of them all
in the order of article ids gives, wherever the added ids sort among the set's: seeds + dev +
topics-dev (../shared/eval) added one at a time (in their files' order, backwards, shuffled) and in
steps, each addition taken incrementally when resolve_added can, the full resolution otherwise."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

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
    """The resolution of the set in the order of article ids (kg/pipeline), and its state."""
    extractions = sorted(extractions, key=lambda x: x.article.id)
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


class Step(NamedTuple):
    incremental: bool       # resolve_added resolved the addition against the state
    inside: bool            # an added id sorts before an id of the set (not at its end)


def grown_in_steps(extractions, first: int, steps: list[int]) -> list[Step]:
    """Adds the extractions in steps, comparing each incremental result with the full one (the whole
    Resolution, in its order); returns each step's way."""
    knowledge = load_knowledge()
    _, state = full(extractions[:first])
    done, found = first, []
    for end in steps:
        inside = min(x.article.id for x in extractions[done:end]) < max(state.article_ids)
        resolved = resolve_added(state, extractions[done:end], knowledge, DEFAULT_CONFIG)
        expected, expected_state = full(extractions[:end])
        if resolved is None:
            state = expected_state
        else:
            got = replace(date_meetings(resolved, DEFAULT_CONFIG),
                          mentions=mentions_of(state, state.article_ids))
            assert canonical(got) == canonical(expected), f"articles {done}..{end}"
            # the state keeps the articles without their texts (records need their ids, sources and days)
            textless = replace(expected, articles=[replace(a, text="") for a in expected.articles])
            assert got == textless, f"articles {done}..{end}: the same, in another order"
        found.append(Step(resolved is not None, inside))
        done = end
    return found


def taken(steps: list[Step], inside: bool | None = None) -> int:
    """How many of the steps (those inside the id order, or at its end, or all) were incremental."""
    return sum(s.incremental for s in steps if inside is None or s.inside == inside)


# On these few articles about the same meetings an addition often names a variant of a name of the
# set, and is resolved again whatever its id (in id order, each added last: 25 of 54 incremental):
# what these check is that an id sorting anywhere is no reason more.

def test_one_article_at_a_time_equals_the_full_resolution(extractions):
    steps = grown_in_steps(extractions, 5, list(range(6, len(extractions) + 1)))
    inside = [s for s in steps if s.inside]
    assert len(inside) > len(steps) * 3 // 4
    assert taken(inside) >= len(inside) * 2 // 5


def test_shuffled_one_at_a_time(extractions):
    shuffled = random.Random(17).sample(extractions, len(extractions))
    steps = grown_in_steps(shuffled, 20, list(range(21, len(shuffled) + 1)))
    inside = [s for s in steps if s.inside]
    assert len(inside) > len(steps) * 3 // 4
    assert taken(inside) >= len(inside) * 2 // 5


def test_each_addition_sorting_first_is_as_incremental_as_one_sorting_last(extractions):
    ascending = sorted(extractions, key=lambda x: x.article.id)
    last = grown_in_steps(ascending, 10, list(range(11, len(ascending) + 1)))
    first = grown_in_steps(ascending[::-1], 10, list(range(11, len(ascending) + 1)))
    assert all(s.inside for s in first) and not any(s.inside for s in last)
    assert taken(first) >= taken(last) * 4 // 5 > 0


def test_in_reverse_order_and_in_steps_of_three(extractions):
    backwards = extractions[::-1]
    assert taken(grown_in_steps(backwards, 10, list(range(13, len(backwards) + 1, 3))), inside=True) > 0


def test_an_article_already_resolved_is_no_addition(extractions):
    _, state = full(extractions[:10])
    assert resolve_added(state, extractions[9:11], load_knowledge(), DEFAULT_CONFIG) is None


def test_a_new_name_of_an_acronym_the_set_already_reads_two_ways_is_incremental(tmp_path):
    """"PS" of the set stands for none of its two names of those initials; a third, added, changes
    nothing there: the addition is resolved against the state, and equals the full resolution."""
    texts = ["Gli agenti della Polizia di Stato sono arrivati in via Verdi. La PS ha fermato due uomini.",
             "Il Pronto Soccorso di Carpi è pieno. Il direttore del Pronto Soccorso ha chiesto altri medici.",
             "La PS ha chiuso la strada per due ore.",
             "Il Partito Socialista ha presentato la sua lista. Il PS correrà da solo alle elezioni."]
    articles = [parse_article(f" date 2025-03-0{i + 1} Titolo\n\n{t}", f"a{i}.txt") for i, t in enumerate(texts)]
    extractions = sorted(extractions_of(articles, load_knowledge(), cache_dir=str(tmp_path)),
                         key=lambda x: x.article.source)
    _, state = full(extractions[:3])
    assert len(state.initials.get("ps", ())) == 2 and "ps" in state.acronym_letters
    assert grown_in_steps(extractions, 3, [4]) == [Step(True, extractions[3].article.id < max(state.article_ids))]


def test_a_role_two_people_of_an_added_article_hold_alike_links_as_in_the_full_resolution(tmp_path):
    """named_last reads where the article names its people: an added article's role of two holders
    links as the full resolution links it."""
    texts = ["Il ministro Carlo Bassi ha visitato la fiera di Verona.",
             "Al tavolo c'erano i due vicepremier Luca Neri e Piet Vos. Più cauto Vos. Il vicepremier ha detto che "
             "«serve tempo»."]
    articles = [parse_article(f" date 2025-03-0{i + 1} Titolo\n\n{t}", f"b{i}.txt") for i, t in enumerate(texts)]
    extractions = sorted(extractions_of(articles, load_knowledge(), cache_dir=str(tmp_path)),
                         key=lambda x: x.article.source)
    expected, _ = full(extractions)
    assert any(m.surface == "vicepremier" and m.rule == "role-holder" for m in expected.mentions)
    assert grown_in_steps(extractions, 1, [2]) == [Step(True, extractions[1].article.id < extractions[0].article.id)]


@pytest.mark.parametrize("first, second", [
    ("Il ministro Carlo Bassi Ferraris ha visitato la fiera di Verona.", "Bassi Ferraris ha detto che «serve tempo»."),
    ("Bassi Ferraris ha detto che «serve tempo».", "Il ministro Carlo Bassi Ferraris ha visitato la fiera di Verona."),
])
def test_a_double_surname_written_alone_in_an_added_article_joins_as_in_the_full_resolution(tmp_path, first, second):
    """"Bassi Ferraris" ends "Carlo Bassi Ferraris" word for word: one person, whichever article comes first,
    and kg reload's addition (against the state, or resolved again) equals the full resolution."""
    articles = [parse_article(f" date 2025-03-0{i + 1} Titolo\n\n{t}", f"c{i}.txt") for i, t in enumerate((first, second))]
    extractions = sorted(extractions_of(articles, load_knowledge(), cache_dir=str(tmp_path)),
                         key=lambda x: x.article.source)
    expected, _ = full(extractions)
    people = {m.entity for m in expected.mentions if "Ferraris" in m.surface}
    assert len(people) == 1
    grown_in_steps(extractions, 1, [2])
