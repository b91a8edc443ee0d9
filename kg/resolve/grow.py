"""A resolved set grown by new articles: their links (incremental.py) added to the set's clusters,
actors, places, meeting reports and claims, as resolve() would have built them with the new
articles last. The state is updated in place; on None (incremental.Unsure) it is to be dropped."""
from __future__ import annotations

from dataclasses import replace

from kg.knowledge import Knowledge
from kg.model import Extraction, Location, MeetingMention, Resolved, ResolvedMention, ResolveStats
from kg.resolve import actor_of, add_to_clusters, claim_of
from kg.resolve.config import ResolverConfig
from kg.resolve.corrections import Corrections
from kg.resolve.ids import Link, key
from kg.resolve.incremental import Unsure, added_links
from kg.resolve.meetings import meeting_report
from kg.resolve.places_and_orgs import venue_cities
from kg.resolve.role_words import RoleReader
from kg.resolve.sides import principals_sides
from kg.resolve.state import ResolveState, as_row


def resolve_added(state: ResolveState, added: list[Extraction], knowledge: Knowledge, config: ResolverConfig,
                  corrections: Corrections | None = None) -> Resolved | None:
    """The resolution of the state's articles and then `added`, or None when the added articles may
    change what the state's articles resolved to."""
    if not added or {x.article.id for x in added} & set(state.article_ids):
        return None
    try:
        mentions, links, role_links = added_links(state, added, knowledge, config, corrections)
        return grown(state, added, mentions, links, role_links, knowledge, config)
    except Unsure:
        return None


def grown(state: ResolveState, added: list[Extraction], mentions, links: dict[tuple, Link],
          role_links: dict[tuple, Link], knowledge: Knowledge, config: ResolverConfig) -> Resolved:
    gazetteer = knowledge.gazetteer
    all_links = {**links, **role_links}
    entity_of = {k: link.entity for k, link in all_links.items()}
    linked = [m for m in mentions if key(m) in entity_of]
    old_entities = set(state.clusters)
    add_to_clusters(state.clusters, linked, entity_of, gazetteer)
    touched = list(dict.fromkeys(entity_of[key(m)] for m in linked))
    reader = RoleReader(gazetteer)
    for eid in touched:
        cluster = state.clusters[eid]
        if cluster.kind in ("PER", "ORG"):
            state.actors[eid] = actor_of(eid, cluster, knowledge, reader)
        elif cluster.kind == "LOC":
            state.locations[eid] = Location(eid, cluster.name, aliases=sorted(cluster.surfaces))
    actors = principals_sides(list(state.actors.values()))
    people = {a.id for a in actors if a.kind == "Person"}
    places = set(state.locations) | {a.id for a in actors if a.kind == "Organization"}
    update_cities(state, [e for e in touched if e in places], old_entities, knowledge)
    locations = list(state.locations.values()) + city_locations(state)
    articles = {x.article.id: x.article for x in added}
    reports: list[MeetingMention] = [m for x in added for m in x.meetings]
    state.meeting_reports.extend(r for m in reports
                                 if (r := meeting_report(m, entity_of, people, places, gazetteer, articles, config,
                                                         state.cities)))
    state.claims.extend(c for c in (claim_of(m, entity_of) for x in added for m in x.claims)
                        if c and c.speaker in people)
    resolved_mentions = [ResolvedMention(m.article, entity_of[key(m)], m.surface, m.start, m.end,
                                         all_links[key(m)].rule, all_links[key(m)].score) for m in linked]
    for m in resolved_mentions:
        state.mentions.setdefault(m.article, []).append(as_row(m))
    state.mention_count += len(resolved_mentions)
    state.reports += len(reports)
    state.article_ids += [x.article.id for x in added]
    stats = ResolveStats(mentions=state.mention_count, actors=len(actors), locations=len(locations),
                         meeting_reports=state.reports)
    state.articles += [replace(x.article, text="") for x in added]
    # Only the added articles' mentions: the others' are in state.mentions (state.mentions_of)
    return Resolved(list(state.articles), actors, locations, resolved_mentions, list(state.meeting_reports),
                    list(state.claims), stats)


def city_locations(state: ResolveState) -> list[Location]:
    return [Location(pid, name) for pid, name in sorted({(v.city_id, v.city) for v in state.cities.values()})
            if pid not in state.locations]


def update_cities(state: ResolveState, entities: list[str], old_entities: set[str], knowledge: Knowledge) -> None:
    """The venues' cities; a venue of the set that would change city is Unsure (its meetings' places)."""
    found = venue_cities({e: state.clusters[e].surfaces for e in entities}, knowledge.venues, knowledge.gazetteer)
    for e in entities:
        if e in old_entities and found.get(e) != state.cities.get(e):
            raise Unsure(f"city of {e}")
    state.cities.update(found)
