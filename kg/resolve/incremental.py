"""Articles added to a resolved set: their mentions resolved against the set's index (state.py),
and what the set resolved kept as it was, when the new articles cannot change it.

resolve_added() returns None when they might: a written name the new votes label otherwise, a full
name that now comes before one of its variants and gives a name of the set another person
(cluster_full_names takes names by frequency: the names joined to it are clustered again), a
surname written alone whose one owner changes, a spelling that would come before a name it
matches, a short form or acronym the set already uses, a role whose holder changes, a venue's city,
a user's corrections; and for the set-wide rules of names written surname first, unions, acronyms
and venues' other names: an old two-word name that would now be read surname first (or no longer),
an added union or a head of one the set writes, an acronym of the set whose initials an added name
has (the added names themselves are read as a full resolution reads them: incremental_orgs.py).
The caller then resolves every article again. Either way the result is the
full resolution of the set and the new articles in the order of their ids, wherever the new ids sort
(tests/test_incremental.py).
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import replace

from kg.corrections import Corrections
from kg.knowledge import Knowledge
from kg.knowledge.names import PersonNames, name_key, same_person
from kg.model import Extraction, Mention
from kg.resolve import label_for, label_votes, relabelled, surname_keys_of, union_heads_of
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import Link, key, slug
from kg.resolve.incremental_orgs import (
    added_acronyms,
    added_initials,
    added_short_forms,
    check_unions,
    place_links,
    spelling_links,
)
from kg.resolve.people import (
    cluster_full_names,
    figure_name,
    given_name_owner,
    person_id,
    surname_block,
    surname_first_reading,
    surname_owner,
    surname_uses,
)
from kg.resolve.places_and_orgs import join_institution_aliases, local_bodies_apart, org_spelling
from kg.resolve.role_words import RoleReader
from kg.resolve.roles import FigureEntities, TitleRow, Titles, people_in_order, role_link, title_rows
from kg.resolve.state import ResolveState, Unsure, two_word_keys

same = functools.lru_cache(maxsize=1 << 16)(same_person)




def added_links(state: ResolveState, added: list[Extraction], knowledge: Knowledge, config: ResolverConfig,
                corrections: Corrections | None) -> tuple[list[Mention], dict[tuple, Link], dict[tuple, Link]]:
    """The added articles' mentions with their labels settled, their links (people, places,
    organisations, short forms, acronyms) and their roles' links; raises Unsure."""
    if corrections and (corrections.merges or corrections.splits):
        raise Unsure("corrections")
    gazetteer = knowledge.gazetteer
    raw = [m for x in added for m in x.mentions]
    labels = added_labels(state, raw, gazetteer)
    mentions = relabelled(raw, labels)
    links = {**added_people(state, mentions, knowledge, config),
             **spelling_links(state.orgs, {org_spelling(m.surface) for m in mentions if m.label == "ORG"},
                              [m for m in mentions if m.label == "ORG"], org_spelling, "org/", config),
             **place_links(state, [m for m in mentions if m.label == "LOC"], knowledge, config)}
    links.update(local_bodies_apart(mentions, links))
    unknown = [m for m in mentions if m.label == "ORG" or m.label == "LOC" and not gazetteer.is_place(m.surface)]
    check_unions(state, unknown)
    links.update(added_short_forms(state, unknown, links))
    links.update(added_initials(state, [m for m in unknown if m.label == "ORG"], links))
    links.update(added_acronyms(state, unknown, links, {x.article.id: x.article.text for x in added}))
    # in-article only, so the added articles' aliases change nothing of the set's
    links.update(join_institution_aliases([m for m in unknown if m.label == "ORG"], links, knowledge.institutions))
    role_links = added_roles(state, mentions, links, added, knowledge, config)
    return mentions, links, role_links


# --- labels ---------------------------------------------------------------------------------

def added_labels(state: ResolveState, raw: list[Mention], gazetteer) -> dict[str, str]:
    """The settled label of each name the added articles write; Unsure if a name of the set changes label."""
    votes = label_votes(raw)
    surnames = state.surnames | surname_keys_of(raw)
    heads = state.union_heads | union_heads_of(raw)
    if any(head in state.label_of for head in heads - state.union_heads):
        raise Unsure("a union's head the set writes")
    role_surfaces = {m.surface for m in state.roles}
    labels = {m.surface: state.label_of[m.surface] for m in raw if m.surface in state.label_of}
    for surface, counts in votes.items():
        labels[surface] = label_for(surface, state.votes.get(surface, Counter()) + counts, surnames, heads, gazetteer)
        if state.label_of.get(surface, labels[surface]) != labels[surface]:
            raise Unsure(f"label of {surface}")
        if surface not in state.votes and surface in role_surfaces:
            raise Unsure(f"role {surface} gets a label")
    for k in surnames - state.surnames:
        if state.relabel_keys.get(k):
            raise Unsure(f"{k} becomes a surname")
    for surface, counts in votes.items():
        state.votes[surface] = state.votes.get(surface, Counter()) + counts
        state.label_of[surface] = labels[surface]
        if labels[surface] != "PER" and " " not in surface and not gazetteer.is_place(surface):
            state.relabel_keys.setdefault(name_key(surface), set()).add(surface)
    state.surnames, state.union_heads = surnames, heads
    return labels


# --- people ---------------------------------------------------------------------------------

def added_people(state: ResolveState, mentions: list[Mention], knowledge: Knowledge, config: ResolverConfig
                 ) -> dict[tuple, Link]:
    p = state.people
    people = [m for m in mentions if m.label == "PER"]
    figure_names = {m.surface: figure_name(m.surface, knowledge.figures) for m in people}
    readings = added_readings(state, Counter(m.surface for m in people), knowledge, config)
    name_of = {s: figure or readings.get(s, s) for s, figure in figure_names.items()}
    delta = Counter(name_of[m.surface] for m in people if len(name_of[m.surface].split()) > 1)
    full_ids = added_full_names(state, delta)
    ids = {name: link.entity for name, link in full_ids.items()}
    entity = lambda name: ids[name] if name in ids else p.ids[name].entity   # noqa: E731
    new_names = [n for n in delta if n not in p.counts]
    check_lone_owners(state, new_names, ids)
    by_article = defaultdict(set)
    for m in people:
        if name_of[m.surface] in delta:
            by_article[m.article].add(name_of[m.surface])
    all_ids = AllIds(p.ids, ids)
    links: dict[tuple, Link | None] = {}
    for m in people:
        if figure_names[m.surface]:
            links[key(m)] = Link(entity(name_of[m.surface]), "public-figure")
        elif m.surface in delta:
            links[key(m)] = full_ids.get(m.surface) or p.ids[m.surface]
        else:
            links[key(m)] = (surname_owner(m.surface, by_article[m.article], all_ids, same, "surname-in-article",
                                           knowledge.figures)
                             or owner_in_set(state, m.surface, new_names, all_ids)
                             or given_name_owner(m.surface, by_article[m.article], all_ids, "given-name-in-article"))
    named_in = defaultdict(set)
    for m in people:
        named_in[m.article].add(links[key(m)] and links[key(m)].entity)
    for m in people:
        if links[key(m)] is None:
            known = {s for pid in named_in[m.article] for s in names_of(state, pid, ids)}
            links[key(m)] = given_name_owner(m.surface, known, all_ids, "given-name-of-named-person") \
                or Link("person/" + slug(name_key(m.surface)), "new-entity")
    remember_people(state, delta, full_ids, [name_of[m.surface] for m in people if name_of[m.surface] not in delta
                                             and links[key(m)].rule != "surname-in-article"])
    return links


def added_readings(state: ResolveState, written: Counter, knowledge: Knowledge, config: ResolverConfig
                   ) -> dict[str, str]:
    """surname_first_names over the set and the added names: the added names' readings; Unsure if a
    name of the set would be read otherwise ("Peskov Dmitri" once "Peskov" is used more as a surname)."""
    p = state.people
    as_new, by_new = surname_uses(written, knowledge.figures, config.figure_surname_weight)
    uses = lambda k: p.as_surname.get(k, 0) + as_new.get(k, 0)                 # noqa: E731
    names = lambda k: p.by_surname.get(k, set()) | by_new.get(k, set())         # noqa: E731
    for k in set(as_new) | set(by_new):
        for name in p.two_words.get(k, ()):
            if surname_first_reading(name, uses, names) != p.readings.get(name):
                raise Unsure(f"reading of {name}")
    readings = {name: read for name in written if (read := surname_first_reading(name, uses, names))}
    p.as_surname.update(as_new)
    for k, found in by_new.items():
        p.by_surname[k] = p.by_surname.get(k, set()) | found
    for name in written:
        for k in two_word_keys(name):
            p.two_words[k].add(name)
    p.readings.update(readings)
    return readings


def remember_people(state: ResolveState, delta: Counter, found: dict[str, Link], lone: list[str]) -> None:
    p = state.people
    p.counts.update(delta)
    for name, link in found.items():
        p.ids[name] = link
        p.index_full_name(name, link)
    for name in lone:
        p.lone[surname_block(name)].add(name)


class AllIds(dict):
    """Full name -> person, over the set's names and the added ones, without copying the set's."""

    def __init__(self, old: dict[str, Link], new: dict[str, str]) -> None:
        super().__init__(new)
        self.old = old

    def __missing__(self, name: str) -> str:
        return self.old[name].entity


def names_of(state: ResolveState, pid: str | None, new_ids: dict[str, str]) -> list[str]:
    return [*state.people.names_of.get(pid, ()), *(n for n, e in new_ids.items() if e == pid and n not in
                                                   state.people.counts)]


def order(name: str, count: int) -> tuple:
    return (-count, -len(name), name)


def added_full_names(state: ResolveState, delta: Counter) -> dict[str, Link]:
    """cluster_full_names' links for the full names the added articles write, as if it ran over the
    whole set. A name whose order against every name it may interact with stays what it was keeps
    its link; a new name that comes after all of them joins the first person whose first name it
    matches, else is a new person. Where the order changes, the names joined to the reordered ones
    are clustered again, alone (reclustered): Unsure if one of the set's names changes person."""
    p = state.people
    count = lambda n: p.counts.get(n, 0) + delta.get(n, 0)      # noqa: E731
    reordered = reordered_names(state, delta, count)
    closure = joined_closure(state, reordered, [n for n in delta if n not in p.counts]) if reordered else set()
    found = reclustered(state, closure, count) if closure else {}
    heads: dict[str, PersonNames] = {}
    taken: set[str] = set()
    for name in sorted(delta, key=lambda n: order(n, count(n))):
        if name in p.counts or name in closure:
            continue
        found[name] = first_match(state, heads, name, found, count) or new_person(state, name, taken)
        if found[name].rule == "new-entity":
            heads.setdefault(surname_block(name), PersonNames()).add(name)
    return found


def reordered_names(state: ResolveState, delta: Counter, count) -> set[str]:
    """The added names whose order against a name of the set they may interact with is not the one
    the set had: a name of the set that moves past a variant, a new name that comes before one."""
    p = state.people
    found = set()
    for name in delta:
        related = interacting(state, name)
        if name in p.counts:
            before = order(name, p.counts[name])
            if any((before < order(x, p.counts[x])) != (order(name, count(name)) < order(x, count(x)))
                   for x in related):
                found.add(name)
        elif any(order(x, count(x)) > order(name, count(name)) for x in related):
            found.add(name)
    return found


def joined_closure(state: ResolveState, seeds: set[str], new_names: list[str]) -> set[str]:
    """The names cluster_full_names' result for the seeds depends on: those same_person joins to them
    or that share their person id, and theirs in turn, among the set's names and the new ones."""
    new_by_block: dict[str, list[str]] = defaultdict(list)
    for name in new_names:
        new_by_block[surname_block(name)].append(name)
    seen, todo = set(seeds), list(seeds)
    while todo:
        name = todo.pop()
        for other in neighbours(state, name) | new_neighbours(name, new_by_block[surname_block(name)]):
            if other not in seen:
                seen.add(other)
                todo.append(other)
        if len(seen) > MAX_RECLUSTERED:
            raise Unsure(f"too many names joined to {name}")
    return seen


# A closure this large is a surname many people share: resolving every article again is as cheap.
MAX_RECLUSTERED = 2000


def new_neighbours(name: str, new_names: list[str]) -> set[str]:
    return {n for n in new_names if n != name and (same(name, n)[0] or person_id(n) == person_id(name))}


def reclustered(state: ResolveState, closure: set[str], count) -> dict[str, Link]:
    """cluster_full_names over the closure alone, which gives its names the links a run over the whole
    set gives them (no name outside it joins or shares an id with one inside): the new names' links;
    Unsure if a name of the set changes link, or a new person takes an id the set gives another."""
    p = state.people
    links = cluster_full_names(Counter({n: count(n) for n in closure}), same)
    changed = next((n for n in sorted(closure) if n in p.counts and links[n] != p.ids[n]), None)
    if changed:
        raise Unsure(f"{changed} changes person")
    ids_inside = {p.ids[n].entity for n in closure if n in p.counts}
    if any(link.rule == "new-entity" and link.entity in p.taken - ids_inside
           for n, link in links.items() if n not in p.counts):
        raise Unsure("a new person's id is taken")
    return {n: link for n, link in links.items() if n not in p.counts}


def interacting(state: ResolveState, name: str) -> set[str]:
    """The set's full names whose order against `name` may change cluster_full_names' result: those
    it may join (same_person, or the same short id) and theirs."""
    first = neighbours(state, name)
    return (first | {y for x in first for y in neighbours(state, x)}) - {name}


def neighbours(state: ResolveState, name: str) -> set[str]:
    p = state.people
    block = p.names.get(surname_block(name))
    joined = {x for x in block.near(name) if same(name, x)[0]} if block else set()
    return (joined | p.by_pid.get(person_id(name), set())) - {name}


def first_match(state: ResolveState, heads: dict[str, PersonNames], name: str, found: dict[str, Link],
                count) -> Link | None:
    """The first person, in cluster_full_names' order of their first names, whose first name this matches."""
    block = surname_block(name)
    candidates = [(head, state.people.head_ids[head]) for head in near(state.people.heads.get(block), name)]
    candidates += [(head, found[head].entity) for head in near(heads.get(block), name)]
    for head, entity in sorted(candidates, key=lambda c: order(c[0], count(c[0]))):
        joined, rule, score = same(name, head)
        if joined:
            return Link(entity, rule, score)
    return None


def near(names: PersonNames | None, name: str) -> list[str]:
    return names.near(name) if names else []


def new_person(state: ResolveState, name: str, taken: set[str]) -> Link:
    """A new person's id as cluster_full_names gives it: surname and initial, or the whole name when a
    person before holds those (Giulia Galvani after Giorgio Galvani). The set's holder shares the id
    of this name, so it came before (reordered_names): Unsure only if the id was taken otherwise."""
    pid = person_id(name)
    if pid in taken or any(state.people.ids[n].entity == pid for n in state.people.by_pid.get(pid, ())):
        pid = "person/" + slug(name_key(name))
    if pid in state.people.taken or pid in taken:
        raise Unsure(f"{pid} taken")
    taken.add(pid)
    return Link(pid, "new-entity")


def check_lone_owners(state: ResolveState, new_names: list[str], ids: dict[str, str]) -> None:
    """A surname written alone in the set whose one owner in the set a new full name changes."""
    p = state.people
    for name in new_names:
        for lone in p.lone.get(surname_block(name), ()):
            if same(lone, name)[0]:
                old = surname_owner(lone, set(near_names(state, lone)), AllIds(p.ids, {}), same, "surname-in-set")
                new = owner_in_set(state, lone, new_names, AllIds(p.ids, ids))
                if old != new:
                    raise Unsure(f"owner of {lone}")


def near_names(state: ResolveState, name: str) -> list[str]:
    block = state.people.names.get(surname_block(name))
    return block.near(name) if block else []


def owner_in_set(state: ResolveState, surface: str, new_names: list[str], all_ids: dict) -> Link | None:
    candidates = set(near_names(state, surface)) | {n for n in new_names if surname_block(n) == surname_block(surface)}
    return surname_owner(surface, candidates, all_ids, same, "surname-in-set")


# --- roles ------------------------------------------------------------------------------------

def added_roles(state: ResolveState, mentions: list[Mention], links: dict[tuple, Link], added: list[Extraction],
                knowledge: Knowledge, config: ResolverConfig) -> dict[tuple, Link]:
    """The added role mentions' holders; Unsure if a role mention of the set would change holder."""
    reader = RoleReader(knowledge.gazetteer)
    # where the added articles name their people: a role of two holders is the one named last (named_last)
    titled = Titles(state.titles, reader, config, people_in_order(mentions, links))
    new_rows = title_rows(mentions, links, reader)
    nationalities = {row.entity: titled.nationalities[row.entity] for row in new_rows}
    for row in new_rows:
        titled.rows.append(row)
        titled.index(row)
    figures = FigureEntities([], {}, knowledge.figures, reader, config)
    figures.entity, figures.named_in = dict(state.figure_entity), defaultdict(dict, state.named_in)
    check_figures(state, mentions, links, figures)
    figures.note(mentions, links)
    days = {**state.days, **{x.article.id: x.article.published for x in added}}
    for m in affected_roles(state, new_rows, nationalities, titled, set(figures.entity) - set(state.figure_entity)):
        if role_link(m, titled, figures, days.get(m.article)) != state.role_links.get(key(m)):
            raise Unsure(f"holder of {m.surface}")
    found = {key(m): link for m in mentions
             if m.label == "ROLE" and (link := role_link(m, titled, figures, days.get(m.article)))}
    state.days = days
    state.figure_entity, state.named_in = figures.entity, dict(figures.named_in)
    state.roles += [m for m in mentions if m.label == "ROLE"]
    state.role_links.update(found)
    return found


def check_figures(state: ResolveState, mentions: list[Mention], links: dict[tuple, Link],
                  figures: FigureEntities) -> None:
    """A public figure's entity is the one of the first article naming them (FigureEntities.note): an
    added article that names a figure of the set as another entity may come first in the id order."""
    for m in mentions:
        if m.label == "PER" and key(m) in links and (figure := figures.table.named(m.surface)) \
                and state.figure_entity.get(figure.name, links[key(m)].entity) != links[key(m)].entity:
            raise Unsure(f"entity of {figure.name}")


def affected_roles(state: ResolveState, new_rows: list[TitleRow], nationalities: dict, titled: Titles,
                   new_figures: set[str]) -> list[Mention]:
    """The set's role mentions whose holder the added titles or public figures may change: read
    across the set with words an added title has, in an article titling someone whose nationality
    changed, or any not held by a titled person when a public figure is named for the first time."""
    if new_figures:
        return [m for m in state.roles if (link := state.role_links.get(key(m))) is None or link.rule != "role-holder"]
    renationalised = {pid for pid, before in nationalities.items() if titled.nationalities[pid] != before}
    articles = {a for a, rows in titled.by_article.items() if any(row.entity in renationalised for row in rows)} \
        if renationalised else set()
    added_words = [row.words for row in new_rows]
    reader = titled.reader
    found = []
    for m in state.roles:
        if m.article in articles or any(
                len(words := reader.words(role)) >= 2 and any(words <= row for row in added_words)
                for role in reader.readings(m.role or m.surface)):
            found.append(m)
    return found
