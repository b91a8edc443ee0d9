"""Time expressions, family by family: each family's regex (time_patterns.py) runs only on text holding
one of its keywords, and its resolver turns a match into a TimeExpression, resolved against the
publication day.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from kg.dating.calendar_arithmetic import (closest, first_of_month, nearby_years, valid_date, weekday_with_day,
                                           weekdays_around)
from kg.dating.time_patterns import (COUNTED_OFFSET, DAY_MONTH_DATE, HOLIDAY, MONTH_PERIOD, NUMERIC_DATE,
                                     PERIOD_BOUNDARY, PUBLICATION_DAY_PART, RELATIVE_DAY, VAGUE_PERIOD, WEEKDAY_DATE)
from kg.dating.time_words import (HOLIDAYS, MONTHS, QUALIFIERS, RELATIVE_DAY_BY_KEY, count_number, day_number,
                                  fold_phrase, month_number, qualifier_tense, weekday_number)


@dataclass(frozen=True)
class TimeExpression:
    start: int            # character offsets into the text given
    end: int
    text: str             # the words as written: "domani", "mercoledì scorso", "il 6 gennaio"
    value: date | None    # the day, or the first day of the month when precision is "month"
    precision: str        # "day" | "month" | "none"
    tense: str | None     # "past" | "future" | None: what the words themselves imply (ieri: past)


def _expression(match: re.Match, value: date | None, precision: str, tense: str | None, *,
                end: int | None = None) -> TimeExpression:
    """The expression for `match` (cut at `end` if given); value None always has precision "none"."""
    end = match.end() if end is None else end
    return TimeExpression(match.start(), end, match.string[match.start():end], value,
                          precision if value else "none", tense)


# --- one resolver per family: (match, published, tense of the verb) -> expression, or None to reject ------

def _numeric_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    if match["iso_year"]:
        day = valid_date(int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"]))
        return _expression(match, day, "day", None) if day else None
    if len(match["year"]) == 2 and match["sep"] == ".":
        return None   # "1.2.25" is more often a version or a score than a date
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    day = valid_date(year, int(match["month"]), int(match["day"]))
    return _expression(match, day, "day", None) if day else None


def _day_month_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    day, month = day_number(match["day"]), month_number(match["month"])
    if not 1 <= day <= 31:
        return None
    implied = qualifier_tense(match["before"] or match["after"])
    if match["year"]:
        value = valid_date(int(match["year"]), month, day)
    elif published:
        in_nearby_years = [valid_date(year, month, day) for year in nearby_years(published)]
        value = closest([d for d in in_nearby_years if d], published, implied, strict=True,
                         weekday=weekday_number(match["weekday"]))
    else:
        value = None
    return _expression(match, value, "day", implied)


def _weekday_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    weekday = weekday_number(match["weekday"])
    implied = qualifier_tense(match["before"] or match["after"])
    if not published:
        return _expression(match, None, "day", implied)
    if match["day"]:
        day = weekday_with_day(weekday, int(match["day"]), published, implied)
        if day:
            return _expression(match, day, "day", implied)
    # A bare weekday; also "venerdì 14 morti", where no 14th near publication is a Friday, so 14 is no day.
    end = match.end("weekday") if match["day"] else match.end()
    direction, strict = (implied, True) if implied else (tense, False)
    value = closest(weekdays_around(weekday, published), published, direction, strict=strict)
    return _expression(match, value, "day", implied, end=end)


def _relative_day(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    offset, implied = RELATIVE_DAY_BY_KEY[fold_phrase(match["phrase"])]
    value = published + timedelta(days=offset) if published else None
    return _expression(match, value, "day", implied)


def _publication_day_part(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    return _expression(match, published, "day", None)


def _holiday(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    """"di Ferragosto": the 15 August nearest publication (on the side the verb's tense says), or of
    the year written; "entro Natale" is a deadline, kept as words with no day."""
    month, day = HOLIDAYS[fold_phrase(match["holiday"])]
    if match["deadline"]:
        return _expression(match, None, "none", None)
    if match["year"]:
        return _expression(match, valid_date(int(match["year"]), month, day), "day", None)
    if published is None:
        return None
    candidates = [d for year in nearby_years(published) if (d := valid_date(year, month, day))]
    return _expression(match, closest(candidates, published, tense, strict=False), "day", None)


def _counted_offset(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    ahead = bool(match["ahead_count"])
    count = count_number(match["ahead_count"] or match["ago_count"])
    unit = fold_phrase(match["ahead_unit"] or match["ago_unit"])
    implied = "future" if ahead else "past"
    if not unit.startswith("giorn") or not published:
        return _expression(match, None, "none", implied)   # "due settimane fa" is not a day
    return _expression(match, published + timedelta(days=count if ahead else -count), "day", implied)


def _month_period(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    qualifier = match["before"] or match["after"]
    if not (match["lead"] or qualifier or match["year"]):
        return None   # "Gennaio" alone, as in a headline or a surname
    if match["lead"] and fold_phrase(match["lead"]) == "entro":
        return _expression(match, None, "none", "future")   # "entro marzo": some day before the end of March
    month = month_number(match["month"])
    implied = qualifier_tense(qualifier)
    if match["year"]:
        value = date(int(match["year"]), month, 1)
    elif published:
        in_nearby_years = [date(year, month, 1) for year in nearby_years(published)]
        value = closest(in_nearby_years, published.replace(day=1), implied or tense, strict=bool(implied))
    else:
        value = None
    return _expression(match, value, "month", implied)


def _period_boundary(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    return _expression(match, None, "none", "future" if fold_phrase(match["lead"]) == "entro" else None)


def _vague_period(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    stem = fold_phrase(match["before"] or match["after"] or "")
    implied, months_ahead = QUALIFIERS.get(stem, (None, None))
    unit = fold_phrase(match["unit_before"] or match["unit_after"] or "")
    counted = match["count_before"] or match["count_after"]
    if unit == "mese" and not counted and months_ahead is not None:
        value = first_of_month(published, months_ahead) if published else None
        return _expression(match, value, "month", implied)   # "il mese scorso" is a calendar month
    return _expression(match, None, "none", implied)


class Family(NamedTuple):
    """One kind of expression. Its regex runs only on text holding one of its keywords (lower case):
    a substring test is far cheaper than a regex scan, and most sentences hold no date."""
    keywords: tuple[str, ...]
    pattern: re.Pattern
    resolve: Callable[[re.Match, date | None, str | None], TimeExpression | None]


DIGITS = tuple("0123456789")
_NUMERIC = Family(DIGITS, NUMERIC_DATE, _numeric_date)
_DAY_MONTH = Family(DIGITS + ("primo",), DAY_MONTH_DATE, _day_month_date)
FAMILIES = (  # on equally long matches the earlier family wins
    _NUMERIC,
    _DAY_MONTH,
    Family(("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica"), WEEKDAY_DATE, _weekday_date),
    Family(("oggi", "ieri", "domani", "stam", "sera", "notte", "mattina", "pomeriggio"), RELATIVE_DAY, _relative_day),
    Family(("mattin", "pomeriggio", "sera", "nott", "giornata"), PUBLICATION_DAY_PART, _publication_day_part),
    Family(("giorn", "settiman", "mes", "ann"), COUNTED_OFFSET, _counted_offset),
    Family(("capodanno", "epifania", "festa", "ferragosto", "ognissanti", "natale", "stefano", "silvestro"),
            HOLIDAY, _holiday),
    Family(tuple(MONTHS), MONTH_PERIOD, _month_period),
    Family(("fine", "inizio", "metà", "meta", "primi"), PERIOD_BOUNDARY, _period_boundary),
    Family(("scors", "ultim", "prossim", "quest", "settiman", "weekend"), VAGUE_PERIOD, _vague_period),
)
CALENDAR_FAMILIES = (_NUMERIC, _DAY_MONTH)
