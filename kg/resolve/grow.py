"""A resolved set grown by new articles: their links (incremental.py) added to the set's clusters,
actors, places, meeting reports and claims, as resolve() builds them from the whole set in the order
of article ids (wherever the new ids sort among the set's: the reports, claims and articles go in
their places, and what resolve() chooses among a cluster's names does not depend on the order).
The state is updated in place; on None (incremental.Unsure) it is to be dropped."""
from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import replace

from kg.corrections import Corrections
from kg.knowledge import Knowledge
from kg.model import (
    Extraction,
    Location,
    MeetingMention,
    Resolved,
    ResolvedMention,
)
from kg.resolve import actor_of, add_to_clusters, claim_of, sorted_by_id
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import Link, key
from kg.resolve.incremental import Unsure, added_links
from kg.resolve.meetings import meeting_report
from kg.resolve.places_and_orgs import venue_cities
from kg.resolve.role_words import RoleReader
from kg.resolve.sides import principals_sides
from kg.resolve.state import ResolveState, as_row


def resolve_added(state: ResolveState, added: list[Extraction], knowledge: Knowledge, config: ResolverConfig,
                  corrections: Corrections | None = None) -> Resolved | None:
    """The resolution of the state's articles and `added` in the order of their ids, or None when the
    added articles may change what the state's articles resolved to."""
    if not added or {x.article.id for x in added} & set(state.article_ids):
        return None
    added = sorted(added, key=lambda x: x.article.id)
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
    check_clusters(state, linked, entity_of, gazetteer)
    add_to_clusters(state.clusters, linked, entity_of, gazetteer)
    touched = list(dict.fromkeys(entity_of[key(m)] for m in linked))
    reader = RoleReader(gazetteer)
    for eid in touched:
        cluster = state.clusters[eid]
        if cluster.kind in ("PER", "ORG"):
            state.actors[eid] = actor_of(eid, cluster, knowledge, reader)
        elif cluster.kind == "LOC":
            state.locations[eid] = Location(eid, cluster.name, aliases=sorted(cluster.surfaces))
    actors = sorted_by_id(principals_sides(list(state.actors.values())))
    people = {a.id for a in actors if a.kind == "Person"}
    organisations = {a.id for a in actors if a.kind == "Organization"}
    places = set(state.locations) | organisations
    update_cities(state, [e for e in touched if e in places], old_entities, knowledge)
    locations = sorted_by_id(list(state.locations.values())) + city_locations(state)
    articles = {x.article.id: x.article for x in added}
    reports: list[MeetingMention] = [m for x in added for m in x.meetings]
    new_reports = [r for m in reports
                   if (r := meeting_report(m, entity_of, people, organisations, places, gazetteer, articles, config,
                                           state.cities))]
    state.meeting_reports = in_id_order(state.meeting_reports, new_reports, lambda r: r.report.article)
    new_claims = [c for c in (claim_of(m, entity_of) for x in added for m in x.claims) if c and c.speaker in people]
    state.claims = in_id_order(state.claims, new_claims, lambda c: c.article)
    resolved_mentions = [ResolvedMention(m.article, entity_of[key(m)], m.surface, m.start, m.end,
                                         all_links[key(m)].rule, all_links[key(m)].score) for m in linked]
    for m in resolved_mentions:
        state.mentions.setdefault(m.article, []).append(as_row(m))
    state.article_ids = in_id_order(state.article_ids, [x.article.id for x in added], str)
    state.articles = in_id_order(state.articles, [replace(x.article, text="") for x in added], lambda a: a.id)
    # Only the added articles' mentions: the others' are in state.mentions (state.mentions_of)
    return Resolved(list(state.articles), actors, locations, resolved_mentions, list(state.meeting_reports),
                    list(state.claims))


def in_id_order(items: list, added: list, article_of: Callable) -> list:
    """The set's items (in the order of their articles' ids) with those of the added articles where a
    resolution of the whole set puts them; `added` in the order of their ids too."""
    return list(heapq.merge(items, added, key=article_of))


def check_clusters(state: ResolveState, linked: list, entity_of: dict[tuple, str], gazetteer) -> None:
    """A cluster takes its kind and place from the first mention read (add_to_clusters): an added
    mention that would give one of the set's clusters another may come first in the id order."""
    for m in linked:
        cluster = state.clusters.get(entity_of[key(m)])
        if cluster is None:
            continue
        if cluster.kind != ("PER" if m.label == "ROLE" else m.label):
            raise Unsure(f"kind of {entity_of[key(m)]}")
        if m.label == "LOC" and cluster.place_name and (place := gazetteer.lookup(m.surface)) \
                and place.name != cluster.place_name:
            raise Unsure(f"place of {entity_of[key(m)]}")


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
