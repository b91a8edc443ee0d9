"""kg/knowledge/venues.py and kg/data/venues.tsv: a venue named in place of a city -> that city."""
import hashlib

import pytest

from kg.knowledge import read_knowledge
from kg.knowledge.places import load_gazetteer
from kg.knowledge.venues import VENUE_TABLE, Venues, load_venues, parse_venue_table, venue_key

CURATED_TABLE = VENUE_TABLE.with_name("venues_curated.tsv")


@pytest.fixture(scope="module")
def venues():
    return load_venues()


@pytest.mark.parametrize("surface,city", [
    ("al Cremlino", "Moscow"), ("alla Casa Bianca", "Washington"), ("all'Eliseo", "Paris"),
    ("a Downing Street", "London"), ("al Quirinale", "Rome"), ("a Palazzo Chigi", "Rome"),
    ("a Montecitorio", "Rome"), ("a Palazzo Madama", "Rome"), ("alla Farnesina", "Rome"),
    ("in Vaticano", "Vatican City"), ("nel Palazzo Apostolico", "Vatican City"),
    ("a Casa Santa Marta", "Vatican City"), ("a Mar-a-Lago", "Palm Beach"), ("a Camp David", "Thurmont"),
    ("al Berlaymont", "Brussels"), ("alla Cancelleria", "Berlin"), ("a Palazzo Vecchio", "Florence"),
    ("sulla Bankova", "Kyiv"), ("al Dolmabahçe", "Istanbul"), ("al Pentagono", "Arlington"),
    ("al Palazzo di Vetro", "New York City"), ("a Buckingham Palace", "London"), ("alla Moncloa", "Madrid"),
    ("a Westminster", "London"), ("dal Capitol", "Washington"),
])
def test_the_venues_the_press_names(venues, surface, city):
    assert venues.city_of(surface) == city


@pytest.mark.parametrize("surface", [
    "il Cremlino", "Cremlino", "CREMLINO", "cremlino", "Kremlin", "the Kremlin", "Кремль", "«Cremlino»",
    "dal Cremlino,",
])
def test_case_accents_articles_and_quotes_do_not_matter(venues, surface):
    assert venues.city_of(surface) == "Moscow"


@pytest.mark.parametrize("surface,city", [
    ("Casa bianca", "Washington"), ("casa Bianca", "Washington"), ("the White House", "Washington"),
    ("Elysée", "Paris"), ("Élysée", "Paris"), ("ELISEO", "Paris"), ("dall'Eliseo", "Paris"),
    ("Dolmabahce", "Istanbul"), ("Palazzo dell'Eliseo", "Paris"), ("Palazzo dell’Eliseo", "Paris"),
    ("palazzo chigi", "Rome"), ("Mar a Lago", "Palm Beach"),
    # a building's noun, a word on its office and "di" before a name the table writes alone or with the noun
    ("al palazzo presidenziale di Dolmabahçe", "Istanbul"), ("nella residenza di Diaoyutai", "Beijing"),
    # a room or a part of a venue, named after "di"
    ("nella Biblioteca del Palazzo Apostolico", "Vatican City"), ("la Sala Regia del Quirinale", "Rome"),
])
def test_spelling_variants(venues, surface, city):
    assert venues.city_of(surface) == city


@pytest.mark.parametrize("surface", [
    "Palazzo", "palazzo", "il Palazzo", "Casa", "la casa", "Villa", "Castello", "Palace", "Palazzo Reale",
    "palazzo di Giustizia", "palazzo presidenziale di Roma",    # a building of a place: no venue of the table
    "tavolo", "governo", "ministero", "presidente",              # words
    "Vladimir Putin", "Emmanuel Macron", "Giorgia Meloni", "Donald Trump",   # people
    "Roma", "Mosca", "Washington", "Parigi",                     # cities are places, not venues
    "Santa Marta",                                               # a city in Colombia, not the Vatican house
    "", "   ", "al", "l'",
])
def test_what_is_no_venue(venues, surface):
    assert venues.city_of(surface) is None
    assert venues.venue_of(surface) is None


def test_the_gazetteer_knows_the_venue_tables_names():
    gazetteer = read_knowledge().gazetteer
    assert gazetteer.is_venue("alla Farnesina") and gazetteer.is_venue("Viminale") \
        and gazetteer.is_venue("palazzo di Dolmabahçe")
    assert not gazetteer.is_venue("Palazzo") and not gazetteer.is_venue("Santa Marta") \
        and not gazetteer.is_venue("Mario Rossi")


def test_venue_of_gives_the_whole_row(venues):
    venue = venues.venue_of("alla Casa Bianca")
    assert venue.name == "White House" and venue.country == "US" and venue.city_id == "geonames:4140963"
    assert venue.in_gazetteer and "Casa Bianca" in venue.aliases and venue.source


def test_venue_key():
    assert venue_key("  alla CASA Bianca, ") == "casa bianca"
    assert venue_key("all'Élysée") == "elysee"
    assert venue_key("nell’Hofburg") == "hofburg"
    assert venue_key("al") == "al"                  # nothing left to strip it down to


# --- the table ------------------------------------------------------------------------------

def test_every_row_is_complete(venues):
    assert len(venues) >= 100
    for venue in venues:
        assert venue.city and len(venue.country) == 2 and venue.country.isupper(), venue
        assert venue.city_id.startswith("geonames:") and venue.source, venue


def test_no_name_means_two_cities(venues):
    seen = {}
    for venue in venues:
        for name in venue.names:
            other = seen.setdefault(venue_key(name), venue)
            assert (other.city, other.country) == (venue.city, venue.country), (name, other.name, venue.name)


def test_cities_flagged_in_the_gazetteer_are_found_there(venues):
    gazetteer = load_gazetteer()
    for venue in venues:
        assert (venue.city_id in gazetteer.places) == venue.in_gazetteer, venue.name
    assert sum(v.in_gazetteer for v in venues) > 0.9 * len(venues)


def test_venue_table_is_rebuilt_from_the_curated_table():
    """venues.tsv records the digest of venues_curated.tsv: rerun kg/data/build_venues.py after editing it."""
    digest = hashlib.sha256(CURATED_TABLE.read_bytes()).hexdigest()
    assert f"# curated table digest: {digest}" in VENUE_TABLE.read_text(encoding="utf-8").splitlines()


def test_every_curated_row_has_a_source_and_is_in_the_table(venues):
    names = {v.name for v in venues}
    lines = [line for line in CURATED_TABLE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header, rows = lines[0].split("\t"), [dict(zip(lines[0].split("\t"), line.split("\t"))) for line in lines[1:]]
    assert {"venue", "aliases", "city", "country", "source"} <= set(header)
    for row in rows:
        assert row["source"].startswith("http"), row["venue"]
        assert row["venue"] in names, row["venue"]


# --- a table of our own -----------------------------------------------------------------------

SMALL_TABLE = """\
# a comment
venue\taliases\tcity\tcountry\tcity_id\tin_gazetteer\tkind\tsource
Torre del Faro\tFaro Vecchio|Old Lighthouse\tGenoa\tIT\tgeonames:3176219\t1\tlandmark\thttps://example.org/a
Castello Blu\tBlue Castle\tTurin\tIT\tgeonames:3165524\t0\troyal\thttps://example.org/b
"""


def test_load_venues_from_a_path(tmp_path):
    path = tmp_path / "venues.tsv"
    path.write_text(SMALL_TABLE, encoding="utf-8")
    venues = load_venues(path)
    assert len(venues) == 2
    assert venues.city_of("al Faro Vecchio") == "Genoa"
    assert venues.city_of("the old lighthouse") == "Genoa"
    assert venues.city_of("nella Torre del Faro") == "Genoa"
    assert venues.city_of("dal Castello Blu") == "Turin"
    assert venues.venue_of("Blue Castle").in_gazetteer is False
    assert venues.city_of("Castello") is None and venues.city_of("Faro") is None


def test_a_table_without_the_needed_columns_is_refused():
    with pytest.raises(ValueError):
        parse_venue_table(["venue\tcity\tcountry", "X\tRome\tIT"])
    with pytest.raises(ValueError):
        parse_venue_table(["venue\taliases\tcity\tcountry", "X\t\t\tIT"])


def test_first_row_wins_a_shared_name():
    rows = parse_venue_table(["venue\taliases\tcity\tcountry", "A\tShared\tRome\tIT", "B\tShared\tRome\tIT"])
    assert Venues(rows).venue_of("Shared").name == "A"
