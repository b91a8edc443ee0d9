"""The graph after a write, from the snapshot before it and what the write holds: each step of
kg/graph/load.py's _reload_tx (delete, clear, retire, reset, the records' MERGEs, the paths, the
garbage collection) applied to the snapshot. Gives --dry-run its summary, and a write its summary and
the snapshot kept for the next run, without reading the graph again. Pure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kg.graph.changes import ActorState, ArticleState, MeetingState, Snapshot, article_path
from kg.graph.records import ReloadWrite

ACTOR_KINDS = (("Person", "load_people"), ("Organization", "load_organizations"))


@dataclass
class Facts:
    """What the records link to each article: meetings and claims reported in it, entities it mentions."""
    meetings: dict[str, set[str]]
    claims: dict[str, set[str]]
    entities: dict[str, set[str]]


def predict(before: Snapshot, change: ReloadWrite) -> Snapshot:
    """The snapshot cypher/snapshot.cypher would read after `change` is written."""
    retired = set(change.retire_actors) | set(change.retire_places)
    actors = {i: a for i, a in before.actors.items() if i not in change.retire_places} | written_actors(change)
    locations = ({i: n for i, n in before.locations.items() if i not in change.retire_actors}
                 | {r["id"]: r["name"] for r in change.records.rows.get("load_locations", [])})
    meetings = written_meetings(before, change, retired, actors.keys(), locations.keys())
    articles = written_articles(before, change, retired)
    claims = before.claims | {r["id"] for r in change.records.rows.get("load_claims", [])}
    link_facts(articles, written_facts(change, articles.keys(), actors.keys(), meetings.keys(), claims),
               entities=actors.keys() | locations.keys())
    if collects_garbage(change):
        mentioned = frozenset().union(*(a.entities for a in articles.values()))
        reported = frozenset().union(*(a.meetings for a in articles.values()))
        actors = {i: a for i, a in actors.items() if i in mentioned}
        locations = {i: n for i, n in locations.items() if i in mentioned}
        meetings = {i: m for i, m in meetings.items() if i in reported}
        claims = frozenset().union(*(a.claims for a in articles.values()))
    meetings = {i: linked(m, actors.keys(), locations.keys()) for i, m in meetings.items()}
    return Snapshot(articles, actors, locations, meetings, frozenset(claims), loaded_paths_after(before, change),
                    change.corrections if change.corrections is not None else before.corrections, change.token)


def collects_garbage(change: ReloadWrite) -> bool:
    return bool(change.delete_articles or change.clear_articles or change.retire_actors or change.retire_places
                or change.reset_meetings)


def written_actors(change: ReloadWrite) -> dict[str, ActorState]:
    """The records' values replace the old: they hold the whole set's resolution of each actor written."""
    return {r["id"]: ActorState(r["id"], r["name"], kind, tuple(r["aliases"]))
            for kind, name in ACTOR_KINDS for r in change.records.rows.get(name, [])}


def written_meetings(before: Snapshot, change: ReloadWrite, retired: set[str], actors, locations
                     ) -> dict[str, MeetingState]:
    """Meetings after reset_meetings, retire_entities and the load_meetings and load_met MERGEs."""
    reset = set(change.reset_meetings)
    meetings = {i: MeetingState(i, m.title, m.status, frozenset(), frozenset(), frozenset()) if i in reset
                else replace(m, participants=m.participants - retired, places=m.places - retired)
                for i, m in before.meetings.items()}
    for r in change.records.rows.get("load_meetings", []):
        old = meetings.get(r["id"]) or MeetingState(r["id"], r["title"], r["status"], frozenset())
        place = {r["location"]} & locations if r["location"] else set()
        meetings[r["id"]] = replace(old, title=r["title"], status=r["status"], places=old.places | place,
                                    participants=old.participants | (set(r["participants"]) & actors))
    pairs: dict[str, set[str]] = {}
    for r in change.records.rows.get("load_met", []):
        if r["meeting"] in meetings and r["a"] in actors and r["b"] in actors:
            pairs.setdefault(r["meeting"], set()).add(f"{r['a']} {r['b']}")
    return {i: replace(m, met=m.met | pairs[i]) if i in pairs else m for i, m in meetings.items()}


def linked(meeting: MeetingState, actors, locations) -> MeetingState:
    """A meeting's links to the entities that remain; a MET pair shows from an actor who attended."""
    participants = meeting.participants & actors
    met = frozenset(p for p in meeting.met if set(p.split(" ")) <= actors and p.split(" ")[0] in participants)
    return replace(meeting, participants=participants, places=meeting.places & locations, met=met)


def written_articles(before: Snapshot, change: ReloadWrite, retired: set[str]) -> dict[str, ArticleState]:
    """Articles after delete_article, clear_article_facts, retire_entities, load_articles and
    record_article_paths (their facts come after: link_facts)."""
    deleted, cleared = set(change.delete_articles), set(change.clear_articles)
    articles = {i: replace(s, meetings=frozenset(), claims=frozenset(), entities=frozenset()) if i in cleared
                else s if s.entities.isdisjoint(retired) else replace(s, entities=s.entities - retired)
                for i, s in before.articles.items() if i not in deleted}
    for r in change.records.rows.get("load_articles", []):
        old = articles.get(r["id"]) or ArticleState(r["id"], r["source"], None, path_recorded=False)
        articles[r["id"]] = replace(old, source=r["source"], content_hash=r["content_hash"],
                                    published=date.fromisoformat(r["published"]) if r["published"] else None)
    for r in change.article_paths:
        if r["id"] in articles:
            articles[r["id"]] = replace(articles[r["id"]], source=r["source"], path=r["path"], path_recorded=True)
    return {i: s if s.path_recorded else replace(s, path=article_path(s.source)) for i, s in articles.items()}


def written_facts(change: ReloadWrite, articles, actors, meetings, claims) -> Facts:
    """The REPORTED_IN and MENTIONS the records add, where their ends exist (the Cypher MATCHes them)."""
    rows = change.records.rows
    facts = Facts({}, {}, {})
    for r in rows.get("load_meeting_reports", []):
        if r["meeting"] in meetings and r["article"] in articles:
            facts.meetings.setdefault(r["article"], set()).add(r["meeting"])
    for r in rows.get("load_claims", []):
        if r["id"] in claims and r["speaker"] in actors and r["article"] in articles:
            facts.claims.setdefault(r["article"], set()).add(r["id"])
    for r in rows.get("load_mentions", []):
        if r["article"] in articles:
            facts.entities.setdefault(r["article"], set()).add(r["entity"])
    return facts


def link_facts(articles: dict[str, ArticleState], facts: Facts, *, entities) -> None:
    for i in facts.meetings.keys() | facts.claims.keys() | facts.entities.keys():
        s = articles[i]
        articles[i] = replace(s, meetings=s.meetings | facts.meetings.get(i, set()),
                              claims=s.claims | facts.claims.get(i, set()),
                              entities=s.entities | (facts.entities.get(i, set()) & entities))


def loaded_paths_after(before: Snapshot, change: ReloadWrite) -> list[str]:
    return sorted((set(before.loaded_paths) | set(change.loaded_paths)) - set(change.forget_paths))
