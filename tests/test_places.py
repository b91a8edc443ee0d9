"""kg/knowledge/places.py: exonyms and transliterations resolve to one canonical place; people and words do not."""

import pytest

from kg.knowledge.names import fold, name_key
from kg.knowledge.places import (CURATED_TABLES, DEMONYM_TABLE, NO_KEY, PACKAGE_TABLE, CuratedPlace, Place,
                       build_gazetteer, curated_digest, load_gazetteer, parse_curated_table,
                       parse_demonym_table, parse_package_table)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def name_of(gazetteer, text):
    place = gazetteer.lookup(text)
    return place and place.name


@pytest.mark.parametrize("text,canonical", [
    ("Mosca", "Moscow"), ("Moskva", "Moscow"), ("Москва", "Moscow"),
    ("Kiev", "Kyiv"), ("Kyiv", "Kyiv"), ("Kyjiv", "Kyiv"), ("Київ", "Kyiv"),
    ("Kryvyj Rih", "Kryvyi Rih"), ("Kryvyi Rih", "Kryvyi Rih"), ("Krivoy Rog", "Kryvyi Rih"),
    ("Kryvij Rih", "Kryvyi Rih"),              # not listed anywhere: found by name_key
    ("Kharkov", "Kharkiv"), ("Kharkiv", "Kharkiv"), ("Charkiw", "Kharkiv"),
    ("Odessa", "Odesa"), ("Nikolaev", "Mykolaiv"), ("Zaporozhye", "Zaporizhzhia"),
    ("Dnepropetrovsk", "Dnipro"), ("Lugansk", "Luhansk"), ("Leopoli", "Lviv"), ("Artemovsk", "Bakhmut"),
    ("Riad", "Riyadh"), ("Riyadh", "Riyadh"), ("Gedda", "Jeddah"),
    ("Abu Dhabi", "Abu Dhabi"), ("Abu Dabi", "Abu Dhabi"), ("Dubai", "Dubai"),
    ("Ginevra", "Geneva"), ("Istanbul", "Istanbul"), ("Londra", "London"), ("Parigi", "Paris"),
    ("Berlino", "Berlin"), ("Varsavia", "Warsaw"), ("Pechino", "Beijing"), ("Monaco di Baviera", "Munich"),
    ("Roma", "Rome"), ("Vaticano", "Vatican City"),
    ("Arabia Saudita", "Saudi Arabia"), ("Stati Uniti", "United States"), ("USA", "United States"),
    ("Usa", "United States"), ("Emirati Arabi Uniti", "United Arab Emirates"), ("Regno Unito", "United Kingdom"),
    ("Ucraina", "Ukraine"), ("l'Ucraina", "Ukraine"), ("la Crimea", "Crimea"), ("Donbass", "Donbas"),
    # Italian news' names for a country: America alone is the United States (America Latina is not)
    ("America", "United States"), ("l'America", "United States"), ("America Latina", "Latin America"),
    ("Repubblica Islamica", "Iran"), ("Stato ebraico", "Israel"),
    # the towns of the Middle East fronts, whatever their size, by the names Italian news writes
    ("Ramallah", "Ramallah"), ("Jenin", "Janīn"), ("Tulkarem", "Ţūlkarm"), ("Idlib", "Idlib"),
    # a name with "L'" loses it after a preposition: "all'Aia", "dell'Avana"
    ("L'Aia", "The Hague"), ("Aia", "The Hague"), ("Avana", "Havana"),
    # first-level regions of Italy and its neighbours (ISO 3166-2), by their Italian names too
    ("Lombardia", "Lombardia"), ("Emilia Romagna", "Emilia-Romagna"), ("Regione Lombardia", "Lombardia"),
    ("Marche", "Marche"), ("Baviera", "Bayern"), ("Catalogna", "Catalunya"), ("Scozia", "Scotland"),
    ("Carolina del Nord", "North Carolina"),
])
def test_lookup_canonical_name(gazetteer, text, canonical):
    assert name_of(gazetteer, text) == canonical


@pytest.mark.parametrize("variants", [
    ["Kiev", "Kyiv", "Kyjiv"],
    ["Kryvyj Rih", "Kryvyi Rih", "Krivoy Rog"],
    ["Kharkov", "Kharkiv"],
    ["Riad", "Riyadh"],
    ["Stati Uniti", "USA", "Usa", "United States"],
    ["Europa", "Vecchio Continente", "Vecchio continente"],           # a periphrasis
    ["Roma", "Città Eterna"], ["Italia", "Belpaese"],
    ["Medio Oriente", "Medioriente", "Middle East", "Moyen-Orient"],   # a region in three languages
    ["Adighezia", "Adygea", "Adygeya"], ["Cecenia", "Chechnya"],
])
def test_variants_are_one_place(gazetteer, variants):
    assert len({gazetteer.lookup(v).id for v in variants}) == 1


def test_abu_dhabi_is_not_dubai(gazetteer):
    assert gazetteer.lookup("Abu Dhabi").id != gazetteer.lookup("Dubai").id


@pytest.mark.parametrize("text", [
    "Vladimir", "Putin", "Cremlino", "Casa Bianca", "Victoria", "Rubio", "Marco Rubio",
    "Pace", "Papa", "Come", "Male", "Sale", "Stalin", "Lenin", "Volodymyr", "Nato", "",
    "Regione", "Regione Rossi", "Regione Milano",       # only a region is named with its word
    "Aiea", "Oiea",         # an acronym's key would find an old name of Tripoli ("Aea", "Oea")
])
def test_people_words_and_buildings_are_not_places(gazetteer, text):
    assert gazetteer.lookup(text) is None
    assert gazetteer.is_place(text) is False


@pytest.mark.parametrize("text,country,kind", [
    ("Paris", "FR", "city"),            # not Paris, Texas
    ("Moscow", "RU", "city"),           # not Moscow, Idaho
    ("Odessa", "UA", "city"),           # an alternate name of a large city beats Odessa, Texas
    ("Georgia", "GE", "country"),       # a country beats the US state
    ("Washington", "US", "city"),       # a city beats the US state
    ("Alaska", "US", "region"),
    ("Kursk", "RU", "city"),
])
def test_collisions_prefer_countries_then_the_largest_city(gazetteer, text, country, kind):
    place = gazetteer.lookup(text)
    assert (place.country, place.kind) == (country, kind)


def test_place_fields(gazetteer):
    assert gazetteer.lookup("Mosca") == Place("geonames:524901", "Moscow", "city", "RU", 10381222)
    assert gazetteer.lookup("Arabia Saudita").kind == "country"
    assert gazetteer.lookup("Arabia Saudita").country == "SA"
    assert gazetteer.lookup("Crimea") == Place("kg:crimea", "Crimea", "region", "UA", 0)


def test_is_place(gazetteer):
    assert gazetteer.is_place("Gedda") is True
    assert gazetteer.is_place("Kryvyj Rih") is True
    assert gazetteer.is_place("Dmitri Peskov") is False


def test_load_is_cached():
    # (no timing assert: on a shared machine a load's seconds say nothing of the code)
    assert load_gazetteer() is load_gazetteer()
    assert len(load_gazetteer.__wrapped__()) > 10_000


# --- the generated table is in step with kg/knowledge/names.py and the curated tables --------------------

@pytest.fixture(scope="module")
def package():
    return parse_package_table(PACKAGE_TABLE.read_text(encoding="utf-8").splitlines())


def test_package_table_keys_match_name_key(package):
    """If this fails, kg/knowledge/names.py changed: run `python kg/data/build_places.py`."""
    stale = [(folded, key) for _, folded, key in package.names
             if folded != fold(folded) or (key is not None and key != name_key(folded))]
    assert stale == []


def test_package_table_saw_these_curated_tables(package):
    """If this fails, a curated table changed: run `python kg/data/build_places.py`."""
    assert package.curated_digest == curated_digest(CURATED_TABLES)


def test_curated_tables_parse_and_refer_to_known_places(package):
    known = {p.id for p in package.places}
    for path in CURATED_TABLES:
        for row in parse_curated_table(path.read_text(encoding="utf-8").splitlines(), path.name):
            assert row.id in known or row.id.startswith("kg:"), (path.name, row)


# --- build_gazetteer on tiny tables -------------------------------------------------------

PACKAGE_LINES = [
    "# curated tables digest: x",
    "P\tgeonames:1\tKryvyy Rih\tcity\tUA\t600000\t0",
    "P\tgeonames:2\tSmall Town\tcity\tUS\t20000\t0",
    "A\t0\tkryvyy rih\tkrivi rih",
    "A\t1\tkrivoy rog\tkrivoi rog",
    "A\t0\tkrivoy rog\tkrivoi rog",       # shadowed by the row above: first one wins
    "A\t1\tvena\t-",                       # no key
    "X\tvena",
]


def test_build_gazetteer_order_keys_and_curated_override():
    package = parse_package_table(PACKAGE_LINES)
    assert package.blocked_keys == frozenset({"vena"})
    gazetteer = build_gazetteer(package, [])
    assert gazetteer.lookup("Kryvyj Rih").name == "Kryvyy Rih"          # by key
    assert gazetteer.lookup("Krivoy Rog").name == "Small Town"          # file order is priority
    assert gazetteer.lookup("Vena").name == "Small Town"                # by folded name
    assert gazetteer.lookup("Venna") is None                            # "-": not by key

    curated = parse_curated_table([
        "# comment",
        "geonames:1\tKryvyi Rih\t\t\tKrivoy Rog|Kryvyj Rih",
        "kg:vienna\tVienna\tcity\tAT\tViena",
    ])
    gazetteer = build_gazetteer(package, curated)
    assert gazetteer.lookup("Krivoy Rog") == Place("geonames:1", "Kryvyi Rih", "city", "UA", 600000)
    assert gazetteer.lookup("Viena").id == "kg:vienna"                  # folded name: yes
    assert gazetteer.lookup("Vienna").id == "kg:vienna"                 # its own name
    assert gazetteer.lookup("Viennna") is None                          # key "vena" is blocked


@pytest.mark.parametrize("line,message", [
    ("geonames:1\tX\tvillage\t\t", "kind must be one of"),
    ("geonames:1\tX\tcity", "expected id, name, kind, country, aliases"),
    ("\tX\tcity\tUA\t", "expected id, name, kind, country, aliases"),
])
def test_parse_curated_table_rejects_bad_rows(line, message):
    with pytest.raises(ValueError, match=message):
        parse_curated_table([line], "t.tsv")


def test_parse_package_table_rejects_unknown_rows():
    with pytest.raises(ValueError, match="not a P, A or X row"):
        parse_package_table(["Q\tfoo"])


@pytest.mark.parametrize("row,message", [
    (CuratedPlace("geonames:999", "Nowhere", None, None, ()), "is not in places.tsv"),
    (CuratedPlace("kg:nowhere", "Nowhere", None, None, ()), "needs a kind and a country"),
])
def test_build_gazetteer_rejects_unknown_curated_places(row, message):
    with pytest.raises(ValueError, match=message):
        build_gazetteer(parse_package_table(PACKAGE_LINES), [row])


def test_no_key_marker_is_a_dash():
    assert NO_KEY == "-"


@pytest.mark.parametrize("phrase,capital", [("capitale russa", "Moscow"), ("la capitale ucraina", "Kyiv"),
                                            ("capitale statunitense", "Washington"), ("capitale europea", None),
                                            ("capitale finanziaria", None)])
def test_the_capital_of_a_nationality(phrase, capital):
    place = load_gazetteer().lookup(phrase)
    assert (place.name if place else None) == capital


@pytest.mark.parametrize("phrase,capital", [("capoluogo lombardo", "Milan"), ("il capoluogo piemontese", "Turin"),
                                            ("capoluogo campano", "Naples"), ("capoluogo di provincia", None)])
def test_the_capital_of_an_italian_region_by_its_adjective(phrase, capital):
    place = load_gazetteer().lookup(phrase)
    assert (place.name if place else None) == capital


def test_every_region_of_the_region_table_and_its_capital_are_places():
    gazetteer = load_gazetteer()
    for region, capital in gazetteer.regions.capital_of.items():
        assert gazetteer.italian_region(region) is not None, region
        assert (place := gazetteer.lookup(capital)) is not None and place.kind == "city", capital
    assert len(gazetteer.regions.capital_of) == 20
    assert gazetteer.italian_region("campane").name == "Campania" and gazetteer.italian_region("Milano") is None


@pytest.mark.parametrize("word,written", [("russa", "russo"), ("russi", "russo"), ("statunitensi", "americano"),
                                          ("tedeschi", "tedesco"), ("francesi", "francese"), ("sovrano", None)])
def test_nationality_adjectives_in_all_their_forms(word, written):
    assert load_gazetteer().demonyms.canonical(word) == written


def test_the_nationality_of_a_country_name():
    gazetteer = load_gazetteer()
    assert [gazetteer.demonym_of(n) for n in ("Stati Uniti", "la Russia", "Mosca")] == ["americano", "russo", None]


@pytest.mark.parametrize("word,country", [("libico", "LY"), ("tunisino", "TN"), ("omanita", "OM"),
                                          ("libiche", "LY"), ("omaniti", "OM"), ("kuwaitiano", "KW"),
                                          ("kosovari", "XK"), ("taiwanese", "TW"), ("marocchini", "MA"),
                                          ("elvetica", "CH"), ("congolese", "CD")])
def test_nationality_adjectives_of_the_whole_world(word, country):
    assert load_gazetteer().demonyms.country(word) == country


def test_a_country_named_in_a_role_finds_its_new_demonym():
    gazetteer = load_gazetteer()
    assert [gazetteer.demonym_of(n) for n in ("Oman", "la Libia", "Qatar", "Groenlandia")] == \
        ["omanita", "libico", "qatariota", "groenlandese"]


def test_the_demonym_table_is_built_from_its_curated_source():
    """it_demonyms.tsv is what kg/data/build_demonyms.py writes from it_demonyms_curated.tsv: rerun it
    after editing the curated table. Every form is written folded, as the gazetteer looks words up."""
    curated = DEMONYM_TABLE.with_name("it_demonyms_curated.tsv").read_text(encoding="utf-8").splitlines()
    rows = [(code, forms.split("|")) for code, forms, _ in
            (line.split("\t") for line in curated if line.strip() and not line.startswith("#"))]
    assert parse_demonym_table(DEMONYM_TABLE.read_text(encoding="utf-8").splitlines()) == rows
    assert all(form == fold(form) and " " not in form for _, forms in rows for form in forms)
    assert len(rows) >= 200


@pytest.mark.parametrize("foreign, italian", [("Milan", "Milano"), ("Turin", "Torino"), ("Rome", "Roma"),
                                              ("Genoa", "Genova")])
def test_an_italian_city_is_found_by_its_italian_name_only(gazetteer, foreign, italian):
    """An Italian text's "Milan" and "Genoa" are football clubs."""
    assert gazetteer.lookup(foreign) is None
    assert gazetteer.lookup(italian).name == foreign
    assert gazetteer.place_named(foreign).name == foreign


def test_a_foreign_city_keeps_its_english_name():
    assert load_gazetteer().lookup("Moscow").name == "Moscow"

