"""Meeting cues: the words kg_meeting_cues marked in a sentence, and which of them set no meeting.

A meeting word may be asked for ("aveva chiesto un incontro"), denied, only reported, a topic, or
talked of as possible; a sentence may tell history, or a phone call rather than a meeting. Which
people took part, where and when is for meeting_participants.py, meeting_place.py, meeting_date.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.mentions import ARTICLES, GENITIVE_PREPOSITIONS, INDEFINITE_ARTICLES
from kg.extract.meeting_senses import (is_a_table, is_court_hearing, is_public_event, is_sports_match,
                                      is_visit_without_guest)
from kg.extract.sentences import SUBJECT_RELATIONS, SentenceView, without_names_in
from kg.knowledge.lexicon import AFTERMATH_NOUNS, FUTURE_ENDING, PERSON_NOUNS
from kg.knowledge.places import Gazetteer
from kg.model import Mention
from kg.nlp.meetings import MEETING_SPANS_KEY

# Cue labels of words that may announce a meeting (kg_meeting_cues); "CALL" marks calls.
MEETING_LABELS = ("MEETING", "HOST", "SEE", "CLASH")
DISCUSSING_VERB_STEMS = ("discut", "parl", "trattar", "tratter")
# "ha smentito di aver incontrato", "nega di averlo visto"
DENYING_STEMS = ("smenti", "smentisc", "nega", "negò", "neghi")
PERFECT_INFINITIVE_AUXILIARIES = frozenset({"aver", "avere", "averlo", "averla", "averli", "averle", "essersi", "esser",
                                            "essere"})
REPORTING_VERB_STEMS = ("conferm", "smentit", "smentisc", "smenti", "annunci", "comment", "rivelat", "rivela")
MEETING_PREPOSITIONS = frozenset({"tra", "fra", "con"})
MEETING_COMPLEMENT_WINDOW = 6      # "l'incontro di domani a Mosca tra Putin e Witkoff"
# A meeting asked for, offered or sought is not one that is set (kg keeps announced ones as planned).
WISHED_MEETING_ADJECTIVES = frozenset({"nuovo", "nuova"})
FUTURE_MEETING_ADJECTIVES = frozenset({"futuro", "futura"})
WISHED_AFTER_PREPOSITIONS = frozenset({"per", "di"})
# "si sono riuniti", "erano riuniti", "ha riunito i capigruppo": what makes "riunito" a gathering, not a
# description
GATHERING_AUXILIARIES = frozenset("si sono è e' erano era saranno sarà stati state essere ha hanno aveva avevano".split())
# "ha chiesto alla nuova amministrazione un incontro": words between the verb and the meeting it asks for
WISH_OBJECT_WINDOW = 6
WISHING_VERBS = frozenset({"chiedere", "proporre", "cercare", "volere", "auspicare", "sollecitare", "offrire",
                           "sperare", "desiderare"})
# The lemmatizer may miss a participle ("chiesto"): its stem still tells.
WISHING_VERB_STEMS = ("chies", "chied", "propo", "cerc", "auspic", "sollecit", "offr", "sper",
                      "pianific", "organizz")     # "per pianificare una trattativa": none is set yet
# "incontrare", "incontrarlo", "vedersi": the verb's infinitive, alone or with a pronoun joined to it
INFINITIVE_ENDINGS = ("are", "ere", "ire", "arlo", "arla", "arli", "erlo", "erla", "arsi", "ersi")
# Words between a verb of wishing and the infinitive it governs: "spera di", "pronto a", "vuole ancora"
INFINITIVE_LINKS = frozenset({"di", "a", "ad", "d'", "d’"})
# "di poter incontrare", "di poterlo vedere", "di riuscire a incontrare": a modal between the wish and the meeting
MODAL_INFINITIVE_STEMS = ("poter", "riuscir")
# "vuole incontrare", "intende vedere", "spera di incontrare", "desidera incontrare", "tenterà di"
WISHING_INFINITIVE_STEMS = ("vuol", "vorr", "vogli", "intend", "intenz", "desider", "tent", "punt", "prov")
WISHING_ADJECTIVES = frozenset({"pronto", "pronta", "pronti", "pronte", "disposto", "disposta", "disposti",
                                "disposte", "disponibile", "disponibili", "intenzionato", "intenzionata"})
# Meetings only talked of as possible are not annotated as meetings (FORMAT.md: "held" or "planned").
HYPOTHETICAL_WORDS = frozenset("""
proposta proposto ipotesi ipotizzato ipotizza eventuale eventualmente possibile possibilità probabile invito invita
invitato disponibilità disponibile escludere esclude pronto pronta pronti potrebbe potrebbero
""".split())
# "incontrerebbe", "vedrebbero": the conditional of a meeting verb
CONDITIONAL_ENDINGS = ("rebbe", "rebbero")
HYPOTHETICAL = re.compile(r"\b(?:" + "|".join(sorted(HYPOTHETICAL_WORDS)) + r")\b", re.IGNORECASE)
# "un incontro tra X e Y è all'ordine del giorno": talked of, not set (anywhere in the sentence)
ON_THE_TABLE = re.compile(r"\ball['’]ordine del giorno\b", re.IGNORECASE)
# "spero che ci sia presto un incontro", "ci auguriamo che si tenga un vertice": a meeting hoped to exist
HOPED_TO_BE = re.compile(r"\b(?:sper|auspic|augur)\w*\s+(?:che\s+)?(?:ci\s+|si\s+)?"
                         r"(?:sia|siano|possa|possano|tenga|tengano|faccia|facciano|arrivi|arrivino)\b", re.IGNORECASE)
# "avrebbe voluto fare tappa a X per incontrare Y": a wish of the past that came to nothing (the
# conditional perfect of a modal), before the meeting word in its sentence
UNFULFILLED = re.compile(r"\b(?:avrebbe|avrebbero|avrei|avremmo)\s+(?:\w+\s+)?(?:voluto|volute|potuto|dovuto)\b",
                         re.IGNORECASE)
# A word of possibility this many words from a meeting word makes it hypothetical.
HYPOTHESIS_WINDOW = 8
# "visita di Stato", "visita ufficiale di due giorni": words on a visit's kind between it and its place
VISIT_KIND_WORDS = 4
# A negation this many words before a meeting word governs it; "nessun incontro" right before.
NEGATION_WINDOW = 5
# "non si trattava di un vertice vero e proprio", "non è stato un faccia a faccia": what took place was no meeting
NOT_A_MEETING = re.compile(r"\bnon\s+(?:si\s+)?(?:è|era|sarà|fu|tratta|trattava|è\s+trattato|è\s+stat[oa])\s+"
                           r"(?:di\s+)?(?:[\w]+['’]?\s*){0,2}$", re.IGNORECASE)
# "non ha partecipato", "né ha partecipato a riunioni": words that deny what follows
NEGATIONS = frozenset({"non", "né", "ne'", "mai"})
NO_ANY = frozenset("nessun nessuna nessuno alcun alcuna".split())
# "il primo round di colloqui", "tre ore di colloquio": a meeting, not a topic
ROUNDS_OF_TALKS = frozenset("round tornata ciclo giro sessione serie ore minuti giorni giornate settimane".split())
# "ha ricevuto in udienza al Palazzo Apostolico il presidente del Cile Gabriel Boric"
GUEST_AFTER_HOST_CHARS = 40
# "il fondatore della Comunità di Sant'Egidio [Marco Neri]": how far back from a name its describing noun may stand
DESCRIPTION_WORDS = 7
# A place set off by commas between a verb and its object: ", nel Palazzo Apostolico,", ", a Palazzo Chigi,"
PLACE_ASIDE = re.compile(r",\s*(?:a|ad|in|presso|nel|nella|nello|al|alla|allo|all['’])\s*[^,;:]{1,60},")
# Between "vedrà" and the one seen: only their article, role and adverbs, no punctuation or verb.
SEEN_GAP_BREAK = re.compile(r"[,;:.!?«»“”\"]|\b(?:ha|hanno|è|sono|che)\b"
                            # "vede alla sbarra l'imprenditore": a phrase of a common noun, not "vedrà al Cremlino"
                            r"|\b(?:a|in|su|al|allo|alla|ai|agli|alle|nel|nello|nella|sul|sulla)\s+[a-zàèéìòù]")
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})
# "in videoconferenza", "al telefono": a call told in a few words, whose people follow it
ADVERBIAL_CALL_WORDS = 3
CALL_AFTER_AND = re.compile(r"\b(?:e|ed)\s*,?\s*$")


def meeting_words(doc: Doc, sent: Span, labels: tuple[str, ...] = ("MEETING",)) -> list[Span]:
    return [c for c in doc.spans[MEETING_SPANS_KEY] if sent.start <= c.start < sent.end and c.label_ in labels
            and not qualifies_a_noun(c) and not names_leaders(c)]


def names_leaders(cue: Span) -> bool:
    """"i vertici di Hera", "ai vertici provinciali delle forze dell'ordine": the plural "vertici" before
    "di" (over an adjective) names a body's leaders, not summits."""
    doc = cue.doc
    after = cue.end + 1 if cue.end < len(doc) and doc[cue.end].pos_ == "ADJ" else cue.end
    return cue.text.lower() == "vertici" and after < len(doc) and doc[after].lower_ in GENITIVE_PREPOSITIONS


def qualifies_a_noun(cue: Span) -> bool:
    """"misure bilaterali", "rapporti bilaterali": a word of meetings used as the adjective of the noun
    before it says nothing of a meeting (after a meeting noun, "incontro bilaterale", that noun is the cue)."""
    return cue.text.lower().startswith(MEETING_ADJECTIVE_STEMS) and cue.start > 0 and cue.doc[cue.start - 1].pos_ == "NOUN"


# Meeting words that are also adjectives: "un bilaterale" is a meeting, "accordi bilaterali" are not
MEETING_ADJECTIVE_STEMS = ("bilateral", "trilateral", "multilateral")


def is_guest(sent: Span, cue: Span, m: Mention) -> bool:
    """The person (with the title written before them) follows the receiving verb closely, once a place
    set off by commas is left out ("ha ricevuto ieri, nel Palazzo Apostolico, il presidente X")."""
    start = titled_start(sent, m)
    return 0 < start - cue.end_char and len(PLACE_ASIDE.sub(",", text_between(sent, cue.end_char, start))) \
        <= GUEST_AFTER_HOST_CHARS


def titled_start(sent: Span, m: Mention) -> int:
    """Where a name starts with the title written right before it: "riceverà stasera al Cremlino
    [l'inviato speciale della Casa Bianca] Steve Witkoff" is close to its verb, and so is "ha ricevuto
    [il fondatore della Comunità di San Luca] Marco Neri" (a noun of a person and its complement)."""
    before = text_between(sent, sent.start_char, m.start).rstrip(" ,")
    if m.role and before.endswith(m.role):
        return sent.start_char + len(before) - len(m.role)
    return described_start(sent, m)


def described_start(sent: Span, m: Mention) -> int:
    """Where the noun phrase that describes a person right before their name starts: a noun of people
    (PERSON_NOUNS) and what completes it, with no punctuation or verb between it and the name."""
    doc = sent.doc
    name = doc.char_span(m.start, m.end, alignment_mode="expand")
    if name is None:
        return m.start
    for i in range(name.start - 1, max(sent.start - 1, name.start - 1 - DESCRIPTION_WORDS), -1):
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            break
        if doc[i].lower_ in PERSON_NOUNS:
            return doc[i].idx
    return m.start


def text_between(sent: Span, start: int, end: int) -> str:
    """Text of the sentence between two document offsets (doc.text would rebuild the whole text)."""
    return sent.text[max(start - sent.start_char, 0):max(end - sent.start_char, 0)]


# "durante la visita", "nel corso del vertice", "in occasione dell'incontro"
FRAME_OPENINGS = ("durante", "nel corso", "in occasione")
FRAME_WINDOW = 4


def names_no_set_meeting(doc: Doc, sent: Span, gazetteer: Gazetteer) -> bool:
    """Every meeting word of the sentence is of a kind that sets no meeting: asked for ("aveva
    chiesto un incontro"), only confirmed or denied ("Rubio non ha né confermato né smentito
    l'incontro": he reports it, he was not there), a topic ("in materia di negoziati", "discutere
    dell'incontro"), negated ("non ha in programma incontri") or a visit to a place. Words that only
    frame the time of another ("durante la visita") are left to it."""
    cues = meeting_words(doc, sent)
    own = [c for c in cues if not is_time_frame(c)] or cues
    return bool(cues) and all(sets_no_meeting(c, gazetteer) for c in own)


def sets_no_meeting(cue: Span, gazetteer: Gazetteer) -> bool:
    return any(is_kind(cue) for is_kind in NO_SET_MEETING) or is_place_visit(cue, gazetteer)


def is_time_frame(cue: Span) -> bool:
    """"durante la visita", "nel corso del vertice": a meeting word that tells when the sentence's
    other meeting word happens, or does not ("X non incontrerà Y durante la visita")."""
    words_before = [t.lower_ for t in cue.doc[max(cue.sent.start, cue.start - FRAME_WINDOW):cue.start]]
    return any(" ".join(words_before[i:]).startswith(FRAME_OPENINGS) for i in range(len(words_before)))


def is_discussed(cue: Span) -> bool:
    """"potrebbero discutere del vertice tra Neri e Galli": a meeting that is what people will
    talk about is not one being reported."""
    doc, i = cue.doc, cue.start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in GENITIVE_PREPOSITIONS:
        return False
    return doc[i - 1].lower_.startswith(DISCUSSING_VERB_STEMS)


def is_place_visit(cue: Span, gazetteer: Gazetteer) -> bool:
    """"la visita a Berlino del ministro Bassi", "in visita di Stato in Giappone": a visit to a place
    says nothing of whom it meets."""
    doc = cue.doc
    if not cue.root.lower_.startswith("visit"):
        return False
    lead = next((i for i in range(cue.end, min(cue.end + VISIT_KIND_WORDS + 1, len(doc) - 1))
                 if doc[i].lower_ in ("a", "in", "ad")), None)
    return lead is not None and not any(t.is_punct for t in doc[cue.end:lead]) \
        and gazetteer.is_place(doc[lead + 1].text)


def is_denied(cue: Span) -> bool:
    """"Putin non ha in programma incontri con Zelensky", "non incontrerà", "nessun incontro": a
    negation governs the meeting word (same clause, a few words before; not "non solo"); "non si trattava
    di un incontro vero e proprio": what took place is said to be no meeting."""
    doc = cue.doc
    before = doc[max(cue.sent.start, cue.start - NEGATION_WINDOW):cue.start]
    if len(before) and before[-1].lower_ in NO_ANY or NOT_A_MEETING.search(doc[cue.sent.start:cue.start].text):
        return True
    negation = next((t for t in reversed(before) if t.lower_ in NEGATIONS), None)
    return negation is not None and not any(t.is_punct for t in doc[negation.i:cue.start]) \
        and negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ not in ("solo", "soltanto")


# Verbs that call a meeting off: "ha escluso un incontro", "salta il vertice", "l'incontro è stato
# annullato", "il bilaterale è rinviato" (a postponed meeting has no day; the new one is news of its own).
CANCELLING_STEMS = ("esclu", "salt", "annull", "cancell", "rinvi", "sospes", "sospend", "rimand", "disdett", "disdic",
                    "revoc", "slitt")
# "sfuma l'incontro": the forms of "sfumare" (not "le sfumature")
CANCELLING_WORDS = frozenset("sfuma sfumano sfumato sfumata sfumati sfumate sfumerà sfumeranno".split())
# Words those stems open that call nothing off: "il cancelliere Merz", "la Cancelleria".
NOT_CANCELLING_STEMS = ("cancellier", "cancelleri")
# "l'incontro tra X e Y è stato annullato": the words after a meeting noun its clause may call it off in
CALLED_OFF_WINDOW = 25       # "il vertice con il sindaco X e il prefetto Y, previsto per domani, è stato rinviato"
# "l'incontro è stato annullato", "il vertice viene rinviato"
CANCELLED_AUXILIARIES = frozenset("è e' sono stato stata stati state viene vengono verrà verranno".split())
# "previsto per lunedì", "annunciata ieri": an aside on the meeting, set off by commas
ASIDE_PARTICIPLE_ENDINGS = ("to", "ta", "ti", "te")
# "È saltato, per il maltempo, il previsto incontro": the words of an aside, and of the article and
# adjectives before the meeting noun
ASIDE_WORDS = 8
MODIFIER_WORDS = 3
# "il vertice non si terrà", "l'incontro non ci sarà"
NOT_HAPPENING = re.compile(r"^\W*(?:\w+\s+){0,6}?non\s+(?:si\s+(?:terrà|terranno|farà|faranno|svolgerà|svolgeranno)|"
                           r"ci\s+sar(?:à|anno)|avr(?:à|anno)\s+luogo|"
                           # "non è (invece) in agenda", "non sono previsti"
                           r"(?:è|sono|era|erano)\s+(?:\w+\s+){0,2}(?:in\s+agenda|in\s+programma|previst[oaie]))\b",
                           re.IGNORECASE)
# Meeting cues of several words that are nouns, whatever the tagger makes of their first word
NOMINAL_PHRASE_CUES = frozenset({"faccia a faccia", "tête-à-tête", "stretta di mano"})
# "ha smentito le indiscrezioni su un vertice", "ha escluso che sia in preparazione un incontro": a verb that
# denies a report, over the meeting noun in the parse
DENYING_STEMS = ("smentit", "smentisc", "smentiv")
# How many words up the parse a denying or cancelling verb may govern the meeting noun from
GOVERNOR_STEPS = 3


def is_called_off(cue: Span) -> bool:
    """A cancelling verb governs the meeting word, before it in its clause ("ha escluso un incontro
    con", "salta l'incontro") or after it ("l'incontro è stato annullato", "il vertice non si terrà")."""
    doc = cue.doc
    before = doc[max(cue.sent.start, cue.start - NEGATION_WINDOW):cue.start]
    if any(is_cancelling(t) and only_an_aside_between(doc[t.i + 1:cue.start]) for t in before) \
            or cancelled_across_an_aside(cue):
        return True
    if cue.root.pos_ != "NOUN" and cue.text.lower() not in NOMINAL_PHRASE_CUES:
        return False            # "ha incontrato X dopo aver escluso ...": the verb is the meeting
    if subject_of_cancelling(cue) or denied_from_above(cue):
        return True
    after = doc[cue.end:min(cue.sent.end, cue.end + CALLED_OFF_WINDOW)]
    breaks = [i for i, t in enumerate(after) if t.text in CLAUSE_BREAKS]
    # "L'incontro tra X e Y, previsto per lunedì, è stato rinviato", "..., inizialmente in calendario per
    # domani, è stato rinviato": past an aside (a participle's, or one with no verb) to the predicate
    if len(breaks) >= 2 and after[breaks[0]].text == "," and after[breaks[1]].text == "," \
            and (after[breaks[0] + 1:breaks[0] + 2].text.lower().endswith(ASIDE_PARTICIPLE_ENDINGS)
                 or not any(t.pos_ in ("VERB", "AUX") for t in after[breaks[0] + 1:breaks[1]])):
        after = after[breaks[1] + 1:]
        breaks = [i for i, t in enumerate(after) if t.text in CLAUSE_BREAKS]
    clause = after[:breaks[0] if breaks else len(after)]
    return bool(NOT_HAPPENING.match(clause.text)) or any(
        is_cancelling(t) and t.i > 0 and doc[t.i - 1].lower_ in CANCELLED_AUXILIARIES
        and "non" not in {w.lower_ for w in doc[max(0, t.i - 3):t.i]} for t in clause)


def cancelled_across_an_aside(cue: Span) -> bool:
    """"È saltato invece, per il maltempo, il previsto incontro": a cancelling verb, then an aside set
    off by two commas, then the meeting noun with its article and adjectives, whatever the parse."""
    doc, i = cue.doc, cue.start - 1
    while i > cue.sent.start and doc[i].pos_ in ("DET", "ADJ", "NOUN") and cue.start - i <= MODIFIER_WORDS:
        i -= 1          # "il previsto", tagged a noun or not
    if doc[i].text != ",":
        return False
    opening = next((k for k in range(i - 1, max(cue.sent.start, i - 1 - ASIDE_WORDS), -1) if doc[k].text == ","), None)
    if opening is None:
        return False
    k = opening - 1
    while k > cue.sent.start and doc[k].pos_ == "ADV":
        k -= 1          # "salta invece,"
    return is_cancelling(doc[k])


def only_an_aside_between(words: Span) -> bool:
    """No punctuation, or only the two commas of an aside: "salta invece, almeno per ora, l'incontro"."""
    marks = [t.text for t in words if t.is_punct]
    return not marks or marks == [",", ","]


def subject_of_cancelling(cue: Span) -> bool:
    """"il vertice con X e Y, inizialmente in programma per domani, è stato rinviato", "salta invece, almeno
    per ora, l'incontro tra X e Y": the meeting noun is the subject of a cancelling verb however long the
    words between (read from the parse), not negated."""
    verb = cue.root.head
    return cue.root.dep_ in SUBJECT_RELATIONS and verb is not cue.root and is_cancelling(verb) \
        and not any(c.lower_ in NEGATIONS for c in verb.children)


def denied_from_above(cue: Span) -> bool:
    """"ha escluso che sia in preparazione un incontro tra X e Y", "ha smentito le indiscrezioni su un
    vertice tra X e Y": a cancelling or denying verb before the meeting noun governs it, a few words up
    the parse, and no negation turns it round."""
    token = cue.root
    for _ in range(GOVERNOR_STEPS):
        if token.head is token:
            return False
        token = token.head
        # (a verb opening the sentence, "Salta l'incontro", may be tagged a proper noun)
        if token.i < cue.root.i and (is_cancelling(token) or token.lower_.startswith(DENYING_STEMS)) \
                and token.pos_ in ("VERB", "PROPN") and not any(c.lower_ in NEGATIONS for c in token.children):
            return True
    return False


def is_cancelling(word: Token) -> bool:
    return word.lower_.startswith(CANCELLING_STEMS) and not word.lower_.startswith(NOT_CANCELLING_STEMS) \
        or word.lower_ in CANCELLING_WORDS


def is_reported_object(cue: Span) -> bool:
    """The verb right before the meeting word (past its article) confirms or denies it, and no
    "tra"/"con" names who met. Read from the words, not the parse, which varies here."""
    doc, i = cue.doc, cue.start - 1
    while i >= 0 and doc[i].pos_ == "DET" or i >= 0 and doc[i].lower_ in ("l'", "l’"):
        i -= 1
    if i < 0 or not doc[i].lower_.startswith(REPORTING_VERB_STEMS):
        return False
    after = doc[cue.end:cue.sent.end]
    return not any(t.lower_ in MEETING_PREPOSITIONS for t in after[:MEETING_COMPLEMENT_WINDOW])


def is_topic(cue: Span) -> bool:
    """A bare noun after "di" with nobody meeting after it: "il consigliere più ascoltato del
    premier in materia di negoziati informali" (but "il terzo round di negoziati fra le
    delegazioni" is a meeting, and "ha avuto modo di incontrare" is a verb)."""
    doc = cue.doc
    return not is_infinitive(cue) and cue.start > 1 and doc[cue.start - 1].lower_ == "di" \
        and doc[cue.start - 2].lower_ not in ROUNDS_OF_TALKS \
        and not any(t.lower_ in MEETING_PREPOSITIONS for t in doc[cue.end:min(cue.end + MEETING_COMPLEMENT_WINDOW,
                                                                              cue.sent.end)])


def is_wished_for(cue: Span) -> bool:
    doc, i = cue.doc, cue.start - 1
    future = i >= 0 and doc[i].lower_ in FUTURE_MEETING_ADJECTIVES
    if i >= 0 and (doc[i].lower_ in WISHED_MEETING_ADJECTIVES | FUTURE_MEETING_ADJECTIVES
                   or is_qualifier(doc, i) and not doc[i].lower_.startswith("prossim")):
        i -= 1          # "un nuovo incontro", "una concreta trattativa" ("una prossima visita" is set)
    if i < 1 or doc[i].lower_ not in INDEFINITE_ARTICLES:
        return False
    if future:
        return True         # "un futuro incontro tra Putin e Trump": none is set yet
    governor = doc[i - 1]
    if governor.lower_ in WISHED_AFTER_PREPOSITIONS:    # "un accordo per un incontro", "la richiesta di un vertice"
        return i > 1 and doc[i - 2].pos_ == "NOUN" and doc[i - 2].lower_ not in AFTERMATH_NOUNS
    verb = verb_before(doc, i, cue.sent.start)
    return verb is not None and is_wishing_verb(verb)


def is_qualifier(doc: Doc, i: int) -> bool:
    """One lower-case word between an indefinite article and the meeting word ("una concreta
    trattativa"), whatever the tagger calls it."""
    return i > 0 and doc[i].is_lower and doc[i].is_alpha and doc[i - 1].lower_ in INDEFINITE_ARTICLES


def verb_before(doc: Doc, i: int, sent_start: int) -> Token | None:
    """The verb that governs the words before i, over its indirect object ("ha chiesto [alla nuova
    amministrazione] un incontro"); none past a punctuation mark."""
    for t in reversed(doc[max(sent_start, i - WISH_OBJECT_WINDOW):i]):
        if t.is_punct:
            return None
        if t.pos_ in ("VERB", "AUX") or is_wishing_verb(t):
            return t
    return None


def is_wishing_verb(token: Token) -> bool:
    return token.lemma_.lower() in WISHING_VERBS or token.lower_.startswith(WISHING_VERB_STEMS)


def is_infinitive(cue: Span) -> bool:
    return cue.root.lower_.endswith(INFINITIVE_ENDINGS) or "Inf" in cue.root.morph.get("VerbForm")


def is_wished_verb(cue: Span) -> bool:
    """"vuole incontrare", "spera di incontrare", "è pronto a incontrare": a wish to meet is no
    meeting (FORMAT.md). "dovrebbe incontrare" is one expected, "per incontrare" one that was the
    purpose of a journey, "ha avuto modo di incontrare" one that took place."""
    if not is_infinitive(cue):
        return False
    doc, i = cue.doc, cue.start - 1
    # over links, adverbs, clitics, an opening quote mark and a modal ("sperare di poterlo «incontrare»")
    while i >= cue.sent.start and (doc[i].lower_ in INFINITIVE_LINKS or doc[i].pos_ in ("ADV", "PRON")
                                   or doc[i].is_quote or doc[i].lower_.startswith(MODAL_INFINITIVE_STEMS)):
        i -= 1
    return i >= cue.sent.start and is_wishing_word(doc[i])


def is_denied_having_met(cue: Span) -> bool:
    """"ha smentito di aver incontrato X", "nega di averlo visto": a verb of denial governs "di" and
    the meeting verb's infinitive."""
    doc, i = cue.doc, cue.start - 1
    while i >= cue.sent.start and (doc[i].lower_ in PERFECT_INFINITIVE_AUXILIARIES or doc[i].pos_ == "PRON"):
        i -= 1
    return i > cue.sent.start and doc[i].lower_ == "di" and doc[i - 1].lower_.startswith(DENYING_STEMS)


def is_wishing_word(token: Token) -> bool:
    """A verb of wishing, or what governs a wished infinitive: "vuole", "intende", "pronto"."""
    return is_wishing_verb(token) or token.lower_.startswith(WISHING_INFINITIVE_STEMS) \
        or token.lower_ in WISHING_ADJECTIVES or token.lemma_.lower() in WISHING_ADJECTIVES


def is_attributive_gathering(cue: Span) -> bool:
    """"i giovani riuniti in bande": "riunito" with neither "si" nor an auxiliary before it says what
    people are, not that they met ("si sono riuniti ieri")."""
    doc = cue.doc
    if not cue.text.lower().startswith("riunit") or cue.start == 0:
        return False
    return not any(t.lower_ in GATHERING_AUXILIARIES for t in doc[max(cue.sent.start, cue.start - 2):cue.start])


def is_leadership(cue: Span) -> bool:
    """"i vertici delle forze di polizia", "i vertici di Stellantis": the plural of "vertice" before
    "di" names who leads, not summits."""
    doc = cue.doc
    return cue.text.lower() == "vertici" and cue.end < len(doc) and doc[cue.end].lower_ in GENITIVE_PREPOSITIONS


# Each kind of meeting word that sets no meeting, with a visit to a place (is_place_visit, which reads the
# gazetteer); a sentence whose meeting words are all of them has none.
NO_SET_MEETING = (is_wished_for, is_wished_verb, is_reported_object, is_topic, is_denied, is_called_off,
                  is_discussed, is_attributive_gathering, is_leadership, is_public_event, is_visit_without_guest,
                  is_sports_match, is_court_hearing, is_denied_having_met, is_a_table)


def sounds_hypothetical(doc: Doc, sent: Span) -> bool:
    """A word of possibility near a meeting word ("un possibile incontro", "l'ipotesi di un vertice");
    not one about something else in the sentence ("dopo lo scontro alla Casa Bianca ..., la tregua
    è ora possibile"), or a hope that one be held, before it ("spero che ci sia presto un incontro")."""
    return bool(ON_THE_TABLE.search(sent.text)) or any(
        is_hypothetical_near(doc, sent, cue) for cue in meeting_words(doc, sent, labels=MEETING_LABELS))


def is_hypothetical_near(doc: Doc, sent: Span, cue: Span) -> bool:
    """"un possibile incontro", "potrebbe vedere", "incontrerebbe X solo dopo una tregua" (the
    conditional of the meeting verb itself), "avrebbe voluto fermarsi per incontrare X"."""
    start = max(sent.start, cue.start - HYPOTHESIS_WINDOW)
    return bool(HYPOTHETICAL.search(doc[start:min(sent.end, cue.end + HYPOTHESIS_WINDOW)].text)
                or HOPED_TO_BE.search(doc[start:cue.end].text) or UNFULFILLED.search(doc[sent.start:cue.start].text)) \
        or cue.text.lower().endswith(CONDITIONAL_ENDINGS)


# "(foto d'archivio)", "in un'immagine di archivio": a caption of an old picture
ARCHIVE_PICTURE = re.compile(r"\b(?:foto|immagine|fotografia)\s+d['’i]\s*archivio\b|\(\s*archivio\s*\)",
                             re.IGNORECASE)


def tells_history(sent: Span) -> bool:
    """News tells its own events in the passato prossimo; a passato remoto ("le trattative
    iniziarono") recalls history, not the meeting being reported, and so does the caption of an
    archive picture ("X stringe la mano a Y (foto d'archivio)")."""
    if ARCHIVE_PICTURE.search(sent.text):
        return True
    # not a capitalised word inside the sentence, which is a name ("Descalzi", "Sharm el-Sheikh"), nor
    # a future in the first person the tagger takes for a passato remoto ("incontrerò")
    return any(t.pos_ in ("VERB", "AUX") and "Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm")
               and "Ind" in t.morph.get("Mood") and not t.ent_type_ and (t.is_lower or t.i == sent.start)
               and not FUTURE_ENDING.search(t.lower_) for t in sent)


def outside_calls(doc: Doc, sentence: SentenceView, meeting_cues: list[Span]
                  ) -> tuple[dict[str, int], SentenceView, list[tuple[int, int]]]:
    """"Dopo la telefonata con Putin, Trump ha incontrato Zelensky": a meeting word (one the sentence
    reads as a meeting) in a clause of its own (set off by punctuation) from every call word, with
    someone named from its clause on, is a meeting, without the people and the days of the call's clause; "il
    colloquio telefonico", "la riunione in videoconferenza" are calls."""
    calls = meeting_words(doc, sentence.span, labels=("CALL",))
    meetings = [c for c in meeting_cues if not any(same_clause(doc, c, call) for call in calls)
                and names_someone_from(clause_of(doc, c)[0], sentence)]
    if not meetings:
        return {}, sentence, []
    call_clauses = [call_clause(doc, call) for call in calls]
    return {"MEETING": meetings[0].start_char}, without_names_in(sentence, call_clauses), call_clauses


def names_someone_from(start: int, sentence: SentenceView) -> bool:
    """"..., per aggiornarli sullo stato della trattativa": a meeting word whose clause and what follows
    name no one (person or body) sets no meeting of its own beside a call."""
    return any(m.start >= start and m.label != "LOC" for m in sentence.mentions)


def call_clause(doc: Doc, call: Span) -> tuple[int, int]:
    """The clause of a call word; when it is only an adverbial after "e" ("incontrerà Macron e, in
    videoconferenza, la cancelliera tedesca, Angela Merkel"), the rest of the sentence too: the
    people after it are on the call."""
    start, end = clause_of(doc, call)
    if len(doc.text[start:end].split()) <= ADVERBIAL_CALL_WORDS and CALL_AFTER_AND.search(doc.text[:start]):
        end = call.sent.end_char
    return start, end


def same_clause(doc: Doc, a: Span, b: Span) -> bool:
    """No punctuation between the two words, nor "e" opening a verb of its own ("ha avuto una telefonata
    con X e ha poi riunito Y")."""
    first, second = sorted((a, b), key=lambda span: span.start)
    between = doc[first.end:second.start]
    return not any(t.text in CLAUSE_BREAKS or opens_a_coordinate_verb(t) for t in between)


def opens_a_coordinate_verb(token: Token) -> bool:
    """"e" before a verb or its auxiliary, over an adverb: "e aveva poi riunito", "e poi ha visto"."""
    if token.pos_ != "CCONJ":
        return False
    following = [t for t in token.doc[token.i + 1:token.i + 3] if t.pos_ != "ADV"]
    return bool(following) and following[0].pos_ in ("AUX", "VERB")


def clause_of(doc: Doc, cue: Span) -> tuple[int, int]:
    """Character offsets of the clause around a word: between the punctuation marks before and after it."""
    sent = cue.sent
    start = next((t.idx + 1 for t in reversed(doc[sent.start:cue.start]) if t.text in CLAUSE_BREAKS), sent.start_char)
    end = next((t.idx for t in doc[cue.end:sent.end] if t.text in CLAUSE_BREAKS), sent.end_char)
    return start, end
