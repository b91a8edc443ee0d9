"""People: full names join when kg.knowledge.names.same_person says so (transliteration keys,
then fuzzy score); a surname written alone joins the one full name in its article with that
surname, else the one in the whole set; where there are two (Jared and Charles Kushner), it stays
apart. Another name of a public figure ("Papa Francesco" = Bergoglio) is the figure's full name."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from typing import Callable

from kg.knowledge.figures import PublicFigures
from kg.knowledge.names import PersonNames, given_names_compatible, name_key, same_person, split_person_name
from kg.model import Mention
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.ids import Link, key, slug


def resolve_people(mentions: list[Mention], figures: PublicFigures, config: ResolverConfig = DEFAULT_CONFIG
                   ) -> dict[tuple, Link]:
    return people_links(mentions, figures, config)[0]


def people_links(mentions: list[Mention], figures: PublicFigures, config: ResolverConfig = DEFAULT_CONFIG
                 ) -> tuple[dict[tuple, Link], dict[str, Link]]:
    """Each person mention's link, and each full name's (cluster_full_names)."""
    people = [m for m in mentions if m.label == "PER"]
    same = functools.lru_cache(maxsize=None)(same_person)   # many mentions repeat one surface
    # "Papa Francesco" and "Bergoglio": another name of a public figure counts as the figure's full name
    figure_names = {m.surface: figure_name(m.surface, figures) for m in people}
    in_order = surname_first_names(Counter(m.surface for m in people), figures, config.figure_surname_weight)
    name_of = {s: figure or in_order.get(s, s) for s, figure in figure_names.items()}
    full_ids = cluster_full_names(Counter(name_of[m.surface] for m in people if len(name_of[m.surface].split()) > 1), same)
    by_article = defaultdict(set)
    for m in people:
        if name_of[m.surface] in full_ids:
            by_article[m.article].add(name_of[m.surface])
    ids = {surface: link.entity for surface, link in full_ids.items()}
    owner_in_set = SurnameOwners(ids, same)
    links: dict[tuple, Link | None] = {}
    for m in people:
        if figure_names[m.surface]:
            links[key(m)] = Link(ids[name_of[m.surface]], "public-figure")
        elif name_of[m.surface] in full_ids:
            links[key(m)] = full_ids[name_of[m.surface]]
        else:
            links[key(m)] = (surname_owner(m.surface, by_article[m.article], ids, same, "surname-in-article", figures)
                             or owner_in_set(m.surface)
                             or given_name_owner(m.surface, by_article[m.article], ids, "given-name-in-article"))
    # "Vladimir, STOP!" where the article calls him only "Putin": the given name of someone it names.
    named_in = defaultdict(set)
    for m in people:
        named_in[m.article].add(links[key(m)] and links[key(m)].entity)
    names_of = defaultdict(list)        # person id -> their full names
    for surface, pid in ids.items():
        names_of[pid].append(surface)
    for m in people:
        if links[key(m)] is None:
            known = {s for pid in named_in[m.article] for s in names_of.get(pid, ())}
            links[key(m)] = given_name_owner(m.surface, known, ids, "given-name-of-named-person") \
                or Link("person/" + slug(name_key(m.surface)), "new-entity")
    return links, full_ids


def surname_first_names(written: Counter, figures: PublicFigures, figure_weight: int) -> dict[str, str]:
    """"Peskov Dmitri" -> "Dmitri Peskov": agencies and lists write the surname first. A two-word
    name is read so when its first word is the surname of another name of the set whose given name
    its second word can be, and the set uses its first word as a surname more than its second (a
    surname written alone, a full name ending in it, a public figure's)."""
    as_surname, by_surname = surname_uses(written, figures, figure_weight)
    return {name: read for name in written
            if (read := surname_first_reading(name, as_surname.__getitem__, lambda k: by_surname.get(k, set())))}


def surname_uses(written: Counter, figures: PublicFigures, figure_weight: int
                 ) -> tuple[Counter, dict[str, set[str]]]:
    """(surname key -> times the names use it as a surname, public figures weighted; surname key ->
    the names with a given name that have it)."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    as_surname: Counter = Counter()
    for name, count in written.items():
        parts = split_person_name(figure_name(name, figures) or name)
        as_surname[name_key(parts.surname)] += count * (figure_weight if figures.named(name) else 1)
        if parts.given:
            by_surname[name_key(parts.surname)].add(name)
    return as_surname, dict(by_surname)


def surname_first_reading(name: str, as_surname: Callable[[str], int], by_surname: Callable[[str], set[str]]
                          ) -> str | None:
    """The name read surname first ("Dmitri Peskov" for "Peskov Dmitri"), or None (surname_first_names)."""
    words = name.split()
    if len(words) != 2 or as_surname(name_key(words[0])) <= as_surname(name_key(words[1])):
        return None
    if any(given_names_compatible(words[1], split_person_name(other).given[0])[0]
           for other in by_surname(name_key(words[0])) - {name}):
        return f"{words[1]} {words[0]}"
    return None


class SurnameOwners:
    """The one person of the whole set whose surname a name written alone is (surname_owner over
    every full name): asked once per written name, and only of the full names whose surname
    keys start alike and come near it (PersonNames: the others never match)."""

    def __init__(self, full_ids: dict[str, str], same: Callable) -> None:
        self.full_ids, self.same = full_ids, same
        self.by_block: dict[str, PersonNames] = defaultdict(PersonNames)
        for surface in full_ids:
            self.by_block[surname_block(surface)].add(surface)
        self.found: dict[str, Link | None] = {}

    def __call__(self, surface: str) -> Link | None:
        if surface not in self.found:
            block = self.by_block.get(surname_block(surface))
            self.found[surface] = surname_owner(surface, set(block.near(surface)) if block else set(),
                                                self.full_ids, self.same, "surname-in-set")
        return self.found[surface]


def figure_name(surface: str, figures: PublicFigures) -> str | None:
    """The full name of the public figure this is another name of ("Papa Leone XIV" -> Robert
    Francis Prevost), None for the figure's own name and for everyone else."""
    figure = figures.named(surface)
    return figure.name if figure and name_key(surface) != name_key(figure.name) else None


def cluster_full_names(surfaces: Counter, same: Callable) -> dict[str, Link]:
    """Full name -> person id and why; a name joins the first earlier cluster it matches. The most
    written names come first, so a person keeps their id when a rarer variant turns up in a later
    load ("Rustam Umarov" joins "Rustem Umerov", person/umerov-r).

    Only names whose surname keys start alike are compared: transliteration keys unify first
    letters (Whitkoff/Vitkoff -> v), and this keeps the comparisons few.
    """
    heads: dict[str, PersonNames] = defaultdict(PersonNames)   # block -> the first name of each person
    head_ids: dict[str, str] = {}
    assigned, taken = {}, set()
    for surface in sorted(surfaces, key=lambda s: (-surfaces[s], -len(s), s)):
        block = heads[surname_block(surface)]
        match = next((Link(head_ids[head], rule, score) for head in block.near(surface)
                      for joined, rule, score in [same(surface, head)] if joined), None)
        if match is None:
            pid = person_id(surface)
            if pid in taken:          # another person shares surname and initial: Jared / Josh Kushner
                pid = "person/" + slug(name_key(surface))
            taken.add(pid)
            block.add(surface)
            head_ids[surface] = pid
            match = Link(pid, "new-entity")
        assigned[surface] = match
    return assigned


def person_id(name: str) -> str:
    """An id that stays the same whichever variant names the person first: the surname's key and
    the first given name's initial ("Steve", "Steven" and "Stephen Witkoff" are person/vitkof-s)."""
    parts = split_person_name(name)
    initial = name_key(parts.given[0])[:1] if parts.given else ""
    return "person/" + slug(name_key(parts.surname)) + (f"-{initial}" if initial else "")


# First letters that transliterations swap: German writes the Slavic z as s ("Selenskyj" = Zelensky).
# (and h and c: "Čeferin" is spelt "Cheferin", whose key opens on h, or "Ceferin")
BLOCK_LETTERS = str.maketrans({"z": "s", "h": "c"})


@functools.lru_cache(maxsize=None)
def surname_block(name: str) -> str:
    """The names compared with this one: those whose surname's last word starts with the same letter (z
    and s as one, h and c as one). The last word, because the particles before it come and go: "al-Sisi"
    and "Sisi", "von der Leyen" and "Leyen" name one person."""
    return name_key(split_person_name(name).surname).rpartition(" ")[2][:1].translate(BLOCK_LETTERS)


def surname_owner(surface: str, candidates: set[str], full_ids: dict[str, str], same: Callable,
                  rule: str, figures: PublicFigures | None = None) -> Link | None:
    """The one person among `candidates` whose surname this is; of several, the one public figure
    among them ("Milei" in an article on Javier Milei that also names his sister Karina); else None."""
    block = surname_block(surface)
    scores = {c: same(surface, c) for c in candidates if surname_block(c) == block}
    owners = {full_ids[c] for c, (joined, _, _) in scores.items() if joined}
    if len(owners) > 1 and figures is not None:
        owners = {full_ids[c] for c, (joined, _, _) in scores.items() if joined and figures.named(c)}
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

