"""Organisations and places of articles added to a resolved set (kg/resolve/incremental.py): their
spellings against the set's, short forms, acronyms (initials and bracketed), unions; Unsure where the
set's own links may change."""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from kg.knowledge import Knowledge
from kg.knowledge.names import name_key
from kg.model import Mention
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import Link, key, slug
from kg.resolve.places_and_orgs import (
    ACRONYM,
    acronyms_of,
    initials_of,
    short_forms_of,
    the_one,
    usual_venue_name,
)
from kg.resolve.state import ResolveState, Spellings, Unsure, union_words_of

# --- organisations and places -----------------------------------------------------------------

def spelling_links(sp: Spellings, names: set[str], mentions: list[Mention], spelling, prefix: str,
                   config: ResolverConfig) -> dict[tuple, Link]:
    added_spellings(sp, names, config.same_spelling_min_score)
    links = {}
    for m in mentions:
        link = sp.ids[spelling(m.surface)]
        links[key(m)] = link._replace(entity=prefix + link.entity)
    return links


def place_links(state: ResolveState, places: list[Mention], knowledge: Knowledge, config: ResolverConfig
                ) -> dict[tuple, Link]:
    known = {m.surface: knowledge.gazetteer.lookup(m.surface) for m in places}
    spelling = lambda s: usual_venue_name(s, knowledge.venues)     # noqa: E731 ("il Colle" is the Quirinale)
    links = spelling_links(state.places, {spelling(s) for s, place in known.items() if place is None},
                           [m for m in places if known[m.surface] is None], spelling, "place/", config)
    links.update({key(m): Link("place/" + slug(known[m.surface].name), "gazetteer") for m in places if known[m.surface]})
    return links


def added_spellings(sp: Spellings, names: set[str], min_score: float) -> dict[str, Link]:
    """cluster_by_spelling for new names, each of which must come after every name of the set it
    scores `min_score` with (so that none of those would have joined it instead)."""
    seen: dict[str, dict[str, str]] = {}
    firsts: dict[str, tuple] = {}
    ids = {}
    for surface in sorted((n for n in names if n not in sp.ids), key=lambda x: (-len(x), x)):
        k = name_key(surface)
        letter = k[:1]
        old = sp.seen.get(letter, {})
        close = process.extract(k, list(old), scorer=fuzz.ratio, score_cutoff=min_score, limit=None)
        if any(sp.last[match] > (-len(surface), surface) for match, _, _ in close):
            raise Unsure(f"{surface} comes before a spelling it matches")
        letter_seen = seen.setdefault(letter, dict(old))
        # extractOne's choice in cluster_by_spelling: the best score, the first key seen on a tie
        matches = process.extract(k, list(letter_seen), scorer=fuzz.ratio, score_cutoff=min_score, limit=None)
        best = min(matches, key=lambda x: (-x[1], sp.first.get(x[0]) or firsts[x[0]]), default=None)
        if best is None:
            head = k
            ids[surface] = Link(slug(k), "new-entity")
        else:
            head = letter_seen[best[0]]
            ids[surface] = Link(slug(head), "same-key" if best[1] == 100 else "same-spelling", best[1])
        letter_seen[k] = head
        firsts.setdefault(k, (-len(surface), surface))
    for surface, link in ids.items():
        k = name_key(surface)
        sp.ids[surface] = link
        sp.seen.setdefault(k[:1], {})[k] = seen[k[:1]][k]
        sp.last[k] = max(sp.last.get(k, (-len(surface), surface)), (-len(surface), surface))
        sp.first.setdefault(k, firsts[k])
    return ids


# --- short forms and acronyms -----------------------------------------------------------------

def added_short_forms(state: ResolveState, unknown: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """join_short_forms for the added names; Unsure if a name of the set that looks for its long form
    in the set (two words or more, or a union's head) would find another."""
    unions = state.union_words | union_words_of(unknown)
    in_article: dict[tuple, set[str]] = defaultdict(set)
    added: dict[tuple, set[str]] = defaultdict(set)
    for m in unknown:
        for part in short_forms_of(m.surface):
            in_article[(m.article, part)].add(links[key(m)].entity)
            added[part].add(links[key(m)].entity)
    for part, entities in added.items():
        if entities - state.in_set.get(part, set()) and (part in state.shortened_across
                                                         or len(part) == 1 and part[0] in state.union_words):
            raise Unsure(f"short form {part}")
    joined = {}
    for m in unknown:
        words = tuple(m.surface.lower().split())
        longer, rule = in_article.get((m.article, words), set()), "short-form-in-article"
        if not longer and (len(re.split(r"[\s-]+", m.surface)) > 1 or m.surface.lower() in unions):
            longer, rule = state.in_set.get(words, set()) | added.get(words, set()), "short-form-in-set"
        if len(longer) == 1:
            joined[key(m)] = Link(next(iter(longer)), rule)
    for part, entities in added.items():
        state.in_set.setdefault(part, set()).update(entities)
    for m in unknown:
        if len(re.split(r"[\s-]+", m.surface)) > 1:
            state.shortened_across.add(tuple(m.surface.lower().split()))
    state.union_words = unions
    return joined


def check_unions(state: ResolveState, unknown: list[Mention]) -> None:
    """A union's name ("Fiom-Cgil") makes its head ("la Fiom") join it across the set: an added union
    whose head the set writes is Unsure."""
    for word in union_words_of(unknown) - state.union_words:
        if word in state.unknown_lower:
            raise Unsure(f"union {word}")


def added_initials(state: ResolveState, orgs: list[Mention], links: dict[tuple, Link]) -> dict[tuple, Link]:
    """join_acronyms for the added organisations ("Ue" = Unione europea, in the article, else in the
    set); Unsure if an acronym of the set may now stand for another name: not when the set already
    has two names of those initials, so that the acronym stands for none of them in the set's other
    articles, before as after ("PS": Polizia di Stato, Pronto Soccorso)."""
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    added: dict[str, set[str]] = defaultdict(set)
    for m in orgs:
        if letters := initials_of(m.surface):
            in_article[(m.article, letters)].add(links[key(m)].entity)
            added[letters].add(links[key(m)].entity)
    for letters, entities in added.items():
        known = state.initials.get(letters, set())
        if letters in state.acronym_letters and entities - known and len(known) < 2:
            raise Unsure(f"acronym {letters}")
    joined = {}
    for m in orgs:
        letters = m.surface.lower().replace(".", "")
        if ACRONYM.match(m.surface) and (link := the_one([
                (in_article.get((m.article, letters), set()), "acronym-in-article"),
                (state.initials.get(letters, set()) | added.get(letters, set()), "acronym-in-set")])):
            joined[key(m)] = link
    for letters, entities in added.items():
        state.initials[letters] = state.initials.get(letters, set()) | entities
    state.acronym_letters |= {m.surface.lower().replace(".", "") for m in orgs if ACRONYM.match(m.surface)}
    return joined


def added_acronyms(state: ResolveState, unknown: list[Mention], links: dict[tuple, Link], texts: dict[str, str]
                   ) -> dict[tuple, Link]:
    found = acronyms_of(unknown, links, texts)
    for acronym, entity in found.items():
        if state.acronym_of.get(acronym, entity) != entity or (acronym not in state.acronym_of
                                                               and acronym in state.unknown_lower):
            raise Unsure(f"acronym {acronym}")
    state.acronym_of.update(found)
    state.unknown_lower |= {m.surface.lower() for m in unknown}
    return {key(m): Link(state.acronym_of[m.surface.lower()], "bracketed-acronym")
            for m in unknown if m.surface.lower() in state.acronym_of}
