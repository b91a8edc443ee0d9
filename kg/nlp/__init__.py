"""The spaCy side of kg: which pipeline reads the articles (this module, without importing spaCy,
so that a run with nothing to parse starts without it) and how it is built (pipeline.py: spaCy's
Italian pipeline and kg's rule components, one module each).
"""
from __future__ import annotations

from pathlib import Path

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "it_kg_news"
# "blank" runs the rules alone on spaCy's Italian tokenizer: quick, for tests of the rules.
BLANK = "blank"


class PipelineError(Exception):
    pass
