"""Meetings on the public record: the day of a meeting no article dates (kg/data/meetings_on_record.tsv).

"Ieri a Gedda sono iniziate le trattative" under a "date 2025-03" header leaves the Jeddah talks
without a day; the record knows they were held on 11 March 2025. kg/resolve asks `fitting` for a
meeting told as held that none of its articles gives a day (one only announced may be another,
off the record), and takes the day only when one recorded meeting fits:
two of its people at least, its place (a venue, the city or the country the article names), the
article's month, the weekday it names ("mercoledì") and the round an ordinal names ("il secondo
round di colloqui"); and only when the text names a place, a weekday or a round, since two people
and a month alone may have met off the record. When several fit, the meeting stays undated, and
no other article's meeting of those people near that day lends it its day either: the record
shows they met more than once. The text always wins: a meeting any article dates keeps that day.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.figures import items, table_rows
from kg.names import fold, same_person
from kg.places import Gazetteer

TABLE = Path(__file__).parent / "data" / "meetings_on_record.tsv"
COLUMNS = 5
MIN_SHARED_PEOPLE = 2
ORDINALS = {"prim": 1, "second": 2, "terz": 3, "quart": 4, "quint": 5, "sest": 6}
# "il secondo round", "la terza tornata", "del primo incontro": the round of a series of talks.
_ROUND = re.compile(r"\b(?P<stem>prim|second|terz|quart|quint|sest)[oa]\s+"
                    r"(?:round|incontro|ciclo|tornata|sessione|turno)\b", re.IGNORECASE)
# A round the text sets the told one against ("dopo il primo incontro", "prima del secondo round")
# or dates itself ("il primo incontro dello scorso 16 maggio") is another round.
_ANOTHER_BEFORE = re.compile(r"\b(?:dopo|prima|rispetto|dal|dall')\W+(?:\w+\W+)?$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"^\W+(?:\w+\W+){0,2}?(?:del|dello|dell'|di)\s+(?:scorso\s+)?\d", re.IGNORECASE)


@dataclass(frozen=True)
class KnownMeeting:
    day: date
    places: tuple[str, ...]    # the city first, then the venues the news names it by
    people: tuple[str, ...]
    series: str | None         # "Istanbul talks"
    round: int | None          # its number in the series
    what: str


class MeetingRecord:
    def __init__(self, meetings: list[KnownMeeting]) -> None:
        self.meetings = meetings
        self._attending: dict[str, frozenset[int]] = {}

    def attended_by(self, name: str) -> frozenset[int]:
        """The indices of the recorded meetings this person (in any spelling) attended."""
        if name not in self._attending:
            self._attending[name] = frozenset(i for i, m in enumerate(self.meetings)
                                              if any(same_person(name, known)[0] for known in m.people))
        return self._attending[name]

    def fitting(self, people: list[str], place: str | None, months: set[date | None], weekdays: set[int],
                words: list[str], gazetteer: Gazetteer) -> list[KnownMeeting]:
        """The recorded meetings of these people at this place (None: any) in each of these months
        (None: any), on each of these weekdays ("mercoledì"), of the round the words name if they name one."""
        attended = Counter(i for name in dict.fromkeys(people) for i in self.attended_by(name))
        enough = min(MIN_SHARED_PEOPLE, len(people))
        found = [m for i, m in enumerate(self.meetings)
                 if enough and attended[i] >= enough and (place is None or at_place(m, place, gazetteer))
                 and all(month is None or (m.day.year, m.day.month) == (month.year, month.month)
                         for month in months)
                 and all(m.day.weekday() == weekday for weekday in weekdays)]
        number = round_named(words)
        if number and any(m.round for m in found):
            found = [m for m in found if m.round == number]
        return found


def at_place(meeting: KnownMeeting, place: str, gazetteer: Gazetteer) -> bool:
    """"al Cremlino", "a Mosca" and "in Russia" all agree with a meeting in Moscow."""
    named = gazetteer.lookup(place)
    for known in meeting.places:
        if fold(known) == fold(place) or gazetteer.lies_in(known, place):
            return True
        if named and named == gazetteer.lookup(known):
            return True
    return False


def round_named(words: list[str]) -> int | None:
    """The first ordinal round the words name as the one they tell of: "si tiene il secondo round
    di colloqui, dopo il primo incontro dello scorso 16 maggio" -> 2."""
    for text in words:
        for found in _ROUND.finditer(text):
            if not (_ANOTHER_BEFORE.search(text, 0, found.start())
                    or _ANOTHER_AFTER.match(text[found.end():found.end() + 40])):
                return ORDINALS[fold(found["stem"])]
    return None


def parse_table(lines: list[str], source: str = TABLE.name) -> list[KnownMeeting]:
    meetings = []
    for number, (day, places, people, series, what) in table_rows(lines, COLUMNS, source):
        try:
            meetings.append(KnownMeeting(date.fromisoformat(day), items(places), items(people),
                                         *series_round(series), what.strip()))
        except ValueError as e:
            raise ValueError(f"{source}:{number}: {e}") from None
    return meetings


def series_round(column: str) -> tuple[str | None, int | None]:
    """"Istanbul talks#2" -> ("Istanbul talks", 2); "" -> (None, None)."""
    if not column.strip():
        return None, None
    series, _, number = column.partition("#")
    return series.strip(), int(number) if number else None


@functools.lru_cache(maxsize=1)
def load_meeting_record() -> MeetingRecord:
    return MeetingRecord(parse_table(TABLE.read_text(encoding="utf-8").splitlines()))
