"""The sentences of an article and the mentions in each, shared by the meeting and claim rules."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from kg.knowledge.places import Gazetteer
from kg.model import Mention


SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "”", "\"", "'", ")"}


def sentences_of(doc: Doc) -> list[Span]:
    """The parser's sentences, rejoined where it cut inside one: a sentence that does not end in
    final punctuation or a line break runs on ("... Francia (il presidente Emmanuel Macron), Polonia
    (il premier Donald Tusk), Grecia ...")."""
    joined: list[Span] = []
    for sent in doc.sents:
        if joined and runs_on(joined[-1]):
            joined[-1] = doc[joined[-1].start:sent.end]
        else:
            joined.append(sent)
    return joined


def runs_on(sent: Span) -> bool:
    last_token = sent[-1]
    return not (last_token.text in SENTENCE_END or "\n" in last_token.whitespace_ or "\n" in last_token.text
                or last_token.i + 1 >= len(sent.doc) or "\n" in last_token.text_with_ws)


@dataclass(frozen=True)
class SentenceView:
    span: Span
    mentions: list[Mention]
    gazetteer: Gazetteer = field(repr=False, compare=False)     # tells a person from a place the NER took for one

    @property
    def people(self) -> list[Mention]:
        """Who may take part in a meeting or speak: people and roles, not a role's principal
        ("Trump" of "l'inviato di Trump") nor a known place the NER took for a person ("a Riad")."""
        roles = [m for m in self.mentions if m.label == "ROLE"]
        return [m for m in self.mentions if is_person(m, self.gazetteer) and not m.principal_of_role
                and not any(r.start <= m.start and m.end <= r.end for r in roles if r is not m)]


def is_person(m: Mention, gazetteer: Gazetteer) -> bool:
    """A person or a role; not a name the NER took for a person that the gazetteer knows as a place."""
    return m.label == "ROLE" or (m.label == "PER" and not gazetteer.is_place(m.surface))


def tokens_of(doc: Doc, m: Mention) -> Span | None:
    """The tokens a mention covers (a partly covered token counts)."""
    return doc.char_span(m.start, m.end, alignment_mode="expand")


def without_names_in(sentence: SentenceView, stretches: list[tuple[int, int]]) -> SentenceView:
    """The sentence without the names that start inside the given (start, end) character stretches."""
    return replace(sentence, mentions=[m for m in sentence.mentions
                                       if not any(start <= m.start < end for start, end in stretches)])


def sentence_index(sentences: list[SentenceView], token_index: int) -> int | None:
    return next((i for i, s in enumerate(sentences) if s.span.start <= token_index < s.span.end), None)
