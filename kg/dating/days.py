"""To a day: a TimeMention (the words, parsed by time_finding.py) read against the article's
publication day -> a TimeExpression with its day, or its month's first day, or no day.

The choices this makes (which way a bare weekday goes, the year of "il 30 dicembre", ...) are told in
dates.py, the entry point.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kg.dating.calendar_arithmetic import (closest, first_of_month, nearby_years, valid_date, weekday_with_day,
                                           weekdays_around)
from kg.model import TimeMention


@dataclass(frozen=True)
class TimeExpression:
    start: int            # character offsets into the text given
    end: int
    text: str             # the words as written: "domani", "mercoledì scorso", "il 6 gennaio"
    value: date | None    # the day, or the first day of the month when precision is "month"
    precision: str        # "day" | "month" | "none"
    tense: str | None     # "past" | "future" | None: what the words themselves imply (ieri: past)
    mention: TimeMention  # the words unresolved, as extraction keeps them


def expression_of(mention: TimeMention, published: date | None) -> TimeExpression | None:
    """The mention read against the publication day; None when without one the words are no time
    (a holiday with no year)."""
    return TO_DAY[mention.kind](mention, published)


def _expression(mention: TimeMention, value: date | None, precision: str, *, cut: int | None = None
                ) -> TimeExpression:
    """Value None always has precision "none"; `cut` keeps only the first words."""
    text = mention.text if cut is None else mention.text[:cut]
    return TimeExpression(mention.start, mention.start + len(text), text, value, precision if value else "none",
                          mention.qualifier, mention)


def _calendar(m: TimeMention, published: date | None) -> TimeExpression:
    return _expression(m, valid_date(m.year, m.month, m.day), "day")


def _day_month(m: TimeMention, published: date | None) -> TimeExpression:
    if m.year:
        value = valid_date(m.year, m.month, m.day)
    elif published:
        in_nearby_years = [valid_date(year, m.month, m.day) for year in nearby_years(published)]
        value = closest([d for d in in_nearby_years if d], published, m.qualifier or m.tense, strict=bool(m.qualifier),
                        weekday=m.weekday)
    else:
        value = None
    return _expression(m, value, "day")


def _weekday(m: TimeMention, published: date | None) -> TimeExpression:
    if not published:
        return _expression(m, None, "day")
    if m.day is not None:
        day = weekday_with_day(m.weekday, m.day, published, m.qualifier)
        if day:
            return _expression(m, day, "day")
    # A bare weekday; also "venerdì 14 morti", where no 14th near publication is a Friday, so 14 is no day.
    direction, strict = (m.qualifier, True) if m.qualifier else (m.tense, False)
    value = closest(weekdays_around(m.weekday, published), published, direction, strict=strict)
    return _expression(m, value, "day", cut=m.weekday_end)


def _days_from_publication(m: TimeMention, published: date | None) -> TimeExpression:
    return _expression(m, published + timedelta(days=m.offset) if published else None, "day")


def _holiday(m: TimeMention, published: date | None) -> TimeExpression | None:
    """The holiday of the year written, or the one nearest publication on the side the verb's tense says."""
    if m.year:
        return _expression(m, valid_date(m.year, m.month, m.day), "day")
    if published is None:
        return None
    candidates = [d for year in nearby_years(published) if (d := valid_date(year, m.month, m.day))]
    return _expression(m, closest(candidates, published, m.tense, strict=False), "day")


def _month(m: TimeMention, published: date | None) -> TimeExpression:
    if m.year:
        value = date(m.year, m.month, 1)
    elif published:
        in_nearby_years = [date(year, m.month, 1) for year in nearby_years(published)]
        value = closest(in_nearby_years, published.replace(day=1), m.qualifier or m.tense, strict=bool(m.qualifier))
    else:
        value = None
    return _expression(m, value, "month")


def _relative_month(m: TimeMention, published: date | None) -> TimeExpression:
    return _expression(m, first_of_month(published, m.offset) if published else None, "month")


def _period(m: TimeMention, published: date | None) -> TimeExpression:
    return _expression(m, None, "none")


TO_DAY: dict[str, Callable[[TimeMention, date | None], TimeExpression | None]] = {
    "calendar": _calendar,
    "day_month": _day_month,
    "weekday": _weekday,
    "relative_day": _days_from_publication,
    "holiday": _holiday,
    "counted": _days_from_publication,
    "month": _month,
    "relative_month": _relative_month,
    "period": _period,
}
