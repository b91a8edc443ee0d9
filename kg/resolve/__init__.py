"""Mentions from many articles -> one Actor per person or organisation, one Location per place,
and each article's meeting reports in entity ids; kg/dating gives them days and groups those of one
meeting (however many articles report it).

One module per concern, in the order resolve() runs them:
- people.py: full names, surnames, given names, public figures' other names;
- places_and_orgs.py: the gazetteer's places, organisations and unknown places by spelling, short
  forms, bracketed acronyms and institution aliases ("il Viminale");
- corrections.py: a user's merges and splits (`kg merge`, `kg split`) and `kg explain`;
- roles.py (with role_words.py): roles standing for names;
- meetings.py: meeting reports, and the rules that group those of one meeting (run by kg/dating).
Thresholds: config.py. Tables (gazetteer, public figures) come in through Knowledge.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from kg.knowledge import Knowledge
from kg.knowledge.names import name_key, split_person_name
from kg.knowledge.places import Gazetteer
from kg.model import (
    Actor,
    Claim,
    ClaimMention,
    Extraction,
    Location,
    Mention,
    Resolved,
    ResolvedMention,
)
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.corrections import Corrections, apply_corrections
from kg.resolve.ids import Link, key, most_written_first, short_hash
from kg.resolve.meetings import meeting_report
from kg.resolve.people import people_links
from kg.resolve.places_and_orgs import (
    VenueCity,
    acronyms_of,
    join_acronyms,
    join_bracketed_acronyms,
    join_institution_aliases,
    join_short_forms,
    local_bodies_apart,
    resolve_organisations,
    resolve_places,
    union_head,
    venue_cities,
)
from kg.resolve.role_words import RoleReader
from kg.resolve.roles import resolve_roles
from kg.resolve.sides import principals_sides, side_of


@dataclass
class Cluster:
    """The surfaces found to name one entity, and how often each was written."""
    kind: str
    surfaces: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    place_name: str | None = None
    place_id: str | None = None

    @property
    def full_names(self) -> list[str]:
        return [s for s in most_written_first(self.surfaces) if len(s.split()) > 1]

    @property
    def name(self) -> str:
        if self.place_name:
            return self.place_name
        full = self.full_names
        return full[0] if full else most_written_first(self.surfaces)[0]



@dataclass
class Workings:
    """What resolve() found on the way, kept for kg/resolve/state.py (a later addition starts from it)."""
    mentions: list[Mention]                 # every mention, labels settled
    full_ids: dict[str, Link]               # full names of people -> person (cluster_full_names)
    spelt: dict[tuple, Link]                # people, places, organisations, before short forms and acronyms
    acronym_of: dict[str, str]
    links: dict[tuple, Link]                # before the roles
    role_links: dict[tuple, Link]
    clusters: dict[str, Cluster]
    actors: list[Actor]                     # before principals_sides
    cities: dict[str, VenueCity]
    short_links: dict[tuple, Link]          # after the short forms, before acronyms (join_acronyms saw these)


def resolve(extractions: list[Extraction], knowledge: Knowledge, corrections: Corrections | None = None,
            config: ResolverConfig = DEFAULT_CONFIG) -> Resolved:
    return resolve_fully(extractions, knowledge, corrections, config)[0]


def resolve_fully(extractions: list[Extraction], knowledge: Knowledge, corrections: Corrections | None = None,
                  config: ResolverConfig = DEFAULT_CONFIG) -> tuple[Resolved, Workings]:
    gazetteer = knowledge.gazetteer
    mentions = settle_labels([m for x in extractions for m in x.mentions], gazetteer)
    person_links, full_ids = people_links(mentions, knowledge.figures, config)
    links = {**person_links,
             **resolve_organisations(mentions, config.same_spelling_min_score),
             **resolve_places(mentions, gazetteer, knowledge.venues, config.same_spelling_min_score)}
    links.update(local_bodies_apart(mentions, links))
    spelt = dict(links)
    unknown_names = [m for m in mentions if m.label == "ORG" or m.label == "LOC" and not gazetteer.is_place(m.surface)]
    links.update(join_short_forms(unknown_names, links))
    short_links = dict(links)
    links.update(join_acronyms([m for m in unknown_names if m.label == "ORG"], links))
    texts = {x.article.id: x.article.text for x in extractions}
    acronym_of = acronyms_of(unknown_names, links, texts)
    links.update(join_bracketed_acronyms(unknown_names, links, texts))
    links.update(join_institution_aliases([m for m in unknown_names if m.label == "ORG"], links, knowledge.institutions))
    links = apply_corrections(mentions, links, corrections or Corrections())
    role_links = resolve_roles(mentions, links, {x.article.id: x.article.published for x in extractions},
                               RoleReader(gazetteer), knowledge.figures, config)
    named_links = links
    links = {**links, **role_links}
    entity_of = {k: link.entity for k, link in links.items()}
    all_mentions = mentions
    mentions = [m for m in mentions if key(m) in entity_of]
    clusters = collect_clusters(mentions, entity_of, gazetteer)
    reader = RoleReader(gazetteer)
    actors = [actor_of(eid, c, knowledge, reader) for eid, c in clusters.items() if c.kind in ("PER", "ORG")]
    unsided = actors
    actors = sorted_by_id(principals_sides(actors))
    locations = sorted_by_id([Location(eid, c.name, aliases=sorted(c.surfaces))
                              for eid, c in clusters.items() if c.kind == "LOC"])
    reports = [m for x in extractions for m in x.meetings]
    people = {a.id for a in actors if a.kind == "Person"}
    organisations = {a.id for a in actors if a.kind == "Organization"}
    places = {loc.id for loc in locations} | organisations      # organisations: venues
    articles = {x.article.id: x.article for x in extractions}
    cities = venue_cities({eid: c.surfaces for eid, c in clusters.items() if eid in places}, knowledge.venues,
                          gazetteer)
    location_ids = {loc.id for loc in locations}
    locations += [Location(pid, name) for pid, name in sorted({(v.city_id, v.city) for v in cities.values()})
                  if pid not in location_ids]
    meeting_reports = [r for r in (meeting_report(m, entity_of, people, organisations, places, gazetteer, articles,
                                                  config, cities) for m in reports) if r]
    claims = [c for c in (claim_of(m, entity_of) for x in extractions for m in x.claims) if c and c.speaker in people]
    resolved = [ResolvedMention(m.article, entity_of[key(m)], m.surface, m.start, m.end,
                                links[key(m)].rule, links[key(m)].score) for m in mentions]
    workings = Workings(all_mentions, full_ids, spelt, acronym_of, named_links, role_links, clusters, unsided, cities,
                        short_links)
    return (Resolved([x.article for x in extractions], actors, locations, resolved, meeting_reports, claims),
            workings)


def sorted_by_id(entities: list) -> list:
    """Actors or places in the order of their ids, not of the articles that named them first."""
    return sorted(entities, key=lambda e: e.id)


def actor_of(eid: str, c: Cluster, knowledge: Knowledge, reader: RoleReader) -> Actor:
    return Actor(eid, person_name(c, knowledge) if c.kind == "PER" else c.name,
                 "Person" if c.kind == "PER" else "Organization",
                 aliases=sorted(c.surfaces), roles=most_written_first(c.roles),
                 side=side_of(list(c.roles), list(c.surfaces), knowledge.figures, reader) if c.kind == "PER" else None)


def person_name(c: Cluster, knowledge: Knowledge) -> str:
    """The cluster's name; of full names written as often as it, the public record's spelling if one is
    ("Dmitry Peskov", once each with "Dmitri Peskov")."""
    full = c.full_names
    tied = [s for s in full if c.surfaces[s] == c.surfaces[full[0]]] if full else []
    return next((s for s in tied if (figure := knowledge.figures.named(s)) and figure.name == s), c.name)


def venues_as_places(actors: list[Actor], locations: list[Location], meeting_places: set[str | None]
                     ) -> tuple[list[Actor], list[Location]]:
    """An organisation a meeting is held in ("al Cremlino", "alla Casa Bianca") is a place (kg/dating
    calls this once the reports of each meeting are grouped)."""
    venues = meeting_places & {a.id for a in actors if a.kind == "Organization"}
    return ([a for a in actors if a.id not in venues],
            locations + [Location(a.id, a.name, aliases=a.aliases) for a in actors if a.id in venues])



LABEL_PREFERENCE = {"PER": 2, "ORG": 1, "LOC": 0}   # breaks ties in the vote below


def settle_labels(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One label per written name across the set, by majority ("Ushakov" is not a person in one
    article and an organisation in the next); a lone word that is the surname of a person named
    in full, and no place, is that person; a known place is a place, even standing for a government;
    the first word of a hyphenated organisation is that organisation."""
    votes = label_votes(mentions)
    surnames = surname_keys_of(mentions)
    heads = union_heads_of(mentions)
    label_of = {surface: label_for(surface, counts, surnames, heads, gazetteer) for surface, counts in votes.items()}
    return relabelled(mentions, label_of)


def relabelled(mentions: list[Mention], label_of: dict[str, str]) -> list[Mention]:
    """Each mention with its name's settled label, but a lone word the NER read as a person where the
    article names that person in full ("Marta Colombo ... ha detto Colombo"): a surname there, whatever
    place it also names."""
    own = own_surnames(mentions)
    return [replace(m, label=label_of[m.surface]) if m.surface in label_of and m.label != label_of[m.surface]
            and not (m.label == "PER" and (m.article, name_key(m.surface)) in own) else m for m in mentions]


def own_surnames(mentions: list[Mention]) -> set[tuple[str, str]]:
    """(article, key) of the surname of each person an article names in full."""
    return {(m.article, name_key(split_person_name(m.surface).surname))
            for m in mentions if m.label == "PER" and len(m.surface.split()) > 1}



def label_for(surface: str, counts: Counter, surnames: set[str], union_heads: set[str], gazetteer: Gazetteer
              ) -> str:
    """The label of a written name from its votes, the surnames and given names of the set and its unions' heads."""
    label = max(counts, key=lambda lab: (counts[lab], LABEL_PREFERENCE[lab]))
    if surface in union_heads and not gazetteer.is_place(surface):
        return "ORG"
    if label != "PER" and " " not in surface and name_key(surface) in surnames and not gazetteer.is_place(surface):
        return "PER"
    if label != "LOC" and gazetteer.is_place(surface):
        # "Kiev non accetterà": the capital standing for its government; "Donbass" taken for a
        # person. The gazetteer holds no given names or common surnames ("Vladimir" is no place).
        return "LOC"
    return label


def union_heads_of(mentions: list[Mention]) -> set[str]:
    """"la Fiom" where the set writes "la Fiom-Cgil": the union, whatever the NER took the short word for."""
    return {head for m in mentions if m.label == "ORG" and (head := union_head(m.surface))}


def label_votes(mentions: list[Mention]) -> dict[str, Counter]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.label in LABEL_PREFERENCE:
            votes[m.surface][m.label] += 1
    return votes


def surname_keys_of(mentions: list[Mention]) -> set[str]:
    """The keys of the surnames and first given names of the people named in full."""
    full_names = [split_person_name(m.surface) for m in mentions if m.label == "PER" and len(m.surface.split()) > 1]
    # "Vladimir, STOP!" tagged as a place: a given name of someone named in full is no place
    return {name_key(n.surname) for n in full_names} | {name_key(n.given[0]) for n in full_names if n.given}


def collect_clusters(mentions: list[Mention], entity_of: dict[tuple, str], gazetteer: Gazetteer
                     ) -> dict[str, Cluster]:
    return add_to_clusters({}, mentions, entity_of, gazetteer)


def add_to_clusters(clusters: dict[str, Cluster], mentions: list[Mention], entity_of: dict[tuple, str],
                    gazetteer: Gazetteer) -> dict[str, Cluster]:
    for m in mentions:
        cluster = clusters.setdefault(entity_of[key(m)], Cluster(kind="PER" if m.label == "ROLE" else m.label))
        if m.label != "ROLE":
            cluster.surfaces[m.surface] += 1
        if m.role:
            cluster.roles[m.role] += 1
        if m.label == "LOC" and cluster.place_name is None and (place := gazetteer.lookup(m.surface)):
            cluster.place_name = place.name
    return clusters



def claim_of(c: ClaimMention, entity_of: dict[tuple, str]) -> Claim | None:
    speaker = entity_of.get(key(c.speaker)) or (c.fallback_speaker and entity_of.get(key(c.fallback_speaker)))
    if speaker is None:
        return None
    claim_id = "claim/" + short_hash(f"{c.article}|{speaker}|{c.text}")
    return Claim(claim_id, speaker, c.text, c.article, c.evidence, None)    # dated by kg/dating

