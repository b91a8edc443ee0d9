"""Token-level fixes that run first: kg_paragraphs (a line break ends a sentence) and
kg_hyphen_names ("Usa-Kiev" is two names).

kg_paragraphs: a line break ends a sentence, and no name runs across it.

News text puts headlines, datelines and paragraphs on lines of their own, often without a final
full stop; the parser and the sentencizer would run them into the next sentence. Runs first, so
the parser keeps these boundaries.
"""
# No `from __future__ import annotations`: spaCy checks initialize()'s settings against its annotations (tables.py).
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.tables import ReadsGazetteerAndFigures

HEADER_TOKENS = 12      # " date 2026-01-21 " is the first few tokens or nothing
LINE_BREAK = re.compile(r"\n+")
HEADER_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start", "token.norm", "doc.ents"])
def make_paragraphs(nlp: Language, name: str) -> "Paragraphs":
    return Paragraphs()


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, *self.match(doc))

    @staticmethod
    def match(doc: Doc) -> tuple[list[int], list[int]]:
        """The tokens that open a line or the title after a " date ..." header (sentence starts), and
        the whitespace tokens holding line breaks."""
        sentence_starts, line_breaks = [], []
        for line_break in LINE_BREAK.finditer(doc.text):
            span = doc.char_span(line_break.start(), line_break.start() + 1, alignment_mode="expand")
            if span is None:
                continue
            token = span[-1]
            if token.i + 1 < len(doc):
                sentence_starts.append(token.i + 1)
            if token.is_space and (not line_breaks or line_breaks[-1] != token.i):
                line_breaks.append(token.i)
        header = HEADER_DATE.match(doc[:HEADER_TOKENS].text)
        if header:       # " date 2026-01-21 Title": the title is a sentence of its own
            title = doc.char_span(header.end(), header.end() + 1, alignment_mode="expand")
            if title is not None and title.start > 0:
                sentence_starts.append(title.start)
        return sentence_starts, line_breaks

    @staticmethod
    def set_annotations(doc: Doc, sentence_starts: list[int], line_breaks: list[int]) -> Doc:
        for i in sentence_starts:
            doc[i].is_sent_start = True
        # The statistical NER respects blocked tokens: no name runs across a line break ("Riad\n\nSergey Lavrov");
        # and it reads the break as the full stop it was trained on, so a name opening the next line is seen.
        for i in line_breaks:
            doc[i].norm_ = "."
        doc.set_ents([], blocked=[doc[i:i + 1] for i in line_breaks])
        return doc


def after_a_given_name(token: Token) -> bool:
    """"la commissaria Maria Lvova-Belova": a capitalised word inside a sentence right before it makes
    the hyphenated word a double surname (not "il vertice Usa-Kiev", nor "Poi Trump-Zelensky")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].whitespace_ \
        and not doc[i - 2].is_punct and not doc[i - 2].is_space and "\n" not in doc[i - 2].whitespace_


@Language.factory("kg_hyphen_names", assigns=["token.text"])
def make_hyphen_names(nlp: Language, name: str) -> "HyphenNames":
    return HyphenNames()


class HyphenNames(ReadsGazetteerAndFigures):
    """Split "Usa-Kiev" and "Trump-Zelensky" into two names around the hyphen, so each can be
    recognised: when the first is a place, or each is written alone elsewhere in the article or is
    the surname of a public figure ("Putin-Witkoff"). "Joint Base Elmendorf-Richardson" stays whole."""
    factory = "kg_hyphen_names"

    def match(self, doc: Doc) -> list[tuple[Token, list[str]]]:
        """The hyphenated tokens to split, each with its two parts."""
        pairs = [(token, parts) for token in doc if "-" in token.text
                 for parts in [token.text.split("-")]
                 if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and len(p) > 1 for p in parts)]
        words = Counter(t.text for t in doc)
        return [(token, parts) for token, parts in pairs if not after_a_given_name(token)
                and (self.gazetteer.is_place(parts[0]) or all(words[p] > 0 or self.figures.has_surname(p) for p in parts))]

    @staticmethod
    def set_annotations(doc: Doc, splits: list[tuple[Token, list[str]]]) -> Doc:
        if splits:
            with doc.retokenize() as retokenizer:
                for token, parts in splits:
                    # Each piece its own head, as every token is before the parser: the parser writes the
                    # heads of the tokens it attaches and keeps the others', so a head set here would
                    # stay on the piece it makes a root and could close a loop (spaCy's E039).
                    retokenizer.split(token, [parts[0], "-", parts[1]], heads=[(token, 0), (token, 1), (token, 2)])
        return doc
