"""Calendar arithmetic for days.py: valid days, the years and months around
a publication day, and the candidate day nearest it on the side a verb's tense says.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta


def valid_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def nearby_years(published: date) -> range:
    return range(published.year - 1, published.year + 2)


def first_of_month(published: date, months_ahead: int) -> date:
    index = published.year * 12 + published.month - 1 + months_ahead
    return date(index // 12, index % 12 + 1, 1)


def weekdays_around(weekday: int, published: date) -> list[date]:
    """The days on `weekday` from a week before to a week after publication."""
    days = (published + timedelta(days=offset) for offset in range(-7, 8))
    return [day for day in days if day.weekday() == weekday]


def weekday_with_day(weekday: int, day: int, published: date, implied: str | None) -> date | None:
    """ "venerdì 14": the Friday 14th in the months around publication, None if none of them is one."""
    months = (first_of_month(published, offset) for offset in (-1, 0, 1))
    candidates = (valid_date(first.year, first.month, day) for first in months)
    return closest([c for c in candidates if c and c.weekday() == weekday], published, implied, strict=True)


def closest(candidates: list[date], reference: date, tense: str | None, *, strict: bool,
             weekday: int | None = None) -> date | None:
    """The candidate nearest `reference` on the side `tense` says (the reference itself too unless
    `strict`), preferring candidates that fall on `weekday`."""
    on_side = [c for c in candidates if _on_side(c, reference, tense, strict)]
    on_weekday = [c for c in on_side if c.weekday() == weekday]
    return min(on_weekday or on_side, key=lambda c: abs((c - reference).days), default=None)


def _on_side(day: date, reference: date, tense: str | None, strict: bool) -> bool:
    if day == reference:
        return not (strict and tense)
    if tense == "past":
        return day < reference
    if tense == "future":
        return day > reference
    return True
