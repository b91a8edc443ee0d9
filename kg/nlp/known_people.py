"""kg_known_people: the names of public figures (kg/data/public_figures.tsv) are people, whatever
the statistical NER made of them ("Xi Jinping" read as a place "Jinping").

Runs right after the NER, before kg_name_fixes; it marks only names of two words or more, written
in full (also surname first, "Ushakov Yuri"), surnames with a particle ("al-Sisi") and a surname in
any transliteration right after a title ("il presidente Zelenskyj"), so a common word that is also a
surname is left to the other components.
"""
# No `from __future__ import annotations`: spaCy checks initialize()'s settings against its annotations (tables.py).
from typing import Callable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.knowledge.figures import PublicFigures
from kg.knowledge.lexicon import ROLE_NOUNS
from kg.knowledge.names import split_person_name, without_diacritics
from kg.nlp.tables import TablesMissing


def plain_spelling(name: str) -> str:
    """The name as the press also writes it, with no diacritics nor apostrophes: "Viktor Orban" for
    "Viktor Orbán", "Gideon Saar" for "Gideon Sa'ar"."""
    return without_diacritics(name).replace("'", "").replace("’", "")


def has_particle(surname: str) -> bool:
    """"al-Sisi", "von der Leyen", "bin Salman": a surname with a particle in lower case is no common word."""
    return any(w[:1].islower() for w in surname.replace("-", " ").split())


@Language.factory("kg_known_people", assigns=["doc.ents"])
def make_known_people(nlp: Language, name: str) -> "KnownPeople":
    return KnownPeople(nlp)


class KnownPeople:
    factory = "kg_known_people"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher: PhraseMatcher | None = None
        self.figures: PublicFigures | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   figures: PublicFigures) -> None:
        self.figures = figures
        written = {n for f in figures.figures for n in f.names if len(n.split()) > 1}
        written |= {surname for n in written if has_particle(surname := split_person_name(n).surname)}
        # surname first, as agency lists write it: "Ushakov Yuri", "Peskov Dmitry"
        written |= {f"{words[1]} {words[0]}" for n in written if len(words := n.split()) == 2}
        names = sorted({spelling for n in written for spelling in (n, plain_spelling(n))})
        self.matcher = PhraseMatcher(self.nlp.vocab)
        self.matcher.add("PER", [self.nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            raise TablesMissing(self.factory)
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Span]:
        """The spans that write a figure's name in full, and a figure's surname in any transliteration
        right after a title ("il presidente Zelenskyj") that the NER took for a place or a body."""
        titled = [Span(doc, t.i, t.i + 1, label="PER") for t in doc[1:]
                  if t.ent_type_ in ("LOC", "ORG") and t.ent_iob_ == "B" and t.is_title
                  and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
                  and doc[t.i - 1].lower_ in ROLE_NOUNS and self.figures.has_surname(t.text)]
        return [Span(doc, start, end, label="PER") for _, start, end in self.matcher(doc)] + titled

    @staticmethod
    def set_annotations(doc: Doc, people: list[Span]) -> Doc:
        """The names win over the entities they overlap or have another label ("Gideon Saar" read as an
        organisation); an entity that holds a whole name and more ("USA Donald Trump") is kg_name_fixes'
        to split."""
        people = [p for p in people if not any(e.start <= p.start and p.end <= e.end and len(e) > len(p)
                                               for e in doc.ents)]
        if people:
            kept = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in people)]
            doc.ents = filter_spans(kept + people)
        return doc
