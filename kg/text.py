"""The English words kg prints around its numbers (the timeline's captions, the reload summary)."""
from __future__ import annotations


def plural(n: int, word: str) -> str:
    """The word for n of it: "meeting" for one, "meetings" for any other count."""
    return word if n == 1 else word + "s"


def counted(n: int, word: str) -> str:
    """"1 node", "3 nodes"."""
    return f"{n} {plural(n, word)}"
