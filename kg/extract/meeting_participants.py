"""Meeting participants: the people of a meeting sentence less those who only report it, or, when it
names fewer than two, the people the next sentence lists, those of the meeting before ("i due
leader"), or the heads of the delegations the article names; and the people of a sentence that
lists a delegation's members, who join the meeting told just before.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.meeting_cues import MEETING_COMPLEMENT_WINDOW, is_wished_for, meeting_words
from kg.extract.meeting_place import PLACE_FROM_SENTENCES_AWAY
from kg.extract.sentences import (SUBJECT_RELATIONS, SentenceView, is_person, tokens_of, with_auxiliaries,
                                  without_names_in)
from kg.knowledge.lexicon import (AGE_NOUN, DAY_WORDS, ORIGIN_WORDS, PARTS_OF_DAY, PLACE_NAME_NOUNS, ROLE_NOUNS, WEEKDAYS,
                                  elided_words)
from kg.knowledge.places import Gazetteer
from kg.model import Article, ClaimMention, MeetingMention, Mention
from kg.nlp.name_ruler import ROLE_WINDOW
from kg.nlp.quotes import QUOTES_SPANS_KEY

# "Erano presenti il ministro della Difesa Guido Crosetto e ...", "Per il governo c'erano ...", "Insieme
# al premier, presenti i ministri ...", "Per la Francia il ministro ...": the people at the meeting just
# named (not "il presente accordo").
PRESENT_AT = re.compile(r"(?<!\bil )(?<!\bal )(?<!\bdel )\b(?:presenti|presente|partecipano|parteciperanno|"
                        r"(?:sono|saranno) attes[ie]|"
                        r"hanno partecipato|(?:hanno|ha) preso parte|prendono parte|prenderanno parte|c['’]era(?:no)?|"
                        r"al tavolo|tra i partecipanti|insieme (?:a|al|alla|ai|alle|allo|all['’])|"
                        r"per la delegazione|"
                        # "Per la Francia il ministro X", "per il Canada c'era X": a side, then who stood for it
                        r"per (?:la|il|l['’])\s*(?-i:[A-ZÀ-Ý])\w+"
                        r"(?=\s*,?\s*(?:c['’]er\w*|erano|era|saranno|sarà|"
                        r"(?:il|la|i|gli|le|l['’])\s*(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b)))(?!\w)",
                        re.IGNORECASE)
# "presenti anche", "ha preso parte anche": who else was there
ALSO = re.compile(r"\s+(?:\w+\s+)?anche\b", re.IGNORECASE)
# Words between a meeting word and the organisation it meets: "ha incontrato i vertici di", "un incontro
# con", "ha incontrato ieri al ministero una delegazione di", "un tavolo con i sindacati"
BODY_OF = (r"(?:vertici|rappresentanti|delegazione|delegati|dirigenti|sindacati|sindacato|management|"
           r"amministratori|responsabili)\s+(?:(?:di|del|della|dello|dei|degli|delle|dell['’])\s*)?")
ARTICLE = r"(?:(?:il|lo|la|i|gli|le|l['’]|una|un|uno|un['’])\s*)?"
# a time or a place told between them: "oggi", "nel pomeriggio", "al Mimit", "a Palazzo Chigi", "al ministero"
WHEN_OR_WHERE = (r"(?:\s*(?:" + "|".join((*DAY_WORDS, *WEEKDAYS)) + r"|poi|anche|già|nuovamente|"
                 r"(?:nel|in)\s+(?:" + "|".join(PARTS_OF_DAY) + r"))\b"
                 r"|\s*\b(?:a|ad|al|alla|allo|all['’]|in|nel|nella|presso)\s*"
                 r"(?:(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s*){1,3}"
                 r"|(?:ministero|prefettura|municipio|comune|questura|regione|sede|ufficio)\b))*")
MET_ORGANISATION_LEAD = re.compile(WHEN_OR_WHERE + r"\s*(?:(?:con|tra|fra)\s+)?" + ARTICLE + f"(?:{BODY_OF})?",
                                   re.IGNORECASE)
# "ha ricevuto i vertici di Eni": a receiving verb receives a body by its people, not a thing it sent
RECEIVED_BODY_LEAD = re.compile(WHEN_OR_WHERE + r"\s*" + ARTICLE + BODY_OF, re.IGNORECASE)
# "un incontro tra il ministro X e i vertici di Y": the person first, then "e" and the organisation
MEETING_BETWEEN = re.compile(r"\s*(?:\w+\s+){0,2}(?:tra|fra|con)\s+[^,.;]{0,40}", re.IGNORECASE)
LIST_JOINT = re.compile(r"\s*(?:,|e|ed|,\s*e)\s*")
ORGANISATION_AFTER_PERSON = re.compile(r"\s*,?\s*e\s+" + ARTICLE + f"(?:{BODY_OF})?", re.IGNORECASE)
# Where a sentence says who was at the meeting before it: near its start ("Per il governo erano presenti").
PRESENT_AT_WITHIN_CHARS = 60
# "Non parteciperanno né Putin né Lavrov": who was not there.
DENIED_PRESENCE = re.compile(r"\b(?:non|né|nessun\w*)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# Predicates of being at a meeting, which a negation turns into being away: "non erano presenti X e Y",
# "non ha partecipato X"; "assente" is away without one.
PRESENCE_LEMMAS = frozenset({"presente", "partecipare", "intervenire", "esserci", "assistere"})
ABSENCE_LEMMAS = frozenset({"assente"})
# ", che ... non ha partecipato ai colloqui", ", che non era presente": a relative clause on a name that
# says the person was away
AWAY_IN_RELATIVE = re.compile(r"\s*,\s*che\b[^.;:«»]*?\b(?:non|né)\s+(?:\w+\s+){0,2}?(?:partecipat|presente|"
                              r"pres[oa]\s+parte|assistit|intervenut)", re.IGNORECASE)
NEGATION_WORDS = frozenset({"non", "né"})
# The dependency relations that lead from a name up to the predicate it is the subject of
# ("la prefetta [Anna Rossi]" -> "prefetta" -> "presenti"); an apposition opens another clause, a
# preposition a complement ("all'incontro tra il sindaco X": X is no subject of "non erano presenti").
SUBJECT_PATH = frozenset({"flat:name", "flat", "nmod", "conj"}) | SUBJECT_RELATIONS
# From a name up to the title noun it follows: "[Narendra] -> premier" (nmod), once; "obj" where the
# tagger took the title for a verb ("il cancelliere [Friedrich] Merz").
NAME_TO_TITLE_STEPS = 1
NAME_TO_TITLE_RELATIONS = frozenset({"nmod", "flat:name", "flat", "appos", "obj"})


def lists_who_was_there(text: str, within: int = PRESENT_AT_WITHIN_CHARS) -> bool:
    found = PRESENT_AT.search(text[:within])
    return found is not None and not DENIED_PRESENCE.search(text[:found.start()])


# "I due leader si sono poi visti da soli per un'ora": the two people of the meeting before.
THE_TWO = re.compile(r"\b(?:i|dei|ai|tra i|fra i) due (?:leader|presidenti|capi di stato|ministri|inviati)\b",
                     re.IGNORECASE)
# "Il precedente vertice si era tenuto a Ginevra": the same people's earlier meeting.
SAME_PEOPLE_AGAIN = re.compile(r"\b(?:il|l['’]|del|dell['’]|al|all['’])\s*(?:precedente|ultimo|loro)\s+"
                               r"(?:incontro|colloquio|vertice|faccia a faccia|summit)\b", re.IGNORECASE)
# "L'incontro è durato oltre due ore", "Il colloquio, durato un'ora, si è svolto ...": the meeting just
# told, told again (a definite meeting noun and how it went)
MEETING_TOLD_AGAIN = re.compile(r"\b(?:l['’]|il|la)\s*(?:incontro|colloquio|vertice|faccia a faccia|bilaterale|"
                                r"riunione|summit)\b[^.;]{0,40}?\b(?:durat|svolt|conclus|terminat)[oa]\b",
                                re.IGNORECASE)
# "All'incontro hanno partecipato anche ...", "Al vertice, ospitato in un hotel, erano presenti ...", "attorno al
# tavolo c'erano ...": a sentence opening on the meeting just told, to say who was there
AT_THE_MEETING = re.compile(r"^\W*(?:(?:attorno|intorno)\s+)?(?:all['’]\s*|al\s+|alla\s+)(?:incontro|colloquio|"
                            r"vertice|faccia a faccia|bilaterale|riunione|summit|tavolo)\b", re.IGNORECASE)
# Talks between delegations, whose members the sentence does not name.
DELEGATIONS = re.compile(r"\bdelegazion[ei]\b", re.IGNORECASE)
# "i colloqui russo-americani", "il vertice Usa-Iran": talks between two sides (countries, their
# nationalities, the Union) the sentence names no one of.
HYPHENED_PAIR = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
UNION_SIDES = frozenset({"ue", "europeo", "europea", "europei", "europee", "europa"})
# "vicino al presidente Volodymyr Zelensky", "l'assistente di Vladimir Putin": a member's patron, no member.
SOMEONES = re.compile(r"\b(?:di|del|dello|della|dell['’]|al|allo|alla|all['’])\s*(?:(?:presidente|leader|premier)\s+"
                      r"(?:\w+\s+)?)?$", re.IGNORECASE)
# "La delegazione ucraina era composta da ...", "Quest'ultima comprende ...", "ai ministri si sono uniti poi ..."
DELEGATION_MEMBERS = re.compile(r"\b(?:delegazion[ei]|quest['’]ultim[ao]|(?:la|una) (?:squadra|parte) \w+)\b[^.;]*"
                                r"\b(?:compost[ao]|comprende(?:va)?|include(?:va)?|formata|rappresentat[ao]|"
                                r"guidat[ao])\b|\bsi (?:sono uniti|è unito|è unita|sono unite)\b", re.IGNORECASE)
# "... guidata da Medinsky, quella ucraina dal ministro della Difesa Umerov": the second head's verb left out
HEADS_DELEGATION = re.compile(r"(?:guidat[aoie]|capeggiat[aoie]|presieduta|\bquell[ao]\s+\w+)\s+(?:da|dal|dalla|dall['’])\b[^.;]*$"
                              r"|\bcap[oi]\s+(?:della\s+|delle\s+)?delegazion[ei]\b[^.;]*$", re.IGNORECASE)
DELEGATION_WINDOW_CHARS = 60
PATRON_WINDOW_CHARS = 30
# "il 17enne di", "la residente a": the words before a name that tell where a person is from
ORIGIN_WINDOW_CHARS = 30
# What ends one statement and opens the next inside a quote
STATEMENT_BREAKS = (":", ";")
# "confermato dal portavoce del Cremlino", "secondo il consigliere presidenziale", at the end of
# the words before a name.
REPORTED_BY = re.compile(
    r"(?:\b(?:confermat|annunciat|riferit|dichiarat|dett|comunicat|precisat|smentit|rivelat|spiegat|"
    r"sottolineat|affermat|ricordat)[oaie]\s+"
    r"(?:da|dal|dalla|dallo|dall['’])|\bsecondo)\b[^,;:.]*$", re.IGNORECASE)


def participants(sentence: SentenceView, reporters: set[Mention], following: SentenceView | None,
                 earlier: list[MeetingMention], heads: list[Mention]) -> list[Mention]:
    """The people of the meeting sentence, less those who only report it ("confermato dal
    portavoce Luca Neri", "secondo Bassi") when two others remain; else those
    the next sentence lists ("Sono iniziati i colloqui. Presenti il ministro ... Lavrov e ...
    Rubio"), or who a sentence opening on the meeting just told says was there ("All'incontro hanno
    preso parte anche X e Y") with that meeting's people; else, for "i due leader" or "il precedente
    incontro", the people of the article's previous meeting; else, for
    talks between delegations, the heads of delegation the article names."""
    named = people_there(sentence)
    if named and earlier and AT_THE_MEETING.match(sentence.span.text) \
            and lists_who_was_there(sentence.span.text, len(sentence.span.text)):
        # "All'incontro hanno preso parte anche X e Y": they join the meeting just told
        return with_more(earlier[-1].participants, named)
    people = [m for m in named if m not in reporters]
    if len({m.surface for m in people}) >= 2:
        return people
    if people and len({m.surface for m in named}) >= 2:
        return named      # "Lo ha detto Trump, in conferenza stampa con Putin": one reporter is there
    told_again = bool(earlier) and not named and MEETING_TOLD_AGAIN.search(sentence.span.text) is not None
    if following is not None and lists_who_was_there(following.span.text):
        listed = people_there(without_people_of_wished_meetings(following.span.doc, following))
        if told_again:      # "L'incontro è durato due ore. Presenti anche X e Y": they join the meeting told
            return with_more(earlier[-1].participants, listed)
        return named + listed
    if (THE_TWO.search(sentence.span.text) or SAME_PEOPLE_AGAIN.search(sentence.span.text)) and earlier:
        return list(earlier[-1].participants)
    text = sentence.span.text
    if (DELEGATIONS.search(text) or names_two_sides(sentence)) and len({m.surface for m in heads}) >= 2:
        # "I colloqui con la delegazione russa di Lavrov": who the sentence names is at the talks too
        return heads + [m for m in named if m.surface not in {h.surface for h in heads}]
    return named


def with_more(participants: tuple[Mention, ...], more: list[Mention]) -> list[Mention]:
    return list(participants) + [m for m in more if m.surface not in {p.surface for p in participants}]


def names_two_sides(sentence: SentenceView) -> bool:
    """"i colloqui russo-americani", "il vertice Cina-Ue": two countries (or a country and the Union),
    by name or by nationality, joined by a hyphen."""
    return any(is_a_side(a, sentence.gazetteer) and is_a_side(b, sentence.gazetteer)
               for a, b in (m.groups() for m in HYPHENED_PAIR.finditer(sentence.span.text)))


def is_a_side(name: str, gazetteer: Gazetteer) -> bool:
    return name.lower() in UNION_SIDES or bool(gazetteer.demonyms.country(name) or gazetteer.demonym_of(name))


def organisations_met(sentence: SentenceView, cue_end: int, people: list[Mention], gazetteer: Gazetteer
                      ) -> list[Mention]:
    """"Il sindaco X ha incontrato i vertici di Hera", "un incontro tra il ministro X e Confindustria",
    "ha incontrato i sindacati Fiom, Fim e Uilm": the organisations the meeting word takes as its other
    side, where the sentence names one person only (FORMAT.md: organisations take part where no person
    is named); not one a person belongs to ("il presidente di Confindustria Emanuele Orsini"), nor a place."""
    text = sentence.span.doc.text
    person = people[0]
    organisations = [m for m in sentence.mentions if m.label == "ORG" and m.start >= cue_end
                     and not gazetteer.is_place(m.surface) and not names_a_member(m, sentence)]
    for k, m in enumerate(organisations):
        if MET_ORGANISATION_LEAD.fullmatch(text[cue_end:m.start]) or (
                cue_end <= person.start and MEETING_BETWEEN.fullmatch(text[cue_end:person.start])
                and ORGANISATION_AFTER_PERSON.fullmatch(text[person.end:m.start])):
            listed = [m]
            for other in organisations[k + 1:]:       # "Fiom, Fim e Uilm"
                if not LIST_JOINT.fullmatch(text[listed[-1].end:other.start]):
                    break
                listed.append(other)
            return listed
    return []


def receives_a_body(text: str, cue_end: int, mentions: list[Mention]) -> bool:
    """"Meloni ha ricevuto a Palazzo Chigi i vertici di Eni": a receiving verb whose guests are an
    organisation's people."""
    return any(m.label == "ORG" and m.start >= cue_end and RECEIVED_BODY_LEAD.fullmatch(text[cue_end:m.start])
               for m in mentions)


def names_a_member(org: Mention, sentence: SentenceView) -> bool:
    """"di Confindustria Emanuele Orsini": a person named right after the organisation belongs to it."""
    return any(0 <= m.start - org.end <= len(", ") for m in sentence.people)


def people_there(sentence: SentenceView) -> list[Mention]:
    """The people a sentence names, less affiliations, places, those said away and sources."""
    return [m for m in sentence.people if not is_affiliation(m, sentence) and not is_place_name(m, sentence)
            and not is_said_away(m, sentence) and not is_named_as_source(m, sentence)]


def is_affiliation(m: Mention, sentence: SentenceView) -> bool:
    """"coordinato da Walter Martinelli di Makeitmodena": a name right after another person's name and
    "di" is where that person comes from (a firm, a town), not a second person."""
    text = sentence.span.doc.text
    return any(0 < m.start - other.end <= len(" di ") and text[other.end:m.start].strip() == "di"
               for other in sentence.mentions if other.label == "PER" and other is not m)


def is_named_as_source(m: Mention, sentence: SentenceView) -> bool:
    """"Secondo Peskov, l'incontro con Rubio si terrà domani", "confermato dal portavoce Peskov": the
    source of the news did not meet anyone by telling it."""
    text = sentence.span.doc.text
    return REPORTED_BY.search(text[sentence.span.start_char:m.start]) is not None


def is_said_away(m: Mention, sentence: SentenceView) -> bool:
    """"Alla riunione non hanno potuto essere presenti la prefetta Anna Rossi e ...", "assente il
    sindaco Marco Neri": the sentence names the person as one who was not there."""
    if described_away(m, sentence):
        return True
    name = tokens_of(sentence.span.doc, m)
    token = name.root if name is not None else None
    while token is not None and token.dep_ in SUBJECT_PATH and token.head is not token \
            and not comma_between(token, token.head) and not any(c.dep_ == "case" for c in token.children):
        token = token.head
        if any(t.lower_ in ABSENCE_LEMMAS for t in (token, *token.children)):
            return True
        if is_presence(token):
            return any(c.lower_ in NEGATION_WORDS for c in token.children)
    return False


def is_presence(token) -> bool:
    """"presente", "partecipare", "prendere parte": a predicate of being at the meeting."""
    return token.lemma_.lower() in PRESENCE_LEMMAS \
        or token.lemma_.lower() == "prendere" and any(c.lower_ == "parte" for c in token.children)


def described_away(m: Mention, sentence: SentenceView) -> bool:
    """"il viceministro X, che ha guidato il forum e non ha partecipato ai colloqui": a relative clause on
    the name says the person was not there (read from the words: the parser often hangs such a clause
    elsewhere), with no other person named before it says so."""
    found = AWAY_IN_RELATIVE.match(sentence.span.doc.text, m.end)
    return found is not None and not any(m.end < other.start < found.end() for other in sentence.people)


def comma_between(a, b) -> bool:
    """A comma between two words of a parse link: the link crosses clauses, as a parser's slip may."""
    low, high = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[low + 1:high])


def is_place_name(m: Mention, sentence: SentenceView) -> bool:
    """A name the NER took for a person that its words before, or its own first word, make a place:
    "Polo Leonardo", "via Garibaldi", "Villaggio Giardino", "il 17enne di Palagano", "residente a Fanano"."""
    words = elided_words(sentence.span.doc.text[max(0, m.start - ORIGIN_WINDOW_CHARS):m.start].lower())
    own = m.surface.split()
    # (a one-word name is a surname however it reads: "Sala ha detto")
    if words and words[-1] in PLACE_NAME_NOUNS or len(own) > 1 and own[0].lower() in PLACE_NAME_NOUNS:
        return True
    return len(words) >= 2 and words[-1] in ("di", "a") and (words[-2] in ORIGIN_WORDS or bool(AGE_NOUN.match(words[-2])))


def delegation_heads(article: Article, sentences: list[SentenceView]) -> list[Mention]:
    """People the article puts in a delegation: its heads ("la delegazione russa guidata da
    Vladimir Medinsky", "il capo delegazione ucraino Rustem Umerov") first, then its members ("La
    squadra francese comprende ...", "La parte tedesca è rappresentata da ...")."""
    heads, members = [], []
    announced = False       # "La delegazione francese è composta da tre diplomatici:" and the list after it
    for sentence in sentences:
        lists_members = announced or DELEGATION_MEMBERS.search(sentence.span.text)
        announced = bool(lists_members) and sentence.span.text.rstrip().endswith(":")
        for m in sentence.people:
            before = article.text[max(0, m.start - DELEGATION_WINDOW_CHARS):m.start]
            if m.label == "PER" and HEADS_DELEGATION.search(before):
                heads.append(m)
            elif lists_members and is_member(m, article.text):
                members.append(m)
    people: dict[str, Mention] = {}
    for m in heads + members:
        people.setdefault(m.surface, m)
    return list(people.values())


def is_member(m: Mention, text: str) -> bool:
    """A person a delegation sentence lists as a member, not as someone's patron ("vicino al
    presidente Volodymyr Zelensky")."""
    return m.label == "PER" and not SOMEONES.search(text[max(0, m.start - PATRON_WINDOW_CHARS):m.start])


def joined_by_delegations(sentences: list[SentenceView], reporters: set[Mention], found: list[MeetingMention],
                          at_sentence: dict[int, int]) -> list[MeetingMention]:
    """"Sono iniziate le trattative tra Ucraina e Stati Uniti ... La delegazione ucraina era composta
    da Andriy Yermak, Andrii Sybiha e Rustem Umerov": the people of a sentence that lists who made
    up a delegation, told no meeting of its own, join the nearest meeting before it. So do those of
    a sentence that lists who else was there ("All'incontro erano presenti anche X e Y"), also when
    it told them as a meeting of their own: it is the meeting of the sentence before."""
    found = list(found)
    told_meetings = set(at_sentence.values())
    dropped = set()
    for i, sentence in enumerate(sentences):
        joins_the_one_before = lists_who_else_was_there(sentence.span.text)
        if not (joins_the_one_before or i not in told_meetings and DELEGATION_MEMBERS.search(sentence.span.text)):
            continue
        reach = 1 if joins_the_one_before else PLACE_FROM_SENTENCES_AWAY
        before = [k for k in at_sentence if 0 < i - at_sentence[k] <= reach]
        members = [m for m in people_there(sentence) if m not in reporters and is_member(m, sentence.span.doc.text)]
        if before and members:
            nearest = max(before, key=lambda k: at_sentence[k])
            known = {p.surface for p in found[nearest].participants}
            joining = tuple(dict.fromkeys(m for m in members if m.surface not in known))
            found[nearest] = replace(found[nearest], participants=found[nearest].participants + joining)
            dropped |= {k for k in at_sentence if at_sentence[k] == i}
    return [m for k, m in enumerate(found) if k not in dropped]


def lists_who_else_was_there(text: str) -> bool:
    """"Era presente anche il consigliere X", "All'incontro hanno partecipato anche X e Y": more people
    at the meeting just told."""
    found = PRESENT_AT.search(text[:PRESENT_AT_WITHIN_CHARS])
    return found is not None and ALSO.match(text, found.end()) is not None \
        and not DENIED_PRESENCE.search(text[:found.start()])


def reporting_sources(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> set[Mention]:
    """People named as the source of the news: "confermato dal portavoce ... X", "secondo X"."""
    sources = set()
    for m in mentions:
        span = tokens_of(doc, m)
        if span is not None and is_person(m, gazetteer):
            before = doc[max(0, span.start - ROLE_WINDOW - 2):span.start]
            set_off = span.end < len(doc) and doc[span.end].text == ","
            if REPORTED_BY.search(before.text) or set_off and reported_by_title(before):
                sources.add(m)
    return sources


def reported_by_title(before: Span) -> bool:
    """"secondo l'ambasciatore cinese in Italia, Jia Wen, ...": the source's title set off by a comma
    before the name (no other name between: in "secondo Rossi, Bianchi, ..." Bianchi is no source;
    the caller sees to the comma after the name: in "secondo il portavoce, Bianchi vedrà" Bianchi is
    the subject)."""
    if len(before) < 2 or before[-1].text != ",":
        return False
    title = before[:-1]
    found = REPORTED_BY.search(title.text)
    return found is not None and not any(t.ent_type_ == "PER" and t.idx >= title.start_char + found.start()
                                         for t in title)


def first_person_speaker(doc: Doc, sentence: SentenceView, claims: list[ClaimMention]) -> Mention | None:
    """«Stasera accoglierò Piet Vos a Strasburgo», says Anna Galli: a meeting verb in the first
    person inside a quote, or one whose object is "mi" («Il presidente mi ha ricevuto»), has its
    speaker as a participant."""
    quotes = [q for q in doc.spans[QUOTES_SPANS_KEY] if sentence.span.start <= q.start < sentence.span.end]
    for cue in meeting_words(doc, sentence.span, labels=("MEETING", "HOST", "SEE")):
        quote = next((q for q in quotes if q.start <= cue.start < q.end), None)
        if quote is not None and (is_first_person(cue) or has_me_as_object(cue)):
            # a role speaks for a person too ("ha annunciato la premier"): kg/resolve finds its holder
            return next((c.speaker for c in claims
                         if quote.text in c.text and c.speaker.label in ("PER", "ROLE")), None)
    return None


# The future's first persons ("vedrò", "incontreremo") and the auxiliaries of the past's ("ho visto",
# "abbiamo incontrato"): what the tagger may miss on a verb opening a quote, capitalised
FIRST_PERSON_FUTURE = ("rò", "remo")
FIRST_PERSON_AUXILIARIES = frozenset({"ho", "abbiamo"})


def is_first_person(cue: Span) -> bool:
    """«Vedrò Macron giovedì», «Ho incontrato il ministro»: the meeting verb speaks in the first person."""
    verb = cue.root
    before = [t.lower_ for t in cue.doc[max(cue.sent.start, cue.start - 2):cue.start]]
    return "1" in verb.morph.get("Person") or verb.lower_.endswith(FIRST_PERSON_FUTURE) \
        or any(w in FIRST_PERSON_AUXILIARIES for w in before)


def has_me_as_object(cue) -> bool:
    """«X mi ha ricevuto», «mi incontrerà»: the speaker is the one met."""
    return any(c.lower_ == "mi" and c.dep_ in ("obj", "iobj", "expl") for c in cue.root.children)


def carried_subject(doc: Doc, sentence: SentenceView, previous: SentenceView | None) -> Mention | None:
    """"Meloni è arrivata a Riad. Nel pomeriggio ha incontrato il principe ...": Italian leaves out a
    subject the sentence before named. A meeting verb in the third person singular with no subject of
    its own and no person before it has the previous sentence's subject as a participant."""
    if previous is None:
        return None
    cue = next((c for c in meeting_words(doc, sentence.span, labels=("MEETING", "HOST", "SEE"))
                if c.root.pos_ == "VERB"), None)
    if cue is None or any(c.dep_ in SUBJECT_RELATIONS for c in cue.root.children) \
            or any(m.start < cue.start_char for m in sentence.people) or not is_third_person_singular(cue.root):
        return None
    return next((m for m in previous.people if is_main_subject(doc, m)), None)


def is_third_person_singular(verb) -> bool:
    """The verb, or its auxiliary for a participle ("ha incontrato", "sarà ricevuto"), agrees with one
    third person."""
    forms = with_auxiliaries(verb)
    persons = {p for t in forms for p in t.morph.get("Person")}
    return persons == {"3"} and all("Plur" not in t.morph.get("Number") for t in forms)


def is_main_subject(doc: Doc, m: Mention) -> bool:
    """The name (or the title it follows: "il premier indiano Narendra Modi") is the subject of its
    sentence's main verb."""
    name = tokens_of(doc, m)
    token = name.root if name is not None else None
    for _ in range(NAME_TO_TITLE_STEPS + 1):
        if token is None:
            return False
        if token.dep_ in SUBJECT_RELATIONS:
            return token.head.dep_ == "ROOT"
        token = token.head if token.dep_ in NAME_TO_TITLE_RELATIONS else None
    return False


def without_people_of_wished_meetings(doc: Doc, sentence: SentenceView) -> SentenceView:
    """"alla riunione parteciperanno Neri e Galli, in sostituzione di Bassi, che aveva chiesto
    un incontro diretto con Vos": whom a meeting only asked for was with is not at the one set."""
    wished = [c for c in meeting_words(doc, sentence.span) if is_wished_for(c)]
    if not wished:
        return sentence
    return without_names_in(sentence, [(c.end_char, doc[min(c.end + MEETING_COMPLEMENT_WINDOW, len(doc)) - 1].idx + 1)
                                       for c in wished])


def other_statements_left_out(text: str, sentence: SentenceView, cue_at: int, start: int, end: int) -> SentenceView:
    """«Ho visto la ministra stamattina: con questi tagli Rossi rischia molto»: in a quote, the people
    of the statement the meeting word is in, not of the one a colon or semicolon opens after it."""
    opens = max(start, *(text.rfind(mark, start, cue_at) + 1 for mark in STATEMENT_BREAKS))
    closes = min([end, *(k for mark in STATEMENT_BREAKS if (k := text.find(mark, cue_at, end)) >= 0)])
    return without_names_in(sentence, [(start, opens), (closes, end)])


def talked_of_in_quotes_left_out(doc: Doc, sentence: SentenceView, cue_at: int) -> SentenceView:
    """"l'incontro tra Neri e il consigliere di Galli, un'occasione «per riferire ... alla presidente
    Galli»": told outside quotes, a meeting's people are those named outside them, if two are."""
    quotes = [(q.start_char, q.end_char) for q in doc.spans[QUOTES_SPANS_KEY]
              if sentence.span.start_char <= q.start_char < sentence.span.end_char]
    around = next(((start, end) for start, end in quotes if start <= cue_at < end), None)
    if around is not None:
        return other_statements_left_out(doc.text, sentence, cue_at, *around)
    if not quotes:
        return sentence
    outside = without_names_in(sentence, quotes)
    return outside if len({m.surface for m in outside.people}) >= 2 else sentence
