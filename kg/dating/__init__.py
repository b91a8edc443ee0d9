"""Days: Italian time expressions against an article's publication day (dates.py, the entry point, with
time_words.py, time_patterns.py, expressions.py and calendar_arithmetic.py), and the days of meetings
that other reports of the same meeting give (meetings.py)."""
from __future__ import annotations

from dataclasses import replace

from kg.dating.meetings import dated_meetings
from kg.model import Resolution, Resolved


def date_meetings(resolved: Resolved, min_shared_participants: int) -> Resolution:
    """Resolved entities and grouped meeting reports -> the Resolution, each meeting with its day."""
    names = {a.id: a.name for a in resolved.actors} | {loc.id: loc.name for loc in resolved.locations}
    meetings = dated_meetings(resolved.meeting_groups, names, min_shared_participants)
    return Resolution(resolved.articles, resolved.actors, resolved.locations, resolved.mentions, meetings,
                      resolved.claims, replace(resolved.stats, meetings=len(meetings)))
