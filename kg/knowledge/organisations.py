"""Organisations' names: "l'Onu", "le Nazioni Unite" and "l'Organizzazione delle Nazioni Unite" are one
body, written one way (kg/resolve spells an organisation so before clustering names); so are an Italian
body's acronym and nickname ("la Figc", "la Federcalcio"). kg/nlp/org_names.py reads the acronyms too.

Reads kg/data/organisation_names.tsv, a hand-written table whose rows each name their public source.
Names are compared folded (case, accents, apostrophes) and without edge articles: no fuzzy matching.
"""
from __future__ import annotations

import functools
from pathlib import Path

from kg.knowledge.names import fold, table_rows
from kg.knowledge.places import inflections

ORGANISATION_TABLE = Path(__file__).resolve().parents[1] / "data" / "organisation_names.tsv"
PARTY_ADJECTIVE_TABLE = ORGANISATION_TABLE.with_name("party_adjectives.tsv")


def parse_organisation_table(lines: list[str], source: str = "organisation table") -> dict[str, str]:
    """Folded name or alias -> the body's name; the first line that is no comment is the header."""
    names: dict[str, str] = {}
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], 2):
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 3 or not cells[0] or not cells[2]:
            raise ValueError(f"{source}: row {number} needs a name, aliases and a source")
        for written in (cells[0], *filter(None, cells[1].split("|"))):
            if names.setdefault(fold(written), cells[0]) != cells[0]:
                raise ValueError(f"{source}: {written} names two bodies")
    return names


@functools.lru_cache(maxsize=4)
def load_organisation_names(path: Path | str = ORGANISATION_TABLE) -> dict[str, str]:
    path = Path(path)
    return parse_organisation_table(path.read_text(encoding="utf-8").splitlines(), path.name)


def usual_organisation_name(surface: str) -> str:
    """The body's name for one of its names or acronyms ("Onu" -> "Organizzazione delle Nazioni Unite"),
    else the surface."""
    return load_organisation_names().get(fold(surface), surface)


def parse_party_adjectives(lines: list[str], source: str = "party adjectives") -> dict[str, str]:
    """Each form of a party's adjective ("pentastellati") -> the party's name."""
    parties: dict[str, str] = {}
    for number, (adjective, party, cited) in table_rows(lines, 3, source):
        if not party or not cited:
            raise ValueError(f"{source}:{number}: expected an adjective, a party and a source")
        for form in inflections(fold(adjective)):
            parties[form] = party
    return parties


@functools.cache
def load_party_adjectives() -> dict[str, str]:
    return parse_party_adjectives(PARTY_ADJECTIVE_TABLE.read_text(encoding="utf-8").splitlines(),
                                  PARTY_ADJECTIVE_TABLE.name)


def party_of_adjective(word: str) -> str | None:
    """"leghista" -> "Lega", "dem" -> "Partito Democratico"; None for any other word."""
    return load_party_adjectives().get(fold(word))


def is_a_party(name: str) -> bool:
    """A party the adjectives table names ("Partito Democratico")."""
    return name in load_party_adjectives().values()
