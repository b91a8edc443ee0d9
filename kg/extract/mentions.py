"""Mentions: the names in doc.ents (NER + kg_name_ruler + kg_org_names), with the role written
next to each, and roles standing for a name ("il presidente russo"), label ROLE.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.extract.seat_roles import MINISTRY_NOUNS, SEAT_HEAD_WORDS, seat_role
from kg.extract.speech_patterns import speech_verb_after, speech_verb_before
from kg.knowledge import Knowledge
from kg.knowledge.lexicon import (ARTICULATED_A, ARTICULATED_CON, ARTICULATED_DA, ARTICULATED_DI, ARTICULATED_IN,
                                  ARTICULATED_SU, CAPITAL_NOUNS, COUNTERPART_NOUNS, DAY_WORDS, DEFINITE_ARTICLES,
                                  EPONYM_NOUNS, GENITIVE_PREPOSITIONS, INDEFINITE_ARTICLES, MINISTERIAL_NOUNS, MONTHS,
                                  PARTS_OF_DAY, PLURAL_ARTICULATED_PREPOSITIONS, PLURAL_DEFINITE_ARTICLES, POSSESSIVES,
                                  ROLE_NOUNS, SIMPLE_PREPOSITIONS, TITLE_ADJECTIVE_NOUNS, TITLE_PARTICIPLES, TITLE_PREFIXES,
                                  VENUE_NOUNS_IN_NAME, WEEKDAYS, elided_words)
from kg.knowledge.names import CLERICAL_TITLES, TITLES, name_key, split_person_name
from kg.knowledge.organisations import party_of_adjective
from kg.knowledge.places import Gazetteer
from kg.model import Article, Mention
from kg.nlp.name_ruler import COMPLEMENT_PREPOSITIONS, NAME_PARTICLES, ROLE_WINDOW, is_agency_credit

# spaCy labels -> kg labels; KIND and it_core_news use PER/LOC/ORG, English-style pipelines PERSON/GPE.
LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
MAX_NAME_CHARS = 60
MAX_CAPS_WORDS = 2          # "ONU", "NATO", "KEIR STARMER": longer runs in capitals are headlines
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {d.replace("ì", "i") for d in WEEKDAYS}
EDGE_JUNK = "«»“”\"'’‘()[]-–—,.;:!? "
# A determiner before a role noun makes it one person's ("il presidente", "del portavoce"); not "un":
# no one in particular.
DETERMINERS = (DEFINITE_ARTICLES | ARTICULATED_DI | ((ARTICULATED_A | ARTICULATED_DA) - PLURAL_ARTICULATED_PREPOSITIONS)
               | {"col", "nel", "nello", "nella"})
PLURAL_DETERMINERS = PLURAL_DEFINITE_ARTICLES | PLURAL_ARTICULATED_PREPOSITIONS
# What opens a role's complement ("il portavoce del Cremlino", "d'Italia", "il consigliere per la sicurezza").
ROLE_COMPLEMENT_PREPOSITIONS = COMPLEMENT_PREPOSITIONS | GENITIVE_PREPOSITIONS
# "il segretario alla Difesa", "il commissario all'Energia": a ministry after "a" completes the title
# of a minister, where "il presidente alla Casa Bianca" only says where the president is.
OFFICE_PREPOSITIONS = ARTICULATED_A | {"a"}
PORTFOLIO_LEADS = GENITIVE_PREPOSITIONS | OFFICE_PREPOSITIONS
# Prepositions that do not complete a role ("del sindaco nella vecchia giunta"), unlike "di" and
# "per". A closed class: no tagger needed.
NON_COMPLEMENT_PREPOSITIONS = ((SIMPLE_PREPOSITIONS - {"di", "a", "per"})
                               | ARTICULATED_IN | ARTICULATED_DA | ARTICULATED_CON | ARTICULATED_SU)
ADJECTIVE_ENDINGS = ("o", "a", "i", "e")
MEETING_NOUN = re.compile(r"(incontr|colloqu|vertic|summit|riunion|trattativ|negoziat|bilateral|visit|faccia)")
IN_PREPOSITIONS = frozenset({"in"}) | ARTICULATED_IN
# Roles held in a place, which "in" completes: "l'ambasciatore in Italia", "il nunzio in Francia"
POSTED_ROLE_NOUNS = frozenset("""ambasciatore ambasciatrice nunzio console inviato inviata rappresentante delegato
delegata commissario commissaria comandante vescovo arcivescovo prefetto prefetta""".split())
# The articles kg/extract steps over before a role, a name or a meeting word.
ARTICLES = DEFINITE_ARTICLES | {"un", "una"}
# "alla presenza del consigliere Yuri Ushakov", "l'arrivo di X": the person after them is there
PRESENCE_NOUNS = frozenset({"presenza", "partecipazione", "arrivo", "viaggio", "missione"})


# "il neo governatore", "l'attuale premier": words that date an office, between its article and noun
OFFICE_TIME_WORDS = frozenset({"neo", "nuovo", "nuova", "attuale", "stesso", "stessa"})
# "la sindaca [Ferrara]", "monsignor [Siena]": words that make the name after them a person's
TITLES_BEFORE_A_SURNAME = ROLE_NOUNS | CLERICAL_TITLES

# "la premier", "della presidente", "dalla leader": a role noun of either gender names a woman after these
FEMININE_DETERMINERS = frozenset("la della alla dalla nella sulla colla".split())
# Titles of two words whose first is no role noun: "il Santo Padre", "il Sommo Pontefice"
SACRED_TITLE_HEADS = {"santo": {"padre"}, "sommo": {"pontefice"}}
# Two-word periphrases of an office: "il primo cittadino" is the mayor (kg/resolve reads it so)
OFFICE_PERIPHRASES = {"primo": {"cittadino"}, "prima": {"cittadina"}}
TWO_WORD_TITLES = {**SACRED_TITLE_HEADS, **OFFICE_PERIPHRASES}
TWO_WORD_HEADS = frozenset({"numero", *TWO_WORD_TITLES})
# Nouns of an office a role noun heads: "il capo della diplomazia", "il capo del governo"
OFFICE_NOUNS = frozenset({"diplomazia", "governo", "esecutivo", "dicastero"})


# A title before a name spans at most this many words: "il ministro della Cultura e del Turismo regionale, X"
# (the title must also end right at the name, so a longer reach finds no other noun's title)
TITLE_WINDOW = 10
# "l'assessore regionale alle pari opportunità X": the words of a lower-case complement between a title
# and its name
LOWER_CASE_COMPLEMENT_WORDS = 4
# An acronym in brackets closing a title: "(Anm)", "(Fnsi)", "(Ue)"
BRACKETED_WORDS = 3
# "ha detto Siena", "Siena ha poi spiegato": the characters between a name and its verb of speech
SPEECH_REACH = 30
# "dell'amministratrice [Siena]": the characters of the longest title word, with its elided article
TITLE_REACH = 20
# A line in capitals of this many words is a caption, not a short heading ("ROMA" of a dateline).
CAPTION_MIN_WORDS = 6


def mentions_of(article: Article, doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    found = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        start, end = trimmed(article.text, ent.start_char, ent.end_char)
        surface = article.text[start:end]
        if not surface:
            continue        # quote marks alone: "«” Onde” è un disco di ‘onde '" tagged "‘" as a place
        if not label or not (is_name(surface) or label == "LOC" and is_lower_case_place(surface, gazetteer)
                             or label == "ORG" and len(ent) == 1 and is_agency_credit(ent[0], gazetteer)):
            continue        # lower case: "la capitale russa", "il palazzo Ciragan", "(askanews)"
        if label == "PER" and names_a_work(doc, ent):
            continue            # "il lodo Alfano", "il Piano Mattei"
        if label == "PER" and len(ent) == 1 and ent[0].lower_ in ROLE_NOUNS:
            role_end = role_phrase_end(doc, ent.start, gazetteer)
            if names_follow(doc, role_end) or role_end == ent.end and not stands_alone(doc, role_end):
                continue            # "il Segretario di Stato, Carlo Bassi": the title of a name; "il
                                    # presidente coreano Mario Rossi": a word the tagger misread qualifies it
            label = "ROLE"          # "il Segretario" tagged as a name is a role standing for one
        role = (role_of(doc, ent, gazetteer) or title_in_name(ent)) if label == "PER" \
            else (surface if label == "ROLE" else None)
        principal = label == "PER" and (names_a_principal(doc, ent, gazetteer) or is_genitive(doc, ent))
        feminine = label == "PER" and role is not None and titled_in_the_feminine(article.text, start, role)
        found.append(Mention(article.id, surface, start, end, label, role, principal_of_role=principal,
                             feminine=feminine))
    found += untagged_capitals(article, doc, gazetteer)
    found = titles_shared_by_pairs(sorted(found, key=lambda m: m.start), article.text)
    return people_named_by_surname(without_caption_fragments(found, article.text), article.text)


# "i due vicepremier X e Y", "i ministri X, Y e Z": a plural title before names joined by "e" or commas
PAIR_JOINT = re.compile(r"\s*(?:,|e|ed|,\s*e)\s*")
PLURAL_TITLE_LEAD = re.compile(r"\b(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle)"
                               r"(?:\s+(?:due|tre|quattro))?$", re.IGNORECASE)
# Where a title's plural determiner stands: the words before the title, this many characters
PLURAL_LEAD_CHARS = 16


def titles_shared_by_pairs(mentions: list[Mention], text: str) -> list[Mention]:
    """"i due vicepremier Antonio Tajani e Matteo Salvini": a plural title is each name's, in the
    singular ("i ministri X e Y": each a "ministro")."""
    result: list[Mention] = []
    shared: Mention | None = None         # the last name of a run a plural title opened
    for m in mentions:
        title_at = text.rfind(m.role, 0, m.start) if m.label == "PER" and m.role else -1
        if title_at >= 0 and not text[title_at + len(m.role):m.start].strip() \
                and PLURAL_TITLE_LEAD.search(text[max(0, title_at - PLURAL_LEAD_CHARS):title_at].rstrip()):
            m = shared = replace(m, role=singular_title(m.role))
        elif m.label == "PER" and m.role is None and shared is not None \
                and PAIR_JOINT.fullmatch(text[shared.end:m.start]):
            m = shared = replace(m, role=shared.role)
        elif m.label == "PER":
            shared = None
        result.append(m)
    return result


def singular_title(role: str) -> str:
    """The title with its first word, a plural role noun, in the singular: "ministri degli Esteri" ->
    "ministro degli Esteri" (invariable ones stay: "vicepremier", "leader")."""
    head, _, rest = role.partition(" ")
    word = head.lower()
    for singular in (word[:-1] + "o", word[:-1] + "e", word + "o", word[:-1] + "a", word):
        if singular in ROLE_NOUNS:
            return " ".join(filter(None, (head[0] + singular[1:], rest)))
    return role


def people_named_by_surname(mentions: list[Mention], text: str) -> list[Mention]:
    """"il vescovo Pasquale Siena ... «...», ha detto Siena", "la sindaca Ferrara": a lone word the NER read
    as a place or a body, the surname of a person the article names in full, right after a verb of
    speech (or right before one) or a title, is that person."""
    surnames = {name_key(split_person_name(m.surface).surname) for m in mentions
                if m.label == "PER" and len(m.surface.split()) > 1}
    return [replace(m, label="PER") if m.label in ("LOC", "ORG") and " " not in m.surface
            and name_key(m.surface) in surnames and (speech_verb_before(text, m.start, SPEECH_REACH)
                                                      or speech_verb_after(text, m.end, SPEECH_REACH)
                                                      or title_before(text, m.start))
            else m for m in mentions]


def title_before(text: str, at: int) -> bool:
    """"la sindaca [Ferrara]", "monsignor [Siena]", "dell'assessore [Como]": a title is the word right before."""
    words = elided_words(text[max(0, at - TITLE_REACH):at].replace("’", "'"))
    return bool(words) and words[-1].lower().rstrip(".") in TITLES_BEFORE_A_SURNAME


def surnames_of_the_named(mentions: list[Mention]) -> set[str]:
    """Lone words the NER read as a person, each the surname of someone the article names in full:
    people, whatever place they also name."""
    surnames = {name_key(split_person_name(m.surface).surname) for m in mentions
                if m.label == "PER" and len(m.surface.split()) > 1}
    return {m.surface for m in mentions if m.label == "PER" and " " not in m.surface and name_key(m.surface) in surnames}


def names_a_work(doc: Doc, ent: Span) -> bool:
    """"la legge Fornero", "il lodo Alfano", "il Piano Mattei": a law or a plan named after a person
    (its noun before the name, or the first word the NER took in)."""
    return ent[0].lower_ in EPONYM_NOUNS or ent.start > 0 and doc[ent.start - 1].lower_ in EPONYM_NOUNS


def untagged_capitals(article: Article, doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """"all'aeroporto della capitale russa", "nel capoluogo lombardo": a capital named by its country's
    or region's adjective, which the NER tags in some sentences and not in others; the gazetteer
    reads it (Moscow, Milan)."""
    found = []
    for token in doc[:-1]:
        if token.lower_ not in CAPITAL_NOUNS or token.ent_type_ or doc[token.i + 1].ent_type_:
            continue
        phrase = doc[token.i:token.i + 2]
        if gazetteer.capital_named(phrase.text.lower()):
            found.append(Mention(article.id, phrase.text, phrase.start_char, phrase.end_char, "LOC", None))
    return found


def without_caption_fragments(mentions: list[Mention], text: str) -> list[Mention]:
    """A photo caption in capitals ("MARIO ROSSI MINISTRO DELL'INTERNO, ...") runs names and titles
    together: of its people and organisations, only those the article also writes in ordinary case
    are kept (its places read well: "STATI UNITI")."""
    written = {m.surface.casefold() for m in mentions if not m.surface.isupper()}
    return [m for m in mentions if not (m.label != "LOC" and in_capitals_line(text, m.start) and m.surface.isupper()
                                        and m.surface.casefold() not in written)]


def in_capitals_line(text: str, at: int) -> bool:
    """The line around `at` is written in capitals, and is more than a short heading."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= CAPTION_MIN_WORDS and bool(letters) and all(c.isupper() for c in letters)


def role_mentions(article: Article, doc: Doc, knowledge: Knowledge) -> list[Mention]:
    """Roles standing for a name ("il presidente russo", "il capo del Cremlino", "il titolare della
    Farnesina"), label ROLE. kg/resolve links each to the person who holds that role, or drops it."""
    gazetteer = knowledge.gazetteer
    found = []
    for token in doc:
        determiner = determiner_of(doc, token.i)
        if (is_role_head(token) or heads_a_seat(doc, token.i)) and determiner is not None \
                and not is_plural(token, determiner) \
                and (not token.ent_type_ or token.lower_ in SACRED_TITLE_HEADS):
            end = role_phrase_end(doc, token.i + 1 if token.lower_ in TWO_WORD_HEADS else token.i, gazetteer)
            while doc[end - 1].is_space:
                end -= 1        # "Il Papa\n\n" of a headline
            if (end - token.i > 1 or stands_alone(doc, end)) and not names_follow(doc, end) \
                    and not names_follow(doc, lower_case_complement_end(doc, end)) \
                    and not in_apposition(doc, token.i, end):
                span = doc[token.i:end]
                role = counterpart_role(doc, span) or seat_role(span.text, knowledge) or span.text
                written = doc[determiner.i + 1:end]        # with "neo" of "il neo governatore"
                found.append(Mention(article.id, article.text[written.start_char:written.end_char],
                                     written.start_char, written.end_char, "ROLE", role,
                                     feminine=determiner.lower_ in FEMININE_DETERMINERS))
    return found


def titled_in_the_feminine(text: str, start: int, role: str) -> bool:
    """"la presidente del Consiglio Giorgia Meloni", "dalla ministra Anna Neri": a title with a feminine
    article before the name names a woman."""
    before = text[:start].rstrip(" ,")
    if not before.endswith(role):
        return False
    words = before[:len(before) - len(role)].split()
    return bool(words) and words[-1].lower() in FEMININE_DETERMINERS


def heads_a_seat(doc: Doc, i: int) -> bool:
    """"il titolare della Farnesina", "l'inquilino dell'Eliseo": a word that names an office's holder
    by its seat, before "di" and a name (not "il titolare del bar")."""
    return doc[i].lower_ in SEAT_HEAD_WORDS and i + 2 < len(doc) and doc[i + 1].lower_ in ROLE_COMPLEMENT_PREPOSITIONS \
        and (doc[i + 2].text[:1].isupper() or doc[i + 2].lower_ in OFFICE_NOUNS)


def determiner_of(doc: Doc, i: int):
    """The determiner of the role noun at i, over a word that only dates the office ("il neo
    governatore", "l'attuale premier"); None when there is none."""
    j = i - 1
    if j > 0 and doc[j].lower_ in OFFICE_TIME_WORDS:
        j -= 1
    return doc[j] if j >= 0 and doc[j].lower_ in DETERMINERS else None


def counterpart_role(doc: Doc, span: Span) -> str | None:
    """"tra il ministro francese e l'omologo tedesco": a counterpart holds the role named
    before it in the sentence, in another country ("presidente russo")."""
    if span[0].lower_ not in COUNTERPART_NOUNS:
        return None
    earlier = [t for t in doc[span.sent.start:span.start] if t.lower_ in ROLE_NOUNS - COUNTERPART_NOUNS]
    return " ".join([earlier[-1].text, *[t.text for t in span[1:]]]) if earlier else None


def is_role_head(token) -> bool:
    """A role noun, "numero" of "il numero uno ucraino" (the country's leader), "Santo" of "il
    Santo Padre" or "primo" of "il primo cittadino"."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ in ROLE_NOUNS or token.lower_ == "numero" and following == "uno" \
        or token.lower_ in TWO_WORD_TITLES and following in TWO_WORD_TITLES[token.lower_]


def in_apposition(doc: Doc, i: int, end: int) -> bool:
    """"Luca Neri, il rappresentante speciale del governo": the role of the name before
    (role_after gives it to that person), not a second person. A role its verb follows at once opens
    a clause of its own: "Dopo la cena con Neri, il titolare della Farnesina ha detto ..."."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ARTICLES:
        j -= 1
    return j >= 1 and doc[j].text == "," and doc[j - 1].ent_type_ == "PER" \
        and not (end < len(doc) and doc[end].pos_ in ("AUX", "VERB"))


def is_plural(noun, determiner) -> bool:
    """"i leader europei", "gli inviati": a group, not one person."""
    return "Plur" in noun.morph.get("Number") or determiner.lower_ in PLURAL_DETERMINERS


def stands_alone(doc: Doc, end: int) -> bool:
    """A bare role noun names someone only when nothing qualifies it: "ha detto il consigliere.",
    "del sindaco nella vecchia giunta", "dal governatore per una svolta", but not "il
    commissario per la tutela ambientale" nor "il segretario alla Difesa"."""
    if end >= len(doc) or doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADV") \
            or opens_a_time(doc, end):
        return True
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.lower_ in POSSESSIVES and doc[end].lower_ not in GENITIVE_PREPOSITIONS:
        return True     # "la premier al suo arrivo": only "di" takes a possessive into an office ("del suo Paese")
    if doc[end].lower_ == "per":
        return after is not None and after.lower_ in INDEFINITE_ARTICLES      # a purpose, not an office
    if doc[end].lower_ in OFFICE_PREPOSITIONS and after is not None and after.ent_type_ == "LOC":
        return True     # "ho visto il sindaco a Palazzo Lombardia": where, not an office ("il segretario alla Difesa")
    if doc[end].lower_ in ARTICLES:
        return True     # "ha rinnovato al Papa l'invito": the article opens the verb's object
    if doc[end].lower_ in IN_PREPOSITIONS and after is not None and after.ent_type_ == "LOC" \
            and doc[end - 1].lower_ not in POSTED_ROLE_NOUNS:
        return True     # "ricevuto dal Papa in Vaticano": where (not "l'ambasciatore in Italia", a post)
    return doc[end].lower_ in NON_COMPLEMENT_PREPOSITIONS and not (after is not None and after.text[:1].isupper())


# Nouns of time a role's phrase never takes as a complement: "ricevuto dalla premier la prossima settimana"
TIME_NOUNS = frozenset(WEEKDAYS) | frozenset(DAY_WORDS) | frozenset(PARTS_OF_DAY) | frozenset(MONTHS) \
    | frozenset({"settimana", "mese", "giorno", "anno"})


def opens_a_time(doc: Doc, i: int) -> bool:
    """"domani", "la prossima settimana", "in serata", "il prossimo 5 ottobre": a time word, or one after
    its article, adjective and day."""
    words = [t for t in doc[i:i + 4] if not t.is_punct]
    upto = next((k for k, t in enumerate(words) if t.lower_ in TIME_NOUNS), None)
    return upto is not None and all(t.pos_ in ("DET", "ADJ", "ADP", "NUM") for t in words[:upto])


def role_phrase_end(doc: Doc, start: int, gazetteer: Gazetteer, limit: int | None = None) -> int:
    """The role noun, then adjectives ("russo", "speciale americano") and one complement
    ("del Cremlino", "degli Stati Uniti", "del presidente Trump"), then adjectives ("degli Esteri russo")."""
    limit = len(doc) if limit is None else limit
    end = adjectives_end(doc, start + 1, limit, gazetteer)
    if end < limit and is_country_tag(doc[end], gazetteer):
        end += 1        # "l'inviato speciale Usa Steve Witkoff"
    if end + 1 < limit and (doc[end].lower_ in ROLE_COMPLEMENT_PREPOSITIONS or doc[end].lower_ in OFFICE_PREPOSITIONS
                            and doc[start].lower_ in MINISTERIAL_NOUNS):
        if doc[end + 1].lower_ in OFFICE_NOUNS:
            return office_end(doc, end + 2, limit, gazetteer)     # "il capo della diplomazia turca"
        name_at = end + 2 if doc[end + 1].lower_ in ROLE_NOUNS else end + 1
        if name_at > end + 1 and (name_at >= limit or not doc[name_at].text[:1].isupper()):
            return adjectives_end(doc, name_at, limit, gazetteer)      # "del presidente russo": a principal by role
        if name_at < limit and doc[name_at].text[:1].isupper():
            end = name_at
            if doc[name_at].ent_iob_ == "B" and doc[name_at].ent_type_ == "PER":
                end = min(entity_end(doc, name_at), limit)    # the principal: "l'inviato di Donald Trump"
            # "della Fim-Cisl", and the rest of a body's name: "del Movimento 5 Stelle", "del Consiglio di sicurezza"
            while end < limit and (doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha()
                                   or doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG") \
                    and doc[end].ent_type_ != "PER":
                end += 1
            if doc[start].lower_ in MINISTERIAL_NOUNS:
                end = ministry_name_rest(doc, end, limit)      # "il ministro del Lavoro e delle Politiche sociali"
            end = adjectives_end(doc, end, limit, gazetteer)
    return end


def office_end(doc: Doc, end: int, limit: int, gazetteer: Gazetteer) -> int:
    """After "il capo della diplomazia": its adjectives ("turca") or the country or seat it is of
    ("di Ankara"); after "il dicastero", the ministry's name ("della Difesa")."""
    end = adjectives_end(doc, end, limit, gazetteer)
    if end + 1 < limit and doc[end].lower_ in ROLE_COMPLEMENT_PREPOSITIONS and gazetteer.is_place(doc[end + 1].text):
        end += 2
    elif doc[end - 1].lower_ in MINISTRY_NOUNS:
        end = ministry_name_end(doc, end, limit)     # "il responsabile del dicastero della Difesa"
    return end


def ministry_name_end(doc: Doc, end: int, limit: int) -> int:
    """The end of a ministry's name after its noun: "della Difesa", "dei Trasporti e delle Infrastrutture",
    "dell'Agricoltura, della Sovranità alimentare e delle Foreste"."""
    if not (capitalised(doc, end + 1, limit) and doc[end].lower_ in GENITIVE_PREPOSITIONS):
        return end
    return ministry_name_rest(doc, end + 2, limit)


def ministry_name_rest(doc: Doc, end: int, limit: int) -> int:
    """After the first word of a ministry's name, the rest: "(Sovranità) alimentare", "e del made in Italy",
    ", della Sovranità alimentare e delle Foreste"; one capitalised word a part, so a name right after it
    ("delle Foreste Francesco Rossi") is not taken in."""
    while end < limit:
        if doc[end].pos_ == "ADJ" and doc[end].is_lower:
            end += 1            # "Sovranità alimentare"
        elif doc[end].lower_ == "in" and capitalised(doc, end + 1, limit):
            end += 2            # "Made in Italy"
        elif doc[end].lower_ in ("e", ",") and end + 2 < limit and doc[end + 1].lower_ in GENITIVE_PREPOSITIONS \
                and (capitalised(doc, end + 2, limit) or doc[end + 3:end + 5].text.split()[:1] == ["in"]
                     or doc[end + 2].pos_ == "NOUN" and doc[end + 2].is_lower):
            end += 3            # "e delle Foreste", "e del made in Italy", "e della sicurezza energetica"
        else:
            break
    return end


def capitalised(doc: Doc, i: int, limit: int) -> bool:
    return i < limit and doc[i].text[:1].isupper()


def entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def is_country_tag(token, gazetteer: Gazetteer) -> bool:
    """A short country or body name used like an adjective: "Usa", "Ue", "NATO"."""
    return len(token.text) <= 4 and token.text[:1].isupper() and token.is_alpha \
        and (token.text.isupper() or gazetteer.is_place(token.text))


def adjectives_end(doc: Doc, end: int, limit: int, gazetteer: Gazetteer) -> int:
    for _ in range(2):
        if end < limit and is_adjective(doc[end], gazetteer):
            end += 1
    return end


def is_adjective(token, gazetteer: Gazetteer) -> bool:
    if token.is_lower and (gazetteer.demonyms.country(token.text) or gazetteer.regions.region(token.text)
                           or party_of_adjective(token.text) or token.text in TITLE_PARTICIPLES):
        return True         # "ucraino" in "il ministro degli Esteri ucraino", "campano", "pentastellato",
                            # whatever the tagger says
    if token.pos_:
        return token.pos_ == "ADJ"
    return token.is_alpha and token.is_lower and token.lower_.endswith(ADJECTIVE_ENDINGS) \
        and token.lower_ not in STOP_WORDS


def lower_case_complement_end(doc: Doc, end: int) -> int:
    """After a title, the end of a complement in lower case ("alle pari opportunità", "ai lavori pubblici")
    that may stand between it and the name it titles; `end` itself where there is none."""
    if end >= len(doc) or doc[end].lower_ not in PORTFOLIO_LEADS:
        return end      # not "del sindaco nella vecchia giunta Rossi", "del presidente con il vice X"
    k = end + 1
    while k < len(doc) and k - end <= LOWER_CASE_COMPLEMENT_WORDS and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    return k if k > end + 1 else end


def names_follow(doc: Doc, end: int) -> bool:
    """The role is a title of the name after it ("il presidente russo Vladimir Putin" or
    "il presidente russo, Vladimir Putin", "il ministro degli Esteri del Belgio Piet Vos"), not a
    name of its own."""
    if end + 1 < len(doc) and doc[end].lower_ in GENITIVE_PREPOSITIONS and doc[end + 1].ent_type_ == "LOC":
        end = entity_end(doc, end + 1)      # the country of the office, then the name
    for i in (end, end + 1):
        if i < len(doc) and doc[i].ent_type_ == "PER":
            return i == end or doc[end].text == ","
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in EDGE_JUNK or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in EDGE_JUNK or text[end - 1].isspace()):
        end -= 1
    return start, end


def is_lower_case_place(surface: str, gazetteer: Gazetteer) -> bool:
    """"la capitale russa" (the gazetteer knows it), "il palazzo Ciragan" (a venue's name)."""
    return gazetteer.is_place(surface) or surface.split()[0].lower() in VENUE_NOUNS_IN_NAME


def is_name(surface: str) -> bool:
    """Not a month or weekday ("Gennaio"), a courtesy title alone ("Dott."), nor a shouted headline ("STEVE WITKOFF
    INVIATO SPECIALE")."""
    words = surface.split()
    # "von der Leyen", "papa Leone XIV": a particle or a title in lower case before the name
    first = next((w for w in words if w.lower() not in NAME_PARTICLES and not (w.islower() and w in ROLE_NOUNS)),
                 surface)
    particle, hyphen, rest = first.partition("-")
    if hyphen and particle in NAME_PARTICLES:
        first = rest        # "al-Sisi"
    return 1 < len(surface) <= MAX_NAME_CHARS and first[0].isupper() and "\n" not in surface \
        and surface.lower().rstrip(".") not in TITLES \
        and surface.lower() not in CALENDAR_WORDS and not (surface.isupper() and len(words) > MAX_CAPS_WORDS)


def role_of(doc: Doc, ent: Span, gazetteer: Gazetteer) -> str | None:
    """The title written before the name ("il portavoce della Farnesina Luca Neri") or in
    apposition after it ("Piet Vos, inviato del presidente ..."), as written."""
    return role_before(doc, ent, gazetteer) or role_across_principal(doc, ent, gazetteer) \
        or role_after(doc, ent, gazetteer)


def role_across_principal(doc: Doc, ent: Span, gazetteer: Gazetteer) -> str | None:
    """"la consigliera del presidente Emmanuel Macron, Anne Durand": a role whose complement names
    its principal, then a comma, then the name that holds it."""
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != "PER":
        return None
    principal = next(e for e in doc.ents if e.start <= ent.start - 2 < e.end)
    if not names_a_principal(doc, principal, gazetteer):
        return None
    holder_role = None
    for r in range(principal.start - 1, max(-1, principal.start - ROLE_WINDOW - 5), -1):
        if doc[r].is_punct or doc[r].pos_ in ("VERB", "AUX") and doc[r].lower_ not in ROLE_NOUNS:
            break
        if doc[r].lower_ in ROLE_NOUNS:
            holder_role = r          # the farthest: "inviato", not the principal's "presidente"
    return doc[holder_role:ent.start - 1].text if holder_role is not None else None


def title_in_name(ent: Span) -> str | None:
    """"Papa Leone XIV": a title written as part of the name is also the person's role."""
    return ent[0].text if len(ent) > 1 and ent[0].lower_ in ROLE_NOUNS else None


def role_before(doc: Doc, ent: Span, gazetteer: Gazetteer) -> str | None:
    """The role phrase that ends right where the name starts, or at the comma before it: "il
    portavoce della Farnesina Luca Neri", "il presidente belga Piet Vos", "la ministra della
    Salute, Anna Verdi". The nearest role noun wins: "l'inviato del
    presidente francese Luc Martin" gives Martin "presidente francese"."""
    title_end = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].text == "," else ent.start
    phrase_end = before_brackets(doc, title_end) if title_end < ent.start else title_end
    for i in range(phrase_end - 1, max(-1, phrase_end - 1 - TITLE_WINDOW), -1):
        if doc[i].lower_ in ROLE_NOUNS:
            if title_end < ent.start and phrase_end - i < 2:
                return None     # "arrivato il ministro, Rossi ha lasciato": a bare noun before a comma ends a clause
            if (with_country_of_office(doc, role_phrase_end(doc, i, gazetteer, limit=phrase_end), phrase_end, gazetteer)
                    == phrase_end
                    or is_nominal_complement(doc[adjectives_end(doc, i + 1, phrase_end, gazetteer):phrase_end],
                                             PORTFOLIO_LEADS if doc[i].lower_ in MINISTERIAL_NOUNS
                                             else GENITIVE_PREPOSITIONS)) \
                    and not names_a_principal(doc, ent, gazetteer):
                first = i
                while first > 0 and doc[first - 1].lower_ in TITLE_PREFIXES:
                    first -= 1      # "il vice primo ministro canadese": "vice" and "primo" belong to the title
                if first > 0 and doc[first].lower_ in TITLE_ADJECTIVE_NOUNS and doc[first - 1].lower_ in ROLE_NOUNS:
                    first -= 1      # "il segretario generale della Cgil": "generale" is no general here
                return doc[first:title_end].text
            return None
    return None


def before_brackets(doc: Doc, end: int) -> int:
    """"il presidente dell'Associazione magistrati (Anm), X": where a title ends before the acronym in
    brackets that closes it (the title keeps the acronym)."""
    if end < 1 or doc[end - 1].text != ")":
        return end
    return next((k for k in range(end - 2, max(-1, end - 2 - BRACKETED_WORDS), -1) if doc[k].text == "("), end)


def with_country_of_office(doc: Doc, end: int, limit: int, gazetteer: Gazetteer) -> int:
    """"il ministro degli Esteri | del Belgio": the country a title's office is of, after its complement."""
    if end + 1 < limit and doc[end].lower_ in GENITIVE_PREPOSITIONS and gazetteer.is_place(doc[end + 1:limit].text):
        return limit
    return end


def is_nominal_complement(words: Span, leads: frozenset[str] = GENITIVE_PREPOSITIONS) -> bool:
    """"(il direttore) dell’ufficio tecnico della provincia (Marco Bianchi)": "di" and what
    follows it, prepositions, articles, nouns and adjectives in lower case, nothing else (not "il
    sindaco nella vecchia giunta Rossi"); "(l'assessore) alle pari opportunità": "a" for a portfolio."""
    return len(words) > 1 and words[0].lower_ in leads and all(
        t.is_lower and t.pos_ in ("ADP", "DET", "NOUN", "ADJ") for t in words)


def names_a_principal(doc: Doc, ent: Span, gazetteer: Gazetteer) -> bool:
    """"l'inviato del presidente francese Luc Martin", "consigliere di Galli": the name
    completes another person's role (a role noun, a preposition, then nothing but adjectives or a
    second role before the name). Not so in "il portavoce della Farnesina Luca Neri", where an
    institution completes the role and the name holds it."""
    for r in range(ent.start - 1, max(-1, ent.start - ROLE_WINDOW - 5), -1):
        token = doc[r]
        if token.lower_ in ROLE_NOUNS:      # before the verb test: the tagger reads "inviato" as a verb
            p = adjectives_end(doc, r + 1, ent.start, gazetteer)
            if p < ent.start and doc[p].lower_ in ROLE_COMPLEMENT_PREPOSITIONS:
                between = doc[p + 1:ent.start]
                if all(is_adjective(t, gazetteer) for t in between) or any(t.lower_ in ROLE_NOUNS for t in between):
                    return True
        elif token.is_punct or token.pos_ in ("VERB", "AUX", "CCONJ") or token.ent_type_ == "PER":
            return False        # "il ministro della Salute Luca Neri e il ministro del Lavoro Carlo Bassi"
    return False


def is_genitive(doc: Doc, ent: Span) -> bool:
    """"i funerali di Papa Francesco", "il rilascio di Fogel": the name completes a noun that is
    neither a role nor a meeting, so the person is talked about, not present."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ROLE_NOUNS:          # "di Papa Francesco" keeps its title
        i -= 1
    if i < 1 or doc[i].lower_ not in GENITIVE_PREPOSITIONS:
        return False
    noun = doc[i - 1]
    return noun.pos_ == "NOUN" and noun.lower_ not in ROLE_NOUNS | PRESENCE_NOUNS and not MEETING_NOUN.match(noun.lower_)


def role_after(doc: Doc, ent: Span, gazetteer: Gazetteer) -> str | None:
    """"Piet Vos, inviato del presidente della Commissione, ...", "Luca Neri, il
    rappresentante speciale del governo": a role in apposition."""
    start = ent.end + 1
    if start < len(doc) and doc[start].lower_ in ARTICLES:
        start += 1
    if start >= len(doc) or doc[ent.end].text != "," or doc[start].lower_ not in ROLE_NOUNS:
        return None
    end = role_phrase_end(doc, start, gazetteer)
    if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ == "ADP") or names_follow(doc, end):
        # a further complement may follow ("... del Cremlino per la cooperazione"), or the title is
        # the next name's in a list ("Anna Galli, il presidente della Provincia Carlo Bassi")
        return None
    return doc[start:end].text
