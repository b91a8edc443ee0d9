"""Meeting place: the most precise place a sentence puts a meeting in (a venue, a city, a region,
a country), read from the places named after a preposition or completing the meeting word.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.meeting_cues import meeting_words
from kg.extract.sentences import SentenceView, tokens_of
from kg.knowledge.lexicon import (ARTICULATED_A, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, INDEFINITE_ARTICLES,
                                  PLURAL_ARTICULATED_PREPOSITIONS, ROLE_NOUNS, VENUE_NOUNS)
from kg.knowledge.places import Gazetteer
from kg.model import Article, Mention
from kg.nlp.quotes import QUOTES_SPANS_KEY

# "la guerra in Ucraina", "la pace in Medio Oriente", "la tregua a Gaza": the place is the subject matter,
# not the venue.
TOPIC_PLACE = re.compile(r"\b(?:guerra|pace|conflitto|tregua|fuoco|crisi|invasione|situazione|offensiva)\s+"
                         r"(?:a|ad|in|nel|nella|nell['’]|del|della|dell['’]|sul|sulla|sull['’])\s*$", re.IGNORECASE)
# "un bilaterale dedicato alla situazione a Gaza e alla sicurezza nel Mar Nero", "per discutere della
# ricostruzione in Siria": what follows these words up to the clause's end is what was talked about
TOPIC_LEAD = re.compile(r"\b(?:(?:dedicat|incentrat|centrat|focalizzat|concentrat)[oaie]\s+(?:su|a|ad)|"
                        r"per\s+(?:discutere|parlare|fare\s+il\s+punto)\s+(?:di|del|della|dei|delle|degli|dell['’]|su)"
                        r")[^,;:.]*$", re.IGNORECASE)
TOPIC_LEAD_CHARS = 120
# Between a name and its title: ", " or " " (and an article: "Luca Neri, l'ambasciatore")
TITLE_GAP_CHARS = 5
# "sviluppato insieme al Giappone", "assieme alla Francia": "a" after "insieme" joins a partner, not a place
PARTNER_PLACE = re.compile(r"\b(?:insieme|assieme)\s+(?:a|ad|al|allo|alla|ai|agli|alle|all['’])\s*$", re.IGNORECASE)
# Buildings and sites where meetings are held; a name starting with one is a venue.
VENUE_WORDS = frozenset("""
cremlino casa palazzo villa basilica eliseo quirinale vaticano hotel base studio residenza castello
ambasciata downing
""".split())
# A hotel or a restaurant is named by its owner or chain, not by its city ("Hotel Ritz-Carlton").
CHAIN_BUILDINGS = frozenset("hotel albergo grand resort ristorante".split())
VENUE_TO_CITY = re.compile(r"\s+(?:di|a|ad)\s+")
# "è rientrato dalla Giordania, dove ha incontrato il re": the place a relative "dove" opens on.
WHERE_CLAUSE = re.compile(r"\s*,?\s*dove\b", re.IGNORECASE)
# "nella regione di Kursk", "all'aeroporto di Mosca", "in un albergo del centro di Lisbona": an area,
# a site or a building named by the place it is in
SITE_NOUNS = VENUE_NOUNS | frozenset("""regione provincia città oblast distretto scalo porto stazione sede centro
periferia quartiere zona ristorante palazzo villa castello teatro museo sala ambasciata consolato ministero
università prefettura questura municipio tribunale procura curia""".split())
# Summits named by their members' number: "al G20 di Johannesburg", "la Cop30 di Belém"
SUMMIT_NAME = re.compile(r"^(?:G\d{1,2}|COP\s?\d{1,2}|Cop\d{1,2})$")
# Capitalised words naming a meeting after its word: "il vertice Nato", "il Consiglio Ue"
NAMED_MEETING_WORDS = 3
# The words of a venue's own name before "di" and its city: "al Gran Serail di Beirut"
VENUE_NAME_WORDS = 3
# How many sites one place can be named through: "in una villa | del quartiere vecchio | di Porto"
SITES_NESTED = 3
# Prepositions that put a meeting in a place: "a Mosca", "ad Abu Dhabi", "in Alaska", "al Cremlino".
PLACE_PREPOSITIONS = (frozenset({"a", "ad", "in", "presso", "nel", "nella", "nello"})
                      | (ARTICULATED_A - PLURAL_ARTICULATED_PREPOSITIONS))
# "in prefettura", "in municipio": a town's own office, in the town whose office its people hold
# ("il sindaco di Milano ... l'incontro in prefettura").
LOCAL_OFFICE = re.compile(r"\b(?:in|nella|nel|presso(?:\s+la|\s+il)?|alla|al)\s+"
                          r"(?:prefettura|questura|municipio|comune|tribunale|procura|curia)\b", re.IGNORECASE)
TOWN_OFFICE_TITLES = frozenset("sindaco sindaca prefetto prefetta questore questora vescovo assessore".split())
# A sentence that places a meeting word but names no participants places a meeting this near.
PLACE_FROM_SENTENCES_AWAY = 3
# The dateline of a wire story: a line opening on a place in capitals, maybe its province in brackets,
# then a comma or a dash ("BEIRUT, 4 DIC -", "MONTEGRANARO (Fermo) -", "(ANSA) - ROMA, 12 MAR").
DATELINE_PLACE = re.compile(r"(?m)^[ \t]*(?:\([^)\n]{1,30}\)\s*[-–—]?\s*)?([A-ZÀ-Ý][A-ZÀ-Ý'’ ]*[A-ZÀ-Ý])"
                            r"(?:\s*\([^)\n]{1,30}\))?\s*(?:,|[-–—])")
# A dateline in small letters names its day: "Roma, 2 dicembre 2026 -", "Napoli, 19 mag. (askanews) -"
DATELINE_PLACE_WITH_DAY = re.compile(r"(?m)^[ \t]*([A-ZÀ-Ý][\w'’]*(?:[ \t][\w'’]+){0,3}),"
                                     r"[ \t]*\d{1,2}[ \t]+[A-Za-z]{3}")
# A dateline stands in the first lines, after the headline and a subheading.
DATELINE_SEARCH_CHARS = 400


def meeting_place(article: Article, doc: Doc, sentence: SentenceView, cue_at: int, gazetteer: Gazetteer
                  ) -> Mention | None:
    """The most precise place the sentence puts the meeting in: a venue ("al Cremlino") or a
    city before a region, a region before a country ("a Riad, in Arabia Saudita" -> Riad); of
    two cities, the one nearer the meeting word ("scalo a San Pietroburgo ... a Mosca, dove incontrerà")."""
    text = article.text     # the same as doc.text, which spaCy rebuilds on every call
    cue_quote = quote_around(doc, cue_at)
    candidates = [m for m in sentence.mentions if could_be_place(m, gazetteer) and place_rank(m, gazetteer) is not None
                  and not TOPIC_PLACE.search(text[max(0, m.start - 30):m.start])
                  and not TOPIC_LEAD.search(text[max(sentence.span.start_char, m.start - TOPIC_LEAD_CHARS):m.start])
                  and not PARTNER_PLACE.search(text[max(0, m.start - 30):m.start])
                  and not in_brackets(text[sentence.span.start_char:m.start])
                  and not in_a_title(doc, m, sentence.people, text)
                  and quote_around(doc, m.start) in (None, cue_quote)]
    cities_of_venues = [m for m in candidates if names_where_the_venue_is(doc, m, candidates, gazetteer)]
    if cities_of_venues:
        return cities_of_venues[0]      # "nel Palazzo Ciragan di Istanbul": the city
    places = [m for m in candidates if preposition_before(doc, m)
              or completes_a_meeting_or_area(doc, m, sentence, gazetteer)
              or WHERE_CLAUSE.match(text, m.end)]
    return min(places, key=lambda m: (place_rank(m, gazetteer), abs(m.start - cue_at)), default=None) \
        or town_of_local_office(doc, sentence, candidates, gazetteer)


def dateline_city(article: Article, gazetteer: Gazetteer) -> Mention | None:
    """The city a wire story is filed from ("PECHINO, 28 NOV -", "Roma, 2 dicembre -"): where the meetings it
    tells with no place of their own were held."""
    found = DATELINE_PLACE.search(article.text, 0, DATELINE_SEARCH_CHARS) \
        or DATELINE_PLACE_WITH_DAY.search(article.text, 0, DATELINE_SEARCH_CHARS)
    if not found:
        return None
    place = gazetteer.lookup(found.group(1))
    if place is None or place.kind != "city":
        return None
    return Mention(article.id, found.group(1), found.start(1), found.end(1), "LOC")


def town_of_local_office(doc: Doc, sentence: SentenceView, candidates: list[Mention], gazetteer: Gazetteer
                         ) -> Mention | None:
    """"il sindaco di Milano ... l'incontro in prefettura": a meeting in a town's own office is in the
    town whose office a person of the sentence holds."""
    if not LOCAL_OFFICE.search(sentence.span.text):
        return None
    return next((m for m in candidates if is_city(m, gazetteer) and holds_office_of(doc, m)), None)


def holds_office_of(doc: Doc, town: Mention) -> bool:
    """"sindaco di Milano", "il prefetto di Torino": the town completes a town office's title."""
    span = tokens_of(doc, town)
    return span is not None and span.start >= 2 and doc[span.start - 1].lower_ == "di" \
        and doc[span.start - 2].lower_ in TOWN_OFFICE_TITLES


def quote_around(doc: Doc, at: int) -> tuple[int, int] | None:
    """The quoted passage a character is in: a place said in a quote («...concordata all'Aia», ha
    detto X arrivando al vertice) is not where a meeting told outside it was; a meeting told in the
    first person inside a quote («Ho visto X a Parigi») is placed by its own words."""
    return next(((q.start_char, q.end_char) for q in doc.spans[QUOTES_SPANS_KEY] if q.start_char <= at < q.end_char),
                None)


def in_a_title(doc: Doc, place: Mention, people: list[Mention], text: str) -> bool:
    """"il ministro delle Imprese e del made in Italy Adolfo Urso", "Luca Neri, ambasciatore a Mosca": a
    place a preposition of place opens in a person's title, before or after the name, says what the
    office is, not where anyone met ("il sindaco di Milano" names the town of its council: kept)."""
    if not preposition_before(doc, place):
        return False
    for person in people:
        if not person.role or place.surface not in person.role:
            continue
        before = text.rfind(person.role, 0, person.start)
        after = text.find(person.role, person.end, person.end + len(person.role) + TITLE_GAP_CHARS)
        for at, gap in ((before, person.start - before - len(person.role)), (after, after - person.end)):
            if at >= 0 and 0 <= gap <= TITLE_GAP_CHARS and at <= place.start and place.end <= at + len(person.role):
                return True
    return False


def in_brackets(before: str) -> bool:
    """"Mario Rossi (assessore con delega a Trasporti, Turismo)": an aside says who someone is, not
    where the meeting was."""
    return before.count("(") > before.count(")")


def names_where_the_venue_is(doc: Doc, m: Mention, candidates: list[Mention], gazetteer: Gazetteer) -> bool:
    """"nel Palazzo Ciragan di Istanbul", "alla base Elmendorf-Richardson ad Anchorage": the city
    right after the venue the meeting is put in."""
    return is_city(m, gazetteer) and any(
        is_venue(v, gazetteer) and preposition_before(doc, v) and VENUE_TO_CITY.fullmatch(doc.text[v.end:m.start])
        for v in candidates if v is not m)


def completes_a_meeting_or_area(doc: Doc, m: Mention, sentence: SentenceView, gazetteer: Gazetteer) -> bool:
    """"il vertice di Anchorage", "nella regione di Kursk", "all'aeroporto della capitale russa": a
    place after "di" that completes a meeting word, or an area or site the meeting is put in (a known
    place: in "nella sede di Edf" the name after the site is its owner, whatever the NER took it for)."""
    span = tokens_of(doc, m)
    if span is None or span.start < 2 or doc[span.start - 1].lower_ not in GENITIVE_PREPOSITIONS:
        return False
    known = gazetteer.lookup(m.surface) is not None or is_venue(m, gazetteer)
    return known and locates_a_site(doc, span.start) or completes_a_meeting(doc, span.start - 2, sentence)


def completes_a_meeting(doc: Doc, head: int, sentence: SentenceView) -> bool:
    """The token at `head`, which "di" follows, ends a meeting word ("il vertice di Anchorage"), one
    named after it ("il vertice Nato dell'Aia") or a summit's name ("al G20 di Johannesburg")."""
    if SUMMIT_NAME.match(doc[head].text):
        return True
    named = head
    while named > sentence.span.start and doc[named].text[:1].isupper() and head - named < NAMED_MEETING_WORDS:
        named -= 1
    return any(cue.end - 1 in (head, named) for cue in meeting_words(doc, sentence.span))


def locates_a_site(doc: Doc, start: int) -> bool:
    """The place starting at token `start` completes, through "di", a site the meeting is put in by a
    place preposition, across adjectives and sites within sites: "nella regione di Kursk", "in una
    villa del quartiere vecchio di Porto", a venue by its own name ("al Gran Serail di Beirut"; not "il
    presidente della Francia")."""
    i = start - 1
    for _ in range(SITES_NESTED):
        if i < 1 or doc[i].lower_ not in GENITIVE_PREPOSITIONS:
            return False
        i -= 1
        while i > 0 and doc[i].pos_ == "ADJ":
            i -= 1
        named = i
        while named > 0 and i - named < VENUE_NAME_WORDS and doc[named].is_title:
            named -= 1          # a venue's own name no table knows: "al Gran Serail di Beirut"
        if doc[i].lower_ not in SITE_NOUNS and (named == i or doc[named].lower_ not in PLACE_PREPOSITIONS
                                                or doc[named - 1].lower_ in ROLE_NOUNS):
            return False        # ("l'assessora allo Sviluppo economico della Toscana": an office)
        i = i - 1 if doc[i].lower_ in SITE_NOUNS else named
        if i >= 0 and doc[i].lower_ in INDEFINITE_ARTICLES | DEFINITE_ARTICLES:
            i -= 1
        if i >= 0 and (doc[i].lower_ in PLACE_PREPOSITIONS or doc[i].lower_[:4] in ("all'", "all’")):
            return True
    return False


def is_venue(m: Mention, gazetteer: Gazetteer) -> bool:
    """A building or site: one the venue table knows ("alla Farnesina"), or named by its kind ("a Villa Rossi")."""
    return m.label != "PER" and (m.surface.split()[0].lower() in VENUE_WORDS or gazetteer.is_venue(m.surface))


def is_a_chain_hotel(m: Mention) -> bool:
    return m.surface.split()[0].lower() in CHAIN_BUILDINGS


def places_better(place: Mention, location: Mention, gazetteer: Gazetteer) -> bool:
    """A city in the country a meeting was put in, or the city of a hotel, which its name does not say."""
    return gazetteer.lies_in(place.surface, location.surface) \
        or is_city(place, gazetteer) and is_a_chain_hotel(location)


def is_city(m: Mention, gazetteer: Gazetteer) -> bool:
    place = gazetteer.lookup(m.surface)
    return place is not None and place.kind == "city"


def could_be_place(m: Mention, gazetteer: Gazetteer) -> bool:
    """A place or a venue; also a known place or venue the NER took for a person ("a Riad", "a Diaoyutai")."""
    return m.label in ("LOC", "ORG") or (m.label == "PER" and (gazetteer.is_place(m.surface)
                                                              or gazetteer.is_venue(m.surface)))


def place_rank(mention: Mention, gazetteer: Gazetteer) -> int | None:
    if is_venue(mention, gazetteer):
        return 0
    place = gazetteer.lookup(mention.surface)
    if place is None:       # a place the gazetteer lacks is mostly a small one: "a Castel Gandolfo"
        return 0 if mention.label == "LOC" else None
    return {"city": 0, "region": 2, "country": 3}.get(place.kind, 2)


def preposition_before(doc: Doc, mention: Mention) -> bool:
    span = tokens_of(doc, mention)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    return before in PLACE_PREPOSITIONS or before.startswith("all'") or before.startswith("all’")
