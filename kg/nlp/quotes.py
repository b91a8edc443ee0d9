"""kg_quotes: mark quoted passages (“…”, «…», "…") in doc.spans, the quote marks left out.

Reads characters only. Who said it is decided in kg/extract.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

QUOTES_SPANS_KEY = "kg_quotes"
# Straight double quotes pair up in order. A quote may run on into the next line (a statement
# of two paragraphs), never across a blank line.
QUOTE_PATTERN = re.compile(r"“([^”\n]{2,}?(?:\n[^”\n]+?)?)”|«([^»\n]{2,}?(?:\n[^»\n]+?)?)»"
                           r"|\"([^\"\n]{2,}?(?:\n[^\"\n]+?)?)\"|„([^“”\n]{2,}?(?:\n[^“”\n]+?)?)[“”]")


OPENING_MARK = re.compile(r"[“«„]")
CLOSING_MARK = re.compile(r"[”»]")


@Language.factory("kg_quotes", assigns=["doc.spans"], default_config={"spans_key": QUOTES_SPANS_KEY})
def make_quotes(nlp: Language, name: str, spans_key: str) -> "Quotes":
    return Quotes(spans_key=spans_key)


class Quotes:
    def __init__(self, *, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    @staticmethod
    def match(doc: Doc) -> list[Span]:
        return [span for span in map(lambda m: quote_span(doc, m), find_quotes(doc.text)) if span is not None]

    def set_annotations(self, doc: Doc, quotes: list[Span]) -> Doc:
        doc.spans[self.spans_key] = quotes
        return doc


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each quoted passage, without its quote marks."""
    closed = [(m.start(g), m.end(g)) for m in QUOTE_PATTERN.finditer(text) for g in range(1, 5) if m.group(g)]
    return sorted(closed + unclosed_quotes(text, closed))


def unclosed_quotes(text: str, closed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opening mark the paragraph never closes runs to the paragraph's end: Italian opens each
    paragraph of a long quote and closes only the last, and a text cut short ends inside one."""
    found = []
    for mark in OPENING_MARK.finditer(text):
        start = mark.end()
        if any(s - 1 <= mark.start() < e + 1 for s, e in closed + found):
            continue
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if CLOSING_MARK.search(text, start, end):
            continue
        # “...“: an opening mark typed where the closing one belongs closes the quote
        same = text.find(mark.group(), start, end) if mark.group() == "“" else -1
        end = same if same > start else end
        if len(text[start:end].split()) >= 2:
            found.append((start, end))
    return found


def quote_span(doc: Doc, offsets: tuple[int, int]) -> Span | None:
    return doc.char_span(offsets[0], offsets[1], label="QUOTE", alignment_mode="expand")
