from datetime import date

import pytest

from kg.dating.dates import (counts_from_publication, find_time_expressions, parse_calendar_date,
                      parse_dateline, parse_iso_prefix, publication_days_naming, weekday_named)
from kg.dating.days import expression_of
from kg.dating.reports import day_and_words
from kg.dating.time_finding import time_mentions
from kg.ingest import parse_article


def found(sentence: str, published: date | None, tense: str | None = None) -> list[tuple[str, date | None]]:
    return [(e.text, e.value) for e in find_time_expressions(sentence, published, tense)]


# --- days counted from the publication date ------------------------------------------------------------

@pytest.mark.parametrize("sentence,published,expected", [
    ("Witkoff oggi incontrerà Putin al Cremlino.", date(2026, 1, 22), [("oggi", date(2026, 1, 22))]),
    ("Si è protratto per tre ore il vertice tenuto ieri a Ginevra fra le due delegazioni.",
     date(2025, 2, 12), [("ieri", date(2025, 2, 11))]),
    ("Il cancelliere Carlo Bassi ha fissato per domani a Vienna un colloquio con "
     "l’inviato belga Piet Vos.", date(2026, 1, 21), [("domani", date(2026, 1, 22))]),
    ("Zelensky sarà dopodomani a Berlino per incontrare il cancelliere Merz.",
     date(2025, 12, 12), [("dopodomani", date(2025, 12, 14))]),
    ("L’altro ieri Rubio aveva sentito al telefono Lavrov.", date(2025, 2, 14), [("L’altro ieri", date(2025, 2, 12))]),
    ("Ne avevano parlato l'altroieri a Ginevra.", date(2025, 2, 14), [("l'altroieri", date(2025, 2, 12))]),
    ("Il Cremlino ha confermato i colloqui dell’altro ieri a Riad.", date(2025, 2, 20),
     [("dell’altro ieri", date(2025, 2, 18))]),
    ("Avantieri Umerov era a Miami con Witkoff.", date(2025, 12, 1), [("Avantieri", date(2025, 11, 29))]),
    ("Il consigliere della Casa Bianca è sbarcato stamattina allo scalo di Fiumicino.",
     date(2025, 8, 6), [("stamattina", date(2025, 8, 6))]),
    ("Stamani il premier ha ricevuto a Palazzo Chigi il presidente ucraino.",
     date(2025, 7, 10), [("Stamani", date(2025, 7, 10))]),
    ("Stasera Meloni volerà a Washington.", date(2025, 8, 17), [("Stasera", date(2025, 8, 17))]),
    ("Stanotte i droni russi hanno colpito Odessa.", date(2025, 3, 7), [("Stanotte", date(2025, 3, 7))]),
    ("Questa sera Meloni incontrerà Zelensky a Palazzo Chigi.",
     date(2025, 7, 10), [("Questa sera", date(2025, 7, 10))]),
    ("Ieri sera Trump ha ricevuto Netanyahu alla Casa Bianca.", date(2025, 7, 8), [("Ieri sera", date(2025, 7, 7))]),
    ("Il vertice comincerà domani mattina a Ginevra.", date(2025, 11, 22), [("domani mattina", date(2025, 11, 23))]),
    ("Si sta svolgendo in queste ore a Vienna il negoziato.", date(2025, 3, 4), [("in queste ore", date(2025, 3, 4))]),
])
def test_relative_days(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize("sentence,published,expected", [
    ("Nella notte, un incendio ha distrutto due capannoni alla periferia di Verona.",
     date(2026, 1, 21), [("Nella notte", date(2026, 1, 21))]),
    ("Le due delegazioni si sono date appuntamento per una nuova sessione in giornata.",
     date(2025, 4, 26), [("in giornata", date(2025, 4, 26))]),
    ("Il portavoce ha detto che Bassi atterrerà a Vienna in serata.",
     date(2026, 1, 21), [("in serata", date(2026, 1, 21))]),
    ("L’arrivo della delegazione è previsto in tarda serata.",
     date(2026, 1, 21), [("in tarda serata", date(2026, 1, 21))]),
])
def test_part_of_the_publication_day(sentence, published, expected):
    assert found(sentence, published) == expected


def test_last_night_is_the_publication_day_but_ieri_notte_the_day_before():
    published = date(2025, 3, 7)
    assert found("La notte scorsa i droni russi hanno colpito Odessa.", published) == [
        ("La notte scorsa", date(2025, 3, 7))]
    assert found("Ieri notte i droni russi hanno colpito Odessa.", published) == [("Ieri notte", date(2025, 3, 6))]


@pytest.mark.parametrize("sentence,published,expected", [
    ("Il blitz, scattato nella tarda serata di sabato 9 agosto 2025, ha colpito una raffineria.",
     date(2025, 8, 11), [("sabato 9 agosto 2025", date(2025, 8, 9))]),
    ("Il colloquio si è svolto nel pomeriggio di ieri al Cremlino.", date(2025, 12, 3), [("ieri", date(2025, 12, 2))]),
    ("Ieri in serata Putin ha ricevuto Witkoff.", date(2025, 12, 3), [("Ieri in serata", date(2025, 12, 2))]),
])
def test_part_of_day_gives_way_to_the_day_it_names(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize("sentence,tense", [
    ("Il colloquio svolto ieri a Vienna è durato due ore.", "past"),
    ("Putin riceverà domani Witkoff al Cremlino.", "future"),
    ("Witkoff oggi incontrerà Putin.", None),
    ("La notte scorsa i droni russi hanno colpito Odessa.", "past"),
])
def test_tense_the_words_imply(sentence, tense):
    [expression] = find_time_expressions(sentence, date(2025, 12, 3))
    assert expression.tense == tense


@pytest.mark.parametrize("sentence,expected", [
    ("Tre giorni fa Rubio e Lavrov si sono incontrati a Riad.", [("Tre giorni fa", date(2025, 2, 15))]),
    ("Umerov tornerà a Miami tra due giorni.", [("tra due giorni", date(2025, 2, 20))]),
])
def test_days_counted_from_publication(sentence, expected):
    assert found(sentence, date(2025, 2, 18)) == expected


# --- weekdays --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,published,expected", [
    ("Mercoledì scorso Witkoff e Kushner hanno incontrato Putin al Cremlino.",
     date(2026, 1, 23), [("Mercoledì scorso", date(2026, 1, 21))]),
    ("Mercoledì scorso Witkoff e Kushner hanno incontrato Putin al Cremlino.",   # never the same day
     date(2026, 1, 21), [("Mercoledì scorso", date(2026, 1, 14))]),
    ("Rubio vedrà Lavrov giovedì prossimo a Istanbul.", date(2025, 5, 15), [("giovedì prossimo", date(2025, 5, 22))]),
    ("Lo scorso lunedì Meloni aveva sentito Trump.", date(2025, 8, 20), [("Lo scorso lunedì", date(2025, 8, 18))]),
    ("Il vertice di Parigi si terrà venerdì 14 all’Eliseo.", date(2025, 11, 10), [("venerdì 14", date(2025, 11, 14))]),
    ("Sabato 15 marzo la coalizione dei volenterosi si è riunita in videoconferenza.",
     date(2025, 3, 17), [("Sabato 15 marzo", date(2025, 3, 15))]),
    ("Domenica 16 marzo 2025 Starmer ha riunito i leader europei.",
     date(2025, 3, 20), [("Domenica 16 marzo 2025", date(2025, 3, 16))]),
    ("I bombardamenti sul porto di Odessa, avvenuti giovedì mattina, hanno danneggiato due navi.",
     date(2025, 4, 24), [("giovedì mattina", date(2025, 4, 24))]),
])
def test_weekdays(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize("sentence,tense,expected", [
    ("Zelensky ha visto Trump venerdì alla Casa Bianca.", "past", date(2025, 10, 17)),
    ("Zelensky vedrà Trump venerdì alla Casa Bianca.", "future", date(2025, 10, 24)),
    ("Zelensky e Trump, venerdì, alla Casa Bianca.", None, date(2025, 10, 24)),   # 2 days ahead, 5 back
])
def test_bare_weekday_goes_where_the_verb_says(sentence, tense, expected):
    assert found(sentence, date(2025, 10, 22), tense) == [("venerdì", expected)]


def test_number_after_a_weekday_that_cannot_be_its_day_is_left_out():
    # no 14th between December 2025 and February 2026 is a Friday
    assert found("Venerdì 14 morti nei raid russi su Kharkiv.", date(2026, 1, 21)) == [("Venerdì", date(2026, 1, 23))]


def test_weekday_written_with_a_date_picks_the_year_it_fits():
    # 15 March 2026 is a Sunday: a Saturday 15 March near January 2026 is the one of 2025
    assert found("Sabato 15 marzo, a Londra, Starmer aveva riunito i volenterosi.", date(2026, 1, 21)) == [
        ("Sabato 15 marzo", date(2025, 3, 15))]


def test_bare_weekday_on_the_publication_day_is_that_day():
    sentence = "Il cancelliere tedesco ha ricevuto mercoledì a Berlino il premier polacco Donald Tusk."
    assert found(sentence, date(2025, 8, 6), "past") == [("mercoledì", date(2025, 8, 6))]


def test_weekday_without_accent_and_capitalised():
    published = date(2025, 3, 19)
    assert found("Le trattative sui corridoi del grano riprenderanno lunedi a Istanbul.",
                 published, "future") == [("lunedi", date(2025, 3, 24))]
    assert found("Mercoledì una pioggia di droni aveva lasciato senza luce mezza città.",
                 date(2025, 4, 4)) == [("Mercoledì", date(2025, 4, 2))]


def test_domenica_delle_palme_is_a_feast_not_a_weekday():
    assert found("Proprio mentre i fedeli festeggiavano la Domenica delle Palme, un missile ha centrato Zaporizhzhia.",
                 date(2025, 4, 14)) == []


# --- days of the month -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,published,expected", [
    ("Il 6 gennaio, a Parigi, i ministri europei hanno discusso il piano.",
     date(2026, 1, 14), [("Il 6 gennaio", date(2026, 1, 6))]),
    ("Parigi, 6 gennaio – Macron ha riunito i volenterosi all’Eliseo.", date(2026, 1, 14),
     [("6 gennaio", date(2026, 1, 6))]),
    ("I colloqui di Ginevra sono previsti il 6-7 gennaio.", date(2025, 12, 20), [("il 6-7 gennaio", date(2026, 1, 6))]),
    ("Il 1° marzo Zelensky è volato a Londra per incontrare Starmer.",
     date(2025, 3, 3), [("Il 1° marzo", date(2025, 3, 1))]),
    ("Londra, 1 marzo 2025 – Zelensky è arrivato a Downing Street dopo la lite con Trump.",
     date(2025, 3, 1), [("1 marzo 2025", date(2025, 3, 1))]),
    ("I leader europei si sono riuniti a Londra domenica 2 marzo.", date(2025, 3, 5),
     [("domenica 2 marzo", date(2025, 3, 2))]),
    ("Dopo la lite nello Studio Ovale del 28 febbraio scorso, Zelensky è tornato alla Casa Bianca.",
     date(2025, 8, 18), [("28 febbraio scorso", date(2025, 2, 28))]),
    ("Le delegazioni riprendono il dialogo sul Bosforo, interrotto dopo la sessione dello scorso 16 maggio.",
     date(2025, 6, 2), [("scorso 16 maggio", date(2025, 5, 16))]),
    ("L’emissario era stato ricevuto nella capitale russa l’11 aprile.",
     date(2025, 4, 28), [("l’11 aprile", date(2025, 4, 11))]),
    ("Vienna, 28 gennaio 2026 – La cancelleria ribadisce l’offerta di mediazione.",
     date(2026, 1, 28), [("28 gennaio 2026", date(2026, 1, 28))]),
    ("Mercoledì 14 Gennaio 2026", date(2026, 1, 14), [("Mercoledì 14 Gennaio 2026", date(2026, 1, 14))]),
])
def test_day_and_month(sentence, published, expected):
    assert found(sentence, published) == expected


def test_year_is_the_one_nearest_publication():
    assert found("Il 30 dicembre Zelensky ha incontrato Trump a Mar-a-Lago.", date(2026, 1, 2)) == [
        ("Il 30 dicembre", date(2025, 12, 30))]
    assert found("Il 2 gennaio i consiglieri per la sicurezza si vedranno a Kiev.", date(2025, 12, 30)) == [
        ("Il 2 gennaio", date(2026, 1, 2))]


def test_a_day_without_a_year_lies_on_the_side_the_verb_says():
    # nearest the publication day, the February to come; the past tense of the verb says the one before
    assert found("Il 28 febbraio Neri e Rossi si sono incontrati a Oslo.", date(2025, 12, 1), "past") == [
        ("Il 28 febbraio", date(2025, 2, 28))]
    assert found("Il 28 febbraio Neri e Rossi si incontreranno a Oslo.", date(2025, 3, 10), "future") == [
        ("Il 28 febbraio", date(2026, 2, 28))]
    # the words' own qualifier decides over the verb
    assert found("Lo scorso 28 febbraio Neri ha detto che vedrà Rossi.", date(2025, 12, 1), "future") == [
        ("Lo scorso 28 febbraio", date(2025, 2, 28))]


def test_hour_after_a_day_is_not_its_year():
    assert found("Il vertice è convocato per il 15 gennaio alle 18 a Bruxelles.", date(2026, 1, 10)) == [
        ("il 15 gennaio", date(2026, 1, 15))]


@pytest.mark.parametrize("sentence,expected", [
    ("Riad, 18 feb. (askanews) - Le delegazioni di Washington e Mosca si sono sedute al tavolo.",
     [("18 feb.", date(2025, 2, 18))]),
    ("(PRIMANOTIZIE) ISTANBUL, 16 MAG – Toccherà a Carlo Bassi guidare oggi la squadra.",
     [("16 MAG", date(2025, 5, 16)), ("oggi", date(2025, 4, 20))]),
    ("La Juventus ha vinto in 5 set la finale di volley.", []),
])
def test_agency_month_abbreviations(sentence, expected):
    assert found(sentence, date(2025, 4, 20)) == expected


def test_month_names_and_apostrophes_in_any_form():
    published = date(2025, 4, 28)
    assert found("L'11 APRILE si era svolto l'incontro.", published) == [("L'11 APRILE", date(2025, 4, 11))]
    assert found("L’11 Aprile si era svolto l’incontro.", published) == [("L’11 Aprile", date(2025, 4, 11))]


# --- numeric dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,text", [
    ("Il comunicato del Cremlino è datato 14/01/2026.", "14/01/2026"),
    ("Ultimo aggiornamento: 14.01.2026, ore 10:28.", "14.01.2026"),
    ("Pubblicato il 2026-01-14 alle 10:28.", "2026-01-14"),
    ("Oggi 14-01-26, 09:15", "14-01-26"),
])
def test_numeric_dates(sentence, text):
    assert (text, date(2026, 1, 14)) in found(sentence, date(2026, 1, 14))


# --- months and vaguer periods ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,published,tense,expected", [
    ("Witkoff tornerà a Mosca a gennaio per incontrare Putin.", date(2025, 12, 3), None,
     ("a gennaio", date(2026, 1, 1))),
    ("Il vertice dei volenterosi è convocato nel mese di marzo.", date(2025, 2, 18), None,
     ("nel mese di marzo", date(2025, 3, 1))),
    ("Già nel settembre 2025, per bocca del portavoce Luca Neri, Vienna aveva invitato Vos.",
     date(2026, 1, 28), None, ("nel settembre 2025", date(2025, 9, 1))),
    ("Il villaggio era passato sotto il controllo dei reparti di Kiev nell’agosto 2024.",
     date(2025, 5, 21), None, ("nell’agosto 2024", date(2024, 8, 1))),
    ("Entrambe le parti hanno rifiutato la pausa di 30 giorni proposta a marzo.", date(2025, 12, 10), "past",
     ("a marzo", date(2025, 3, 1))),
    ("Il negoziato sarà ripreso a marzo.", date(2025, 12, 10), None, ("a marzo", date(2026, 3, 1))),
    ("Il mese scorso Witkoff aveva incontrato Putin.", date(2026, 1, 21), None,
     ("Il mese scorso", date(2025, 12, 1))),
])
def test_months(sentence, published, tense, expected):
    assert found(sentence, published, tense) == [expected]


@pytest.mark.parametrize("sentence,text,tense", [
    ("Neri e Bassi potrebbero volare entro la fine del mese a Vienna da Vos.",
     "entro la fine del mese", "future"),
    ("Bruxelles ipotizza un vertice dei ministri a fine gennaio.", "a fine gennaio", None),
    ("Il generale aveva già visitato il fronte a inizio marzo.", "a inizio marzo", None),
    ("Rubio incontrerà Lavrov la prossima settimana.", "la prossima settimana", "future"),
    ("Il premier ha detto che sentirà il collega francese nei prossimi giorni.", "nei prossimi giorni", "future"),
    ("La settimana scorsa Witkoff era a Berlino.", "La settimana scorsa", "past"),
    ("È la terza telefonata fra i due ministri nelle ultime due settimane.", "nelle ultime due settimane", "past"),
    ("Bassi non andrà a Vienna, dove la sua presenza era stata ipotizzata nei giorni scorsi.",
     "nei giorni scorsi", "past"),
])
def test_vague_periods_are_kept_without_a_date(sentence, text, tense):
    [found] = find_time_expressions(sentence, date(2026, 1, 14))
    assert (found.start, found.end, found.text, found.value, found.precision, found.tense) == (
        sentence.index(text), sentence.index(text) + len(text), text, None, "none", tense)
    assert found.mention.kind == "period"


# --- what is not a date ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I leader del G7 si sono riuniti a Kananaskis.",
    "Il formato 2+2 riunirà ministri degli Esteri e della Difesa.",
    "Il collegamento è fissato in videoconferenza alle 18.",
    "Le sanzioni in vigore dalla primavera del 2022 restano.",
    "L'Ucraina ha rinunciato alle armi nucleari nel 1991.",
    "Il 14% degli ucraini è favorevole a un accordo.",
    "I feriti sono un pensionato di 77 anni e la moglie di 72.",
    "Sia Roma che Parigi hanno bocciato la pausa di 30 giorni.",
    "La versione 1.2.25 del software è stata rilasciata.",
])
def test_not_dates(sentence):
    assert find_time_expressions(sentence, date(2025, 5, 21)) == []


# --- without a publication date --------------------------------------------------------------------------

def test_without_publication_date_relative_words_have_no_value():
    sentence = "Domani Witkoff incontrerà Putin, come concordato il 6 gennaio e confermato il 28 gennaio 2026."
    assert [(e.text, e.value, e.precision) for e in find_time_expressions(sentence, None)] == [
        ("Domani", None, "none"),
        ("il 6 gennaio", None, "none"),
        ("il 28 gennaio 2026", date(2026, 1, 28), "day"),
    ]


# --- the whole paragraph ---------------------------------------------------------------------------------

def test_offsets_point_into_the_text_in_order():
    paragraph = ("Il capo della diplomazia francese Jean-Noël Barrot ha visto oggi, martedì 18 febbraio 2025, la "
                 "collega tedesca a Parigi. Mercoledì i due torneranno a parlarsi, dopo le videochiamate "
                 "delle scorse settimane.")
    expressions = find_time_expressions(paragraph, date(2025, 2, 18), "future")
    assert [(e.text, e.value, e.precision) for e in expressions] == [
        ("oggi", date(2025, 2, 18), "day"),
        ("martedì 18 febbraio 2025", date(2025, 2, 18), "day"),
        ("Mercoledì", date(2025, 2, 19), "day"),
        ("delle scorse settimane", None, "none"),
    ]
    assert all(paragraph[e.start:e.end] == e.text for e in expressions)


def test_tense_must_be_past_or_future():
    with pytest.raises(ValueError, match="tense"):
        find_time_expressions("Witkoff incontrerà Putin mercoledì.", date(2026, 1, 21), "futuro")


# --- absolute dates and header values --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Vienna, 28 gennaio 2026 – La cancelleria ribadisce l’offerta", date(2026, 1, 28)),
    ("Mercoledì 14 Gennaio 2026", date(2026, 1, 14)),
    ("14/01/2026", date(2026, 1, 14)),
    ("2026-01-14", date(2026, 1, 14)),
    ("Il 1° marzo 2025 Zelensky era a Londra", date(2025, 3, 1)),
    ("lunedì 3 febbraio 2025", date(2025, 2, 3)),
    ("Witkoff oggi incontrerà Putin", None),
    ("Il 6 gennaio, a Parigi", None),
    ("Witkoff e Kushner verso Mosca", None),
])
def test_parse_calendar_date(text, expected):
    assert parse_calendar_date(text) == expected


def test_dateline_without_year_takes_the_year_of_the_hint():
    assert parse_dateline("Riad, 18 feb. (askanews) - Si apre il negoziato.", date(2025, 2, 1)) == date(2025, 2, 18)
    assert parse_dateline("Guerra in Ucraina, Witkoff oggi incontrerà Putin.", date(2025, 2, 1)) is None


@pytest.mark.parametrize("value,expected", [
    ("2026-01-21", (date(2026, 1, 21), "day")),
    ("2026-01-21 Austria, domani a Vienna il colloquio tra Bassi e Vos", (date(2026, 1, 21), "day")),
    ("2026-01", (date(2026, 1, 1), "month")),
    ("2025-02 Avviato a Riad il dialogo fra le due potenze", (date(2025, 2, 1), "month")),
    ("2026-02-30", (None, "none")),
    ("2026-13", (None, "none")),
    ("gennaio 2026", (None, "none")),
])
def test_parse_iso_prefix(value, expected):
    assert parse_iso_prefix(value) == expected


def test_a_written_day_and_month_name_their_day():
    from kg.dating.dates import find_time_expressions, names_its_day
    found = find_time_expressions("l’11 aprile, oggi e mercoledì", date(2025, 4, 1))
    assert [(e.text, names_its_day(e)) for e in found] == [("l’11 aprile", True), ("oggi", False), ("mercoledì", False)]


@pytest.mark.parametrize("text, day", [
    ("il vertice di Ferragosto in Alaska", date(2025, 8, 15)),      # the nearest, before publication
    ("a Natale", date(2025, 12, 25)),
    ("a Capodanno 2026", date(2026, 1, 1)),
    ("entro Natale", None),                                        # a deadline: words, no day
])
def test_holidays_on_a_fixed_day(text, day):
    [found] = find_time_expressions(text, date(2025, 8, 17))
    assert found.value == day


@pytest.mark.parametrize("words, counts", [("oggi", True), ("ieri", True), ("mercoledì scorso", True),
                                           ("questo pomeriggio", True), ("l'11 aprile", False),
                                           ("entro la fine del mese", False)])
def test_words_that_count_from_the_publication_day(words, counts):
    assert counts_from_publication(words) is counts


@pytest.mark.parametrize("words, day, expected", [
    ("oggi", date(2025, 4, 11), [date(2025, 4, 11)]),
    ("ieri", date(2025, 4, 11), [date(2025, 4, 12)]),
    ("domani", date(2025, 4, 11), [date(2025, 4, 10)]),
    ("mercoledì", date(2025, 4, 11), []),                 # 11 April 2025 was a Friday
])
def test_publication_days_on_which_words_name_a_day(words, day, expected):
    assert publication_days_naming(words, day, None) == expected


def test_a_bare_weekday_leaves_several_publication_days():
    assert len(publication_days_naming("venerdì", date(2025, 4, 11), None)) > 1


@pytest.mark.parametrize("words, weekday", [("mercoledì", 2), ("lunedì scorso", 0), ("la scorsa domenica", 6),
                                            ("oggi", None), ("la Domenica delle Palme", None)])
def test_weekday_named(words, weekday):
    assert weekday_named(words) == weekday


# --- the two steps: words found and parsed (extraction), then turned into a day (dating) ------------

def test_words_are_found_and_parsed_without_a_publication_day():
    [found] = time_mentions("Il ministro partirà mercoledì prossimo per Berlino.")
    assert (found.text, found.start, found.kind, found.weekday, found.qualifier) == (
        "mercoledì prossimo", 20, "weekday", 2, "future")
    assert expression_of(found, date(2026, 1, 14)).value == date(2026, 1, 21)   # a Wednesday: the next one
    assert expression_of(found, None).value is None


def test_venerdi_with_a_number_that_is_no_friday_keeps_only_the_weekday():
    [found] = time_mentions("Venerdì 14 feriti nel quartiere.")
    assert (found.kind, found.day) == ("weekday", 14)
    day = expression_of(found, date(2025, 9, 10))      # no 14th near it is a Friday
    assert (day.text, day.value) == ("Venerdì", date(2025, 9, 12))


@pytest.mark.parametrize("header, words, day", [
    ("2025-04-20", "l'11 aprile", date(2025, 4, 11)),
    ("2025-04-20", "ieri", date(2025, 4, 19)),
    ("2025-04", "l'11 aprile", date(2025, 4, 11)),     # dated by its month: the words need just the year
    ("2025-04", "ieri", None),                          # but "ieri" needs the day
])
def test_dating_reads_the_words_against_the_articles_day_or_month(header, words, day):
    article = parse_article(f" date {header} Titolo\n\nTesto.", "a.txt")
    [found] = time_mentions(words)
    assert day_and_words(found, False, article) == (day, words if words else None)
    assert day_and_words(None, True, article) == (article.published, None)
