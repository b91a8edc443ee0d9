"""Places and organisations: the gazetteer's place (Mosca -> Moscow, Kryvyj Rih -> Kryvyi Rih),
else names spelt alike by their transliteration keys; short forms ("la Commissione") and bracketed
acronyms ("(Rdif)") join the one longer name they shorten; a palace or nickname standing for a body
("il Viminale") joins that body where its article names it."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz, process

from kg.knowledge.lexicon import CONFEDERATIONS, FUNCTION_WORDS, LOCAL_BODY_NOUNS
from kg.knowledge.institutions import InstitutionAliases, name_words
from kg.knowledge.names import fold, name_key, without_diacritics
from kg.knowledge.organisations import usual_organisation_name
from kg.knowledge.places import Gazetteer
from kg.knowledge.venues import Venues
from kg.model import Mention
from kg.resolve.ids import Link, key, most_written_first, slug


def resolve_places(mentions: list[Mention], gazetteer: Gazetteer, venues: Venues, min_score: float
                   ) -> dict[tuple, Link]:
    """The gazetteer's place, else the venue table's building under its usual name ("il Colle" is
    the Quirinale), else places spelt alike ("Palazzo Çiragan" / "Palazzo Cirigan")."""
    places = [m for m in mentions if m.label == "LOC"]
    known = {m.surface: gazetteer.lookup(m.surface) for m in places}
    spelling = {s: usual_venue_name(s, venues) for s, place in known.items() if place is None}
    spelt_alike = cluster_by_spelling(set(spelling.values()), min_score)
    return {key(m): Link("place/" + slug(known[m.surface].name), "gazetteer") if known[m.surface]
            else spelt_alike[spelling[m.surface]]._replace(entity="place/" + spelt_alike[spelling[m.surface]].entity)
            for m in places}


def local_bodies_apart(mentions: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """"la Regione", "in Prefettura": a local body named by its noun alone is the one its article names
    in full ("Regione Marche", "Procura di Pavia"), if one; else its article's own, one entity per article."""
    # (article, label, body noun) -> entities: an organisation joins an organisation, a place a place
    named_in: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for m in mentions:
        words = m.surface.split()
        if len(words) > 1 and fold(words[0]) in LOCAL_BODY_NOUNS and key(m) in links:
            named_in[(m.article, m.label, fold(words[0]))].add(links[key(m)].entity)
    joined = {}
    for m in mentions:
        if m.label in ("ORG", "LOC") and (link := links.get(key(m))) and (noun := fold(m.surface)) in LOCAL_BODY_NOUNS:
            full = named_in.get((m.article, m.label, noun), set())
            joined[key(m)] = Link(next(iter(full)), "local-body-in-article") if len(full) == 1 \
                else link._replace(entity=f"{link.entity}@{m.article}")
    return joined


def usual_venue_name(surface: str, venues: Venues) -> str:
    """A venue's first Italian name ("Quirinale" for "il Colle"), or the surface when it names none."""
    venue = venues.venue_of(surface)
    return (venue.aliases or (venue.name,))[0] if venue else surface


class VenueCity(NamedTuple):
    venue: str          # as the text writes it: "Cremlino"
    city_id: str        # place/moscow
    city: str           # Moscow


def venue_cities(surfaces_of: dict[str, Counter], venues: Venues, gazetteer: Gazetteer) -> dict[str, VenueCity]:
    """Entity -> the city it stands in, for entities one of whose names is a venue: "Cremlino" ->
    Moscow; "Casa Bianca" -> Washington (the venue table before the gazetteer, which may take a
    venue for a namesake town)."""
    cities = {}
    for entity, surfaces in surfaces_of.items():
        written, venue = next(((s, v) for s in most_written_first(surfaces) if (v := venues.venue_of(s))), (None, None))
        if venue is None:
            continue
        place = gazetteer.places.get(venue.city_id) if venue.in_gazetteer else None
        name = place.name if place else venue.city
        cities[entity] = VenueCity(written, "place/" + slug(name), name)
    return cities


def resolve_organisations(mentions: list[Mention], min_score: float) -> dict[tuple, Link]:
    spelt = {m.surface: org_spelling(m.surface) for m in mentions if m.label == "ORG"}
    ids = cluster_by_spelling(set(spelt.values()), min_score)
    return {key(m): ids[spelt[m.surface]]._replace(entity="org/" + ids[spelt[m.surface]].entity)
            for m in mentions if m.label == "ORG"}


# "Commissione Ue", "Consiglio Ue": the abbreviation of Unione europea used as its adjective.
ORG_SPELLINGS = {"ue": "europea", "u.e.": "europea"}


def org_spelling(surface: str) -> str:
    """One spelling of an organisation's name: "Commissione Ue" -> "Commissione europea", "Onu" ->
    "Organizzazione delle Nazioni Unite" (kg/data/organisation_names.tsv)."""
    return usual_organisation_name(" ".join(ORG_SPELLINGS.get(w.lower(), w) for w in surface.split()))


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
    # a union's short name is specific enough to join its long form anywhere in the set
    union_heads = {(head.lower(),) for m in mentions if (head := union_head(m.surface))}
    joined = {}
    for m in mentions:
        words = tuple(m.surface.lower().split())
        places_to_look = [(in_article.get((m.article, words), set()), "short-form-in-article")]
        if len(re.split(r"[\s-]+", m.surface)) > 1 or words in union_heads:
            # across articles only a short form of two words or more: a lone "Commissione" may be any
            places_to_look.append((in_set.get(words, set()), "short-form-in-set"))
        if link := the_one(places_to_look):
            joined[key(m)] = link
    return joined


def the_one(places_to_look: list[tuple[set[str], str]]) -> Link | None:
    """The entity found in the first place that finds any (the article, then the set), if it found one only."""
    for found, rule in places_to_look:
        if found:
            return Link(next(iter(found)), rule) if len(found) == 1 else None
    return None


UNION_WORD = re.compile(r"^[A-Z][A-Za-z]{1,4}$")


def union_head(surface: str) -> str | None:
    """"Fiom-Cgil", "Fiom Cgil" -> "Fiom": a short word and the confederation its union belongs to."""
    words = re.split(r"[\s-]", surface)
    return words[0] if len(words) == 2 and UNION_WORD.match(words[0]) and words[1].lower() in CONFEDERATIONS \
        else None


def short_forms_of(surface: str) -> set[tuple[str, ...]]:
    """The word runs that begin or end a name: "Commissione europea" -> (commissione,), (europea,);
    and the union of a union and its confederation: "Fiom-Cgil" -> (fiom,) ("Cgil" alone is the
    confederation, another organisation)."""
    if head := union_head(surface):
        return {(head.lower(),)}
    words = tuple(surface.lower().split())
    return {part for n in range(1, len(words)) for part in (words[:n], words[-n:])}


def join_acronyms(mentions: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """"l'Ue" and "l'Unione europea", "la Bce" and "la Banca centrale europea": an acronym is the one
    name of its article (else of the set) whose words, less articles and prepositions, it is the
    initials of."""
    names_of: dict[str, set[str]] = defaultdict(set)        # initials -> entities
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if initials := initials_of(m.surface):
            names_of[initials].add(links[key(m)].entity)
            in_article[(m.article, initials)].add(links[key(m)].entity)
    joined = {}
    for m in mentions:
        letters = m.surface.lower().replace(".", "")
        if ACRONYM.match(m.surface) and (link := the_one([(in_article.get((m.article, letters), set()), "acronym-in-article"),
                                                          (names_of.get(letters, set()), "acronym-in-set")])):
            joined[key(m)] = link
    return joined


# "Bce", "UE", "M5S", "U.S.A.": a digit stands for a number word of the name ("Movimento 5 Stelle")
ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z0-9]{1,4}|(?:[A-Z]\.){2,5})$")


def initials_of(surface: str) -> str | None:
    """"Banca centrale europea" -> "bce", "Movimento 5 Stelle" -> "m5s", "Électricité..." -> "e...";
    None for a name of one word."""
    words = [w for w in re.split(r"[\s'’]+", without_diacritics(surface.lower())) if w and w not in FUNCTION_WORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else None


def join_institution_aliases(orgs: list[Mention], links: dict[tuple, Link], institutions: InstitutionAliases
                             ) -> dict[tuple, Link]:
    """"il Viminale" in an article that names "il Ministero dell'Interno": an alias (a palace, a
    nickname) is the one body of its article it may stand for. Only in its article: the same palace
    elsewhere may be just the building, and "il Biscione" names another company in another story."""
    entities_of: dict[tuple, set[str]] = defaultdict(set)      # (article, name words) -> entities
    for m in orgs:
        entities_of[(m.article, name_words(m.surface))].add(links[key(m)].entity)
    joined = {}
    for m in orgs:
        found = {e for body in institutions.bodies_of(m.surface) for e in entities_of.get((m.article, body), ())}
        if len(found) == 1:
            joined[key(m)] = Link(found.pop(), "institution-alias")
    return joined


def join_bracketed_acronyms(mentions: list[Mention], links: dict[tuple, Link], texts: dict[str, str]
                            ) -> dict[tuple, Link]:
    """"Fondo europeo per gli investimenti strategici (Feis)": the acronym is the name before it, and so
    is the same acronym anywhere in the set (not the next name of a list: "la Fiom Cgil, la Fim")."""
    acronym_of = acronyms_of(mentions, links, texts)
    return {key(m): Link(acronym_of[m.surface.lower()], "bracketed-acronym")
            for m in mentions if m.surface.lower() in acronym_of}


def acronyms_of(mentions: list[Mention], links: dict[tuple, Link], texts: dict[str, str]) -> dict[str, str]:
    """Acronym (lower case) -> the entity of the name it follows in brackets."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        by_article[m.article].append(m)
    acronym_of = {}
    for ms in by_article.values():
        for name, acronym in zip(ms, ms[1:]):
            if texts[name.article][name.end:acronym.start] == " (" and " " not in acronym.surface \
                    and " " in name.surface:
                acronym_of[acronym.surface.lower()] = links[key(name)].entity
    return acronym_of


def cluster_by_spelling(surfaces: set[str], min_score: float) -> dict[str, Link]:
    """Surface -> id slug and rule; a name whose transliteration key scores `min_score`
    or more with a longer one's (and starts alike) shares that one's id."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)   # first letter -> {key: the key of its entity's first name}
    ids = {}
    for surface in sorted(surfaces, key=lambda x: (-len(x), x)):
        k = name_key(surface)
        # against every name seen, not only the first of each entity: "Palazzo İragan" is one
        # letter from "Palazzo Çiragan", two from the entity's "Palazzo Cirigan"
        best = process.extractOne(k, seen[k[:1]].keys(), scorer=fuzz.ratio, score_cutoff=min_score)
        if best is None:
            head = k
            ids[surface] = Link(slug(k), "new-entity")
        else:
            head = seen[k[:1]][best[0]]
            ids[surface] = Link(slug(head), "same-key" if best[1] == 100 else "same-spelling", best[1])
        seen[k[:1]][k] = head
    return ids
