"""The sentences of an article and the mentions in each, shared by the meeting and claim rules."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.knowledge.places import Gazetteer
from kg.model import Mention


SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "”", "\"", "'", ")"}
# The parser's relations of a clause's subject (kg/extract reads who met and who spoke from them)
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})


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
    """A person or a role; not a name the NER took for a person that the gazetteer knows as a place
    or a venue ("a Diaoyutai")."""
    return m.label == "ROLE" or (m.label == "PER" and not gazetteer.is_place(m.surface)
                                 and not gazetteer.is_venue(m.surface))


def with_auxiliaries(verb: Token) -> list[Token]:
    """The verb and its auxiliaries: "ha incontrato", "sarà ricevuto", "di aver parlato"."""
    return [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]


def tokens_of(doc: Doc, m: Mention) -> Span | None:
    """The tokens a mention covers (a partly covered token counts)."""
    return doc.char_span(m.start, m.end, alignment_mode="expand")


def without_names_in(sentence: SentenceView, stretches: list[tuple[int, int]]) -> SentenceView:
    """The sentence without the names that start inside the given (start, end) character stretches."""
    return replace(sentence, mentions=[m for m in sentence.mentions
                                       if not any(start <= m.start < end for start, end in stretches)])


def sentence_index(sentences: list[SentenceView], token_index: int) -> int | None:
    return next((i for i, s in enumerate(sentences) if s.span.start <= token_index < s.span.end), None)


def relative_clauses_apart_from(sentence: SentenceView, token_indices: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """The character stretches of the sentence's relative clauses that tell of something other than
    the tokens (meeting words) or a person the sentence names: "Alla vigilia dei 60 anni [che compirà
    sabato a Lione], ha salutato il sindaco" (the birthday's day and place, not the greeting's);
    not "l'incontro, che si è svolto in Comune" nor "ha incontrato X, che è arrivato a Roma" (where X
    came to meet). With no token, all relative clauses that tell of no person."""
    sent = sentence.span
    told_of = [(m.start, m.end) for m in sentence.people]
    for token in (sent.doc[i] for i in token_indices):
        told_of.append((token.idx, token.idx + len(token.text)))

    def tells_of_them(verb: Token) -> bool:     # the parser may hang the clause on the main verb instead
        before = sent.doc[verb.left_edge.i - 1] if verb.left_edge.i > sent.start else verb.head
        before = sent.doc[before.i - 1] if before.is_punct and before.i > sent.start else before
        # "il vertice di maggioranza che si è tenuto ieri": the parser may hang it on the noun's complement
        complemented = verb.head.head if verb.head.dep_ == "nmod" else verb.head
        return any(start <= t.idx < end for t in (verb.head, before, complemented) for start, end in told_of)

    def holds_a_token(verb: Token) -> bool:
        return any(verb.left_edge.i <= i <= verb.right_edge.i for i in token_indices)

    return [(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)) for verb in sent
            if verb.dep_ == "acl:relcl" and not holds_a_token(verb) and not tells_of_them(verb)]
