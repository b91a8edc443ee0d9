"""What `kg reload` writes: the graph records of what changed, and the unchanged articles whose facts
are written again.

When the extraction cache holds the resolution state of exactly the graph's articles
(kg/resolve/store.py) and the reload only adds articles, the new ones alone are extracted and
resolved against it (kg/resolve/grow.py); only the entities, meetings and articles that changed are
written. Otherwise (no state, or not the graph's; edited or removed articles; an addition that may
change what the others resolved to) every article is resolved again, as before. Both ways end with
the state of the articles now in the graph, for the next reload.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, ContextManager, Iterable

from kg.corrections import Corrections
from kg.dating import date_meetings
from kg.pipeline.cache import pipeline_fingerprint
from kg.graph.changes import Plan, Snapshot, article_facts, facts_to_clear
from kg.graph.records import GraphRecords, graph_records
from kg.kept import collector_paused
from kg.model import ArticleFailed, Extraction, Resolution
from kg.pipeline import extractions_of, no_progress, tables
from kg.pipeline.jobs import SpacyBatches
from kg.resolve import resolve_fully
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.grow import resolve_added
from kg.resolve.state import ResolveState, build_state, mentions_of
from kg.resolve.store import load_state, resolver_key, save_state


def reload_changes(before: Snapshot, plan: Plan, *, model: str | None = None, cache_dir: str | None = None,
                   corrections: Corrections | None = None,
                   progress: Callable[[int], ContextManager] = no_progress,
                   on_failure: Callable[[ArticleFailed], None] | None = None, batches: SpacyBatches = SpacyBatches(),
                   config: ResolverConfig = DEFAULT_CONFIG, keep_state: bool = True, known: Iterable[Extraction] = ()
                   ) -> tuple[GraphRecords, list[str]]:
    """The records to write and the ids of the unchanged articles whose facts they rewrite; the state
    of the articles after the write is kept for the next reload unless `keep_state` is false (a dry run).
    `known`: extractions of the graph's articles no file holds (resolved with the others).

    The set is resolved in the order of article ids (kg/pipeline.run); the fast path puts the added
    articles in their places among the state's (kg/resolve/grow.py)."""
    known = list(known)
    if batches.ahead is not None and 0 < len(plan.new) <= batches.articles_per_task:
        batches.ahead.read_soon(plan.new)       # read while the tables and the state are loaded
    knowledge = tables()
    folder = Path(cache_dir) / pipeline_fingerprint(model) if cache_dir else None
    key = resolver_key(config, corrections)
    extract = dict(model=model, cache_dir=cache_dir, progress=progress, on_failure=on_failure, batches=batches)
    state = load_state(folder, key) if folder else None
    old = None
    if state is not None and not (plan.changed or plan.deleted or known) and is_the_graphs(state, before, plan):
        added = sorted(extractions_of(plan.new, knowledge, **extract), key=lambda x: x.article.id)
        old = resolution_now(state)
        resolved = resolve_added(state, added, knowledge, config, corrections)
        if resolved is not None:
            res = date_meetings(resolved, config)
            new = {x.article.id for x in added}
            written = plan_written(res, old, new)
            records = part_records(res, old, written, mentions_of(state, written))
            state.meetings, state.final_actors, state.final_locations = res.meetings, res.actors, res.locations
            state.facts.update(article_facts(records))
            if keep_state:
                save_state(folder, key, state)
            return records, [a for a in written if a not in new]
    extractions = sorted([*extractions_of(plan.current, knowledge, **extract), *known], key=lambda x: x.article.id)
    with collector_paused():
        resolved, workings = resolve_fully(extractions, knowledge, corrections, config)
        res = date_meetings(resolved, config)
        records = graph_records(res)
        cleared = facts_to_clear(before, [a.id for a in plan.unchanged] + [x.article.id for x in known], records)
        if old is not None:
            # The graph holds `old`: what did not change need not be written again.
            written = {a.id for a in plan.new} | set(cleared) | mentions_changed(state, res)
            records = part_records(res, old, written, [m for m in res.mentions if m.article in written])
        if folder and keep_state:
            save_state(folder, key, build_state(extractions, workings, resolved, res, knowledge, config))
    return records, cleared


def resolution_now(state: ResolveState) -> Resolution:
    """What the graph holds, as the state resolved it (its mentions left out)."""
    return Resolution(state.articles, state.final_actors, state.final_locations, [], state.meetings, [])


def is_the_graphs(state: ResolveState, before: Snapshot, plan: Plan) -> bool:
    """The state resolved the graph's unchanged articles, and their facts in the graph are its own."""
    unchanged = {a.id for a in plan.unchanged}
    if len(unchanged) != len(state.article_ids) or unchanged != set(state.article_ids):
        return False
    # a yearless dateline is dated by the newest article read with it (kg/ingest): a new one may move it
    days = {a.id: (a.published, a.published_month) for a in state.articles}
    return all(days[a.id] == (a.published, a.published_month) for a in plan.unchanged) \
        and all(before.articles[i].facts() == state.facts.get(i, NO_FACTS) for i in unchanged)


NO_FACTS: tuple = (frozenset(), frozenset(), frozenset())


def mentions_changed(state: ResolveState, res: Resolution) -> set[str]:
    """The state's articles whose mentions' rows (entity, surfaces, count) the new resolution changes,
    though not the entities they mention ("l'inviato speciale" now linked to Witkoff, also named)."""
    now: dict[str, Counter] = defaultdict(Counter)
    for m in res.mentions:
        now[m.article][(m.entity, m.surface)] += 1
    return {a for a in state.article_ids
            if Counter((row[0], row[1]) for row in state.mentions.get(a, ())) != now.get(a, Counter())}


def plan_written(res: Resolution, old: Resolution, new: set[str]) -> list[str]:
    """The new articles and the old ones whose meetings changed (a grown resolution changes nothing
    else of an old article: kg/resolve/grow.py)."""
    before, now = reported_in(old), reported_in(res)
    return [a.id for a in res.articles if a.id in new or before.get(a.id) != now.get(a.id)]


def part_records(res: Resolution, old: Resolution, written: Iterable[str], mentions: list) -> GraphRecords:
    """The records of the `written` articles (all their facts), and of the entities and meetings that
    differ from `old`'s, the graph's."""
    written = set(written)
    old_actors = {a.id: a for a in old.actors}
    old_locations = {loc.id: loc for loc in old.locations}
    old_meetings = {m.id: m for m in old.meetings}
    actors = [a for a in res.actors if old_actors.get(a.id) != a]
    changed_people = {a.id for a in actors}
    meetings = [m for m in res.meetings if old_meetings.get(m.id) != m or changed_people & set(m.participants)
                or written & {r.article for r in m.reports}]
    part = Resolution(
        articles=[a for a in res.articles if a.id in written],
        actors=actors,
        locations=[loc for loc in res.locations if old_locations.get(loc.id) != loc],
        mentions=mentions,
        meetings=meetings,
        claims=[c for c in res.claims if c.article in written])
    return graph_records(part, whole=res)


def reported_in(res: Resolution) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for m in res.meetings:
        for r in m.reports:
            found[r.article].add(m.id)
    return found
