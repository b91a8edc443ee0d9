"""Venues -> the city they are in: "al Cremlino" is in Moscow, "a Palazzo Chigi" in Rome.

Reads kg/data/venues.tsv, which kg/data/build_venues.py generates from a sourced, curated table
(kg/data/venues_curated.tsv: each row names the public page that says where the venue stands) and
from WordNet 3.0's part-holonyms ("Kremlin" is part of "Moscow"). The build checks every city
against GeoNames and flags whether kg's gazetteer (kg/knowledge/places.py) finds it.

A surface matches when, folded (`kg.knowledge.names.fold`: case, accents, apostrophes) and stripped
of leading Italian or English prepositions and articles ("alla", "nell'", "il", "the"), it equals
one of a venue's names stripped the same way. There is no fuzzy matching: "Palazzo" alone, a word,
or a person's name is no venue.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.knowledge.names import fold

VENUE_TABLE = Path(__file__).resolve().parents[1] / "data" / "venues.tsv"
COLUMNS = ("venue", "aliases", "city", "country", "city_id", "in_gazetteer", "kind", "source")

# Leading words dropped before matching, one at a time: Italian simple and articulated prepositions,
# Italian articles, and their English counterparts. "all'Eliseo" -> "eliseo", "a Downing Street" ->
# "downing street", "the White House" -> "white house".
_LEADING_WORD = re.compile(
    r"^(?:(?:a|ad|al|allo|alla|ai|agli|alle|in|nel|nello|nella|nei|negli|nelle|da|dal|dallo|dalla|dai|"
    r"dagli|dalle|di|del|dello|della|dei|degli|delle|su|sul|sullo|sulla|sui|sugli|sulle|"
    r"il|lo|la|i|gli|le|the|at|to|from)\s+|(?:all|nell|dall|dell|sull|l)'\s*)")
_EDGE_PUNCTUATION = " '\".,;:!?()[]«»“”‘’"
# "biblioteca del palazzo apostolico" (a venue_key): a part of a venue, its noun and maybe a word, "di", its name
PART_OF = re.compile(r"^(\S+)(?:\s+\S+)?\s+(?:di|del|della|dello|dell')\s*(.+)$")
# The rooms and parts of a palace a meeting is put in ("nella Biblioteca del Palazzo Apostolico")
PART_NOUNS = frozenset("""sala salone biblioteca studio cappella aula cortile giardino giardini appartamento
appartamenti loggia galleria ala""".split())
# A building's noun, maybe a word on its office, and "di", before the name: "palazzo presidenziale di Baabda"
BUILDING_OF = re.compile(r"^(palazzo|residenza|villa|castello)(?:\s+(?:presidenziale|reale|imperiale|apostolico))?"
                         r"\s+(?:di|del|della|dello|dell'\s*)\s*")


def venue_key(text: str) -> str:
    """The form a name is matched by: folded, without edge punctuation or leading prepositions/articles.

    >>> venue_key("all'Élysée")
    'elysee'
    >>> venue_key("  alla CASA Bianca, ")
    'casa bianca'
    """
    key = fold(text).strip(_EDGE_PUNCTUATION)
    while True:
        shorter = _LEADING_WORD.sub("", key, count=1).strip(_EDGE_PUNCTUATION)
        if shorter == key or not shorter:
            return key
        key = shorter


@dataclass(frozen=True)
class Venue:
    name: str                  # canonical name: "Moscow Kremlin"
    aliases: tuple[str, ...]   # "Cremlino", "Kremlin", ...
    city: str                  # English GeoNames name: "Moscow"
    country: str               # ISO 3166-1 alpha-2: "RU"
    city_id: str               # "geonames:524901"
    in_gazetteer: bool         # kg's gazetteer holds the city (places.tsv), under city_id
    kind: str                  # "head-of-state", "parliament", "papal", "resort", ...
    source: str                # where the row comes from (URLs, WordNet synsets)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Venues:
    """Venue names -> Venue."""

    def __init__(self, venues: list[Venue]) -> None:
        self.venues = list(venues)
        self._by_key: dict[str, Venue] = {}
        for venue in self.venues:
            for name in venue.names:
                key = venue_key(name)
                if key:
                    self._by_key.setdefault(key, venue)

    def __len__(self) -> int:
        return len(self.venues)

    def __iter__(self):
        return iter(self.venues)

    def venue_of(self, surface: str) -> Venue | None:
        """The venue this surface names, or None: "al Cremlino" -> the Moscow Kremlin; "al palazzo
        presidenziale di Ittihadiya" -> Heliopolis Palace, whose name the table writes without the
        building's noun ("Ittihadiya") or without "di" ("Palazzo Ittihadiya")."""
        if not surface:
            return None
        key = venue_key(surface)
        return self._by_key.get(key) or self.venue_of_building(key) or self.venue_of_part(key)

    def venue_of_building(self, key: str) -> Venue | None:
        """"palazzo presidenziale di ittihadiya" (a venue_key): the name after the building's noun and "di",
        alone or after the noun."""
        building = BUILDING_OF.match(key)
        if not building:
            return None
        name = key[building.end():]
        return self._by_key.get(name) or self._by_key.get(f"{building.group(1)} {name}")

    def venue_of_part(self, key: str) -> Venue | None:
        """"biblioteca del palazzo apostolico", "sala regia del quirinale" (venue_keys): a room or a part of
        a venue the table knows, named after "di"."""
        part = PART_OF.match(key)
        return self._by_key.get(part.group(2)) if part and part.group(1) in PART_NOUNS else None

    def city_of(self, surface: str) -> str | None:
        """The English name of the city the venue is in, or None: "alla Casa Bianca" -> "Washington"."""
        venue = self.venue_of(surface)
        return venue.city if venue else None


def parse_venue_table(lines: list[str], source: str = "venue table") -> list[Venue]:
    """Rows of venues.tsv: comment lines start with "#", the first other line is the header."""
    venues: list[Venue] = []
    header = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = cells
            missing = [c for c in ("venue", "aliases", "city", "country") if c not in header]
            if missing:
                raise ValueError(f"{source}: header lacks {', '.join(missing)}")
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        if not row["venue"] or not row["city"]:
            raise ValueError(f"{source}:{number}: a row needs a venue and a city")
        venues.append(Venue(
            name=row["venue"],
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            city=row["city"], country=row["country"], city_id=row.get("city_id", ""),
            in_gazetteer=row.get("in_gazetteer", "") == "1", kind=row.get("kind", ""),
            source=row.get("source", "")))
    return venues


@functools.lru_cache(maxsize=4)
def load_venues(path: Path | str = VENUE_TABLE) -> Venues:
    """The venue table (cached per path)."""
    path = Path(path)
    return Venues(parse_venue_table(path.read_text(encoding="utf-8").splitlines(), path.name))
