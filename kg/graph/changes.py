"""What `kg reload` changes. Pure: graph snapshots and graph records in, plans and summaries out.

- plan_reload: which articles are new, changed (new text at a path that held another article),
  unchanged, or missing (in a reloaded folder, file gone), from the graph's snapshot and the files.
  An article's identity over time is its file's path; its id is its content hash.
- facts_to_clear: unchanged articles whose facts global resolution now sees differently (a new
  article names "Dmitry Peskov" in full, and an old "Peskov" mention now points to him).
- summarize: before vs after -> Summary (new actors, meetings, planned -> held, aliases), as text or JSON.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from kg.graph.records import GraphRecords
from kg.model import Article
from kg.text import counted

STDIN_SOURCE = "<stdin>"
MAX_NAMES = 8          # names listed per line of the text summary; JSON lists them all
NO_FACTS: tuple[frozenset, frozenset, frozenset] = (frozenset(), frozenset(), frozenset())


# --- snapshots ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleState:
    id: str
    source: str
    path: str | None                         # absolute path of its file; None for stdin
    meetings: frozenset[str] = frozenset()   # ids of the meetings it reports
    claims: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()   # ids of the actors and places it mentions
    path_recorded: bool = True               # False: loaded before paths were, `path` comes from `source`
    content_hash: str | None = None          # with `published`, the key of its extraction in the cache
    published: date | None = None

    def facts(self) -> tuple[frozenset, frozenset, frozenset]:
        return self.meetings, self.claims, self.entities


@dataclass(frozen=True)
class ActorState:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class MeetingState:
    id: str
    title: str
    status: str
    participants: frozenset[str]
    places: frozenset[str] = frozenset()     # ids of the places it is held in (one, or none)
    met: frozenset[str] = frozenset()        # "a b": its MET pairs


@dataclass
class Snapshot:
    articles: dict[str, ArticleState] = field(default_factory=dict)
    actors: dict[str, ActorState] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=dict)      # id -> name
    meetings: dict[str, MeetingState] = field(default_factory=dict)
    claims: frozenset[str] = frozenset()
    loaded_paths: list[str] = field(default_factory=list)
    corrections: str | None = None     # digest of the corrections last resolved with; None: not recorded
    write_token: str | None = None     # the token of kg's last write (cypher/write_token.cypher); None: none


def article_path(source: str) -> str | None:
    """The absolute path of an article's file, its identity across edits; None for stdin."""
    return None if source == STDIN_SOURCE else os.path.realpath(source)


def article_paths(sources: Iterable[str]) -> dict[str, str | None]:
    """article_path of each source, each folder resolved once: a file that is no link is its real
    folder's entry (os.path.realpath of 10,000 files walks each path 10,000 times)."""
    folders: dict[str, str] = {}
    paths = {}
    for source in sources:
        folder, name = os.path.split(source)
        if source == STDIN_SOURCE or name in ("", os.curdir, os.pardir) or os.path.islink(source):
            paths[source] = article_path(source)
            continue
        if folder not in folders:
            folders[folder] = os.path.realpath(folder or os.curdir)
        paths[source] = os.path.join(folders[folder], name)
    return paths


def roots_of(paths: Iterable[str]) -> list[str]:
    """The absolute paths of the files and folders given (stdin, "-", has none)."""
    return sorted({os.path.realpath(p) for p in paths if p != "-"})


def as_given(root: str) -> str:
    """A remembered absolute path as a user would type it here: relative when under the current folder,
    so articles read from it get the same source as with `kg load folder/`."""
    rel = os.path.relpath(root)
    return root if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


def unique_articles(articles: list[Article]) -> list[Article]:
    """One article per text (id), the first read: two files with the same text are one Article node."""
    first: dict[str, Article] = {}
    for a in articles:
        first.setdefault(a.id, a)
    return list(first.values())


def path_rows(articles: Iterable[Article], path_of: dict[str, str | None] | None = None) -> list[dict]:
    """{id, source, path} for each article read from a file (cypher/record_article_paths.cypher);
    `path_of`: the article_paths of their sources, when known (a plan keeps them)."""
    articles = list(articles)
    path_of = path_of or article_paths(a.source for a in articles)
    return [{"id": a.id, "source": a.source, "path": p} for a in articles if (p := path_of[a.source])]


def snapshot_of(row: dict[str, Any]) -> Snapshot:
    """The one row of cypher/snapshot.cypher as a Snapshot. Articles loaded before paths were
    recorded have no path: their source, taken from the current folder, stands in."""
    return Snapshot(
        articles={a["id"]: ArticleState(a["id"], a["source"], a["path"] or article_path(a["source"]),
                                        frozenset(a["meetings"]), frozenset(a["claims"]), frozenset(a["entities"]),
                                        path_recorded=a["path"] is not None, content_hash=a.get("content_hash"),
                                        published=native(a.get("published")))
                  for a in row["articles"]},
        actors={a["id"]: ActorState(a["id"], a["name"], a["kind"], tuple(a["aliases"])) for a in row["actors"]},
        locations={loc["id"]: loc["name"] for loc in row["locations"]},
        meetings={m["id"]: MeetingState(m["id"], m["title"], m["status"], frozenset(m["participants"]),
                                        frozenset(m.get("places", ())), frozenset(m.get("met", ())))
                  for m in row["meetings"]},
        claims=frozenset(row["claims"]),
        loaded_paths=sorted(row["loaded_paths"]),
        corrections=row.get("corrections"),
        write_token=row.get("write_token"),
    )


def native(day: Any) -> date | None:
    """A Neo4j date as Python's."""
    return day.to_native() if hasattr(day, "to_native") else day


# --- which articles changed -----------------------------------------------------------------

@dataclass
class Plan:
    current: list[Article]             # the articles read, one per id, in reading order
    new: list[Article]
    changed: list[Article]
    unchanged: list[Article]
    replaced: list[ArticleState]       # old versions of changed articles: always deleted
    missing: list[ArticleState]        # file gone (in a reloaded folder): deleted only with prune
    prune: bool
    paths: dict[str, str | None] = field(default_factory=dict)     # article_path of each source read

    @property
    def deleted(self) -> list[ArticleState]:
        return self.replaced + (self.missing if self.prune else [])

    @property
    def changes_articles(self) -> bool:
        return bool(self.new or self.changed or self.deleted)


def within(path: str, roots: Iterable[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def plan_reload(before: Snapshot, articles: list[Article], roots: list[str], *, prune: bool) -> Plan:
    """`roots`: absolute paths of the files and folders reloaded; an article of the graph under one of
    them whose text is no longer found anywhere was replaced (its file holds new text) or is missing."""
    current = unique_articles(articles)
    current_ids = {a.id for a in current}
    path_of = article_paths(a.source for a in articles)
    paths_now = {p for p in path_of.values() if p}
    stale = [s for s in before.articles.values()
             if s.id not in current_ids and s.path and (s.path in paths_now or within(s.path, roots))]
    replaced = [s for s in stale if s.path in paths_now]
    replaced_paths = {s.path for s in replaced}
    new, changed, unchanged = [], [], []
    for a in current:
        if a.id in before.articles:
            unchanged.append(a)
        elif path_of[a.source] in replaced_paths:
            changed.append(a)
        else:
            new.append(a)
    return Plan(current, new, changed, unchanged, replaced, [s for s in stale if s.path not in paths_now], prune,
                path_of)


def article_facts(records: GraphRecords) -> dict[str, tuple[frozenset, frozenset, frozenset]]:
    """Per article id: the meetings and claims it reports and the entities it mentions, as written."""
    rows = records.rows
    meetings: dict[str, set] = {}
    claims: dict[str, set] = {}
    entities: dict[str, set] = {}
    for r in rows.get("load_meeting_reports", []):
        meetings.setdefault(r["article"], set()).add(r["meeting"])
    for r in rows.get("load_claims", []):
        claims.setdefault(r["article"], set()).add(r["id"])
    for r in rows.get("load_mentions", []):
        entities.setdefault(r["article"], set()).add(r["entity"])
    return {a["id"]: (frozenset(meetings.get(a["id"], ())), frozenset(claims.get(a["id"], ())),
                      frozenset(entities.get(a["id"], ()))) for a in rows.get("load_articles", [])}


def facts_to_clear(before: Snapshot, resolved_again: Iterable[str], records: GraphRecords) -> list[str]:
    """Articles of the graph resolved again whose facts in `records` differ from the graph's: their
    REPORTED_IN and MENTIONS are dropped and written again, so no meeting or actor of an outdated
    resolution stays."""
    facts = article_facts(records)
    return [i for i in resolved_again if facts.get(i, NO_FACTS) != before.articles[i].facts()]


def article_path_rows(before: Snapshot, plan: Plan) -> list[dict]:
    """{id, source, path} for each article read whose recorded path differs (new, edited, moved, or
    loaded before paths were recorded). A source written another way for the same file is kept."""
    return [row for row in path_rows(plan.current, plan.paths)
            if not ((old := before.articles.get(row["id"])) and old.path_recorded and old.path == row["path"])]


# --- the summary ----------------------------------------------------------------------------

@dataclass
class Summary:
    dry_run: bool
    written: bool
    articles: dict[str, list[str]]          # new, changed, re_resolved, removed, missing: sources
    unchanged: int
    actors_new: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    aliases: list[tuple[str, list[str]]] = field(default_factory=list)    # existing person, new aliases
    places_new: list[str] = field(default_factory=list)
    places_removed: list[str] = field(default_factory=list)
    meetings_new: list[str] = field(default_factory=list)
    meetings_removed: list[str] = field(default_factory=list)
    meetings_held: list[str] = field(default_factory=list)                 # went from planned to held
    claims_new: int = 0
    claims_removed: int = 0
    writes: dict[str, int] | None = None                                  # the write's counters
    paths_recorded: int = 0                # article and folder paths remembered for later reloads

    @property
    def changes_graph(self) -> bool:
        return any([self.actors_new, self.actors_removed, self.aliases, self.places_new, self.places_removed,
                    self.meetings_new, self.meetings_removed, self.meetings_held, self.claims_new,
                    self.claims_removed, *(v for k, v in self.articles.items() if k != "missing")])


def summarize(before: Snapshot, after: Snapshot, plan: Plan, cleared: Iterable[str] = (), *,
              dry_run: bool, written: bool, writes: dict[str, int] | None = None, paths_recorded: int = 0
              ) -> Summary:
    cleared = set(cleared)
    held, succeeded = planned_to_held(before, after)
    new_meetings = [m for i, m in after.meetings.items() if i not in before.meetings and i not in succeeded.values()]
    gone_meetings = [m for i, m in before.meetings.items() if i not in after.meetings and i not in succeeded]
    return Summary(
        dry_run=dry_run, written=written,
        articles={"new": [a.source for a in plan.new], "changed": [a.source for a in plan.changed],
                  "re_resolved": [a.source for a in plan.unchanged if a.id in cleared],
                  "removed": [s.source for s in plan.missing] if plan.prune else [],
                  "missing": [] if plan.prune else [s.source for s in plan.missing]},
        unchanged=len(plan.unchanged),
        actors_new=sorted(a.name for i, a in after.actors.items() if i not in before.actors),
        actors_removed=sorted(a.name for i, a in before.actors.items() if i not in after.actors),
        aliases=sorted((a.name, [x for x in a.aliases if x not in before.actors[i].aliases])
                       for i, a in after.actors.items()
                       if a.kind == "Person" and i in before.actors and set(a.aliases) - set(before.actors[i].aliases)),
        places_new=sorted(n for i, n in after.locations.items() if i not in before.locations),
        places_removed=sorted(n for i, n in before.locations.items() if i not in after.locations),
        meetings_new=sorted(m.title for m in new_meetings),
        meetings_removed=sorted(m.title for m in gone_meetings),
        meetings_held=sorted(held),
        claims_new=len(after.claims - before.claims),
        claims_removed=len(before.claims - after.claims),
        writes=writes,
        paths_recorded=paths_recorded,
    )


def planned_to_held(before: Snapshot, after: Snapshot) -> tuple[list[str], dict[str, str]]:
    """Titles of meetings that went from planned to held, and {old id: new id} where the held report
    moved the meeting to another day (its id holds the date): the new meeting has all the planned
    one's participants and is reported by an article that reported the planned one."""
    titles = [m.title for i, m in after.meetings.items()
              if m.status == "held" and i in before.meetings and before.meetings[i].status == "planned"]
    succeeded = {}
    born = [m for i, m in after.meetings.items() if i not in before.meetings and m.status == "held"]
    for old in before.meetings.values():
        if old.status != "planned" or old.id in after.meetings:
            continue
        reporters = {a for a, s in before.articles.items() if old.id in s.meetings}
        heir = next((m for m in born if m.participants >= old.participants and m.id not in succeeded.values()
                     and any(m.id in after.articles[a].meetings for a in reporters if a in after.articles)), None)
        if heir:
            succeeded[old.id] = heir.id
            titles.append(heir.title)
    return titles, succeeded


def names(items: list[str], limit: int = MAX_NAMES) -> str:
    """Items joined with "; " (meeting titles hold commas), at most `limit` of them."""
    shown = "; ".join(items[:limit])
    return shown + (f"; … and {len(items) - limit} more" if len(items) > limit else "")


def summary_text(s: Summary) -> str:
    art = s.articles
    counts = [f"{len(art['new'])} new", f"{len(art['changed'])} changed", f"{s.unchanged} unchanged"]
    counts += [f"{len(art[k])} {label}" for k, label in (("removed", "removed"), ("missing", "missing (kept)"))
               if art[k]]
    lines = ["Dry run: nothing was written." if s.dry_run else None, "Articles: " + ", ".join(counts)]
    for key, label in (("new", "new"), ("changed", "changed"), ("removed", "removed"),
                       ("missing", "missing, kept: --prune removes their facts")):
        if art[key]:
            lines.append(f"  {label}: {names(art[key])}")
    if art["re_resolved"]:
        lines.append(f"  facts re-resolved in {len(art['re_resolved'])} unchanged: {names(art['re_resolved'])}")
    for label, new, gone in (("Actors", s.actors_new, s.actors_removed), ("Places", s.places_new, s.places_removed),
                             ("Meetings", s.meetings_new, s.meetings_removed)):
        parts = [f"{len(new)} new: {names(new)}" if new else None, f"{len(gone)} gone: {names(gone)}" if gone else None]
        if any(parts):
            lines.append(f"{label}: " + "; ".join(p for p in parts if p))
    if s.meetings_held:
        lines.append(f"Meetings planned -> held: {len(s.meetings_held)}: {names(s.meetings_held)}")
    if s.aliases:
        joined = [f"{name} + {', '.join(new)}" for name, new in s.aliases]
        lines.append(f"New aliases of known people: {len(joined)}: {names(joined)}")
    if s.claims_new or s.claims_removed:
        lines.append(f"Claims: {s.claims_new} new, {s.claims_removed} gone")
    if not s.changes_graph and s.written:
        lines.append(f"Nothing changed; remembered {counted(s.paths_recorded, 'file or folder path')} for `kg reload`.")
    elif not s.changes_graph:
        lines.append("Nothing changed" + ("." if s.dry_run else ", nothing written."))
    elif s.writes is not None:
        w = s.writes
        lines.append(f"Written in one transaction: {counted(w['nodes_created'], 'node')} and "
                     f"{counted(w['relationships_created'], 'relationship')} created, "
                     f"{counted(w['nodes_deleted'], 'node')} and {counted(w['relationships_deleted'], 'relationship')} "
                     "deleted.")
    return "\n".join(line for line in lines if line is not None)


def summary_json(s: Summary) -> str:
    return json.dumps({
        "dry_run": s.dry_run, "written": s.written,
        "articles": {**s.articles, "unchanged": s.unchanged},
        "actors": {"new": s.actors_new, "removed": s.actors_removed},
        "aliases": [{"actor": name, "new": new} for name, new in s.aliases],
        "places": {"new": s.places_new, "removed": s.places_removed},
        "meetings": {"new": s.meetings_new, "removed": s.meetings_removed, "planned_to_held": s.meetings_held},
        "claims": {"new": s.claims_new, "removed": s.claims_removed},
        "writes": s.writes,
        "paths_recorded": s.paths_recorded,
    }, ensure_ascii=False, indent=2)
