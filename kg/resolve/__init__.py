"""Mentions from many articles -> one Actor per person or organisation, one Location per place,
one Meeting per real meeting (however many articles report it).

The rules, in the order they apply (each threshold is named in kg/knowledge/names.py or below):
- people: full names join when kg.names.same_person says so (transliteration keys, then fuzzy score);
  a surname written alone joins the one full name in its article with that surname, else the one in
  the whole set; where there are two (Jared and Charles Kushner), it stays apart;
- places: the gazetteer's canonical place (Mosca -> Moscow, Kryvyj Rih -> Kryvyi Rih), else the
  transliteration key;
- organisations: the transliteration key;
- roles standing for a name: the person the article (else the set) titles so, else the public
  figure of kg/data/public_figures.tsv the role or epithet stands for ("lo zar", "il presidente
  sudafricano" on the article's day), if the set names them;
- meetings: same people (two or more shared), compatible dates and places -> one meeting; one
  report per article; held as soon as one report says held.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, NamedTuple

from kg.model import (Actor, Article, Claim, ClaimMention, Extraction, Location, Meeting, MeetingMention,
                      Mention, Report, ResolvedMention, Resolution, ResolveStats)
from rapidfuzz import fuzz, process

from kg.resolve.corrections import Corrections
from kg.knowledge.figures import load_figures
from kg.knowledge.names import fold, name_key, same_person, split_person_name
from kg.knowledge.places import Gazetteer, load_gazetteer

# Reports of one meeting may differ by a few days: announced on the 1st, held on the 2nd.
MEETING_DAYS_APART = 3
MIN_SHARED_PARTICIPANTS = 2
# A report dated only by its article's day may be a day late; a few days, when it names the place
# ("nel vertice di Anchorage" three days on).
DEFAULTED_DAY_SLACK = 1
# Organisations and places the gazetteer does not know join at this rapidfuzz ratio of their
# transliteration keys: "palazo ciragan" / "palazo cirigan" 92.9 joins; "comisione ue" /
# "comisione europea" 82.8 does not.
SAME_SPELLING_MIN_SCORE = 90.0
# A bare role noun ("il presidente") links only within its article; across articles it needs a
# qualifier too ("presidente russo").
MIN_ROLE_WORDS_ACROSS_ARTICLES = 2
ROLE_HOLDER_MARGIN = 2


class Link(NamedTuple):
    """Which entity a mention joined, by which rule (the names `kg explain` prints) and score."""
    entity: str
    rule: str
    score: float = 100.0


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
        return [s for s, _ in self.surfaces.most_common() if len(s.split()) > 1]

    @property
    def name(self) -> str:
        if self.place_name:
            return self.place_name
        full = self.full_names
        return full[0] if full else self.surfaces.most_common(1)[0][0]


def resolve(extractions: list[Extraction], gazetteer: Gazetteer | None = None,
            corrections: Corrections | None = None) -> Resolution:
    gazetteer = gazetteer or load_gazetteer()
    mentions = settle_labels([m for x in extractions for m in x.mentions], gazetteer)
    links = {**resolve_people(mentions), **resolve_organisations(mentions), **resolve_places(mentions, gazetteer)}
    unknown_names = [m for m in mentions if m.label == "ORG" or m.label == "LOC" and not gazetteer.is_place(m.surface)]
    links.update(join_short_forms(unknown_names, links))
    links.update(join_bracketed_acronyms(unknown_names, links))
    links = apply_corrections(mentions, links, corrections or Corrections())
    links.update(resolve_roles(mentions, links, {x.article.id: x.article.published for x in extractions}))
    entity_of = {k: link.entity for k, link in links.items()}
    mentions = [m for m in mentions if key(m) in entity_of]
    clusters = collect_clusters(mentions, entity_of, gazetteer)
    actors = [Actor(eid, c.name, "Person" if c.kind == "PER" else "Organization",
                    aliases=sorted(c.surfaces), roles=[r for r, _ in c.roles.most_common()])
              for eid, c in clusters.items() if c.kind in ("PER", "ORG")]
    locations = [Location(eid, c.name, aliases=sorted(c.surfaces))
                 for eid, c in clusters.items() if c.kind == "LOC"]
    names = {a.id: a.name for a in actors} | {loc.id: loc.name for loc in locations}
    reports = [m for x in extractions for m in x.meetings]
    people = {a.id for a in actors if a.kind == "Person"}
    places = {loc.id for loc in locations} | {a.id for a in actors if a.kind == "Organization"}  # venues
    articles = {x.article.id: x.article for x in extractions}
    meetings = merge_meetings([r for r in (meeting_report(m, entity_of, people, places, gazetteer, articles)
                                           for m in reports) if r],
                              names)
    claims = [c for c in (claim_of(m, entity_of) for x in extractions for m in x.claims) if c and c.speaker in people]
    actors, locations = venues_as_places(actors, locations, meetings)
    resolved = [ResolvedMention(m.article, entity_of[key(m)], m.surface, m.start, m.end,
                                links[key(m)].rule, links[key(m)].score) for m in mentions]
    stats = ResolveStats(mentions=len(resolved), actors=len(actors), locations=len(locations),
                         meeting_reports=len(reports), meetings=len(meetings))
    return Resolution([x.article for x in extractions], actors, locations, resolved, meetings, claims, stats)


def venues_as_places(actors: list[Actor], locations: list[Location], meetings: list[Meeting]
                     ) -> tuple[list[Actor], list[Location]]:
    """An organisation a meeting is held in ("al Cremlino", "alla Casa Bianca") is a place."""
    venues = {m.location for m in meetings} & {a.id for a in actors if a.kind == "Organization"}
    return ([a for a in actors if a.id not in venues],
            locations + [Location(a.id, a.name, aliases=a.aliases) for a in actors if a.id in venues])


def key(m: Mention) -> tuple[str, int, int]:
    return (m.article, m.start, m.end)


LABEL_PREFERENCE = {"PER": 2, "ORG": 1, "LOC": 0}   # breaks ties in the vote below


def settle_labels(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One label per written name across the set, by majority ("Ushakov" is not a person in one
    article and an organisation in the next); a lone word that is the surname of a person named
    in full, and no place, is that person; a known place is a place, even standing for a government."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.label in LABEL_PREFERENCE:
            votes[m.surface][m.label] += 1
    full_names = [split_person_name(m.surface) for m in mentions if m.label == "PER" and len(m.surface.split()) > 1]
    # "Vladimir, STOP!" tagged as a place: a given name of someone named in full is no place
    surnames = {name_key(n.surname) for n in full_names} | {name_key(n.given[0]) for n in full_names if n.given}
    label_of = {}
    for surface, counts in votes.items():
        label = max(counts, key=lambda lab: (counts[lab], LABEL_PREFERENCE[lab]))
        if label != "PER" and " " not in surface and name_key(surface) in surnames \
                and not gazetteer.is_place(surface):
            label = "PER"
        elif label != "LOC" and gazetteer.is_place(surface):
            # "Kiev non accetterà": the capital standing for its government; "Donbass" taken for a
            # person. The gazetteer holds no given names or common surnames ("Vladimir" is no place).
            label = "LOC"
        label_of[surface] = label
    return [replace(m, label=label_of[m.surface]) if m.surface in label_of and m.label != label_of[m.surface]
            else m for m in mentions]


# --- people -----------------------------------------------------------------------------

def resolve_people(mentions: list[Mention]) -> dict[tuple, Link]:
    people = [m for m in mentions if m.label == "PER"]
    same = functools.lru_cache(maxsize=None)(same_person)   # many mentions repeat one surface
    # "Papa Francesco" and "Bergoglio": another name of a public figure counts as the figure's full name
    figure_names = {m.surface: figure_name(m.surface) for m in people}
    name_of = {s: figure or s for s, figure in figure_names.items()}
    full_ids = cluster_full_names(Counter(name_of[m.surface] for m in people if len(name_of[m.surface].split()) > 1), same)
    by_article = defaultdict(set)
    for m in people:
        if name_of[m.surface] in full_ids:
            by_article[m.article].add(name_of[m.surface])
    ids = {surface: link.entity for surface, link in full_ids.items()}
    links: dict[tuple, Link | None] = {}
    for m in people:
        if figure_names[m.surface]:
            links[key(m)] = Link(ids[name_of[m.surface]], "public-figure")
        elif m.surface in full_ids:
            links[key(m)] = full_ids[m.surface]
        else:
            links[key(m)] = (surname_owner(m.surface, by_article[m.article], ids, same, "surname-in-article")
                             or surname_owner(m.surface, set(ids), ids, same, "surname-in-set")
                             or given_name_owner(m.surface, by_article[m.article], ids, "given-name-in-article"))
    # "Vladimir, STOP!" where the article calls him only "Putin": the given name of someone it names.
    named_in = defaultdict(set)
    for m in people:
        named_in[m.article].add(links[key(m)] and links[key(m)].entity)
    for m in people:
        if links[key(m)] is None:
            known = {s for s, pid in ids.items() if pid in named_in[m.article]}
            links[key(m)] = given_name_owner(m.surface, known, ids, "given-name-of-named-person") \
                or Link("person/" + slug(name_key(m.surface)), "new-entity")
    return links


def figure_name(surface: str) -> str | None:
    """The full name of the public figure this is another name of ("Papa Leone XIV" -> Robert
    Francis Prevost), None for the figure's own name and for everyone else."""
    figure = load_figures().named(surface)
    return figure.name if figure and name_key(surface) != name_key(figure.name) else None


def cluster_full_names(surfaces: Counter, same: Callable) -> dict[str, Link]:
    """Full name -> person id and why; a name joins the first earlier cluster it matches. The most
    written names come first, so a person keeps their id when a rarer variant turns up in a later
    load ("Rustam Umarov" joins "Rustem Umerov", person/umerov-r).

    Only names whose surname keys start alike are compared: transliteration keys unify first
    letters (Whitkoff/Vitkoff -> v), and this keeps the comparisons few.
    """
    heads: dict[str, list[tuple[str, str]]] = defaultdict(list)   # block -> (representative, id)
    assigned, taken = {}, set()
    for surface in sorted(surfaces, key=lambda s: (-surfaces[s], -len(s), s)):
        block = heads[surname_block(surface)]
        match = next((Link(pid, rule, score) for head, pid in block
                      for joined, rule, score in [same(surface, head)] if joined), None)
        if match is None:
            pid = person_id(surface)
            if pid in taken:          # another person shares surname and initial: Jared / Josh Kushner
                pid = "person/" + slug(name_key(surface))
            taken.add(pid)
            block.append((surface, pid))
            match = Link(pid, "new-entity")
        assigned[surface] = match
    return assigned


def person_id(name: str) -> str:
    """An id that stays the same whichever variant names the person first: the surname's key and
    the first given name's initial ("Steve", "Steven" and "Stephen Witkoff" are person/vitkof-s)."""
    parts = split_person_name(name)
    initial = name_key(parts.given[0])[:1] if parts.given else ""
    return "person/" + slug(name_key(parts.surname)) + (f"-{initial}" if initial else "")


@functools.lru_cache(maxsize=None)
def surname_block(name: str) -> str:
    return name_key(split_person_name(name).surname)[:1]


def surname_owner(surface: str, candidates: set[str], full_ids: dict[str, str], same: Callable,
                  rule: str) -> Link | None:
    """The one person among `candidates` whose surname this is; None if none or several."""
    block = surname_block(surface)
    scores = {c: same(surface, c) for c in candidates if surname_block(c) == block}
    owners = {full_ids[c] for c, (joined, _, _) in scores.items() if joined}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return Link(owner, rule, max(score for c, (joined, _, score) in scores.items() if joined and full_ids[c] == owner))


def given_name_owner(surface: str, candidates: set[str], full_ids: dict[str, str], rule: str) -> Link | None:
    """"Vladimir, STOP!" in an article that names one Vladimir in full: that person."""
    if " " in surface:
        return None
    owners = {full_ids[c] for c in candidates if first_given_key(c) == name_key(surface)}
    return Link(owners.pop(), rule) if len(owners) == 1 else None


def first_given_key(name: str) -> str:
    given = split_person_name(name).given
    return name_key(given[0]) if given else ""


# --- a user's corrections ---------------------------------------------------------------------

def apply_corrections(mentions: list[Mention], links: dict[tuple, Link], corrections: Corrections
                      ) -> dict[tuple, Link]:
    """`kg merge A B`: every mention of B's entity goes to A's. `kg split A ALIAS`: mentions written
    ALIAS leave A's entity for one of their own."""
    links = dict(links)
    for keep, other in corrections.merges:
        target, source = entity_named(keep, mentions, links), entity_named(other, mentions, links)
        if target and source and target != source:
            links = {k: Link(target, "user-merge") if link.entity == source else link for k, link in links.items()}
    for name, alias in corrections.splits:
        owner = entity_named(name, mentions, links)
        for m in mentions:
            if key(m) in links and links[key(m)].entity == owner and name_key(m.surface) == name_key(alias):
                links[key(m)] = Link(owner + "/" + slug(name_key(alias)), "user-split")
    return links


def entity_named(name: str, mentions: list[Mention], links: dict[tuple, Link]) -> str | None:
    """The entity most often written with this name (compared on transliteration keys)."""
    wanted = name_key(name)
    found = Counter(links[key(m)].entity for m in mentions if key(m) in links and name_key(m.surface) == wanted)
    return found.most_common(1)[0][0] if found else None


def explain(res: Resolution, name: str) -> list[tuple[str, str, str, float]]:
    """(entity name, alias, rule, score) for each way of writing the entity a name resolves to,
    with the rule that joined it as resolution recorded it (the most frequent, if several), then
    the titles written next to the name ("title")."""
    wanted = name_key(name)
    entity = Counter(m.entity for m in res.mentions if name_key(m.surface) == wanted).most_common(1)
    if not entity:
        return []
    node = next((e for e in [*res.actors, *res.locations] if e.id == entity[0][0]), None)
    if node is None:
        return []
    why: dict[str, Counter] = defaultdict(Counter)
    for m in res.mentions:
        if m.entity == node.id:
            why[m.surface][(m.rule, m.score)] += 1
    rows = [(node.name, alias, *counts.most_common(1)[0][0]) for alias, counts in sorted(why.items())]
    return rows + [(node.name, role, "title", 100.0) for role in getattr(node, "roles", [])]


# --- roles standing for names --------------------------------------------------------------

def resolve_roles(mentions: list[Mention], links: dict[tuple, Link], days: dict[str, date | None]
                  ) -> dict[tuple, Link]:
    """"il presidente russo" -> the person this article (else the whole set) calls presidente russo
    next to their name; else the public figure the role or epithet stands for ("lo zar", "il
    presidente sudafricano" on the article's day), if the set names them. A role with no holder, or
    with two, is left out."""
    titled = Titles([(m.article, role_words(m.role), links[key(m)].entity) for m in mentions
                     if m.label == "PER" and m.role and key(m) in links])
    figures = FigureEntities(mentions, links)
    linked = {}
    for m in mentions:
        if m.label != "ROLE":
            continue
        holder = next(filter(None, (holder_of(m, role, titled) for role in role_readings(m.role or m.surface))), None)
        if holder:
            linked[key(m)] = Link(holder, "role-holder")
        elif link := figures.standing_for(m, days.get(m.article)):
            linked[key(m)] = link
    return linked


class FigureEntities:
    """The entities of the public figures (kg/data/public_figures.tsv) the set names."""

    def __init__(self, mentions: list[Mention], links: dict[tuple, Link]) -> None:
        self.table = load_figures()
        self.entity: dict[str, str] = {}         # figure name -> entity
        self.named_in: dict[str, set[str]] = defaultdict(set)    # article -> entities it names
        for m in mentions:
            if m.label == "PER" and key(m) in links:
                self.named_in[m.article].add(links[key(m)].entity)
                if figure := self.table.named(m.surface):
                    self.entity.setdefault(figure.name, links[key(m)].entity)

    def standing_for(self, m: Mention, day: date | None) -> Link | None:
        role = m.role or m.surface
        epithet = self.table.by_epithet(role)
        if epithet:
            figure, only_where_named = epithet
            entity = self.entity.get(figure.name)
            if entity and (not only_where_named or entity in self.named_in[m.article]):
                return Link(entity, "epithet")
            return None
        return self.office_holder(m, role, day)

    def office_holder(self, m: Mention, role: str, day: date | None) -> Link | None:
        """On the article's day, the one holder of the office; with no day, the one figure named
        in the article who ever held it."""
        words = {role_words(r) for r in role_readings(role)}
        holders = {self.entity.get(f.name) for f in self.table.figures for o in f.offices
                   if role_words(o.role) in words and (o.held_on(day) if day else True)}
        holders.discard(None)
        if day is None:
            holders &= self.named_in[m.article]
        return Link(holders.pop(), "office-holder") if len(holders) == 1 else None


class Titles:
    """The titles written next to people's names, (article, role words, entity), by article, and
    the nationalities each person's titles give."""

    def __init__(self, rows: list[tuple[str, frozenset[str], str]]) -> None:
        self.rows = rows
        self.by_article: dict[str, list[tuple]] = defaultdict(list)
        self.nationalities: dict[str, frozenset[str]] = defaultdict(frozenset)
        for row in rows:
            self.by_article[row[0]].append(row)
            self.nationalities[row[2]] |= nationalities_in(row[1])

    def seen_by(self, m: Mention, same_article: bool) -> list[tuple]:
        return self.by_article.get(m.article, []) if same_article else self.rows


def holder_of(m: Mention, role: str, titled: Titles) -> str | None:
    words = role_words(role)
    holder = role_holder(m, titled, words, same_article=True, min_words=min(len(words), 2))
    unnamed = role_words(role, names=False)
    if holder is None and unnamed != words:
        # "l'inviato di Trump": in its article, the one "inviato" other than Trump himself
        holder = role_holder(m, titled, unnamed, same_article=True, min_words=1)
    if holder is None:
        holder = holder_by_nationality(m, words, titled)
    if holder is None and len(words) >= MIN_ROLE_WORDS_ACROSS_ARTICLES:
        holder = role_holder(m, titled, words, same_article=False)
    return holder


def holder_by_nationality(m: Mention, words: frozenset[str], titled: Titles) -> str | None:
    """"il ministro ucraino" in an article that titles one minister, "ministro della Difesa", whose
    titles in the whole set give one nationality, Ukrainian: that minister."""
    nationalities = nationalities_in(words)
    if len(nationalities) != 1 or len(words) != 2:
        return None
    head = next(iter(words - nationalities))
    return clear_winner(Counter(pid for _, role, pid in titled.seen_by(m, same_article=True)
                                if head in role and titled.nationalities[pid] == nationalities))


def nationalities_in(words: frozenset[str]) -> frozenset[str]:
    return words & nationality_words()


@functools.lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    return frozenset(load_gazetteer().demonyms.written.values())


def role_readings(role: str) -> list[str]:
    """"il leader russo", "il numero uno ucraino": the head of a country, who is its president or
    else its premier; "il capo di Stato ucraino" is its president, "il primo ministro britannico"
    its premier; every other role reads as written."""
    if fold(role) in ROLE_SYNONYMS:
        return [ROLE_SYNONYMS[fold(role)]]
    titled = OFFICE_PHRASES.sub(lambda m: OFFICE_TITLES[fold(m.group()).replace("dello", "di")], role)
    if titled != role:
        return [titled]
    words = role.split()
    head = words[:2] if fold(words[0]) == "numero" else words[:1]
    if len(words) != len(head) + 1 or fold(head[0]) not in HEAD_WORDS | {"numero"} \
            or not load_gazetteer().demonyms.country(words[-1]):
        return [role]           # not "capo del Fondo russo"
    nationality = words[-1]
    return [f"{title} {nationality}" for title in COUNTRY_HEAD_TITLES]


def role_holder(m: Mention, titled: Titles, words: frozenset[str], *, same_article: bool,
                min_words: int = MIN_ROLE_WORDS_ACROSS_ARTICLES) -> str | None:
    if len(words) < min_words:
        return None
    return clear_winner(Counter(pid for _, role, pid in titled.seen_by(m, same_article) if words <= role))


# One spelling for the ways Italian news says a nationality or a title.
# (Nationality adjectives are spelt one way by the demonym table: "statunitensi" -> "americano".)
ROLE_SPELLINGS = {"usa": "americano", "pontefice": "papa"}
# The seat of a government standing for its country in a title: "capo del Cremlino".
SEAT_DEMONYMS = {"cremlino": "russo", "mosca": "russo", "kiev": "ucraino", "kyiv": "ucraino",
                 "washington": "americano", "pechino": "cinese", "eliseo": "francese"}
# Articles and prepositions, which tell no role from another (spaCy's stop words would also drop
# "ministro", "stato" and "generale").
FUNCTION_WORDS = frozenset("""il lo la i gli le l' un uno una un' di d' del dello della dei degli delle dell' a al allo
alla ai agli alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' con col coi
su sul sullo sulla sui sugli sulle sull' per tra fra e ed""".split())
HEAD_WORDS = {"capo", "leader", "presidente"}
# Offices Italian writes in several words, and the one title kg reads them as.
# ("il presidente del Consiglio" is the Italian premier, "del Consiglio europeo" is not.)
OFFICE_TITLES = {"capo di stato": "presidente", "capo del governo": "premier", "primo ministro": "premier",
                 "presidente del consiglio": "premier", "presidente del consiglio dei ministri": "premier"}
OFFICE_PHRASES = re.compile(r"^(?:capo (?:di|dello) Stato|capo del governo|primo ministro"
                            r"|presidente del Consiglio(?: dei ministri)?(?=$| italian[oa]\b))\b", re.IGNORECASE)
# Titles that name one office wherever they stand alone.
ROLE_SYNONYMS = {"commander in chief": "presidente americano"}
COUNTRY_HEAD_TITLES = ("presidente", "premier")


def role_words(role: str, names: bool = True) -> frozenset[str]:
    """The words of a role that tell it apart, spelt one way: "capo del Cremlino" and "presidente
    di Kiev" read as the holders' usual titles ("presidente russo", "presidente ucraino"). With
    names=False, only the words before a complement that names someone ("inviato" of "inviato
    del presidente Trump")."""
    written = role.replace("’", "' ").replace("'", "' ").split()       # "dell'Interno" -> "dell'", "Interno"
    words = written if names else head_of_named_role(written)
    words = countries_as_nationalities(words)
    demonyms = load_gazetteer().demonyms
    folded = [ROLE_SPELLINGS.get(fold(w)) or demonyms.canonical(w) or fold(w) for w in words if fold(w) not in FUNCTION_WORDS]
    if any(w in SEAT_DEMONYMS for w in folded):
        folded = ["presidente" if w in HEAD_WORDS else SEAT_DEMONYMS.get(w, w) for w in folded]
    # "inviato del presidente americano" is "inviato americano": a head of state in the complement
    # names the country's side, like the seat in "rappresentante del Cremlino".
    folded = folded[:1] + [w for w in folded[1:] if w not in HEAD_WORDS]
    return frozenset(folded)


def countries_as_nationalities(words: list[str]) -> list[str]:
    """"vicepresidente degli Stati Uniti" -> "vicepresidente degli americano": a country named in
    a role is its nationality adjective, as in "vicepresidente americano"."""
    gazetteer, result, i = load_gazetteer(), [], 0
    while i < len(words):
        end = next((j for j in range(min(len(words), i + 3), i, -1)
                    if words[i][:1].isupper() and gazetteer.demonym_of(" ".join(words[i:j]))), None)
        result.append(gazetteer.demonym_of(" ".join(words[i:end])) if end else words[i])
        i = end or i + 1
    return result


def head_of_named_role(words: list[str]) -> list[str]:
    if not any(w[:1].isupper() and fold(w) not in SEAT_DEMONYMS and not load_gazetteer().is_place(w)
               for w in words[1:]):
        return words
    cut = next((i for i, w in enumerate(words) if i and fold(w) in FUNCTION_WORDS), len(words))
    return [w for w in words[:cut] if not w[:1].isupper()]


def clear_winner(counts: Counter) -> str | None:
    """The most frequent holder, if it is at least ROLE_HOLDER_MARGIN times as frequent as the next."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= ROLE_HOLDER_MARGIN * ranked[1][1]:
        return ranked[0][0]
    return None


# --- places and organisations -------------------------------------------------------------

def resolve_places(mentions: list[Mention], gazetteer: Gazetteer) -> dict[tuple, Link]:
    """The gazetteer's place, else places spelt alike ("Palazzo Çiragan" / "Palazzo Cirigan")."""
    places = [m for m in mentions if m.label == "LOC"]
    known = {m.surface: gazetteer.lookup(m.surface) for m in places}
    spelt_alike = cluster_by_spelling({s for s, place in known.items() if place is None})
    return {key(m): Link("place/" + slug(known[m.surface].name), "gazetteer") if known[m.surface]
            else spelt_alike[m.surface]._replace(entity="place/" + spelt_alike[m.surface].entity)
            for m in places}


def resolve_organisations(mentions: list[Mention]) -> dict[tuple, Link]:
    spelt = {m.surface: org_spelling(m.surface) for m in mentions if m.label == "ORG"}
    ids = cluster_by_spelling(set(spelt.values()))
    return {key(m): ids[spelt[m.surface]]._replace(entity="org/" + ids[spelt[m.surface]].entity)
            for m in mentions if m.label == "ORG"}


# "Commissione Ue", "Consiglio Ue": the abbreviation of Unione europea used as its adjective.
ORG_SPELLINGS = {"ue": "europea", "u.e.": "europea"}


def org_spelling(surface: str) -> str:
    return " ".join(ORG_SPELLINGS.get(w.lower(), w) for w in surface.split())


def join_short_forms(mentions: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """"la Commissione" near "la Commissione europea", "Elmendorf-Richardson" near "Joint Base
    Elmendorf-Richardson": a name that begins or ends exactly one longer name of its article is that
    one; a name of two words or more, with no longer form in its article, the one of the whole set."""
    in_article: dict[tuple, set[str]] = defaultdict(set)     # (article, words) -> entities it shortens
    in_set: dict[tuple, set[str]] = defaultdict(set)          # words -> entities
    for m in mentions:
        for part in short_forms_of(m.surface):
            in_article[(m.article, part)].add(links[key(m)].entity)
            in_set[part].add(links[key(m)].entity)
    joined = {}
    for m in mentions:
        words = tuple(m.surface.lower().split())
        longer, rule = in_article.get((m.article, words), set()), "short-form-in-article"
        if not longer and len(re.split(r"[\s-]+", m.surface)) > 1:
            # across articles only a short form of two words or more: a lone "Commissione" may be any
            longer, rule = in_set.get(words, set()), "short-form-in-set"
        if len(longer) == 1:
            joined[key(m)] = Link(next(iter(longer)), rule)
    return joined


def short_forms_of(surface: str) -> set[tuple[str, ...]]:
    """The word runs that begin or end a name: "Commissione europea" -> (commissione,), (europea,)."""
    words = tuple(surface.lower().split())
    return {part for n in range(1, len(words)) for part in (words[:n], words[-n:])}


def join_bracketed_acronyms(mentions: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """"Fondo russo per gli investimenti diretti (Rdif)": the acronym is the name before it, and so
    is the same acronym anywhere in the set."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        by_article[m.article].append(m)
    acronym_of = {}
    for ms in by_article.values():
        for name, acronym in zip(ms, ms[1:]):
            if acronym.start - name.end == len(" (") and " " not in acronym.surface and " " in name.surface:
                acronym_of[acronym.surface.lower()] = links[key(name)].entity
    return {key(m): Link(acronym_of[m.surface.lower()], "bracketed-acronym")
            for m in mentions if m.surface.lower() in acronym_of}


def cluster_by_spelling(surfaces: set[str]) -> dict[str, Link]:
    """Surface -> id slug and rule; a name whose transliteration key scores SAME_SPELLING_MIN_SCORE
    or more with a longer one's (and starts alike) shares that one's id."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)   # first letter -> {key: the key of its entity's first name}
    ids = {}
    for surface in sorted(surfaces, key=lambda x: (-len(x), x)):
        k = name_key(surface)
        # against every name seen, not only the first of each entity: "Palazzo İragan" is one
        # letter from "Palazzo Çiragan", two from the entity's "Palazzo Cirigan"
        best = process.extractOne(k, seen[k[:1]].keys(), scorer=fuzz.ratio, score_cutoff=SAME_SPELLING_MIN_SCORE)
        if best is None:
            head = k
            ids[surface] = Link(slug(k), "new-entity")
        else:
            head = seen[k[:1]][best[0]]
            ids[surface] = Link(slug(head), "same-key" if best[1] == 100 else "same-spelling", best[1])
        seen[k[:1]][k] = head
    return ids


def collect_clusters(mentions: list[Mention], entity_of: dict[tuple, str], gazetteer: Gazetteer
                     ) -> dict[str, Cluster]:
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        cluster = clusters.setdefault(entity_of[key(m)], Cluster(kind="PER" if m.label == "ROLE" else m.label))
        if m.label != "ROLE":
            cluster.surfaces[m.surface] += 1
        if m.role:
            cluster.roles[m.role] += 1
        if m.label == "LOC" and cluster.place_name is None and (place := gazetteer.lookup(m.surface)):
            cluster.place_name = place.name
    return clusters


# --- meetings -----------------------------------------------------------------------------

@dataclass
class MeetingReport:
    participants: list[str]
    location: str | None
    date: date | None
    status: str
    report: Report
    place_is_known: bool = False        # the gazetteer knows the place (not just a venue's spelling)
    published: date | None = None           # the reporting article's day, or its month, when it gives them
    published_month: date | None = None


def meeting_report(m: MeetingMention, entity_of: dict[tuple, str], people: set[str], places: set[str],
                   gazetteer: Gazetteer, articles: dict[str, Article]) -> MeetingReport | None:
    """Participants are people, as resolution labelled them in the end; the place is a place or a
    venue extract chose ("al Cremlino"), never a person."""
    participants = list(dict.fromkeys(entity_of[key(p)] for p in m.participants
                                      if entity_of.get(key(p)) in people))
    if len(participants) < MIN_SHARED_PARTICIPANTS:
        return None
    location = entity_of.get(key(m.location)) if m.location else None
    location = location if location in places else None    # a person is no place
    return MeetingReport(participants, location, m.date, m.status, Report(m.article, m.evidence, m.date_text),
                         place_is_known=bool(location and gazetteer.is_place(m.location.surface)),
                         published=articles[m.article].published, published_month=articles[m.article].published_month)


def merge_meetings(reports: list[MeetingReport], names: dict[str, str]) -> list[Meeting]:
    groups = dated_by_twins(grouped(reports))
    return with_unique_ids([meeting_of(g, names) for g in one_per_day_and_place(groups)])


def grouped(reports: list[MeetingReport]) -> list[list[MeetingReport]]:
    groups: list[list[MeetingReport]] = []
    for r in reports:
        group = next((g for g in groups if joins(r, g)), None)
        if group is None:
            groups.append([r])
        else:
            group.append(r)
    return groups


def one_per_day_and_place(groups: list[list[MeetingReport]]) -> list[list[MeetingReport]]:
    """Dated groups of the same people, day and place are one meeting (reports dated from
    elsewhere may not have joined every report of it)."""
    merged: dict[tuple, list[MeetingReport]] = {}
    for group in groups:
        day = day_of(group)
        key = (tuple(sorted(participants_of(group))), day, place_of(group)) if day else id(group)
        merged.setdefault(key, []).extend(group)
    return list(merged.values())


def with_unique_ids(meetings: list[Meeting]) -> list[Meeting]:
    """The same people met twice on one day, in two places ("a Roma", then "in Vaticano"): the
    second meeting's id takes its place too."""
    seen: set[str] = set()
    unique = []
    for m in meetings:
        if m.id in seen:
            m = replace(m, id="meeting/" + short_hash(f"{m.id}|{m.location}"))
        seen.add(m.id)
        unique.append(m)
    return unique


def joins(r: MeetingReport, group: list[MeetingReport]) -> bool:
    """A report joins a group if it fits every report of its own article there (an article tells
    one meeting in several sentences; other articles' reports were matched to those already), else
    if it fits every report of the group."""
    own = [other for other in group if other.report.article == r.report.article]
    return all(same_meeting(r, other) for other in own or group)


def same_meeting(a: MeetingReport, b: MeetingReport) -> bool:
    if not share_participants(a.participants, b.participants):
        return False
    same_article = a.report.article == b.report.article
    told_alike = same_article and a.status == b.status
    # Within an article two venues no gazetteer knows may be one venue spelt two ways ("Palazzo
    # Çiragan", "Palazzo Ciragan"); known places that differ are two meetings.
    if a.location and b.location and a.location != b.location \
            and not (told_alike and not a.place_is_known and not b.place_is_known):
        return False
    # A date no words gave (a held meeting dated by its article's day) does not split an article's
    # reports: the headline "a colloquio con Putin" is the body's meeting "ieri a Mosca".
    if a.date and b.date and not (told_alike and not (a.report.date_text and b.report.date_text)):
        # Announced in one article and held in another may be a few days apart; within one article
        # a planned date that differs from a held one is the next meeting.
        planned_then_held = a.status != b.status and not same_article
        # A held meeting no words dated took its article's day: news of it may come out the next day.
        defaulted = not same_article and not (a.report.date_text and b.report.date_text)
        placed = bool(a.location or b.location)     # different places were told apart above
        slack = MEETING_DAYS_APART if planned_then_held or defaulted and placed \
            else DEFAULTED_DAY_SLACK if defaulted else 0
        return abs((a.date - b.date).days) <= slack
    # Undated reports join only within their article: across articles nothing says it is the same day.
    return same_article


def share_participants(a: list[str], b: list[str]) -> bool:
    return len(set(a) & set(b)) >= min(MIN_SHARED_PARTICIPANTS, len(a), len(b))


def dated_by_twins(groups: list[list[MeetingReport]]) -> list[list[MeetingReport]]:
    """A meeting in an article with no date joins the one dated meeting of the load with its people
    at its place ("il vertice di Anchorage tra Trump e Putin" in an undated article, "Trump e Putin
    si sono incontrati ad Anchorage" in one of 15 August), if it falls near the article's month and
    no other dated meeting of theirs there is near it.
    An article with a day that leaves a meeting undated had its reasons: the meeting stays apart."""
    dated = [g for g in groups if day_of(g)]
    joined: dict[int, list[MeetingReport]] = {}
    for group in groups:
        if day_of(group) or any(r.published for r in group):
            continue
        twins = {day_of(d): d for d in dated if is_twin(group, d)}
        if len(twins) == 1:
            joined[id(group)] = next(iter(twins.values()))
    for group in groups:
        if id(group) in joined:
            joined[id(group)].extend(group)
    return [g for g in groups if id(g) not in joined]


def is_twin(undated: list[MeetingReport], dated: list[MeetingReport]) -> bool:
    place = place_of(undated)
    return place is not None and place == place_of(dated) \
        and share_participants(participants_of(undated), participants_of(dated)) \
        and all(in_news_month(day_of(dated), r.published_month) for r in undated)


def in_news_month(day: date, month: date | None) -> bool:
    """News of a month tells of meetings of that month, of the month before or of the next one."""
    if month is None:
        return True
    return abs((month.year - day.year) * 12 + month.month - day.month) <= 1


def participants_of(group: list[MeetingReport]) -> list[str]:
    return list(dict.fromkeys(p for r in group for p in r.participants))


def place_of(group: list[MeetingReport]) -> str | None:
    return next((r.location for r in group if r.location), None)


def day_of(group: list[MeetingReport]) -> date | None:
    """The day most of its held reports give in words; else the first day an article reported it on."""
    told = [r for r in group if r.status == "held"] or group
    worded = [r.date for r in told if r.date and r.report.date_text]
    if worded:
        return Counter(worded).most_common(1)[0][0]
    return min((r.date for r in told if r.date), default=None)


def meeting_of(group: list[MeetingReport], names: dict[str, str]) -> Meeting:
    participants = participants_of(group)
    held = [r for r in group if r.status == "held"]
    when = day_of(group)
    location = place_of(group)
    per_article = {}
    for r in group:
        per_article.setdefault(r.report.article, r.report)
    # Undated: the first report's sentence, so two meetings of the same people in one article stay two.
    anchor = when.isoformat() if when else f"{group[0].report.article}|{group[0].report.evidence}"
    meeting_id = "meeting/" + short_hash("|".join(sorted(participants)) + "|" + anchor)
    title = " – ".join(surname(names.get(p, p)) for p in participants)
    title += "".join(f", {x}" for x in (when and when.isoformat(), location and names.get(location)) if x)
    return Meeting(meeting_id, participants, when, location, "held" if held else "planned", title,
                   reports=list(per_article.values()))


def surname(name: str) -> str:
    return split_person_name(name).surname or name


# --- claims ---------------------------------------------------------------------------------

def claim_of(c: ClaimMention, entity_of: dict[tuple, str]) -> Claim | None:
    speaker = entity_of.get(key(c.speaker)) or (c.fallback_speaker and entity_of.get(key(c.fallback_speaker)))
    if speaker is None:
        return None
    claim_id = "claim/" + short_hash(f"{c.article}|{speaker}|{c.text}")
    return Claim(claim_id, speaker, c.text, c.article, c.evidence, c.date)


# --- ids ------------------------------------------------------------------------------------

def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
