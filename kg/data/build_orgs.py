"""Build kg/data/orgs-it.txt.gz, the organisation names kg/nlp/org_names.py matches in text.

Source: KIND's list of organisation names from Italian Wikipedia
(../shared/nlp-data/kind/gazetteer-it-ORG-wikipedia.txt, "ORG name" per line; github.com/dhfbk/KIND,
CC BY-NC 4.0 like the rest of KIND, so this file is non-commercial too, as is kg's pipeline).

Run from the repository root after changing the filters below (about 20 s):

    pip install gender-guesser                 # build-time only, as for build_places.py
    python kg/data/build_orgs.py [PATH-TO-KIND-LIST]

Each output line is one name, lower-cased and split into spaCy Italian tokens with single spaces,
so the matcher needs no tokenizer at load time.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import gender_guesser.detector
import spacy
import spacy_lookups_data
from spacy.lang.it.stop_words import STOP_WORDS

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from kg.knowledge.lexicon import ROLE_NOUNS  # noqa: E402
from kg.knowledge.places import load_gazetteer  # noqa: E402

DEFAULT_SOURCE = HERE.parent.parent.parent / "shared" / "nlp-data" / "kind" / "gazetteer-it-ORG-wikipedia.txt"
OUTPUT = HERE / "orgs-it.txt.gz"
# Longer names are titles of laws, songs and the like more than organisations a news text names.
MAX_TOKENS = 8
# An all-capital name this short is an acronym ("NATO", "TASS"): its mixed-case form ("Nato",
# "Tass") is the organisation even when it is also an Italian word ("nato", born).
MAX_ACRONYM_LENGTH = 6


def italian_words() -> set[str]:
    """Every lower-case word form of morph-it (spacy-lookups-data), to drop one-word names that
    are ordinary words ("Stato", "Governo", "Chiesa")."""
    data = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set()
    for table in data.glob("it_lemma_lookup*.json.gz"):
        mapping = json.loads(gzip.open(table).read())
        words.update(k for k in mapping if k.islower())
        words.update(v for v in mapping.values() if isinstance(v, str) and v.islower())
    return words


def acronyms_of(names: list[str]) -> set[str]:
    return {n.lower() for n in names if n.isupper() and n.isalnum() and len(n) <= MAX_ACRONYM_LENGTH}


def is_given_name(word: str, detector=gender_guesser.detector.Detector()) -> bool:
    """"Aaron", "Dionysus": a band or a firm named like a person would turn the person into an organisation."""
    return detector.get_gender(word.capitalize()) != "unknown"


def keep(name: str, tokens: list[str], acronyms: set[str], words: set[str], is_place) -> bool:
    if len(name) < 2 or not name[0].isupper() and not name[0].isdigit() or len(tokens) > MAX_TOKENS:
        return False
    if is_place(name):
        return False
    if len(tokens) == 1:
        lower = tokens[0]
        if len(lower) <= 2:      # "TV", "GB", "HD": more often a common abbreviation than the body
            return False
        if lower in acronyms:
            return True
        return lower not in words and lower not in STOP_WORDS and lower not in ROLE_NOUNS \
            and not is_given_name(lower)
    return True


def main(source: Path) -> None:
    names = sorted({line[4:].strip() for line in source.read_text(encoding="utf-8").splitlines()
                    if line.startswith("ORG ")})
    tokenizer = spacy.blank("it").tokenizer
    acronyms, words, gazetteer = acronyms_of(names), italian_words(), load_gazetteer()
    kept = set()
    for name, doc in zip(names, tokenizer.pipe(names)):
        tokens = [t.lower_ for t in doc]
        if keep(name, tokens, acronyms, words, gazetteer.is_place):
            kept.add(" ".join(tokens))
    data = ("\n".join(sorted(kept)) + "\n").encode("utf-8")
    OUTPUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))   # mtime 0: rebuilds are byte-identical
    print(f"{len(kept)} of {len(names)} names -> {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
