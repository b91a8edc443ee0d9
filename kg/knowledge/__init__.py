"""What kg knows before it reads an article: names and transliteration, the words of people's names
(names.py), places (places.py), public figures (figures.py), venues and their cities (venues.py), the bodies a palace
or a nickname stands for (institutions.py), the Italian lexicon (lexicon.py). Every table comes from
kg/data (sources in each file's header); load_knowledge() reads them, once per process."""
from __future__ import annotations

import functools
from dataclasses import dataclass

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


@functools.cache
def load_knowledge() -> Knowledge:
    return Knowledge(load_gazetteer(), load_figures(), load_venues(), load_institutions(), load_person_words())
