"""Roles named by the seat of their office: "il titolare della Farnesina" is the Italian foreign
minister, "l'inquilino della Casa Bianca" the American president, "il capo del Viminale" the Italian
interior minister, "il responsabile del dicastero della Difesa" the defence minister.

The venue table says what kind of seat a building is (a head of state's, a government's) and in
which country; the institution aliases table which body a building stands for ("Ministero degli
Esteri"). The role is then written as kg writes titles ("ministro degli Esteri italiano"), so that
kg/resolve finds its holder as for any other title.
"""
from __future__ import annotations

import re

from kg.knowledge import Knowledge
from kg.knowledge.lexicon import GENITIVE_PREPOSITIONS
from kg.knowledge.names import fold

# Words that name whoever holds the office a seat stands for. "titolare" and "responsabile" also name
# a shop's owner or a firm's manager: they head a role only before a seat kg knows.
SEAT_HEAD_WORDS = frozenset({"titolare", "responsabile", "inquilino", "inquilina", "capo", "padrone", "padrona"})
# The one who holds the office of each kind of seat in the venue table.
SEAT_KIND_TITLES = {"head-of-state": "presidente", "government": "premier"}
# "il dicastero della Difesa", "il Ministero degli Esteri": a ministry, whose head is its minister.
MINISTRY_NOUNS = frozenset({"ministero", "dicastero"})
MINISTER = "ministro"
# The head word, "di" in any of its forms, and the seat: "titolare della Farnesina", "inquilino dell'Eliseo".
SEAT_ROLE = re.compile(r"^(\w+)\s+(?:" + "|".join(map(re.escape, sorted(GENITIVE_PREPOSITIONS, key=len, reverse=True)))
                       + r")\s*(.+)$", re.IGNORECASE)


def seat_role(role: str, knowledge: Knowledge) -> str | None:
    """The title of whoever holds the office of the seat the role names ("titolare della Farnesina"
    -> "ministro degli Esteri italiano"); None when the role names no seat kg knows."""
    found = SEAT_ROLE.match(role.strip())
    if found is None or fold(found.group(1)) not in SEAT_HEAD_WORDS:
        return None
    return title_of_seat(found.group(2), knowledge)


def title_of_seat(seat: str, knowledge: Knowledge) -> str | None:
    nationality = knowledge.gazetteer.demonyms.written.get
    venue = knowledge.venues.venue_of(seat)
    if venue is not None and venue.kind in SEAT_KIND_TITLES and nationality(venue.country):
        return f"{SEAT_KIND_TITLES[venue.kind]} {nationality(venue.country)}"
    body = knowledge.institutions.usual_body_of(seat)
    if body is not None:
        name, country = body
        return ministry_head(name, nationality(country))
    return ministry_head(seat, None)


def ministry_head(body: str, nationality: str | None) -> str | None:
    """"Ministero degli Esteri" -> "ministro degli Esteri" (and its nationality); None for no ministry."""
    first, _, rest = body.partition(" ")
    if fold(first) not in MINISTRY_NOUNS or not rest:
        return None
    return " ".join(w for w in (MINISTER, rest, nationality) if w)
