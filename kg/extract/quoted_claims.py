"""Quoted claims: a passage in quotes (kg_quotes) and its speaker, named after it (", ha detto X"),
before it ("X ha detto: «...»", "Secondo X, «...»"), inside it ("- ha sottolineato X -"), in the
next sentence ("Lo ha detto X") or the one before.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.claim_speakers import (
    NAME_AFTER_VERB_CHARS,
    RecentSpeaker,
    according_to_whom,
    after_preposition,
    clause_speaker,
    fallback_for,
    first_person,
    in_quotes,
    introduced_name,
    last,
    may_be_person,
    names_at,
    names_outside,
    opening_of,
    relative_subject,
    said_by_a_thing,
    colon_speaker,
    speakers_in,
    subjects,
)
from kg.extract.sentences import SentenceView, is_person, sentence_index
from kg.extract.speech_patterns import (
    ACCORDING_TO,
    INTERJECTION,
    LO_HA_DETTO,
    SO_SAID,
    SPEECH_VERB,
    WORDS_NAMED,
    first_verb,
    last_match,
    opens_with_per,
)
from kg.knowledge.places import Gazetteer
from kg.model import Article, ClaimMention, Mention

# ", ha detto X" or ", secondo X" must follow the closing quote closely to name its speaker.
VERB_AFTER_QUOTE_CHARS = 40
# "... ha spiegato alla fine del vertice", "ha detto durante la conferenza stampa": when or where it was said.
CIRCUMSTANCE = re.compile(r"(?:al|alla|allo|all['’]|nel|nella|nello|nell['’]|durante|dopo|prima|in|a|da|dal|dalla|"
                          r"davanti|lasciando|uscendo|entrando|arrivando|parlando|intervenendo)\b", re.IGNORECASE)
# An institution named this close after the verb is its subject: ", ha affermato la Tass".
SUBJECT_AFTER_VERB_CHARS = 6
# "Così il segretario generale della Cisl, X, ...": the speaker is named near the sentence's start.
SO_SAID_NAME_CHARS = 120


def quoted_claim(article: Article, quote: Span, sentences: list[SentenceView], index: int,
                 quotes: list[tuple[int, int]], recent: RecentSpeaker, gazetteer: Gazetteer) -> ClaimMention | None:
    """The speaker stands in the sentences the quote spans, or says it in the sentence after
    ("Lo ha detto X"), or announces it just before ("X ha detto:"), or spoke just before."""
    last_index = sentence_index(sentences, quote.end - 1) or index
    spanned = sentences[index:last_index + 1]
    if INTERJECTION.search(quote.text):
        speaker = interjected_speaker(quote, spanned, quotes) \
            or speaker_announced_before(sentences, index, quotes, gazetteer) or recent.at(index)
    else:
        names = names_outside(spanned, quotes)
        # A verb set off by commas ("Il colloquio, ha assicurato, «...»") speaks for the one before.
        by_clause = None if set_off_verb_before(quote, spanned) or source_before(quote, spanned, gazetteer) \
            else clause_speaker(quote, names, gazetteer)
        if by_clause is None and spoken_by_someone_unnamed(quote, names, gazetteer):
            return None
        speaker = (by_clause
                   or quote_speaker(spanned, quote.start_char, quote.end_char, quotes, gazetteer)
                   or speaker_named_after(sentences, last_index, quotes, gazetteer)
                   or speaker_announced_before(sentences, index, quotes, gazetteer)
                   or (recent.at(index) if not other_subject(spanned, names, recent.at(index), gazetteer) else None)
                   or (first_person(sentences[index - 1:index])
                       if set_off_verb_before(quote, spanned) or unnamed_verb_after(quote, spanned) else None))
    if speaker is None or not may_be_person(speaker, gazetteer):     # an institution's words are no person's claim
        return None
    evidence = doc_text(spanned)
    # A bare role ("ha detto il tycoon") may find no holder; the speaker just before is the best guess.
    fallback = fallback_for(speaker, recent.at(index))
    return ClaimMention(article.id, speaker, quote.text, evidence, fallback_speaker=fallback)


def spoken_by_someone_unnamed(quote: Span, names: list[Mention], gazetteer: Gazetteer) -> bool:
    """"la lettura dell'amministratore, secondo cui «...»" with no one kg knows before "secondo cui";
    "l'ufficio del ministro ha parlato di «...»" with no person named after the quote: whoever spoke,
    it is no one the sentence names."""
    return according_to_whom(opening_of(quote)) is not None or said_by_a_thing(quote, names, gazetteer) \
        and not any(m.start >= quote.end_char and is_person(m, gazetteer) for m in names)


def other_subject(sentences: list[SentenceView], names: list[Mention], recent: Mention | None,
                  gazetteer: Gazetteer) -> bool:
    """The sentence names a person (of `names`, those outside quotes) other than the last speaker who may
    be its subject ("Il capo dello Stato ... ha richiamato «...»"): the quote is not the last speaker's
    going on."""
    text, offset = doc_text(sentences), sentences[0].span.start_char
    people = [m for m in names if is_person(m, gazetteer)]
    return any(recent is None or m.surface != recent.surface for m in subjects(people, text, offset))


def unnamed_verb_after(quote: Span, sentences: list[SentenceView]) -> bool:
    """"«Siamo pronti alla pace», ha aggiunto.": a speech verb right after the quote, its subject
    unsaid (the person the sentence before is about)."""
    tail = quote.doc.text[quote.end_char:sentences[-1].span.end_char]
    verb = SPEECH_VERB.search(tail)
    # nothing after the verb but punctuation or a phrase of when or where ("ha spiegato alla fine
    # del vertice"): not "hanno affermato congiuntamente i negoziatori"
    if not verb:
        return False
    rest = tail[verb.end():].strip(" ,.;:")
    return verb.start() <= VERB_AFTER_QUOTE_CHARS and not verb.group().lower().startswith("hanno") \
        and (not rest or CIRCUMSTANCE.match(rest) is not None and not any(
            quote.end_char + verb.end() <= m.start for s in sentences for m in s.mentions if m.label != "LOC"))


def set_off_verb_before(quote: Span, sentences: list[SentenceView]) -> bool:
    """"Il colloquio, ha assicurato, «...»": a speech verb between commas, its subject unsaid."""
    head = quote.doc.text[sentences[0].span.start_char:quote.start_char]
    verb = last_match(SPEECH_VERB, head)
    return bool(verb) and head[:verb.start()].rstrip().endswith(",") and head[verb.end():].lstrip().startswith(",")


def source_before(quote: Span, sentences: list[SentenceView], gazetteer: Gazetteer) -> bool:
    """"Secondo Rossi, Bianchi resta «aperto al dialogo»": the person the sentence opens on as its
    source, with no speech verb after, speaks the quote, not the subject it describes."""
    head = doc_text(sentences)[:max(quote.start_char - sentences[0].span.start_char, 0)]
    source = last_match(ACCORDING_TO, head)
    return source is not None and last_match(SPEECH_VERB, head[source.end():]) is None \
        and not opens_with_per(source) \
        and introduced_name(sentences, sentences[0].span.start_char + source.end(), gazetteer) is not None


def doc_text(sentences: list[SentenceView]) -> str:
    first, last_sentence = sentences[0].span, sentences[-1].span
    return first.doc[first.start:last_sentence.end].text.strip()


def quote_speaker(sentences: list[SentenceView], start: int, end: int,
                  quotes: list[tuple[int, int]], gazetteer: Gazetteer) -> Mention | None:
    """The name after a speech verb that follows the quote (", ha detto Witkoff", ", secondo
    Ushakov"), else the subject of a speech verb before it ("Trump ha definito Meloni «...»",
    "Secondo Witkoff, «...»"), else the name before a colon that opens it ("Zelensky ha reagito:
    «...»"). A speech verb whose subject is an institution ("Il Cremlino definisce «utile»") gives
    that institution (so no person's claim); a verb set off by commas ("Neri, ha detto, lavora «bene»") speaks for
    the speaker before, not for the name next to it."""
    names = names_outside(sentences, quotes)
    text, offset = doc_text(sentences), sentences[0].span.start_char
    verb_after = first_verb(text, end - offset)
    if verb_after and verb_after.start() + offset - end <= VERB_AFTER_QUOTE_CHARS:
        # Not a name after a preposition, which completes the verb: "ha scritto su X", "ha
        # dichiarato nel colloquio telefonico con il premier ... Keir Starmer".
        # (After "le parole di", "secondo", the name is the one introduced.)
        introduces = verb_after.re is not SPEECH_VERB
        introduced = introduced_name(sentences, offset + verb_after.end(), gazetteer) if introduces else None
        if introduced:
            return introduced
        after = [m for m in names if m.start >= offset + verb_after.end()
                 and (introduces and is_person(m, gazetteer) or not after_preposition(text[:m.start - offset], m))]
        if introduces and not any(is_person(m, gazetteer) for m in after):
            # "le parole del presidente X": the name completes the words, so it is no role's principal here
            after = [m for s in sentences for m in s.mentions if m.principal_of_role and is_person(m, gazetteer)
                     and m.start >= offset + verb_after.end() and not in_quotes(m, quotes)]
        distance = [m.start - offset - verb_after.end() for m in after]
        if after and not is_person(after[0], gazetteer) and distance[0] <= SUBJECT_AFTER_VERB_CHARS:
            return after[0]             # "ha affermato la Tass": an institution speaks
        # ", ha detto Witkoff"; "afferma ... il segretario di Stato, Carlo Bassi"
        person = next((m for m, d in zip(after, distance) if is_person(m, gazetteer) and d <= 2 * NAME_AFTER_VERB_CHARS),
                      None)
        if person:
            return person
    head = text[:max(start - offset, 0)]
    verb_before = last_match(SPEECH_VERB, head) or last_match(ACCORDING_TO, head)
    if verb_before:
        if head[:verb_before.start()].rstrip().endswith(",") and head[verb_before.end():].lstrip().startswith(","):
            return None
        before = subjects([m for m in names if m.end <= offset + verb_before.start()], text, offset)
        named_after = [m for m in names if offset + verb_before.end() <= m.start < start and is_person(m, gazetteer)]
        if verb_before.re is ACCORDING_TO:      # "secondo Ushakov", "Per Zelensky «...»", "a detta di Peskov"
            first = introduced_name(sentences, offset + verb_before.end(), gazetteer) or next(iter(named_after), None)
            return first if first and (not opens_with_per(verb_before) or names_at(text, verb_before, first, offset)) \
                else None
        between = subjects(named_after, text, offset)      # "ha detto al presidente: «...»" is said to him
        if between and head[:verb_before.start()].rstrip().endswith(","):
            return between[0]           # "Cina e Giappone, ha detto Xi Jinping, «...»": set off, named after
        if described := relative_subject([m for m in names if m.end <= offset + verb_before.start()],
                                         head[:verb_before.start()], offset, gazetteer):
            return described
        if before:
            return before[-1]           # a person, or an institution: "Il Cremlino definisce «utile»"
        return between[-1] if between else None
    if head.rstrip(" «“\"").endswith(":"):
        # the subject before the colon: "Zelensky su Telegram: «...»" is Zelensky's; "Il Cremlino: «...»" no person's
        words = sentences[0].span.doc.char_span(offset, start, alignment_mode="contract")
        if words is not None and (subject := colon_speaker(words, names, gazetteer)):
            return subject
        before = subjects([m for m in names if m.end <= start], text, offset)
        return before[-1] if before and is_person(before[-1], gazetteer) else None
    return None


def interjected_speaker(quote: Span, sentences: list[SentenceView], quotes) -> Mention | None:
    """"La situazione - ha sottolineato Putin - è legata ...": the speaker named inside the quote."""
    found = INTERJECTION.search(quote.text)
    if not found:
        return None
    at, until = quote.start_char + found.start(), quote.start_char + found.end()
    return next((m for s in sentences for m in s.people if at <= m.start < until), None)


def speaker_announced_before(sentences: list[SentenceView], index: int, quotes, gazetteer: Gazetteer) -> Mention | None:
    """'Peskov ha detto:' ends the sentence before the quote."""
    previous = next((s for s in reversed(sentences[:index]) if s.span.text.strip(" \n“«\"")), None)
    if previous is not None and previous.span.text.rstrip().endswith(":"):
        # the subject of the verb before the colon, else the last name that can be one (not "ha detto al
        # presidente:")
        if subject := colon_speaker(previous.span, names_outside([previous], quotes), gazetteer):
            return subject
        before = previous.span
        return last(subjects(speakers_in([previous], quotes, gazetteer), before.text, before.start_char))
    return None


def speaker_named_after(sentences: list[SentenceView], index: int, quotes, gazetteer: Gazetteer) -> Mention | None:
    """'"È stata una telefonata molto utile". Lo ha detto il presidente Emmanuel Macron.' and
    '"Il piano va avanti". Così il ministro Giancarlo Giorgetti ai cronisti.'"""
    if index + 1 < len(sentences):
        following = sentences[index + 1]
        text = following.span.text.lstrip()
        if LO_HA_DETTO.match(text):
            people = speakers_in([following], quotes, gazetteer)
            return people[0] if people else None
        start = following.span.start_char + len(following.span.text) - len(text)
        if SO_SAID.match(text):
            near = [m for m in speakers_in([following], quotes, gazetteer) if m.start < start + SO_SAID_NAME_CHARS]
            # a name in full before a lone word the NER may have taken for a person ("i segretari di Fim, ...")
            return next((m for m in near if " " in m.surface), next(iter(near), None))
        # "Sono queste, a quanto risulta, le parole del presidente X"
        if (words := WORDS_NAMED.search(text[:SO_SAID_NAME_CHARS])) and not words.group().lower().startswith("è "):
            # (the name completes "le parole del presidente", so it is no role's principal here)
            return next((m for m in following.mentions if is_person(m, gazetteer) and m.start >= start + words.end()),
                        None)
    return None
