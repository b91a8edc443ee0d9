"""Claim speakers: which of the names around a speech verb or a quote can be the one speaking
(a person named outside the quotes, a verb's subject rather than a name completing a preposition),
and the last speaker, for quotes that name nobody.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mentions import ARTICLES
from kg.extract.sentences import SentenceView, is_person
from kg.extract.speech_patterns import RELATIVE_CHE
from kg.knowledge.lexicon import GENITIVE_PREPOSITIONS, ROLE_NOUNS, SIMPLE_PREPOSITIONS, elided_words
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


# Between two names of one list: "Rossi, Bianchi e Verdi", "Meloni e il sultano"
# (a title may stand after "e": "Macron e il cancelliere Merz"; after a comma alone it is an
# apposition, "Zelensky, il presidente americano Trump", two people who did not speak together)
LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s*(?:e|ed)\s+(?:(?:il|la|lo|l['’])\s*(?:[a-zàèéìòù]+\s+){0,3})?")


def fellow_speakers(speaker: Mention, sentences: list[SentenceView]) -> list[Mention]:
    """The people listed with the speaker ("Così i segretari Rossi, Bianchi e Verdi", "Meloni e il
    sultano hanno ribadito"): a joint statement is each one's."""
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


def introduced_name(sentences: list[SentenceView], at: int, gazetteer: Gazetteer) -> Mention | None:
    """The person named right where words that introduce a speaker end: "a detta di [Peskov]",
    "le parole di [Zelensky]" (a name after "di" that would otherwise read as someone's principal)."""
    return next((m for s in sentences for m in s.mentions if at <= m.start <= at + 1 and is_person(m, gazetteer)), None)


# ", che in un primo momento aveva evitato di criticare Putin,": a relative clause set off by commas.
RELATIVE_CLAUSE = re.compile(r",\s*(?:che|cui|il quale|la quale|i quali|le quali)\b[^,;:]*,", re.IGNORECASE)


def subjects(names: list[Mention], text: str, offset: int) -> list[Mention]:
    """Names that can be a verb's subject: not those after a preposition, which complete a
    description ("Dmitriev, direttore del Fondo Russo per gli Investimenti Diretti, ha parlato"),
    nor those of a relative clause set off by commas ("Rossi, che aveva criticato Bianchi, ha detto")."""
    clauses = [(c.start() + offset, c.end() + offset) for c in RELATIVE_CLAUSE.finditer(text)]
    return [m for m in names if not after_preposition(text[:m.start - offset], m)
            and not after_infinitive(text[:m.start - offset], m)
            and not any(start <= m.start < end for start, end in clauses)]


def after_infinitive(before: str, m: Mention) -> bool:
    """The name is the object of an infinitive or a gerund: "Il Papa, nel ringraziare il presidente,
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
    """Characters between a verb and a name, the name's own role left out: "ha dichiarato il
    portavoce del ministero dell'Interno greco, Nikos Andreou" is close, whether or not the role was
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


def may_be_person(m: Mention, gazetteer: Gazetteer) -> bool:
    """A person, or one word the NER took for an organisation ("Ushakov ha spiegato"): kg/resolve
    settles its label across the articles and keeps the claim only if it names a person."""
    return is_person(m, gazetteer) or m.label == "ORG" and " " not in m.surface and not m.surface.isupper()


def first_person(sentences: list[SentenceView]) -> Mention | None:
    """The first person named in the sentence before: most often its subject."""
    return next((m for s in sentences for m in s.people), None)


def last(items: list[Mention]) -> Mention | None:
    return items[-1] if items else None
