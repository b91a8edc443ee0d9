"""Every threshold of resolution in one place, each with the reason for its value."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResolverConfig:
    # Reports of one meeting may differ by a few days: announced on the 1st, held on the 2nd.
    meeting_days_apart: int = 3
    # Two reports are one meeting when they share two people (or every person of the smaller one):
    # one shared person is anyone's next meeting.
    min_shared_participants: int = 2
    # A report dated only by its article's day may be a day late (news of last night's meeting).
    defaulted_day_slack: int = 1
    # Organisations and places the gazetteer does not know join at this rapidfuzz ratio of their
    # transliteration keys: "palazo ciragan" / "palazo cirigan" 92.9 joins; "comisione ue" /
    # "comisione europea" 82.8 does not.
    same_spelling_min_score: float = 90.0
    # A bare role noun ("il presidente") links only within its article; across articles it needs a
    # qualifier too ("presidente russo").
    min_role_words_across_articles: int = 2
    # A role links to its most frequent holder only if twice as frequent as the next: one article
    # that calls someone else "il ministro" must not flip it.
    role_holder_margin: int = 2
    # Where no holder is clear (two people titled "vicepremier" in one article), the role is the holder
    # named last before it, within this many characters: "Più cauto Salvini. Il vicepremier ha spiegato
    # ..." (about two sentences of news prose; farther back the reader has lost the thread too).
    role_antecedent_chars: int = 300
    # "Peskov Dmitri" or "Dmitri Peskov"? The word the set writes more often as a surname is the
    # surname; a public figure's surname counts this many times, since the table knows which it is
    # (one agency line must not turn "Dmitry Peskov" round).
    figure_surname_weight: int = 10

    def __post_init__(self) -> None:
        # meetings.py finds a report's group through the people it shares with it: none shared is no meeting.
        if self.min_shared_participants < 1:
            raise ValueError("min_shared_participants must be 1 or more")


DEFAULT_CONFIG = ResolverConfig()
