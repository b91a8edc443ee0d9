"""Stable ids and the links resolution makes: which entity a mention joined, and why."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import NamedTuple

from kg.model import Mention


class Link(NamedTuple):
    """Which entity a mention joined, by which rule (the names `kg explain` prints) and score."""
    entity: str
    rule: str
    score: float = 100.0


def key(m: Mention) -> tuple[str, int, int]:
    return (m.article, m.start, m.end)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def most_written_first(counts: Counter) -> list[str]:
    """The names (or titles) by how often they were written, a tie to the longer, then the first in
    alphabetical order: never to the one read first, so that the order of the articles (an article
    added later may sort anywhere among them) changes no entity's name."""
    return sorted(counts, key=lambda s: (-counts[s], -len(s), s))
