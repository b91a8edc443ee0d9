"""Claim speakers: which of the names around a speech verb or a quote can be the one speaking
(a person named outside the quotes, a verb's subject rather than a name completing a preposition),
and the last speaker, for quotes that name nobody.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.mentions import ARTICLES
from kg.extract.sentences import SUBJECT_RELATIONS, SentenceView, is_person, with_auxiliaries
from kg.extract.speech_patterns import RELATIVE_CHE, SPEECH_VERB
from kg.knowledge.lexicon import GENITIVE_PREPOSITIONS, PERSON_NOUNS, ROLE_NOUNS, SIMPLE_PREPOSITIONS, elided_words
from kg.knowledge.places import Gazetteer
from kg.model import Mention

# A name right after one of these completes a phrase ("con la presidente X", "direttore del Fondo"):
# it is no verb's subject. Of the articulated forms, those of "di" and a few others.
PREPOSITIONS = (SIMPLE_PREPOSITIONS | GENITIVE_PREPOSITIONS
                | frozenset("al alla ai agli dal dalla nel nella sul sulla".split()))
# "ringraziare", "incontrare", "salutando", "ringraziandolo": a verb whose object a following name is
INFINITIVE_OR_GERUND = re.compile(r"\w{3,}(?:are|ere|ire|ando|endo)(?:lo|la|li|le|gli)?$")
COMPOUND_INFINITIVE_AUXILIARIES = frozenset({"aver", "avere", "avendo"})
# A quote whose sentence names nobody continues a speaker of at most this many sentences before.
CONTINUATION_SENTENCES = 2
# The speaker's name follows the verb closely: ", ha detto il consigliere presidenziale Yuri Ushakov".
NAME_AFTER_VERB_CHARS = 45


@dataclass
class RecentSpeaker:
    """The last speaker and the sentence they spoke in, for quotes that name nobody."""
    speaker: Mention | None = None
    sentence: int = -99

    def said(self, speaker: Mention, sentence: int) -> None:
        self.speaker, self.sentence = speaker, sentence

    def at(self, sentence: int) -> Mention | None:
        return self.speaker if sentence - self.sentence <= CONTINUATION_SENTENCES else None


# From a quote to the verb it completes: at most one noun between ("ha parlato di un incontro «rituale»"); a
# quote further down a noun phrase is a title ("ha donato un'opera dal titolo «...»"), no one's words.
NOUNS_TO_THE_VERB = 1
# A quote this short ("il «via libera»", "un quadro da «massima allerta»") is a phrase the writer sets off,
# unless a speech verb governs it ("ha definito la proposta «una provocazione»").
SCARE_QUOTE_TOKENS = 3
# A clause shares the subject of the one it hangs on ("ha parlato con X e ha ribadito che «...»",
# "ha aggiunto, spiegando che «...»"), at most this many clauses up.
SHARED_SUBJECT_STEPS = 4
# Verbs of a speech act: what they govern in quotes is the subject's words ("ha invitato a non attendersi
# «svolte rapide»", "ha chiesto «più sistemi di difesa»")
SPEECH_ACT_LEMMAS = frozenset("""invitare chiedere esortare sollecitare ringraziare escludere definire promettere
auspicare criticare accusare apprezzare elogiare bollare liquidare avvertire minacciare proporre rivendicare
annunciare ribadire assicurare garantire denunciare lamentare parlare""".split())
# What stands between a person and "cui" in "X, secondo cui", "X, per il quale", "X, a detta del quale"
RELATIVE_LEADS = frozenset("secondo per il la i le a detta del della dei delle".split())
# "secondo cui", "per il quale": the relative pronouns that are no subject; "che" may be one
OBLIQUE_RELATIVE_PRONOUNS = frozenset({"cui", "quale", "quali"})
RELATIVE_PRONOUNS = OBLIQUE_RELATIVE_PRONOUNS | {"che"}
# The words of a subject phrase that may hold its name: "il portavoce del Cremlino, [Dmitrij Peskov]"; not
# a complement ("del Cremlino") nor a clause.
NAME_IN_PHRASE_RELATIONS = frozenset({"flat:name", "flat", "appos", "nmod"})
RELATIVE_CLAUSE_RELATION = "acl:relcl"
REPORTED_CLAUSE_RELATION = "ccomp"
ACTIVE_SUBJECT_RELATION = "nsubj"


# Between two names of one list: "Rossi, Bianchi e Verdi", "Meloni e il sultano"
# (a title may stand after "e": "Macron e il cancelliere Merz"; after a comma alone it is an
# apposition, "Zelensky, il presidente americano Trump", two people who did not speak together)
AND = re.compile(r"\b(?:e|ed)\b")
LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s*(?:e|ed)\s+(?:(?:il|la|lo|l['’])\s*(?:[a-zàèéìòù]+\s+){0,3})?")


def fellow_speakers(speaker: Mention, sentences: list[SentenceView]) -> list[Mention]:
    """The people listed with the speaker ("Così i segretari Rossi, Bianchi e Verdi", "Neri e il
    collega hanno ribadito"): a joint statement is each one's."""
    sentence = next((s for s in sentences if s.span.start_char <= speaker.start < s.span.end_char), None)
    if sentence is None:
        return []
    text, offset = sentence.span.text, sentence.span.start_char
    people = sorted(sentence.people, key=lambda m: m.start)
    if speaker not in people:
        return []
    at = people.index(speaker)
    listed = [speaker]
    i = at
    while i > 0 and LIST_GAP.fullmatch(text[people[i - 1].end - offset:people[i].start - offset]):
        i -= 1
        listed.insert(0, people[i])
    j = at
    while j + 1 < len(people) and LIST_GAP.fullmatch(text[people[j].end - offset:people[j + 1].start - offset]):
        j += 1
        listed.append(people[j])
    if not any(AND.search(text[a.end - offset:b.start - offset]) for a, b in zip(listed, listed[1:])):
        return []       # names joined by commas alone: "Secondo Rossi, Bianchi vedrà ...", a source and a subject
    # a list of people named in full does not run on into lone words ("di Fim e Fiom, Rossi e Bianchi")
    full = " " in speaker.surface
    return [m for m in listed if m is not speaker and (not full or " " in m.surface or m.label == "ROLE")]


def speakers_in(sentences: list[SentenceView], quotes: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """People named outside quoted passages: a name inside a quote is not its speaker."""
    return [m for m in names_outside(sentences, quotes) if is_person(m, gazetteer)]


def names_outside(sentences: list[SentenceView], quotes: list[tuple[int, int]]) -> list[Mention]:
    """Names outside quotes, less principals of a role and the names inside a role ("Usa" of "il
    vicepresidente Usa"): the role speaks."""
    mentions = [m for s in sentences for m in s.mentions]
    roles = [(m.start, m.end) for m in mentions if m.label == "ROLE"]
    return [m for m in mentions
            if not m.principal_of_role and not in_quotes(m, quotes)
            and not (m.label != "ROLE" and any(rs <= m.start and m.end <= re_ for rs, re_ in roles))]


def in_quotes(m: Mention, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= m.start < end for start, end in quotes)


def clause_speaker(quote: Span, names: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """Whose clause the quote is part of, read from the parse: the subject of the verb the quote
    completes ("Trump ha definito Xi «un grande leader»", "Il cancelliere ha chiesto agli alleati di
    «...»"), or of the clause that verb shares its subject with ("Zelensky ha parlato con X e ha
    ribadito che «...»"), or the person a relative clause is about ("il segretario X, secondo cui
    «...»"); in reported speech, the one who reports ("Rossi ha spiegato che Bianchi è stato invitato
    «per parlare»"). None where the words around the quote must tell: a quote that is a sentence of
    its own ("«...», ha detto X"), a title ("ha donato il libro «La pace»"), words that go on a
    narration ("ha chiesto X e ha «ottenuto Y»") or describe someone ("Rossi, che «ha fatto
    tanto»")."""
    opening = opening_of(quote)
    if opening.text.rstrip(" «“\"„").endswith(":") and (speaker := colon_speaker(opening, names, gazetteer)):
        return speaker      # the parser may hang a quote after a colon on the sentence's first verb
    attached = attached_word(quote)
    if attached is None or is_title(quote) or goes_on_a_narration(attached):
        return None
    if len(quote) <= SCARE_QUOTE_TOKENS and not said_through(attached):
        return None     # "ha dato il «via libera»": a phrase the writer sets off, not anyone's words
    relative = oblique_relative(attached, quote) or according_to_whom(opening)
    if relative is not None:
        return antecedent_person(relative, names, gazetteer)
    if attached.dep_ == RELATIVE_CLAUSE_RELATION:
        return None
    verb = governing_verb(attached)
    if verb is None:
        return None
    speaker = clause_subject(verb, names, gazetteer)
    # in reported speech, the one who reports: also where what is reported has no person for a subject
    # ("Katz ha annunciato che le truppe resteranno «a tempo indeterminato»")
    while verb.dep_ == REPORTED_CLAUSE_RELATION and verb.head is not verb \
            and (speaker is not None or is_speech_verb(verb.head) or verb.head.lemma_.lower() in SPEECH_ACT_LEMMAS):
        verb = verb.head
        speaker = clause_subject(verb, names, gazetteer) or speaker
    return speaker


def attached_word(quote: Span) -> Token | None:
    """The quote's word that the parser hangs on a word outside it."""
    return next((t for t in quote if not quote.start <= t.head.i < quote.end), None)


def governing_verb(attached: Token) -> Token | None:
    """The verb the quote completes, over at most one noun ("ha parlato di un incontro «rituale»")."""
    verb = attached.head
    for _ in range(NOUNS_TO_THE_VERB):
        if not is_clause_head(verb):
            verb = verb.head
    return verb if is_clause_head(verb) else None


def said_by_a_thing(quote: Span, names: list[Mention], gazetteer: Gazetteer) -> bool:
    """"In una nota, l'ufficio del ministro ha parlato di «progressi»": the verb's subject is a common noun
    that names no one (not "la portavoce", "i sindacati"), so the words are no person's."""
    attached = attached_word(quote)
    verb = governing_verb(attached) if attached is not None else None
    subject = next((c for c in verb.children if c.dep_ == ACTIVE_SUBJECT_RELATION), None) if verb is not None else None
    return subject is not None and not quote.start <= subject.i < quote.end and subject.pos_ == "NOUN" \
        and subject.lower_ not in PERSON_NOUNS and person_at(subject, names, gazetteer) is None


def opening_of(quote: Span) -> Span:
    """The words of the quote's sentence before it."""
    return quote.doc[quote.sent.start:quote.start]


def last_verb(words: Span) -> Token | None:
    return next((t for t in reversed(words) if t.pos_ == "VERB"), None)


def colon_speaker(words: Span, names: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """Who says what follows a colon: the subject of the last verb before it, read from the parse ("X,
    che ha attaccato il sindaco:" is X's; "..., mentre Y ha ribattuto:" Y's)."""
    verb = last_verb(words)
    return clause_subject(verb, names, gazetteer) if verb is not None else None


def is_title(quote: Span) -> bool:
    """A quote inside a sentence that opens with a capital, not after a colon, names a work or a
    thing ("il libro «Le città invisibili»")."""
    before = quote.doc.text[quote.sent.start_char:quote.start_char].rstrip(" «“\"„")
    return quote.text[:1].isupper() and bool(before) and not before.endswith(":")


def oblique_relative(clause: Token, quote: Span) -> Token | None:
    """"secondo cui «...»", "per il quale «...»": the relative pronoun outside the quote that opens the
    clause and is not its subject ("Rossi, che «ha fatto tanto»" describes Rossi)."""
    return next((t for t in clause.subtree if t.lower_ in OBLIQUE_RELATIVE_PRONOUNS and t.dep_ not in SUBJECT_RELATIONS
                 and not quote.start <= t.i < quote.end and t.i < quote.start), None)


def according_to_whom(opening: Span) -> Token | None:
    """"X, secondo cui sul taglio delle tasse «...»": an oblique relative that the quote's words follow
    with no verb between, whatever the parser hung the quote on."""
    relative = next((t for t in reversed(opening) if t.lower_ in OBLIQUE_RELATIVE_PRONOUNS), None)
    if relative is None or relative.i == opening.start or relative.doc[relative.i - 1].lower_ not in RELATIVE_LEADS:
        return None
    return None if any(t.pos_ in ("VERB", "AUX") for t in opening.doc[relative.i:opening.end]) else relative


def antecedent_person(relative: Token, names: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The person named right before "secondo cui", "per il quale" (and their comma), whatever the
    parser made of the clause: "il portavoce del Cremlino Dmitrij Peskov, secondo cui ..."."""
    i = relative.i
    while i > relative.sent.start and (relative.doc[i - 1].lower_ in RELATIVE_LEADS or relative.doc[i - 1].is_punct):
        i -= 1
    if i == relative.sent.start:
        return None
    found = widest_name_at(relative.doc[i - 1], names)
    return found if found is not None and is_person(found, gazetteer) else None


def widest_name_at(token: Token, names: list[Mention]) -> Mention | None:
    """The longest name or role the word is part of: "la segretaria della Cisl" rather than "Cisl"."""
    return max((m for m in names if m.start <= token.idx < m.end), key=lambda m: m.end - m.start, default=None)


def said_through(attached: Token) -> bool:
    """A verb of speech or of a speech act governs the quote, here or a clause up ("ha invitato a non
    attendersi «svolte rapide»")."""
    verb = attached.head
    for _ in range(SHARED_SUBJECT_STEPS):
        if is_speech_verb(verb) or verb.lemma_.lower() in SPEECH_ACT_LEMMAS:
            return True
        if verb.head is verb:
            return False
        verb = verb.head
    return False


def is_speech_verb(verb: Token) -> bool:
    """"ha detto", "definisce", "ha fatto sapere": the verb with its auxiliaries is one of speech."""
    words = verb.doc[min(t.i for t in with_auxiliaries(verb)):verb.i + 1].text
    return any(found.end() == len(words) for found in SPEECH_VERB.finditer(words))


def goes_on_a_narration(attached: Token) -> bool:
    """"e ha poi «ottenuto garanzie»": the quote opens with a verb coordinated with the
    sentence's, with no "di", "che" or "a" to make it someone's words."""
    return attached.pos_ == "VERB" and attached.dep_ in ("conj", "advcl") \
        and not any(c.dep_ == "mark" for c in attached.children)


def is_clause_head(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.dep_ == RELATIVE_CLAUSE_RELATION


def clause_subject(verb: Token, names: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The person who is the active subject of the verb, or of the clause it shares its subject with
    ("e ha ribadito"); the person a relative clause is about ("X, che ha definito Y «...»"). A passive
    subject is spoken of ("è stato definito «...»")."""
    for step in range(SHARED_SUBJECT_STEPS):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
            # the person the relative is about: the name right before "che" ("il consigliere di
            # opposizione X, che spiega"), else the head the parser gave the relative clause
            return antecedent_person(subject, names, gazetteer) \
                or (person_at(verb.head, names, gazetteer) if verb.dep_ == RELATIVE_CLAUSE_RELATION else None)
        if subject is not None:
            # a subject after a preposition is a misparse ("ha sottolineato a Meloni che ...")
            return person_at(subject, names, gazetteer) if subject.dep_ == ACTIVE_SUBJECT_RELATION \
                and not any(c.dep_ == "case" for c in subject.children) else None
        if not shares_the_subject(verb, first=step == 0):
            return None
        verb = verb.head
    return None


def shares_the_subject(verb: Token, first: bool) -> bool:
    """An adverbial or infinitive clause ("ha fatto sapere di aver parlato"), or one joined by "e" ("ha
    incontrato X e ha ribadito"). One joined by a comma alone only as the quote's own verb ("Trump, in
    visita a Pechino, ha definito Xi «...»"): higher up it may be a speech verb set in the sentence with
    its subject after it, where the parser misses it (", ha reso noto il ministero, precisando che «...»")."""
    if verb.head is verb:
        return False
    if verb.dep_ == "conj":
        return first or any(c.dep_ == "cc" for c in verb.children)
    return verb.dep_ in ("advcl", "xcomp") or verb.dep_ == REPORTED_CLAUSE_RELATION and is_infinitive(verb)


def is_infinitive(verb: Token) -> bool:
    """"di aver parlato", "di incontrare": an infinitive clause, whose subject is its governor's."""
    return any("Inf" in t.morph.get("VerbForm") for t in with_auxiliaries(verb))


def person_at(token: Token, names: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The person a subject phrase names: the name or role its head word is part of, else a name
    standing in apposition to it ("il portavoce del Cremlino, Dmitrij Peskov")."""
    for word in phrase_words(token):
        found = next((m for m in names if m.start <= word.idx < m.end), None)
        if found is not None:
            return found if is_person(found, gazetteer) else None
    # the title of a name the parser hung elsewhere: "[La segretaria della Cgil] Anna Fabbri"
    return next((m for m in names if m.role and is_person(m, gazetteer)
                 and token.doc.text[token.idx:m.start].strip(" ,") == m.role.strip(" ,")), None)


def phrase_words(token: Token) -> list[Token]:
    """The head word, then the words of its name and appositions; complements with a preposition left out."""
    words = [token]
    for child in token.children:
        if child.dep_ in NAME_IN_PHRASE_RELATIONS and not any(c.dep_ == "case" for c in child.children):
            words.extend(phrase_words(child))
    return words


def introduced_name(sentences: list[SentenceView], at: int, gazetteer: Gazetteer) -> Mention | None:
    """The person named right where words that introduce a speaker end: "a detta di [Peskov]",
    "le parole di [Zelensky]" (a name after "di" that would otherwise read as someone's principal)."""
    return next((m for s in sentences for m in s.mentions if at <= m.start <= at + 1 and is_person(m, gazetteer)), None)


# ", che sulle prime aveva rinunciato a commentare la nomina,": a relative clause set off by commas.
RELATIVE_CLAUSE = re.compile(r",\s*(?:che|cui|il quale|la quale|i quali|le quali)\b[^,;:]*,", re.IGNORECASE)


def subjects(names: list[Mention], text: str, offset: int) -> list[Mention]:
    """Names that can be a verb's subject: not those after a preposition, which complete a
    description ("Neri, direttore dell'Istituto per il Commercio con l'Estero, ha parlato"),
    nor those of a relative clause set off by commas ("Rossi, che aveva criticato Bianchi, ha detto")."""
    clauses = [(c.start() + offset, c.end() + offset) for c in RELATIVE_CLAUSE.finditer(text)]
    completing: list[Mention] = []
    for m in sorted(names, key=lambda m: m.start):
        if after_preposition(text[:m.start - offset], m) or completing and joined_by_and(completing[-1], m, text, offset):
            completing.append(m)        # "con il sindaco X e il prefetto Y": Y completes "con" too
    return [m for m in names if m not in completing
            and not after_infinitive(text[:m.start - offset], m)
            and not any(start <= m.start < end for start, end in clauses)]


def joined_by_and(previous: Mention, m: Mention, text: str, offset: int) -> bool:
    """"X e il prefetto Y": the name is joined to the one before by "e". (Not by a comma alone: "Dopo il
    colloquio con X, Y ha detto" names Y as the subject.)"""
    gap = text[previous.end - offset:m.start - offset]
    return LIST_GAP.fullmatch(gap) is not None and AND.search(gap) is not None


def after_infinitive(before: str, m: Mention) -> bool:
    """The name is the object of an infinitive or a gerund: "Il sindaco, nel ringraziare i volontari,
    ha detto", "salutando il ministro X ha aggiunto", "dopo aver incontrato X": it did not speak."""
    words = [w.lower() for w in without_own_role(before, m).split()]
    while words and words[-1] in ARTICLES:
        words.pop()
    if len(words) > 1 and words[-2] in COMPOUND_INFINITIVE_AUXILIARIES:
        return True         # "dopo aver ringraziato il sindaco X"
    return bool(words) and bool(INFINITIVE_OR_GERUND.search(words[-1]))


def after_preposition(before: str, m: Mention) -> bool:
    """The name, with its role and article, completes a preposition: "con la presidente X"."""
    words = elided_words(without_own_role(before, m))
    while words and words[-1].lower() in ARTICLES:
        words.pop()
    return bool(words) and words[-1].lower() in PREPOSITIONS


def without_own_role(before: str, m: Mention) -> str:
    """The words before a name, less the role written right before it ("la presidente" of X)."""
    before = before.rstrip(" ,")
    return before[:-len(m.role)] if m.role and before.endswith(m.role) else before


def gap_without_role(gap: str, m: Mention) -> int:
    """Characters between a verb and a name, the name's own role left out: "ha spiegato il
    portavoce della prefettura di Atene, Nikos Andreou" is close, whether or not the role was
    read as the name's."""
    rest = without_own_role(gap, m)
    words = rest.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return 0 if words and words[0].lower() in ROLE_NOUNS else len(rest)


def names_at(text: str, verb: re.Match, m: Mention, offset: int) -> bool:
    """The name (with its title) comes right after the words that introduce it: "Per Zelensky"."""
    return gap_without_role(text[verb.end():m.start - offset], m) == 0


def relative_antecedent(before: list[Mention], head: str, gazetteer: Gazetteer) -> Mention | None:
    """"... accanto al ministro Crosetto che lo ha difeso davanti a ...": the subject of a verb opening a
    relative clause is the person just before "che", whatever preposition comes before them."""
    if not RELATIVE_CHE.search(head):
        return None
    return last([m for m in before if is_person(m, gazetteer)])


# "X, che in un'intervista ha definito": from the comma after a name to the verb of its relative clause
RELATIVE_OPENING = re.compile(r"\s*,\s*che\b[^,;:«»\"“”]*$", re.IGNORECASE)


def relative_subject(before: list[Mention], head: str, offset: int, gazetteer: Gazetteer) -> Mention | None:
    """"il presidente della Campania X, che in un'intervista ha definito la riforma «...»": the person a
    relative clause opens on is the subject of its verb, whatever preposition stands before them."""
    person = last([m for m in before if is_person(m, gazetteer)])
    if person is None or (before and before[-1].end > person.end):
        return None
    return person if RELATIVE_OPENING.fullmatch(head[person.end - offset:]) else None


def may_be_person(m: Mention, gazetteer: Gazetteer) -> bool:
    """A person, or one word the NER took for an organisation ("Ushakov ha spiegato"): kg/resolve
    settles its label across the articles and keeps the claim only if it names a person."""
    return is_person(m, gazetteer) or m.label == "ORG" and " " not in m.surface and not m.surface.isupper()


def fallback_for(speaker: Mention, recent: Mention | None) -> Mention | None:
    """Who speaks if no one is known to hold the speaker's role: the last speaker, for a bare role ("ha
    detto il tycoon"); none for a role of a named body ("la segretaria della Cisl"), most often someone
    the article has not quoted yet."""
    if speaker.label != "ROLE" or recent is speaker:
        return None
    return None if any(w in GENITIVE_PREPOSITIONS for w in elided_words(speaker.surface.lower())) else recent


def first_person(sentences: list[SentenceView]) -> Mention | None:
    """The first person named in the sentence before: most often its subject."""
    return next((m for s in sentences for m in s.people), None)


def last(items: list[Mention]) -> Mention | None:
    return items[-1] if items else None
