"""Claims: quoted passages (kg_quotes) and reported speech ("ha detto che", "secondo X"), each
with its speaker.

This module reads the article sentence by sentence and keeps track of who spoke last; finding a
claim and its speaker is for quoted_claims.py and reported_claims.py, with claim_speakers.py and
speech_patterns.py.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.claim_speakers import RecentSpeaker, fellow_speakers, first_person
from kg.extract.quoted_claims import quoted_claim
from kg.extract.reported_claims import reported_claim, unnamed_reported_claim
from kg.extract.sentences import SentenceView, sentence_index
from kg.extract.speech_patterns import SPEECH_VERB, WORDS_OF
from kg.knowledge.places import Gazetteer
from kg.model import Article, ClaimMention, Mention
from kg.nlp.name_ruler import DASHES
from kg.nlp.quotes import QUOTES_SPANS_KEY

MIN_QUOTE_WORDS = 2
# ", mentre il ministro ha ribadito che": a clause of its own, with its own speaker
WHILE_CLAUSE = re.compile(r",\s*mentre\s+", re.IGNORECASE)


def claims_in(article: Article, doc: Doc, sentences: list[SentenceView], gazetteer: Gazetteer) -> list[ClaimMention]:
    """Quoted and reported statements, in text order. A quote whose sentence names nobody
    ("«è stato epico», ha assicurato") continues the last speaker of the sentences just before."""
    quotes = [(q.start_char, q.end_char) for q in doc.spans[QUOTES_SPANS_KEY]]
    quotes_by_sentence = defaultdict(list)
    for quote in doc.spans[QUOTES_SPANS_KEY]:
        if is_statement(quote.text):
            quotes_by_sentence[sentence_index(sentences, quote.start)].append(quote)
    claims, recent, continued = [], RecentSpeaker(), set()
    for i, sentence in enumerate(sentences):
        found = [c for q in quotes_by_sentence.get(i, [])
                 if (c := quoted_claim(article, q, sentences, i, quotes, recent, gazetteer))]
        for q in quotes_by_sentence.get(i, []):
            continued.update(range(i + 1, (sentence_index(sentences, q.end - 1) or i) + 1))
        # A sentence a quote runs into is that quote's, not a statement of its own.
        if i not in continued:
            last = recent.at(i) or first_person(sentences[i - 1:i])
            before = next((s for s in reversed(sentences[:i]) if s.span.text.strip()), None)
            read = quotes_by_sentence.get(i, []) if found else []      # a clause with a quote read above
            found += [attributed_to_sentence_before(claim, before) if before and says_nothing(claim) else claim
                      for clause in speaking_clauses(sentence)
                      if not any(clause.span.start <= q.start < clause.span.end for q in read)
                      and (claim := reported_claim(article, clause, quotes, gazetteer, last)
                           or unnamed_reported_claim(article, clause, last))]
        for claim in found:
            recent.said(claim.speaker, i)
        found += [replace(claim, speaker=fellow, fallback_speaker=None)
                  for claim in found for fellow in fellow_speakers(claim.speaker, sentences)]
        if not found and (announced := words_announced_of(sentence)):
            recent.said(announced, i)       # "Dichiarazioni di Medinsky": the quotes that follow are his
        claims.extend(found)
    return joined_by_speaker(claims)


def speaking_clauses(sentence: SentenceView) -> list[SentenceView]:
    """"X ha spiegato che ..., mentre Y ha ribadito che ...": two clauses, each with its own speaker."""
    text, start = sentence.span.text, sentence.span.start_char
    cut = WHILE_CLAUSE.search(text)
    if not cut or not SPEECH_VERB.search(text, 0, cut.start()) or not SPEECH_VERB.search(text, cut.end()):
        return [sentence]
    doc = sentence.span.doc
    first = doc.char_span(start, start + cut.start(), alignment_mode="contract")
    second = doc.char_span(start + cut.end(), sentence.span.end_char, alignment_mode="contract")
    if first is None or second is None or not len(first) or not len(second):
        return [sentence]
    return [replace(sentence, span=first, mentions=[m for m in sentence.mentions if m.end <= first.end_char]),
            replace(sentence, span=second, mentions=[m for m in sentence.mentions if m.start >= second.start_char])]


def words_announced_of(sentence: SentenceView) -> Mention | None:
    """"Dichiarazioni del capo negoziatore tedesco Vos", "Le parole di Zelensky": a headline
    that announces someone's words."""
    found = WORDS_OF.search(sentence.span.text)
    if not found:
        return None
    at = sentence.span.start_char + found.end()
    return next((m for m in sentence.people if m.start >= at and m.label == "PER"), None)


def says_nothing(claim: ClaimMention) -> bool:
    """"— ha aggiunto Medinsky.": a line that opens with a dash and only attributes; what was said
    is the sentence before."""
    rest = claim.text.replace(claim.speaker.surface, "")
    return claim.evidence.lstrip()[:1] in DASHES and not any(ch.isalnum() for ch in rest)


def attributed_to_sentence_before(claim: ClaimMention, before: SentenceView) -> ClaimMention:
    said = before.span.text.strip()
    return replace(claim, text=said, evidence=f"{said}\n{claim.evidence}")


def joined_by_speaker(claims: list[ClaimMention]) -> list[ClaimMention]:
    """Quotes of one speaker in one sentence are one claim: "«...», ha detto X, «...»"."""
    joined: dict[tuple, ClaimMention] = {}
    for c in claims:
        key = (c.evidence, c.speaker.start)
        if key in joined:
            joined[key] = replace(joined[key], text=f"{joined[key].text} … {c.text}")
        else:
            joined[key] = c
    return list(joined.values())


def is_statement(text: str) -> bool:
    """Not a title or a name in quotes (“Al Arabiya”, “Pursuing Peace”); a shout is («POSTA ALTA!!!»)."""
    words = text.split()
    return len(words) >= MIN_QUOTE_WORDS and (not all(w[:1].isupper() for w in words)
                                              or text.rstrip().endswith(("!", "?")))
