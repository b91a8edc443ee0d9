"""Resolved entities and events -> graph records: plain dicts, one list per load query.

Pure: no driver. Each list feeds one cypher/load_*.cypher file as its $rows; a ReloadWrite holds them
with everything else one load or reload writes.
"""
from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from kg.model import Resolution


@dataclass
class GraphRecords:
    """Rows per load query, in the order they must be written (nodes before their relationships)."""
    rows: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def graph_records(res: Resolution, whole: Resolution | None = None) -> GraphRecords:
    """The rows of `res`; its meetings' cities and participants' sides are looked up in `whole`
    when `res` holds only part of a resolution (what a reload changes)."""
    whole = whole or res
    city = {loc.id: loc.name for loc in whole.locations}
    return GraphRecords({
        "load_articles": [{"id": a.id, "source": a.source, "title": a.title, "published": iso(a.published),
                           "content_hash": a.content_hash} for a in res.articles],
        "load_people": actor_rows(res, "Person"),
        "load_organizations": actor_rows(res, "Organization"),
        "load_locations": [{"id": loc.id, "name": loc.name, "aliases": loc.aliases} for loc in res.locations],
        "load_meetings": [{"id": m.id, "date": iso(m.date), "status": m.status, "title": m.title,
                           "participants": m.participants, "location": m.location, "place": city.get(m.location),
                           "venue": m.venue} for m in res.meetings],
        "load_met": met_rows(res, city, {a.id: a.side for a in whole.actors}),
        "load_meeting_reports": [{"meeting": m.id, "article": r.article, "evidence": r.evidence,
                                  "date_text": r.date_text} for m in res.meetings for r in m.reports],
        "load_claims": [{"id": c.id, "text": c.text, "date": iso(c.date), "speaker": c.speaker,
                         "article": c.article, "evidence": c.evidence} for c in res.claims],
        "load_mentions": mention_rows(res),
    })


def actor_rows(res: Resolution, kind: str) -> list[dict]:
    return [{"id": a.id, "name": a.name, "aliases": a.aliases, "roles": a.roles, "side": a.side}
            for a in res.actors if a.kind == kind]


def met_rows(res: Resolution, city: dict[str, str], side: dict[str, str | None]) -> list[dict]:
    """One MET per pair of participants and meeting, pointing from the smaller id to the larger, with the
    meeting's city name (`city`: location id -> name); its date and status come from the meeting node.
    Where the meeting has sides, only across them (two envoys who came together did not meet)."""
    return [{"a": a, "b": b, "meeting": m.id, "place": city.get(m.location)}
            for m in res.meetings for a, b in combinations(sorted(m.participants), 2)
            if not same_side(a, b, m.participants, side)]


def same_side(a: str, b: str, participants: list[str], side: dict[str, str | None]) -> bool:
    """a and b act for one country, at a meeting with another side (a meeting of one country's
    people among themselves has no sides)."""
    sides = {side.get(p) for p in participants} - {None}
    return len(sides) > 1 and side.get(a) is not None and side.get(a) == side.get(b)


def mention_rows(res: Resolution) -> list[dict]:
    counts = Counter((m.article, m.entity) for m in res.mentions)
    surfaces: dict[tuple, set] = {}
    for m in res.mentions:
        surfaces.setdefault((m.article, m.entity), set()).add(m.surface)
    return [{"article": art, "entity": ent, "surfaces": sorted(surfaces[(art, ent)]), "count": n}
            for (art, ent), n in counts.items()]


@dataclass
class ReloadWrite:
    """Everything one `kg load` or `kg reload` writes, in one transaction (see write_reload)."""
    delete_articles: list[str] = field(default_factory=list)   # ids: edited files' old versions, pruned files
    clear_articles: list[str] = field(default_factory=list)    # ids: unchanged articles whose facts are rewritten
    retire_actors: list[str] = field(default_factory=list)     # ids now Actors, held by Location nodes
    retire_places: list[str] = field(default_factory=list)     # ids now Locations, held by Actor nodes
    reset_meetings: list[str] = field(default_factory=list)    # ids: meetings whose links are written again
    records: GraphRecords = field(default_factory=GraphRecords)
    article_paths: list[dict] = field(default_factory=list)    # [{id, source, path}]
    loaded_paths: list[str] = field(default_factory=list)      # absolute paths to remember
    forget_paths: list[str] = field(default_factory=list)      # absolute paths gone, with --prune
    corrections: str | None = None                              # digest of the corrections resolved with
    token: str = field(default_factory=lambda: secrets.token_hex(8))   # the graph's write token after it

    def is_empty(self) -> bool:
        return not (self.delete_articles or self.clear_articles or any(self.records.rows.values())
                    or self.article_paths or self.loaded_paths or self.forget_paths or self.corrections)
