"""What kg knows before it reads an article: names and transliteration, the words of people's
names (names.py), places (places.py), public figures (figures.py), venues and their cities
(venues.py), the bodies a palace or a nickname stands for (institutions.py), the Italian lexicon
(lexicon.py). Every table comes from kg/data (sources in each file's header); load_knowledge() reads
them, once per process, or the copy a run before kept."""
from __future__ import annotations

import functools
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from kg.kept import UNREADABLE, keep_pickle, sources_digest
from kg.knowledge.figures import PublicFigures, load_figures
from kg.knowledge.institutions import InstitutionAliases, load_institutions
from kg.knowledge.names import PersonWords, load_person_words
from kg.knowledge.places import Gazetteer, load_gazetteer
from kg.knowledge.venues import Venues, load_venues


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    figures: PublicFigures
    venues: Venues
    institutions: InstitutionAliases = InstitutionAliases()
    person_words: PersonWords = PersonWords()


KG_DIR = Path(__file__).resolve().parents[1]
# What the tables are made of: where either changes, the kept copy is another file.
KNOWLEDGE_SOURCES = ("knowledge/*.py", "data/*.tsv", "data/*.txt", "data/*.gz")


@functools.cache
def load_knowledge() -> Knowledge:
    """The tables, from the copy pickled in the user's cache folder when this code and data made it:
    read from kg/data they take 0.27 s in each process of a reload (the command and the spaCy
    reader), unpickled 0.07 s."""
    path = kept_knowledge_path()
    try:
        with open(path, "rb") as f:
            kept = pickle.load(f)
        if isinstance(kept, Knowledge):
            return kept
    except UNREADABLE:
        pass
    knowledge = read_knowledge()
    try:
        keep_pickle(path, knowledge)
        for older in path.parent.glob("knowledge-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)     # another version's: one copy at a time
    except (OSError, pickle.PicklingError):
        pass        # a cache: the next run reads kg/data again
    return knowledge


def read_knowledge() -> Knowledge:
    gazetteer, venues = load_gazetteer(), load_venues()
    gazetteer.venues = venues      # a venue is a place a meeting is put in, as a city is
    return Knowledge(gazetteer, load_figures(), venues, load_institutions(), load_person_words())


def kept_knowledge_path() -> Path:
    """$XDG_CACHE_HOME/kg (else ~/.cache/kg)/knowledge-<digest of the sources>.pickle."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"
    return cache / f"knowledge-{sources_digest(KG_DIR, KNOWLEDGE_SOURCES).hex()[:16]}.pickle"
