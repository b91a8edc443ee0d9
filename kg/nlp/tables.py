"""The tables kg's components read (kg/knowledge), given the spaCy way: through each component's
initialize(), never loaded inside it.

build_pipeline() hands over the Knowledge it is given and writes, for each component, the
registered functions that load the same tables into the config's [initialize.components.<name>],
so the pipeline's config declares them, and nlp.initialize() on a pipeline made from that config
(spacy.blank in the tests) loads them:

    [initialize.components.kg_name_ruler.gazetteer]
    @misc = "kg.gazetteer.v1"

nlp.initialize() checks those settings against the annotations of the component's initialize(),
which must be classes there: a module defining one (this one, paragraphs.py) does without
`from __future__ import annotations`.
"""
from typing import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from kg.knowledge import Knowledge, load_knowledge
from kg.knowledge.figures import PublicFigures
from kg.knowledge.names import PersonWords
from kg.knowledge.places import Gazetteer
from kg.knowledge.venues import Venues

# initialize() argument -> the registered function that loads it.
TABLE_LOADERS = {"gazetteer": "kg.gazetteer.v1", "figures": "kg.public_figures.v1", "venues": "kg.venues.v1",
                 "person_words": "kg.person_words.v1"}
# The tables each kg component (by factory) reads, by initialize() argument; Knowledge has a field of each name.
COMPONENT_TABLES = {
    "kg_hyphen_names": ("gazetteer", "figures"),
    "kg_known_people": ("figures",),
    "kg_name_fixes": ("gazetteer", "venues", "person_words"),
    "kg_name_ruler": ("gazetteer", "figures"),
    "kg_org_names": ("gazetteer",),
}


@spacy.registry.misc("kg.gazetteer.v1")
def gazetteer() -> Gazetteer:
    return load_knowledge().gazetteer


@spacy.registry.misc("kg.public_figures.v1")
def public_figures() -> PublicFigures:
    return load_knowledge().figures


@spacy.registry.misc("kg.venues.v1")
def venues() -> Venues:
    return load_knowledge().venues


@spacy.registry.misc("kg.person_words.v1")
def person_words() -> PersonWords:
    return load_knowledge().person_words


def no_examples() -> list[Example]:
    return []


class TablesMissing(RuntimeError):
    def __init__(self, component: str) -> None:
        super().__init__(f"{component} has no tables: build the pipeline with kg.nlp.pipeline.build_pipeline, or call "
                         f"nlp.initialize() with [initialize.components.{component}] (kg/nlp/tables.py)")


class ReadsGazetteer:
    """A kg component that reads the gazetteer, given through initialize(); calling it runs
    match(doc), then set_annotations(doc, found), which the component defines."""
    factory = ""        # the component's factory name, for the message when the gazetteer is missing
    gazetteer: Gazetteer | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            raise TablesMissing(self.factory)
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: list) -> Doc:
        raise NotImplementedError


class ReadsGazetteerAndVenues(ReadsGazetteer):
    """A kg component that also reads the venue table ("Quirinale", "Casa Bianca")."""
    venues: Venues | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer, venues: Venues) -> None:
        self.gazetteer, self.venues = gazetteer, venues


class ReadsNameTables(ReadsGazetteerAndVenues):
    """A kg component that also reads the words of people's names (kg/data/person_words.txt)."""
    person_words: PersonWords = PersonWords()

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer, venues: Venues, person_words: PersonWords) -> None:
        self.gazetteer, self.venues, self.person_words = gazetteer, venues, person_words


class ReadsGazetteerAndFigures(ReadsGazetteer):
    """A kg component that also reads the public figures ("Putin", "Meloni")."""
    figures: PublicFigures | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer, figures: PublicFigures) -> None:
        self.gazetteer, self.figures = gazetteer, figures


def initialize_config(component: str) -> dict[str, dict[str, str]]:
    """The [initialize.components.<component>] section: each table it reads, by its registered loader."""
    return {table: {"@misc": TABLE_LOADERS[table]} for table in COMPONENT_TABLES[component]}


def give_tables(nlp: Language, knowledge: Knowledge) -> None:
    """Initialize kg's components in `nlp` with `knowledge`, and declare their tables in its config.
    Only kg's components: nlp.initialize() would reset the trained ones."""
    for name in nlp.pipe_names:
        factory = nlp.get_pipe_meta(name).factory
        if factory in COMPONENT_TABLES:
            nlp.config["initialize"]["components"][name] = initialize_config(factory)
            tables = {table: getattr(knowledge, table) for table in COMPONENT_TABLES[factory]}
            nlp.get_pipe(name).initialize(no_examples, nlp=nlp, **tables)
