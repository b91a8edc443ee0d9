"""What a `kg load` or `kg reload` writes besides the records, so that the graph is one resolution of
every article it holds, however the articles were grouped into loads. Pure: a snapshot and the new
records in, ids out.

Every load and reload resolves all the articles it can read (the files given, the files and folders
loaded before, and from the extraction cache the articles of the graph no file holds any more: stdin,
a file gone) together, and writes all their records in one transaction. What the old resolution wrote
and the new one does not is removed: the facts of articles it now sees otherwise (changes.facts_to_clear),
an id that changed kind (an organisation a meeting is held in is a place), the links of meetings
whose participants or place changed.
"""
from __future__ import annotations

from kg.graph.changes import ArticleState, Plan, Snapshot
from kg.graph.records import GraphRecords


def needs_resolution(before: Snapshot, plan: Plan, corrections: str) -> bool:
    """Articles come or go, or the corrections differ from those the graph was resolved with (or the
    graph does not say which: written by an older kg, or by a load that never finished)."""
    return plan.changes_articles or before.corrections != corrections


def kept_articles(before: Snapshot, plan: Plan) -> list[ArticleState]:
    """Articles of the graph this run neither read nor deletes: read from stdin, or their file gone."""
    read = {a.id for a in plan.current}
    deleted = {s.id for s in plan.deleted}
    return [s for s in before.articles.values() if s.id not in read and s.id not in deleted]


def entities_to_retire(before: Snapshot, records: GraphRecords) -> tuple[list[str], list[str]]:
    """(ids now actors that the graph holds as places, ids now places that it holds as actors)."""
    rows = records.rows
    actors = {r["id"] for name in ("load_people", "load_organizations") for r in rows.get(name, [])}
    places = {r["id"] for r in rows.get("load_locations", [])}
    return sorted(actors & before.locations.keys()), sorted(places & before.actors.keys())


def meetings_to_reset(before: Snapshot, records: GraphRecords) -> list[str]:
    """Meetings of the graph whose participants, place or MET pairs differ in `records`."""
    met: dict[str, set[str]] = {}
    for r in records.rows.get("load_met", []):
        met.setdefault(r["meeting"], set()).add(f"{r['a']} {r['b']}")
    reset = []
    for row in records.rows.get("load_meetings", []):
        old = before.meetings.get(row["id"])
        if old is None:
            continue
        places = {row["location"]} if row["location"] else set()
        if (old.participants, old.places, old.met) != (set(row["participants"]), places, met.get(row["id"], set())):
            reset.append(row["id"])
    return reset
