"""kg_paragraphs: a line break ends a sentence.

News text puts headlines, datelines and paragraphs on lines of their own, often without a final
full stop; the parser and the sentencizer would run them into the next sentence. Runs first, so
the parser keeps these boundaries.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or "\n" in previous.text:
            token.is_sent_start = True
    return doc
