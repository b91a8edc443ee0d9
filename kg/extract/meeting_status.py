"""Meeting status: planned or held, from the tense of the meeting sentence and its day against the
publication day.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.dating import dates
from kg.knowledge.lexicon import AFTERMATH_NOUNS, FUTURE_ENDING, GENITIVE_PREPOSITIONS
from kg.model import Article, MeetingMention, Mention

FUTURE_WORDS = frozenset("""
previsto prevista previsti previste atteso attesa attesi attese programmato programmata possibile possibili
potrebbe potrebbero dovrebbe dovrebbero ipotesi ipotizzato proposta proposto invito invitato prossimo prossima
prossimi domani dopodomani annunciato annunciata vuole vorrebbe intende organizzare fissato fissata
""".split())
# "è in agenda un incontro", "in programma domani il vertice": set, still to come
ON_THE_AGENDA = re.compile(r"\b(?:in agenda|in programma)\b", re.IGNORECASE)
AGENDA_WINDOW = 6
# "L'agenda del presidente prevede un bilaterale", "Il programma della visita include un incontro": a
# sentence about a schedule tells what is still to come.
SCHEDULE_NOUNS = frozenset({"agenda", "programma", "calendario"})
EVE = "vigilia"
# "alla vigilia di un incontro": "di" and an article at most between "vigilia" and the meeting word
EVE_WINDOW = 2
# The present of the meeting verbs, which the tagger may read as nouns ("Neri incontra venerdì Vos")
PRESENT_MEETING_VERB = re.compile(r"^(?:incontr(?:a|ano)|ved(?:e|ono)|ricev(?:e|ono)|accogli(?:e|ono)|ospit(?:a|ano))$")
# A planned meeting told earlier with this many of the same people is the one a sentence reports again.
MIN_SHARED_PEOPLE = 2


def meeting_tense(cue: Span | None, sent: Span, asides: list[tuple[int, int]] = ()) -> str | None:
    """"future" when the meeting is still to come ("alla vigilia dell'incontro", "incontrerà"), unless
    the sentence tells what came after it; else None (the day, if any, decides). The verbs of `asides`
    (character stretches: relative clauses on something else) do not count."""
    future = sounds_future(sent, asides) and not (cue and (is_after(cue) or met_in_the_past(cue)))
    return "future" if cue and (is_eve(cue) or on_the_agenda(cue)) or future or about_a_schedule(sent) else None


def day_direction(cue: Span | None, tense: str | None) -> str | None:
    """Which way a bare weekday or a day without a year goes from the publication day: the meeting's
    tense ("incontrerà venerdì": the next Friday); else back for a verb in a past tense ("ha incontrato
    mercoledì", "si sono visti il 28 febbraio"), forward for one in the present ("incontra venerdì",
    "si tiene giovedì": news tells in the present what is set for the days to come)."""
    if tense or cue is None:
        return tense
    verb = meeting_verb(cue)
    if is_after(cue) or is_compound_past(verb):
        return "past"
    return "future" if is_present(verb) or PRESENT_MEETING_VERB.match(cue.text.lower()) else None


def is_compound_past(verb: Token) -> bool:
    """"ha incontrato", "si erano visti": a past participle with its auxiliary (the tagger reads some
    present forms, "accoglie", as participles; those have none)."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and any(t.dep_ in ("aux", "aux:pass") for t in verb.children)


def met_in_the_past(cue: Span) -> bool:
    """"Ho visto il manager e gli ho detto che non firmeremo": the meeting verb itself in a compound past
    tense, whatever the rest of the sentence says is to come; not "sarà ricevuto" nor "avrebbe visto"."""
    verb = cue.root
    return verb.pos_ == "VERB" and verb.lower_ not in FUTURE_WORDS and is_compound_past(verb) and not any(
        "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") for t in verb.children if t.dep_.startswith("aux"))


def is_present(verb: Token) -> bool:
    """A finite verb in the present; of any mood, as the tagger often reads "incontra" as a subjunctive."""
    return verb.pos_ in ("VERB", "AUX") and "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


def meeting_status(tense: str | None, when: dates.TimeExpression | None, article: Article) -> str:
    if when and when.value and article.published:
        if when.value == article.published and tense == "future":
            return "planned"        # "questo pomeriggio accoglierò": later today
        return "planned" if when.value > article.published else "held"
    return "planned" if tense == "future" or (when and when.tense == "future") else "held"


def tells_a_past(cue: Span | None) -> bool:
    """The verb of the meeting word (itself, or the one its noun depends on) is in a past tense:
    "ha incontrato", "si sono visti", "il colloquio è avvenuto"; not "i colloqui si svolgono". Or
    the meeting noun follows "dopo": what comes after it is told, so it took place."""
    if cue is None:
        return True
    if is_after(cue):
        return True
    verb = meeting_verb(cue)
    return any("Past" in t.morph.get("Tense") for t in (verb, *verb.children) if t.pos_ in ("VERB", "AUX"))


def meeting_verb(cue: Span) -> Token:
    """The meeting word itself if it is a verb, else the word its noun depends on ("il colloquio è avvenuto")."""
    return cue.root if cue.root.pos_ in ("VERB", "AUX") else cue.root.head


def is_eve(cue: Span) -> bool:
    """"alla vigilia del bilaterale di Ginevra": the meeting is still to come (read from the parse, or from
    the words before it: "vigilia", then only "di" and articles, "del", "dell'", "di un")."""
    if cue.root.head.lower_ == EVE:
        return True
    doc, i = cue.doc, cue.start - 1
    while i >= 0 and i >= cue.start - EVE_WINDOW and (doc[i].lower_ in GENITIVE_PREPOSITIONS or doc[i].pos_ == "DET"):
        i -= 1
    return i >= 0 and i < cue.start - 1 and doc[i].lower_ == EVE


def is_after(cue: Span) -> bool:
    """"Dopo l'acceso colloquio a Parigi tra i due ministri degli Esteri, ...", "a seguito
    dell'incontro", "all'indomani del vertice": the meeting noun follows "dopo" or depends on a noun
    of what follows, so what the sentence says comes after it, and it took place."""
    return any(t.lower_ == "dopo" and t.dep_ == "case" for t in cue.root.children) \
        or cue.root.head.lower_ in AFTERMATH_NOUNS and cue.root.head.i < cue.root.i


def announced_before(people: list[Mention], earlier: list[MeetingMention]) -> bool:
    """The article announced a meeting of these people as planned in an earlier sentence."""
    told = surnames(people)
    return any(m.status == "planned" and len(told & surnames(m.participants)) >= MIN_SHARED_PEOPLE for m in earlier)


def surnames(people: list[Mention]) -> set[str]:
    """The last word of each name, case-folded: "PUTIN" in a headline is the body's "Vladimir Putin"."""
    return {p.surface.split()[-1].lower() for p in people}


def sounds_future(sent: Span, asides: list[tuple[int, int]] = ()) -> bool:
    return any((t.lower_ in FUTURE_WORDS or FUTURE_ENDING.search(t.lower_))
               and not any(start <= t.idx < end for start, end in asides) for t in sent)


def about_a_schedule(sent: Span) -> bool:
    """The sentence opens on a schedule ("L'agenda del presidente ...", "Il programma della visita ...")."""
    first_noun = next((t for t in sent if t.pos_ in ("NOUN", "PROPN")), None)
    return first_noun is not None and first_noun.lower_ in SCHEDULE_NOUNS


def on_the_agenda(cue: Span | None) -> bool:
    """"è in agenda un incontro", "il vertice in programma domani": near the meeting word (not
    "la riunione è in programma oggi ... per valutare gli esiti del vertice di luglio")."""
    if cue is None:
        return False
    doc = cue.doc
    return bool(ON_THE_AGENDA.search(doc[max(cue.sent.start, cue.start - AGENDA_WINDOW):
                                         min(cue.sent.end, cue.end + AGENDA_WINDOW)].text))
