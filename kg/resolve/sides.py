"""Sides: the country a person acts for, read off their titles ("l'inviato americano", "il
presidente russo") or the offices the public record gives them. Two people of one side who attend
a meeting with another side came together; they did not meet each other (kg/graph's MET)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from kg.knowledge.figures import PublicFigures
from kg.knowledge.names import split_person_name
from kg.model import Actor
from kg.resolve.role_words import RoleReader

# "inviato in Russia", "ambasciatore presso la Santa Sede": the country a mission goes to is not one's side.
DESTINATION = re.compile(r"\b(?:in|a|ad|per|presso|verso)\s+(?:(?:il|lo|la|l['’]|gli|le)\s*)?[A-Z]\w*(?:\s+[A-Z]\w*)*")


def side_of(roles: list[str], names: list[str], figures: PublicFigures, reader: RoleReader) -> str | None:
    """The one nationality the person's titles and public offices give, else None (none, or several:
    "inviato americano in Russia" names the country of a mission, not a side)."""
    figure = next(filter(None, map(figures.named, names)), None)
    titles = [DESTINATION.sub("", r) for r in roles] + ([o.role for o in figure.offices] if figure else [])
    found = {nationality for title in titles for reading in reader.readings(title)
             for nationality in reader.nationalities_in(reader.words(reading))}
    return found.pop() if len(found) == 1 else None


def principals_sides(actors: list[Actor]) -> list[Actor]:
    """A person whose titles give no side takes the side of the one person their titles name:
    "Luca Neri, cognato di Anna Galli", "il consigliere di Bassi"."""
    sides: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.kind == "Person" and a.side:
            sides[split_person_name(a.name).surname].add(a.side)
    # a surname two people of different sides share names neither (and no order of the actors picks one)
    sided = {surname: found.pop() for surname, found in sides.items() if len(found) == 1}
    return [replace(a, side=principal_side(a, sided)) if a.kind == "Person" and not a.side else a for a in actors]


def principal_side(actor: Actor, sided: dict[str, str]) -> str | None:
    found = {side for role in actor.roles for word in role.split() if (side := sided.get(word))}
    return found.pop() if len(found) == 1 else None
