"""Institution aliases: a palace, street or nickname standing for the body it houses or names ("il
Viminale" = the Italian Ministry of the Interior, "il Biscione" = Alfa Romeo).

Reads kg/data/institution_aliases.tsv, a hand-written table whose rows each name their public source.
Names are compared by their words, folded, without articles and prepositions: "il Ministero
dell’Interno" and "ministero dell'Interno" are one name; no fuzzy matching.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from kg.knowledge.lexicon import FUNCTION_WORDS, elided_words
from kg.knowledge.names import fold

INSTITUTION_TABLE = Path(__file__).resolve().parents[1] / "data" / "institution_aliases.tsv"


def name_words(name: str) -> tuple[str, ...]:
    """"il Ministero dell’Interno" -> ("ministero", "interno")."""
    return tuple(w for w in (fold(w) for w in elided_words(name)) if w not in FUNCTION_WORDS)


@dataclass(frozen=True)
class InstitutionAliases:
    bodies: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # alias -> (its first body as written, its country code): "Farnesina" -> ("Ministero degli Esteri", "IT")
    first_body: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)

    def bodies_of(self, surface: str) -> frozenset[tuple[str, ...]]:
        """The names (as name_words) of the bodies an alias may stand for; empty for no alias."""
        return self.bodies.get(name_words(surface), frozenset())

    def usual_body_of(self, surface: str) -> tuple[str, str] | None:
        """The body an alias first stands for, as written, and its country; None for no alias."""
        return self.first_body.get(name_words(surface))


def parse_institution_table(lines: list[str]) -> InstitutionAliases:
    bodies: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    first_body: dict[tuple[str, ...], tuple[str, str]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        alias, names, country, _source = line.split("\t")
        bodies.setdefault(name_words(alias), set()).update(name_words(n) for n in names.split("|"))
        first_body.setdefault(name_words(alias), (names.split("|")[0], country))
    return InstitutionAliases({alias: frozenset(names) for alias, names in bodies.items()}, first_body)


@functools.lru_cache(maxsize=4)
def load_institutions(path: Path | str = INSTITUTION_TABLE) -> InstitutionAliases:
    return parse_institution_table(Path(path).read_text(encoding="utf-8").splitlines())
