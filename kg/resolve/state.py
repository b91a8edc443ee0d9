"""What a full resolution knows, indexed so that articles added later resolve against it
(kg/resolve/incremental.py) without resolving the others again: label votes, full names by surname
block, the spellings of organisations and unknown places, short forms, acronyms, titles, public
figures, the entities' clusters and the meetings' groups.

Built from resolve_fully()'s Workings; plain data, pickled by kg/resolve/store.py.
"""
from __future__ import annotations

import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from kg.knowledge import Knowledge
from kg.knowledge.names import PersonNames, name_key
from kg.model import (
    Actor,
    Article,
    Claim,
    Extraction,
    Location,
    Meeting,
    MeetingReport,
    Mention,
    Resolution,
    Resolved,
    ResolvedMention,
)
from kg.resolve import LABEL_PREFERENCE, Workings, label_votes, surname_keys_of, union_heads_of
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.ids import Link, key
from kg.resolve.people import figure_name, person_id, surname_block, surname_first_names, surname_uses
from kg.resolve.places_and_orgs import (
    ACRONYM,
    VenueCity,
    initials_of,
    org_spelling,
    short_forms_of,
    union_head,
    usual_venue_name,
)
from kg.resolve.role_words import RoleReader
from kg.resolve.roles import FigureEntities, title_rows


class Unsure(Exception):
    """Added articles may change what the set resolved: resolve everything again (kg/resolve/incremental.py)."""


class Packed(dict):
    """A mapping whose values stay pickled until asked for: a reload reads a few of the set's
    clusters and votes, not all of them (unpickling a Counter is slow)."""

    def __missing__(self, k):
        raise KeyError(k)

    def __getitem__(self, k):
        value = dict.__getitem__(self, k)
        if isinstance(value, bytes):
            value = pickle.loads(value)
            dict.__setitem__(self, k, value)
        return value

    def get(self, k, default=None):
        return self[k] if k in self else default

    def setdefault(self, k, default=None):
        if k not in self:
            dict.__setitem__(self, k, default)
        return self[k]

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def __reduce__(self):
        packed = {k: v if isinstance(v, bytes) else pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)
                  for k, v in dict.items(self)}
        return (Packed, (packed,))


@dataclass
class Spellings:
    """cluster_by_spelling's result and what it saw: names (organisations, or places the gazetteer does
    not know) by transliteration key, in the order it took them (longest first)."""
    ids: dict[str, Link] = field(default_factory=dict)              # name -> id slug and rule
    seen: dict[str, dict[str, str]] = field(default_factory=dict)   # first letter -> {key: its entity's key}
    last: dict[str, tuple] = field(default_factory=dict)            # key -> the order of its last name
    first: dict[str, tuple] = field(default_factory=dict)           # key -> the order of its first name


@dataclass
class People:
    """cluster_full_names' input and result, and the names written alone."""
    counts: Counter = field(default_factory=Counter)                # full name -> times written
    ids: dict[str, Link] = field(default_factory=dict)              # full name -> person and rule
    names: dict[str, PersonNames] = field(default_factory=dict)     # surname block -> every full name
    heads: dict[str, PersonNames] = field(default_factory=dict)     # surname block -> each person's first name
    head_ids: dict[str, str] = field(default_factory=dict)
    by_pid: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person_id -> full names
    taken: set[str] = field(default_factory=set)                    # the ids of the people named in full
    # block -> names written alone that some article does not give the full name of (owner_in_set)
    lone: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # person -> full names
    # surname_first_names: its counts, the two-word names by the keys of their words, and its readings
    as_surname: Counter = field(default_factory=Counter)
    by_surname: dict[str, set[str]] = field(default_factory=dict)
    two_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    readings: dict[str, str] = field(default_factory=dict)

    def index_full_name(self, name: str, link: Link) -> None:
        """A full name and the person it resolved to, in every index; a new person's first name heads them."""
        block = surname_block(name)
        self.names.setdefault(block, PersonNames()).add(name)
        self.by_pid[person_id(name)].add(name)
        self.names_of[link.entity].append(name)
        if link.rule == "new-entity":
            self.heads.setdefault(block, PersonNames()).add(name)
            self.head_ids[name] = link.entity
            self.taken.add(link.entity)


@dataclass
class ResolveState:
    article_ids: list[str]
    days: dict[str, date | None]
    votes: Packed                           # written name -> Counter of labels
    surnames: set[str]
    label_of: dict[str, str]
    relabel_keys: dict[str, set[str]]       # name key -> names a new surname would make people's
    people: People
    orgs: Spellings
    places: Spellings
    in_set: dict[tuple, set[str]]           # short form -> the entities it shortens (join_short_forms)
    shortened_across: set[tuple]            # the words of the names that look for their long form in the set
    acronym_of: dict[str, str]
    unknown_lower: set[str]                 # the unknown names, lower case (an acronym may come to stand for one)
    union_heads: set[str]                   # settle_labels: the heads of unions ("Fiom" of "Fiom-Cgil") are ORG
    union_words: set[str]                   # join_short_forms: the same heads among unknown names, lower case
    initials: dict[str, set[str]]           # join_acronyms: initials -> the organisations whose initials they are
    acronym_letters: set[str]               # the letters of the organisations' names that look like acronyms
    titles: list[tuple[str, frozenset[str], str]]
    roles: list[Mention]                    # the role mentions
    role_links: dict[tuple, Link]
    figure_entity: dict[str, str]
    named_in: dict[str, dict[str, int]]     # article -> entity -> where first named (FigureEntities)
    clusters: Packed                        # entity -> Cluster
    actors: dict[str, Actor]                # before principals_sides, in cluster order
    cities: dict[str, VenueCity]
    meeting_reports: list[MeetingReport]    # ungrouped (kg/dating groups them)
    claims: list[Claim]
    mentions: Packed                        # article -> its resolved mentions, as tuples (as_row)
    locations: dict[str, Location]          # the places' clusters, in cluster order
    facts: dict[str, tuple]                 # article -> (meetings, claims, entities) as written in the graph
    articles: list[Article]                 # without their texts
    meetings: list[Meeting]
    final_actors: list[Actor]               # the resolution's, as the graph holds them (after kg/dating)
    final_locations: list[Location]


def build_state(extractions: list[Extraction], workings: Workings, resolved: Resolved, res: Resolution,
                knowledge: Knowledge, config: ResolverConfig = DEFAULT_CONFIG) -> ResolveState:
    raw = [m for x in extractions for m in x.mentions]
    settled = workings.mentions
    votes = label_votes(raw)
    label_of = labels_of(settled)
    by_article = defaultdict(list)
    for m in res.mentions:
        by_article[m.article].append(as_row(m))
    return ResolveState(
        article_ids=[x.article.id for x in extractions], days={x.article.id: x.article.published for x in extractions},
        votes=Packed(votes), surnames=surname_keys_of(raw), label_of=label_of,
        relabel_keys=relabel_keys(label_of, knowledge),
        people=people_of(settled, workings.full_ids, workings.links, knowledge, config),
        orgs=spellings_of({org_spelling(m.surface): key(m) for m in settled if m.label == "ORG"}, workings.spelt),
        places=spellings_of({usual_venue_name(m.surface, knowledge.venues): key(m) for m in settled
                             if m.label == "LOC" and not knowledge.gazetteer.lookup(m.surface)}, workings.spelt),
        **short_form_index(settled, workings, knowledge),
        union_heads=union_heads_of(raw),
        union_words=union_words_of([m for m in settled if m.label == "ORG"
                                    or m.label == "LOC" and not knowledge.gazetteer.is_place(m.surface)]),
        **acronym_index(settled, workings.short_links),
        titles=title_rows(settled, workings.links, RoleReader(knowledge.gazetteer)),
        roles=[m for m in settled if m.label == "ROLE"], role_links=dict(workings.role_links),
        **figure_index(settled, workings.links, knowledge, config),
        clusters=Packed(workings.clusters), actors={a.id: a for a in workings.actors}, cities=workings.cities,
        meeting_reports=list(resolved.meeting_reports), claims=list(resolved.claims), mentions=Packed(by_article),
        locations={eid: Location(eid, c.name, aliases=sorted(c.surfaces))
                   for eid, c in workings.clusters.items() if c.kind == "LOC"},
        facts=article_facts(res),
        # the texts stay in the files and the cache: records need only the articles' ids, sources and days
        articles=[replace(a, text="") for a in res.articles], meetings=res.meetings,
        final_actors=res.actors, final_locations=res.locations)


def as_row(m: ResolvedMention) -> tuple:
    return (m.entity, m.surface, m.start, m.end, m.rule, m.score)


def mentions_of(state: "ResolveState", articles: list[str]) -> list[ResolvedMention]:
    return [ResolvedMention(a, *row) for a in articles for row in state.mentions.get(a, ())]


def labels_of(settled: list[Mention]) -> dict[str, str]:
    return {m.surface: m.label for m in settled if m.label in LABEL_PREFERENCE}


def relabel_keys(label_of: dict[str, str], knowledge: Knowledge) -> dict[str, set[str]]:
    """settle_labels makes a lone word that is some full name's surname or given name a person's."""
    found: dict[str, set[str]] = defaultdict(set)
    for surface, label in label_of.items():
        if label != "PER" and " " not in surface and not knowledge.gazetteer.is_place(surface):
            found[name_key(surface)].add(surface)
    return found


def people_of(settled: list[Mention], full_ids: dict[str, Link], links: dict[tuple, Link], knowledge: Knowledge,
              config: ResolverConfig) -> People:
    people = People(ids=dict(full_ids))
    written = Counter(m.surface for m in settled if m.label == "PER")
    people.as_surname, people.by_surname = surname_uses(written, knowledge.figures, config.figure_surname_weight)
    people.readings = surname_first_names(written, knowledge.figures, config.figure_surname_weight)
    for name in written:
        for word in two_word_keys(name):
            people.two_words[word].add(name)
    for m in settled:
        if m.label == "PER":
            name = figure_name(m.surface, knowledge.figures) or people.readings.get(m.surface, m.surface)
            if len(name.split()) > 1:
                people.counts[name] += 1
            elif links[key(m)].rule != "surname-in-article":
                people.lone[surname_block(name)].add(name)
    for name in sorted(people.counts, key=lambda s: (-people.counts[s], -len(s), s)):
        people.index_full_name(name, full_ids[name])
    return people


def two_word_keys(name: str) -> list[str]:
    """The keys of a two-word name's words (whose uses as surnames may read it surname first)."""
    words = name.split()
    return [name_key(w) for w in words] if len(words) == 2 else []


def union_words_of(mentions: list[Mention]) -> set[str]:
    return {head.lower() for m in mentions if (head := union_head(m.surface))}


def acronym_index(settled: list[Mention], links: dict[tuple, Link]) -> dict:
    """join_acronyms' view of the set: each organisation name's initials, and the acronyms written."""
    initials: dict[str, set[str]] = defaultdict(set)
    for m in settled:
        if m.label == "ORG" and (letters := initials_of(m.surface)):
            initials[letters].add(links[key(m)].entity)
    return {"initials": dict(initials),
            "acronym_letters": {m.surface.lower().replace(".", "") for m in settled
                                if m.label == "ORG" and ACRONYM.match(m.surface)}}


def spellings_of(mention_of: dict[str, tuple], links: dict[tuple, Link]) -> Spellings:
    """What cluster_by_spelling saw, in its order; the ids are the links' (prefix dropped)."""
    spellings = Spellings()
    for name in sorted(mention_of, key=lambda x: (-len(x), x)):
        link = links[mention_of[name]]
        spellings.ids[name] = link._replace(entity=link.entity.split("/", 1)[1])
        k = name_key(name)
        spellings.seen.setdefault(k[:1], {})[k] = spellings.ids[name].entity
        spellings.last[k] = (-len(name), name)
        spellings.first.setdefault(k, (-len(name), name))
    return spellings


def short_form_index(settled: list[Mention], workings: Workings, knowledge: Knowledge) -> dict:
    gazetteer = knowledge.gazetteer
    unknown = [m for m in settled if m.label == "ORG" or m.label == "LOC" and not gazetteer.is_place(m.surface)]
    in_set: dict[tuple, set[str]] = defaultdict(set)
    for m in unknown:
        for part in short_forms_of(m.surface):
            in_set[part].add(workings.spelt[key(m)].entity)
    return {"in_set": dict(in_set),
            "shortened_across": {tuple(m.surface.lower().split()) for m in unknown
                                 if len(re.split(r"[\s-]+", m.surface)) > 1},
            "acronym_of": dict(workings.acronym_of),
            "unknown_lower": {m.surface.lower() for m in unknown}}


def figure_index(settled: list[Mention], links: dict[tuple, Link], knowledge: Knowledge,
                 config: ResolverConfig) -> dict:
    figures = FigureEntities(settled, links, knowledge.figures, RoleReader(knowledge.gazetteer), config)
    return {"figure_entity": figures.entity, "named_in": dict(figures.named_in)}


def article_facts(res: Resolution, only: set[str] | None = None) -> dict[str, tuple]:
    """Per article: the meetings it reports, its claims and the entities it mentions, as the graph
    records them (kg/graph/changes.py article_facts)."""
    meetings: dict[str, set] = defaultdict(set)
    claims: dict[str, set] = defaultdict(set)
    entities: dict[str, set] = defaultdict(set)
    for m in res.meetings:
        for r in m.reports:
            meetings[r.article].add(m.id)
    for c in res.claims:
        claims[c.article].add(c.id)
    for mention in res.mentions:
        if only is None or mention.article in only:
            entities[mention.article].add(mention.entity)
    return {a.id: (frozenset(meetings[a.id]), frozenset(claims[a.id]), frozenset(entities[a.id]))
            for a in res.articles if only is None or a.id in only}
