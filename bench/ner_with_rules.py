"""NER of kg's whole pipeline (statistical NER + kg_name_ruler's gazetteer and role rules) on a
held-out KIND split, against the bare statistical NER.

Usage (from the project root; training/corpus/ comes from `python training/prepare.py`):
    .venv/bin/python bench/ner_with_rules.py [training/corpus/ner_wn_test.spacy]
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

from kg.knowledge import load_knowledge
from kg.nlp import SHIPPED_MODEL
from kg.nlp.pipeline import build_pipeline

DEFAULT_TEST = Path(__file__).resolve().parent.parent / "training" / "corpus" / "ner_wn_test.spacy"


def score(nlp, gold_docs) -> dict:
    examples = [Example(nlp(doc.text), doc) for doc in gold_docs]
    return Scorer.score_spans(examples, "ents")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TEST
    base = spacy.load(SHIPPED_MODEL)
    gold_docs = list(DocBin().from_disk(path).get_docs(base.vocab))
    for name, nlp in (("bare NER", base), ("NER + kg rules", build_pipeline(knowledge=load_knowledge()))):
        s = score(nlp, gold_docs)
        per = ", ".join(f"{k} {v['f'] * 100:.1f}" for k, v in sorted(s["ents_per_type"].items()))
        print(f"{name:15s} P {s['ents_p'] * 100:.1f}  R {s['ents_r'] * 100:.1f}  F {s['ents_f'] * 100:.1f}  ({per})")


if __name__ == "__main__":
    main()
