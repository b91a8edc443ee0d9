"""Public figures the news names by epithet, papal name or office alone: kg/data/public_figures.tsv.

kg/resolve reads three things from it, each only as a fallback to what the articles say:
- `named(surface)`: "Papa Francesco" and "Bergoglio" are one person (a papal name is no surname);
- `by_epithet(words)`: "lo zar" is Putin, "il magnate" is Trump where the article names him;
- `holder(role, day)`: who held "presidente sudafricano" on that day.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.knowledge.names import fold, name_key, table_rows

TABLE = Path(__file__).resolve().parents[1] / "data" / "public_figures.tsv"
COLUMNS = 5


@dataclass(frozen=True)
class Office:
    role: str                  # as kg spells roles: "presidente americano"
    start: date
    end: date | None           # None: still held

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Figure:
    name: str
    also: tuple[str, ...]
    epithets: tuple[str, ...]
    by_context: tuple[str, ...]       # epithets that stand for the person only where they are named
    offices: tuple[Office, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.also)


class PublicFigures:
    def __init__(self, figures: list[Figure]) -> None:
        self.figures = figures
        self._by_name = {name_key(n): f for f in figures for n in f.names}
        self._surnames = {name_key(f.name.split()[-1]) for f in figures}
        self._written_surnames = {f.name.split()[-1] for f in figures}
        self._by_epithet = {fold(e): (f, False) for f in figures for e in f.epithets}
        self._by_epithet.update({fold(e): (f, True) for f in figures for e in f.by_context})

    def has_surname(self, word: str) -> bool:
        """"Putin", "Zelensky": the last word of a figure's name, in any transliteration."""
        return name_key(word) in self._surnames

    def writes_surname(self, word: str) -> bool:
        """"Meloni": the last word of a figure's name as the table writes it (not "Mai" for "May")."""
        return word in self._written_surnames

    def named(self, surface: str) -> Figure | None:
        """The figure one of whose names this is, written any way ("Papa Leone XIV", "Bergoglio")."""
        return self._by_name.get(name_key(surface))

    def by_epithet(self, words: str) -> tuple[Figure, bool] | None:
        """(figure, only where named) for an epithet ("tycoon", "zar"), else None."""
        return self._by_epithet.get(fold(words))

    def holders(self, day: date) -> list[tuple[str, Figure]]:
        """(role, figure) for each office held on that day."""
        return [(o.role, f) for f in self.figures for o in f.offices if o.held_on(day)]


def parse_table(lines: list[str], source: str = TABLE.name) -> list[Figure]:
    figures = []
    for number, (name, also, epithets, by_context, offices) in table_rows(lines, COLUMNS, source):
        try:
            terms = tuple(parse_office(o) for o in items(offices))
        except ValueError as e:
            raise ValueError(f"{source}:{number}: {e}") from None
        figures.append(Figure(name.strip(), items(also), items(epithets), items(by_context), terms))
    return figures


def items(column: str) -> tuple[str, ...]:
    return tuple(i.strip() for i in column.split("|") if i.strip())


def parse_office(text: str) -> Office:
    """"presidente americano 2025-01-20 -" -> Office; the role is every word before the two days."""
    *role, start, end = text.split()
    if not role:
        raise ValueError(f"an office needs a role and two days: {text!r}")
    return Office(" ".join(role), date.fromisoformat(start), None if end == "-" else date.fromisoformat(end))


@functools.lru_cache(maxsize=1)
def load_figures() -> PublicFigures:
    return PublicFigures(parse_table(TABLE.read_text(encoding="utf-8").splitlines()))
