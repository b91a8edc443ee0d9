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

from collections import defaultdict
from pathlib import Path
from typing import Callable, ContextManager

from kg.dating import date_meetings
from kg.extract.cache import pipeline_fingerprint
from kg.graph.changes import Plan, Snapshot, article_facts, facts_to_clear
from kg.graph.records import GraphRecords, graph_records
from kg.jobs import ArticleFailed, SpacyBatches
from kg.knowledge import load_knowledge
from kg.model import Resolution, ResolveStats
from kg.pipeline import extractions_of, no_progress
from kg.resolve import resolve_fully
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.corrections import Corrections
from kg.resolve.grow import entities_now, resolve_added
from kg.resolve.state import ResolveState, build_state, mentions_of
from kg.resolve.store import load_state, resolver_key, save_state


def reload_changes(before: Snapshot, plan: Plan, *, model: str | None = None, cache_dir: str | None = None,
                   corrections: Corrections | None = None,
                   progress: Callable[[int], ContextManager] = no_progress,
                   on_failure: Callable[[ArticleFailed], None] | None = None, batches: SpacyBatches = SpacyBatches(),
                   config: ResolverConfig = DEFAULT_CONFIG, keep_state: bool = True
                   ) -> tuple[GraphRecords, list[str]]:
    """The records to write and the ids of the unchanged articles whose facts they rewrite; the state
    of the articles after the write is kept for the next reload unless `keep_state` is false (a dry run)."""
    knowledge = load_knowledge()
    folder = Path(cache_dir) / pipeline_fingerprint(model) if cache_dir else None
    key = resolver_key(config, corrections)
    extract = dict(model=model, cache_dir=cache_dir, progress=progress, on_failure=on_failure, batches=batches)
    state = load_state(folder, key) if folder else None
    if state is not None and not (plan.changed or plan.deleted) and is_the_graphs(state, before, plan):
        added = extractions_of(plan.new, knowledge, **extract)
        old_actors, old_locations = entities_now(state)
        old = Resolution(state.articles, old_actors, old_locations, [], state.meetings, [], ResolveStats())
        resolved = resolve_added(state, added, knowledge, config, corrections) if added else None
        if resolved is not None:
            res = date_meetings(resolved, config.min_shared_participants)
            records, cleared = changed_records(res, old, state, {x.article.id for x in added})
            state.meetings = res.meetings
            state.facts.update(article_facts(records))
            if keep_state:
                save_state(folder, key, state)
            return records, cleared
    extractions = extractions_of(plan.current, knowledge, **extract)
    resolved, workings = resolve_fully(extractions, knowledge, corrections, config)
    res = date_meetings(resolved, config.min_shared_participants)
    records = graph_records(res)
    if folder and keep_state:
        save_state(folder, key, build_state(extractions, workings, res, knowledge))
    return records, facts_to_clear(before, plan, records)


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


def changed_records(res: Resolution, old: Resolution, state: ResolveState, new: set[str]
                    ) -> tuple[GraphRecords, list[str]]:
    """The records of the new articles, of the entities and meetings that changed, and of the old
    articles whose meetings changed (their facts are cleared and written again)."""
    old_actors = {a.id: a for a in old.actors}
    old_locations = {loc.id: loc for loc in old.locations}
    old_meetings = {m.id: m for m in old.meetings}
    actors = [a for a in res.actors if old_actors.get(a.id) != a]
    changed_people = {a.id for a in actors}
    meetings_of_before, meetings_of_now = reported_in(old), reported_in(res)
    cleared = [a for a in old_ids(state, new) if meetings_of_before.get(a) != meetings_of_now.get(a)]
    written = new | set(cleared)
    meetings = [m for m in res.meetings if old_meetings.get(m.id) != m or changed_people & set(m.participants)
                or written & {r.article for r in m.reports}]
    part = Resolution(
        articles=[a for a in res.articles if a.id in written],
        actors=actors,
        locations=[loc for loc in res.locations if old_locations.get(loc.id) != loc],
        mentions=mentions_of(state, [a.id for a in res.articles if a.id in written]),
        meetings=meetings,
        claims=[c for c in res.claims if c.article in written],
        stats=res.stats)
    return graph_records(part, whole=res), cleared


def old_ids(state: ResolveState, new: set[str]) -> list[str]:
    return [i for i in state.article_ids if i not in new]


def reported_in(res: Resolution) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for m in res.meetings:
        for r in m.reports:
            found[r.article].add(m.id)
    return found
