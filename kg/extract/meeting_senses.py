"""Meeting words in a sense that is no meeting between the people a sentence names.

A match between players is no meeting ("l'incontro di tennis"), nor a hearing in court; a talk with
a title or an audience is a public event ("l'incontro dal titolo “...”", "l'incontro con l'autore");
a visit by or to a thing is no meeting ("la visita dei ladri", "visite all'ospedale", "centri
visita"); a seeing or receiving verb whose object is a thing sets none ("non vedo i motivi", "è
stata accolta la richiesta"), nor one of seeing with no one as its subject ("visto che", "la
cerimonia che ha visto X deporre una corona"). Each reads the words next to the cue and the
dependency parse.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.knowledge.lexicon import (ARTICULATED_A, ARTICULATED_DI, AUDIENCE_GRANTERS, AUDIENCE_NOUNS, DAY_WORDS,
                                  DEFINITE_ARTICLES, PARTS_OF_DAY,
                                  GENITIVE_PREPOSITIONS, MATCH_WORDS, MONTHS, OPENING_QUOTES, PERSON_NOUNS,
                                  PUBLIC_EVENT_ADJECTIVES, ROLE_NOUNS, SPORTS, TITLE_WORDS, UNNAMED_PEOPLE_NOUNS,
                                  WEEKDAYS)

# "l'incontro, aperto alla cittadinanza": the verb that opens an event to the public
OPENING_VERB = "aprire"
# The words read after a meeting noun for its title or its public.
TITLE_WINDOW = 3
# "ieri sera vertice in prefettura": time nouns before a meeting noun are no compound with it
TIME_NOUNS = frozenset(("giorno", "settimana", *PARTS_OF_DAY, *DAY_WORDS, *WEEKDAYS, *MONTHS))
VISIT = "visit"
AUDIENCE_STEM = "udienz"
# "ne ha ricevuti 240": the clitic of a part, of a count
PARTITIVE_CLITIC = "ne"
# "incontro", "incontrerà": the word that also names a match between players
MATCH_STEM = "incontr"
# "il tavolo con i sindacati", "il tavolo di crisi", "il tavolo tecnico": the word of a negotiating table, and the
# words that make it one
TABLE_STEM = "tavol"
TABLE_CONVENING_STEMS = ("convoc", "riconvoc", "presied", "riun", "svolt", "tenut", "apert", "apri", "insedi",
                         "tecnic", "crisi", "confront", "trattativ", "negozia", "concertazion", "istituzional",
                         "interministerial", "permanent")
TABLE_VERB_WINDOW = 4     # "il tavolo che si è tenuto"
# "l'incontro di Coppa Davis contro X": the words read after the match for its opponent
MATCH_OPPONENT_WINDOW = 6
MEETING_PARTNER_PREPOSITIONS = frozenset({"con", "col", "coi", "tra", "fra"})
# "ha visto", "avevano visto": the auxiliaries that make "visto" a seeing, not "visto che"
SEEN_PARTICIPLE = "vist"
HAVE_AUXILIARIES = frozenset("ha hanno aveva avevano avrà avranno abbia abbiano avrebbe avrebbero avere aver".split())
# "«Ho visto il sindaco»", "«Abbiamo visto il ministro»": the speaker of the quote saw someone
FIRST_PERSON_HAVE = frozenset("ho abbiamo avevo avevamo".split())


def is_thing(token: Token) -> bool:
    """A common noun that names no person and no name follows: "i motivi", "la richiesta", "i ladri"
    (not "il prefetto", "la giornalista Anna Rossi", nor a time: "ha ricevuto stamattina il ministro")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha and token.lower_ not in TIME_NOUNS \
        and token.lower_ not in PERSON_NOUNS and token.lemma_.lower() not in PERSON_NOUNS \
        and not (following is not None and following.pos_ == "PROPN" and following.is_title)


def first_noun_after(cue: Span) -> Token | None:
    """The noun after a verb past its articles and adverbs: "non vedo [i] motivi", "vedrà [ieri] il sindaco"."""
    for t in cue.doc[cue.end:cue.sent.end]:
        if t.pos_ not in ("DET", "ADV", "NUM") and t.lower_ not in DEFINITE_ARTICLES:
            return t
    return None


def sees_a_thing(cue: Span) -> bool:
    """"non vedo i motivi per condannare X", "vedrà la partecipazione del presidente": the seeing verb's
    object is a thing, so the people after it are not seen."""
    objects = [t for t in cue.root.children if t.dep_ == "obj"] or [first_noun_after(cue)]
    return any(t is not None and is_thing(t) for t in objects[:1])


def bare_participle(cue: Span) -> bool:
    """"visto che", "visto il parere", "la cerimonia che ha visto il prefetto deporre una corona": a
    participle of seeing sets a meeting only after "ha" and with a person as its subject ("Meloni ha
    visto Macron", "il sindaco aveva visto il prefetto"), or after "ho" (the speaker: "«Ho visto il sindaco»")."""
    if not cue.text.lower().startswith(SEEN_PARTICIPLE):
        return False
    if cue.start > 0 and cue.doc[cue.start - 1].lower_ in FIRST_PERSON_HAVE:
        return False
    if cue.start == 0 or cue.doc[cue.start - 1].lower_ not in HAVE_AUXILIARIES:
        return True
    before_auxiliary = cue.doc[cue.start - 2] if cue.start >= 2 else None
    if before_auxiliary is not None and (before_auxiliary.ent_type_ == "PER" or before_auxiliary.lower_ in ROLE_NOUNS):
        return False    # "Meloni aveva visto X", however the parser attaches the subject
    return not any(t.dep_ == "nsubj" and (t.ent_type_ == "PER" or t.lower_ in ROLE_NOUNS) for t in cue.root.children)


def receives_a_thing(cue: Span) -> bool:
    """"È stata accolta dal gup la richiesta", "ha accolto il ricorso", "ne ha ricevuti 240": what
    the receiving verb takes, its passive subject or its object, is a thing or a count (a number, or
    the partitive "ne"), and the person after it is the one who received it."""
    return any(t.dep_ in ("nsubj:pass", "obj") and is_thing(t) or t.dep_ in ("obj", "nummod") and t.pos_ == "NUM"
               or t.lower_ == PARTITIVE_CLITIC for t in cue.root.children)


def is_public_event(cue: Span) -> bool:
    """A talk, not a meeting between its named people: titled ("l'incontro dal titolo “...”",
    "all'incontro “...”"), public ("un incontro pubblico", "la riunione è aperta ai cittadini"), or held
    with an audience ("il terzo incontro con l'autore", "incontro con gli studenti", "ha incontrato i residenti")."""
    doc = cue.doc
    after = [t for t in doc[cue.end:min(cue.end + TITLE_WINDOW, cue.sent.end)]]
    if after and after[0].lower_ in PUBLIC_EVENT_ADJECTIVES or is_quoted_title(after):
        return True
    if any(t.lower_ in TITLE_WORDS for t in after):
        return True
    if len(after) >= 2 and after[0].lower_ in ("con", "col", "coi") \
            and any(t.lower_ in AUDIENCE_NOUNS for t in after[1:]):
        return True
    return cue.root.dep_.startswith("nsubj") and is_opened_to_people(cue.root.head) or meets_an_audience(cue)


def meets_an_audience(cue: Span) -> bool:
    """"il sindaco ha incontrato i residenti", "il sindaco, insieme al comandante X, ha incontrato il
    proprietario": a meeting verb whose object is a public, or someone unnamed, with no name in it met
    them, not the other people of the sentence (not "ha incontrato i lavoratori e il ministro Rossi")."""
    return cue.root.pos_ == "VERB" and any(
        t.lower_ in AUDIENCE_NOUNS | UNNAMED_PEOPLE_NOUNS and not any(w.pos_ == "PROPN" for w in t.subtree)
        for t in direct_objects(cue.root))


def direct_objects(verb: Token) -> list[Token]:
    """The verb's objects; else the nouns the parser hung on it as obliques with no preposition."""
    return [t for t in verb.children if t.dep_ == "obj"] or [
        t for t in verb.children if t.dep_ == "obl" and not any(c.dep_ == "case" for c in t.children)]


def is_opened_to_people(verb: Token) -> bool:
    """"la riunione è aperta ai cittadini", "aperto a tutti" (not "si sono aperti a Istanbul i colloqui",
    talks that began in a city)."""
    return verb.lemma_ == OPENING_VERB and not any(t.lower_ == "si" for t in verb.children) and any(
        t.dep_ == "obl" and t.is_lower and any(c.dep_ == "case" and c.lower_ in {"a"} | ARTICULATED_A for c in t.children)
        for t in verb.children)


def is_quoted_title(words: list[Token]) -> bool:
    """"all'incontro “Cyberbullismo e ...”": a capitalised quote right after the noun is its title (not
    "un incontro “molto utile”", what someone called it)."""
    return len(words) >= 2 and words[0].text in OPENING_QUOTES and words[1].is_title


def is_sports_match(cue: Span) -> bool:
    """"l'incontro di tennis", "un incontro di Coppa Davis contro X", "ha vinto l'incontro al quinto
    set": "incontro" is a match between players when a sport follows it, "contro" follows it in its
    clause (not "un incontro con X contro la crisi", where a partner comes first), or a word of a
    match stands in its sentence."""
    if not cue.text.lower().startswith(MATCH_STEM):
        return False
    if any(t.lower_ in MATCH_WORDS for t in cue.sent):
        return True
    after = cue.doc[cue.end:min(cue.end + MATCH_OPPONENT_WINDOW, cue.sent.end)]
    if len(after) >= 2 and after[0].lower_ in GENITIVE_PREPOSITIONS and after[1].lower_ in SPORTS:
        return True
    for t in after:
        if t.is_punct or t.lower_ in MEETING_PARTNER_PREPOSITIONS:
            return False
        if t.lower_ == "contro":
            return True
    return False


def is_a_table(cue: Span) -> bool:
    """"intorno a un tavolo rotondo", "al tavolo sedevano anche": "tavolo" is a table unless the
    article's "tavolo" is one convened, chaired or held ("il tavolo convocato al ministero", "Al tavolo,
    presieduto da X, erano presenti", "ha riconvocato il tavolo"), a technical one, or one with someone
    ("il tavolo con i sindacati"): then every "tavolo" of the article is that negotiating table ("Il tavolo
    di crisi si è svolto ieri. Al tavolo erano presenti X e Y")."""
    if not cue.text.lower().startswith(TABLE_STEM):
        return False
    if cue.start > 0 and cue.doc[cue.start - 1].lower_ == "sul":
        return True         # "sul tavolo c'è il futuro dello stabilimento": what is discussed
    return not any(is_a_negotiating_table(t) for t in cue.doc if t.lower_.startswith(TABLE_STEM))


def is_a_negotiating_table(table: Token) -> bool:
    sent, i = table.sent, table.i
    near = table.doc[max(sent.start, i - TABLE_VERB_WINDOW):min(sent.end, i + 1 + TABLE_VERB_WINDOW)]
    return any(t.lower_.startswith(TABLE_CONVENING_STEMS) for t in near) \
        or (i + 1 < sent.end and table.doc[i + 1].lower_ in MEETING_PARTNER_PREPOSITIONS)


def is_court_hearing(cue: Span) -> bool:
    """"l'udienza preliminare", "alla prossima udienza": an "udienza" with no pope or sovereign in its
    sentence to grant it is a hearing in court ("il Papa ha concesso udienza a X" is a meeting)."""
    return cue.text.lower().startswith(AUDIENCE_STEM) and not any(t.lower_ in AUDIENCE_GRANTERS for t in cue.sent)


def is_visit_without_guest(cue: Span) -> bool:
    """A visit that meets nobody: by a thing or a group that is no person ("la visita dei ladri"), to a
    thing ("visite all'ospedale"), or a noun joined to the one before it ("i centri visita")."""
    if not cue.text.lower().startswith(VISIT):
        return False
    doc = cue.doc
    if cue.end + 1 < len(doc) and (doc[cue.end].lower_ in ARTICULATED_DI | ARTICULATED_A) and is_thing(doc[cue.end + 1]):
        return True
    return is_compound_noun(cue)


def is_compound_noun(cue: Span) -> bool:
    """"centri visita", "sala riunioni": a bare meeting noun right after a common noun names a kind of
    place; "il sindaco visita" is a verb agreeing with its subject, so a singular noun before "visita" is none."""
    if cue.start == 0:
        return False
    before = cue.doc[cue.start - 1]
    if before.pos_ != "NOUN" or not before.is_lower or not before.is_alpha or before.lower_ in TIME_NOUNS:
        return False
    could_be_its_verb = cue.text.lower().endswith("a") and "Plur" not in before.morph.get("Number")
    return not could_be_its_verb
