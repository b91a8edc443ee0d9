"""build_pipeline() loads an Italian pipeline and adds kg's rule components.

Importing this module registers the components, in pipeline order: kg_hyphen_names, kg_paragraphs,
(the statistical ner), kg_known_people, kg_name_fixes, kg_name_ruler, kg_org_names, kg_meeting_cues, kg_quotes; and
the functions that load the tables some of them read (tables.py).
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.knowledge import Knowledge
from kg.nlp import BLANK, SHIPPED_MODEL, PipelineError
from kg.nlp import (known_people, meetings, name_fixes, name_ruler, org_names, paragraphs,  # noqa: F401 (registers
                    quotes)                                                                # the factories)
from kg.nlp.lookups import quick_lookups
from kg.nlp.tables import give_tables

# English titles Italian news writes with hyphens, kept one word so they read as a role noun.
HYPHENATED_TITLES = ("commander-in-chief", "Commander-in-Chief", "Commander-in-chief")
# "ha aggiunto Rossi.(Red)": a wire agency's credit glued to the full stop of the last sentence, which
# the tokenizer would keep in one token with the word before it ("Rossi.(Red"), hiding the name.
CREDIT_AFTER_FULL_STOP = r"(?<=[^\W\d_])\.(?=\()|(?<=\.)\((?=[^\W\d_])"


def build_pipeline(model: str | None = None, *, knowledge: Knowledge) -> Language:
    """kg's shipped pipeline, or `model` (an installed package name or a path), plus kg's components,
    which read their tables from `knowledge`."""
    nlp = load_base(model or str(SHIPPED_MODEL))
    for title in HYPHENATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    split_also_at(nlp.tokenizer, CREDIT_AFTER_FULL_STOP)
    nlp.add_pipe("kg_paragraphs", first=True)
    nlp.add_pipe("kg_hyphen_names", first=True)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_known_people", after="ner")
    else:
        nlp.add_pipe("kg_known_people")
    nlp.add_pipe("kg_name_fixes", after="kg_known_people")
    nlp.add_pipe("kg_name_ruler", after="kg_name_fixes")
    nlp.add_pipe("kg_org_names", after="kg_name_ruler")
    nlp.add_pipe("kg_meeting_cues")
    nlp.add_pipe("kg_quotes")
    give_tables(nlp, knowledge)
    nlp.tokenizer = ElisionTokenizer(nlp.tokenizer)
    return nlp


def split_also_at(tokenizer, infix: str) -> None:
    """The tokenizer splits words at `infix` too, besides where its own infixes split them."""
    tokenizer.infix_finditer = re.compile(f"{tokenizer.infix_finditer.__self__.pattern}|{infix}").finditer


# "D’Elia", "O’Brien": a typographic apostrophe in a surname's particle, which the tokenizer and the
# NER read as the end of a word ("Pierluigi" a place, "Elia" another); with the typewriter one they
# read one name ("D'Alema"). Elsewhere ("dell’Ucraina") the NER reads both alike, or better with ’.
TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\b[DO])[’‘](?=[A-Z])")


def as_spacy_reads(text: str) -> str:
    """The text spaCy is given: the same length, so every offset still points into the article."""
    return TYPOGRAPHIC_APOSTROPHE.sub("'", text)


class ElisionTokenizer:
    """The pipeline's tokenizer, given the text with typewriter apostrophes inside words."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(as_spacy_reads(text))

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def load_base(model: str) -> Language:
    if model == BLANK:
        return spacy.blank("it")
    try:
        with quick_lookups():
            return spacy.load(model)
    except OSError as e:
        raise PipelineError(f"cannot load the spaCy pipeline {model!r}: {e}. "
                            "Give a path or an installed package (KG_SPACY_MODEL or --model).") from e
