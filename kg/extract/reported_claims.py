"""Reported claims: speech without quotes, "X ha detto che ...", "secondo X, ...", "..., ha spiegato X",
and a sentence that opens with a speech verb and names no one ("Ha dichiarato ai giornalisti che ...").
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.claim_speakers import (NAME_AFTER_VERB_CHARS, RELATIVE_CLAUSE, after_preposition, fallback_for,
                                       gap_without_role, introduced_name, last, may_be_person, names_at, names_outside,
                                       person_at, relative_antecedent, subjects)
from kg.extract.sentences import SentenceView, is_person
from kg.extract.speech_patterns import (ACCORDING_TO, LO_HA_DETTO, RELATIVE_PRONOUN, SPEECH_VERB, THAT,
                                        opens_with_per)
from kg.knowledge.lexicon import ROLE_NOUNS
from kg.knowledge.places import Gazetteer
from kg.model import Article, ClaimMention, Mention
from kg.nlp.name_ruler import DASHES

# Reported speech states something in at least this many words ("Zelensky accusa Mosca" does not).
MIN_SAID_WORDS = 3
# "ha parlato di una svolta", "ha parlato a lungo": to talk is to say something only of a subject
TALKED = re.compile(r"\bparla(?:to)?$", re.IGNORECASE)
ABOUT_OR_THAT = re.compile(r"(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|che)\b", re.IGNORECASE)
# "..., ha fatto sapere il suo ufficio", "..., ha precisato una nota": a subject named by a common noun,
# which ends the sentence (not "X, ha giudicato la scelta del governo «sbagliata» e ...", whose noun is the object)
SUBJECT_AFTER_WORDS = 6
UNNAMED_SUBJECT = re.compile(r"\s*(?:il|lo|la|l['’]|i|gli|le|un|una|uno)\s*(?:(?:suo|sua|loro|proprio|propria)\s+)?"
                             r"[a-zà-ù]+\b(?!\s+[A-ZÀ-Ý])")
# "ha detto ai giornalisti che", "hanno dichiarato in una nota congiunta che": to whom and how it was
# said, up to the "che" of what was said
THAT_AFTER_ADVERBIALS = re.compile(r"[^,;:.«»“”\"\-–—]{0,60}?\s+che\s+", re.IGNORECASE)


def reported_claim(article: Article, sentence: SentenceView, quotes: list[tuple[int, int]], gazetteer: Gazetteer,
                   recent: Mention | None = None) -> ClaimMention | None:
    """"X ha detto che ...", "secondo X, ...", "... ha spiegato X". Not "Lo ha detto X", which
    names the speaker of the sentence before. "X, secondo il quale ..." is X's; a verb set off by
    commas with nobody after it ("Putin, ha spiegato, agisce ...") is the speaker's just before."""
    text, offset = sentence.span.text, sentence.span.start_char
    verb = next((v for v in SPEECH_VERB.finditer(text) if not v.group().endswith("ndo")), None) \
        or ACCORDING_TO.search(text)
    if not verb or LO_HA_DETTO.match(text.lstrip()):
        return None                 # a gerund ("sottolineando che") belongs to another clause's subject
    if text.rstrip().endswith(":") and not text[:verb.start()].rstrip().endswith(","):
        return None                 # "ha detto al presidente:" announces the quote that follows; not
                                    # "dodici case sono state distrutte, ha dichiarato X:"
    names = names_outside([sentence], quotes)
    before = [m for m in names if m.end <= offset + verb.start()]
    # not an institution completing the role of the name after it: "il portavoce del ministero dell'Interno greco, Nikos Andreou"
    after = [m for m in names if m.start >= offset + verb.end()
             and (is_person(m, gazetteer) or not after_preposition(text[:m.start - offset], m))]
    introduced = introduced_name([sentence], offset + verb.end(), gazetteer) if verb.re is ACCORDING_TO else None
    after = [introduced] + [m for m in after if m is not introduced] if introduced else after
    close_after = after[0] if after and gap_without_role(text[verb.end():after[0].start - offset], after[0]) \
        <= NAME_AFTER_VERB_CHARS and not THAT.search(text[verb.end():after[0].start - offset]) else None  # "ha detto che Kiev ..."
    set_off = text[:verb.start()].rstrip().lower().endswith((",", "come")) \
        and not closes_a_relative_clause(text[:verb.start()])
    if verb.re is ACCORDING_TO and RELATIVE_PRONOUN.match(text, verb.end()):
        speaker = last([m for m in before if is_person(m, gazetteer)])     # "Zelensky, secondo il quale ..."
    elif verb.re is ACCORDING_TO and opens_with_per(verb) and not (close_after and names_at(text, verb, close_after, offset)):
        speaker = None              # "Per la Russia, il ministro Lavrov ...": a side, not a source
    elif verb.re is ACCORDING_TO and close_after and subject_after_source(text, verb.end(), close_after, offset):
        speaker = None              # "Secondo l'ambasciatore, Rossi vedrà ...": a source no name gives, then the subject
    elif verb.re is ACCORDING_TO or (set_off and close_after):
        speaker = close_after       # "La Russia, ha ribadito Ushakov, ..."; "come ha ammesso Ushakov";
                                    # "..., ha aggiunto il Cremlino": an institution's, no person's
    elif set_off and text[verb.end():].lstrip().startswith(","):
        speaker = recent            # "Putin, ha spiegato, agisce ...": the one who was speaking
    elif set_off and UNNAMED_SUBJECT.match(text, verb.end()) and len(text[verb.end():].split()) <= SUBJECT_AFTER_WORDS:
        return None                 # "X non parteciperà, ha fatto sapere il suo ufficio": no person speaks
    elif close_after is None and verb.re is SPEECH_VERB \
            and said_by_no_one_named(sentence.span, offset + verb.start(), offset + verb.end(), names, gazetteer):
        return None
    else:
        speaker = relative_antecedent(before, text[:verb.start()], gazetteer) or last(subjects(before, text, offset)) \
            or close_after
    if speaker is None or not may_be_person(speaker, gazetteer):
        return None
    said_before = re.sub(r"(?:^|\s)come$", "", text[:verb.start()].rstrip(" ,"), flags=re.IGNORECASE).rstrip(" ,")
    if verb.re is ACCORDING_TO and opens_with_per(verb) and speaker is close_after:
        said = text[speaker.end - offset:].lstrip(" ,").strip()      # "Non è poco: per Rossi il piano regge"
    elif speaker is close_after and (set_off or len(said_before.split()) >= MIN_SAID_WORDS):
        # "La trattativa non è fallita, ha dichiarato Andreou"; "La Russia, ha ribadito Ushakov,
        # vuole la pace": what was said comes before the verb, and goes on after the name if set off
        rest = text[speaker.end - offset:].lstrip(" ,.") if set_off else ""
        said = " ".join(part for part in (said_before, rest) if part)
    elif verb.re is ACCORDING_TO and speaker is close_after:
        said = text[speaker.end - offset:].lstrip(" ,").strip()      # "Secondo Ushakov, il vertice è utile"
    else:
        said = what_follows(text[verb.end():])
        if said.rstrip().endswith(":"):
            return None             # "ha sottolineato la necessità di una linea comune: «...»": the quote is the claim
    if RELATIVE_PRONOUN.match(said):
        said = RELATIVE_PRONOUN.sub("", said, count=1).strip()
    if said.lower().startswith(("con un", "con una", "con uno")):
        return None                 # "ha risposto con un sorriso": a manner, nothing said
    if TALKED.search(verb.group()) and not ABOUT_OR_THAT.match(said):
        return None                 # "hanno parlato direttamente per alcuni minuti": talked, said nothing told
    if len(said.split()) < MIN_SAID_WORDS and text.lstrip()[:1] not in DASHES:
        return None                 # the headline "Zelensky accusa Mosca" says no statement (a dash
                                    # line, "— ha aggiunto Medinsky.", attributes the sentence before)
    # "Il ministro ucraino ... ha spiegato che": if no one is known to hold the role, the one speaking before
    fallback = fallback_for(speaker, recent)
    return ClaimMention(article.id, speaker, said, text.strip(), fallback_speaker=fallback)


def subject_after_source(text: str, source_end: int, name: Mention, offset: int) -> bool:
    """After "secondo" a comma closes the source's words before the name, and no comma sets the name
    off as their apposition ("secondo il portavoce, Rossi, ...")."""
    return "," in text[source_end:name.start - offset] and not text[name.end - offset:].lstrip().startswith(",")


def closes_a_relative_clause(before_verb: str) -> bool:
    """"Rossi, che aveva guidato la squadra, ha raccontato ...": the comma before the verb closes a
    relative clause on its subject, not an aside that puts the speaker after the verb."""
    before_verb = before_verb.rstrip()
    return any(c.end() == len(before_verb) for c in RELATIVE_CLAUSE.finditer(before_verb))


def said_by_no_one_named(sentence: Span, start: int, end: int, names: list[Mention], gazetteer: Gazetteer) -> bool:
    """"..., Guarnieri: i sindacati hanno fatto sapere che ...": the parse gives the speech verb a subject
    before it, a common noun naming no one of the sentence (a group, an office), so no named person speaks."""
    words = sentence.doc.char_span(start, end, alignment_mode="expand")
    verb = next((t for t in words if t.pos_ == "VERB"), None) if words is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) if verb is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ in ROLE_NOUNS \
            or sentence.doc.text[:start].rstrip().endswith(","):
        return False        # ("Il colloquio, ha assicurato, ...": a verb set off by commas has no subject there)
    return person_at(subject, names, gazetteer) is None \
        and not any(subject.idx <= m.start < start and is_person(m, gazetteer) for m in names)


def unnamed_reported_claim(article: Article, sentence: SentenceView, recent: Mention | None) -> ClaimMention | None:
    """"Ha dichiarato ai giornalisti che ...": a sentence that opens with a speech verb and names
    no one continues the speaker just before, or the subject of the sentence before."""
    text = sentence.span.text.strip()
    verb = SPEECH_VERB.match(text)
    if recent is None or not verb:
        return None
    return ClaimMention(article.id, recent, what_follows(text[verb.end():]), text)


def what_follows(after_verb: str) -> str:
    """What a speech verb says, without to whom and how it was said: "ai giornalisti che [...]",
    "in una nota congiunta che [...]"."""
    said = after_verb.lstrip(" ,:")
    said = said[that.end():] if (that := THAT_AFTER_ADVERBIALS.match(said)) else said
    return said.removeprefix("che ").strip()
