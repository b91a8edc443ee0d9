"""Token-level fixes that run first: kg_paragraphs (a line break ends a sentence) and
kg_hyphen_names ("Usa-Kiev" is two names).

kg_paragraphs: a line break ends a sentence, and no name runs across it.

News text puts headlines, datelines and paragraphs on lines of their own, often without a final
full stop; the parser and the sentencizer would run them into the next sentence. Runs first, so
the parser keeps these boundaries.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from kg.knowledge.figures import load_figures
from kg.knowledge.places import load_gazetteer

HEADER_TOKENS = 12      # " date 2026-01-21 " is the first few tokens or nothing
LINE_BREAK = re.compile(r"\n+")
HEADER_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")


@Language.component("kg_paragraphs", assigns=["token.is_sent_start", "token.norm", "doc.ents"])
def paragraphs(doc: Doc) -> Doc:
    breaks = []         # the whitespace tokens holding line breaks (only those need a look)
    for line_break in LINE_BREAK.finditer(doc.text):
        span = doc.char_span(line_break.start(), line_break.start() + 1, alignment_mode="expand")
        if span is None:
            continue
        token = span[-1]
        if token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
        if token.is_space and (not breaks or breaks[-1].i != token.i):
            breaks.append(token)
    # The statistical NER respects blocked tokens: no name runs across a line break ("Riad\n\nSergey Lavrov");
    # and it reads the break as the full stop it was trained on, so a name opening the next line is seen.
    for token in breaks:
        token.norm_ = "."
    doc.set_ents([], blocked=[doc[t.i:t.i + 1] for t in breaks])
    header = HEADER_DATE.match(doc[:HEADER_TOKENS].text)
    if header:       # " date 2026-01-21 Title": the title is a sentence of its own
        title = doc.char_span(header.end(), header.end() + 1, alignment_mode="expand")
        if title is not None and title.start > 0:
            title[0].is_sent_start = True
    return doc


@Language.component("kg_hyphen_names", assigns=["token.text"])
def hyphen_names(doc: Doc) -> Doc:
    """Split "Usa-Kiev" and "Trump-Zelensky" into two names around the hyphen, so each can be
    recognised: when the first is a place, or each is written alone elsewhere in the article or is
    the surname of a public figure ("Putin-Witkoff"). "Joint Base Elmendorf-Richardson" stays whole."""
    pairs = [(token, parts) for token in doc if "-" in token.text
             for parts in [token.text.split("-")]
             if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and len(p) > 1 for p in parts)]
    if not pairs:
        return doc
    gazetteer, figures = load_gazetteer(), load_figures()
    words = Counter(t.text for t in doc)
    with doc.retokenize() as retokenizer:
        for token, parts in pairs:
            if gazetteer.is_place(parts[0]) or all(words[p] > 0 or figures.has_surname(p) for p in parts):
                retokenizer.split(token, [parts[0], "-", parts[1]], heads=[(token, 0), (token, 0), (token, 0)])
    return doc
