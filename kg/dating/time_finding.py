"""Find and parse: Italian time expressions in a text -> TimeMentions (kg/model.py), the words with
their kind and the numbers they give. Pure: no publication day is needed or read; kg/dating/days.py
turns a TimeMention into a day.

Each family's regex (time_patterns.py) runs only on text holding one of its keywords, and its parser
reads a match into a TimeMention, or rejects it (None) when the words are no time ("Gennaio" alone).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from kg.dating.calendar_arithmetic import valid_date
from kg.dating.time_patterns import (COUNTED_OFFSET, DAY_MONTH_DATE, HOLIDAY, MONTH_PERIOD, NUMERIC_DATE,
                                     PERIOD_BOUNDARY, PUBLICATION_DAY_PART, RELATIVE_DAY, VAGUE_PERIOD, WEEKDAY_DATE)
from kg.dating.time_words import (HOLIDAYS, MONTHS, QUALIFIERS, RELATIVE_DAY_BY_KEY, count_number, day_number,
                                  fold_phrase, month_number, qualifier_tense, weekday_number)
from kg.model import TimeMention


def time_mentions(text: str, tense: str | None = None, families=None) -> list[TimeMention]:
    """Every time expression of `text` the families find, in family order, overlapping ones included
    (which of two overlapping expressions counts depends on which of them turns into a time:
    dates.find_time_expressions decides). `tense` is the verb's, kept with each mention."""
    lowered = text.lower()
    return [mention for family in families or FAMILIES if any(word in lowered for word in family.keywords)
            for match in family.pattern.finditer(text) if (mention := family.parse(match, tense))]


def _mention(match: re.Match, kind: str, tense: str | None, **fields) -> TimeMention:
    return TimeMention(match.group(0), match.start(), match.end(), kind, tense=tense, **fields)


# --- one parser per family: (match, tense of the verb) -> mention, or None to reject ------------------

def _numeric_date(match: re.Match, tense: str | None) -> TimeMention | None:
    if match["iso_year"]:
        year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    elif len(match["year"]) == 2 and match["sep"] == ".":
        return None   # "1.2.25" is more often a version or a score than a date
    else:
        year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
        month, day = int(match["month"]), int(match["day"])
    if not valid_date(year, month, day):
        return None
    return _mention(match, "calendar", None, day=day, month=month, year=year)


def _day_month_date(match: re.Match, tense: str | None) -> TimeMention | None:
    day = day_number(match["day"])
    if not 1 <= day <= 31:
        return None
    return _mention(match, "day_month", tense, day=day, month=month_number(match["month"]),
                    year=int(match["year"]) if match["year"] else None, weekday=weekday_number(match["weekday"]),
                    qualifier=qualifier_tense(match["before"] or match["after"]))


def _weekday_date(match: re.Match, tense: str | None) -> TimeMention | None:
    with_day = bool(match["day"])
    return _mention(match, "weekday", tense, weekday=weekday_number(match["weekday"]),
                    day=int(match["day"]) if with_day else None,
                    weekday_end=match.end("weekday") - match.start() if with_day else None,
                    qualifier=qualifier_tense(match["before"] or match["after"]))


def _relative_day(match: re.Match, tense: str | None) -> TimeMention | None:
    offset, implied = RELATIVE_DAY_BY_KEY[fold_phrase(match["phrase"])]
    return _mention(match, "relative_day", tense, offset=offset, qualifier=implied)


def _publication_day_part(match: re.Match, tense: str | None) -> TimeMention | None:
    return _mention(match, "relative_day", tense, offset=0)     # "in serata": of the publication day


def _holiday(match: re.Match, tense: str | None) -> TimeMention | None:
    """"di Ferragosto", "Natale 2025"; "entro Natale" is a deadline: a time, no day."""
    if match["deadline"]:
        return _mention(match, "period", tense)
    month, day = HOLIDAYS[fold_phrase(match["holiday"])]
    return _mention(match, "holiday", tense, day=day, month=month, year=int(match["year"]) if match["year"] else None)


def _counted_offset(match: re.Match, tense: str | None) -> TimeMention | None:
    ahead = bool(match["ahead_count"])
    count = count_number(match["ahead_count"] or match["ago_count"])
    implied = "future" if ahead else "past"
    if not fold_phrase(match["ahead_unit"] or match["ago_unit"]).startswith("giorn"):
        return _mention(match, "period", tense, qualifier=implied)   # "due settimane fa" is not a day
    return _mention(match, "counted", tense, offset=count if ahead else -count, qualifier=implied)


def _month_period(match: re.Match, tense: str | None) -> TimeMention | None:
    qualifier = match["before"] or match["after"]
    if not (match["lead"] or qualifier or match["year"]):
        return None   # "Gennaio" alone, as in a headline or a surname
    if match["lead"] and fold_phrase(match["lead"]) == "entro":
        return _mention(match, "period", tense, qualifier="future")   # "entro marzo": some day before its end
    return _mention(match, "month", tense, month=month_number(match["month"]),
                    year=int(match["year"]) if match["year"] else None, qualifier=qualifier_tense(qualifier))


def _period_boundary(match: re.Match, tense: str | None) -> TimeMention | None:
    return _mention(match, "period", tense, qualifier="future" if fold_phrase(match["lead"]) == "entro" else None)


def _vague_period(match: re.Match, tense: str | None) -> TimeMention | None:
    implied, months_ahead = QUALIFIERS.get(fold_phrase(match["before"] or match["after"] or ""), (None, None))
    unit = fold_phrase(match["unit_before"] or match["unit_after"] or "")
    counted = match["count_before"] or match["count_after"]
    if unit == "mese" and not counted and months_ahead is not None:
        # "il mese scorso" is a calendar month
        return _mention(match, "relative_month", tense, offset=months_ahead, qualifier=implied)
    return _mention(match, "period", tense, qualifier=implied)


class Family(NamedTuple):
    """One kind of expression. Its regex runs only on text holding one of its keywords (lower case):
    a substring test is far cheaper than a regex scan, and most sentences hold no date."""
    keywords: tuple[str, ...]
    pattern: re.Pattern
    parse: Callable[[re.Match, str | None], TimeMention | None]


DIGITS = tuple("0123456789")
_NUMERIC = Family(DIGITS, NUMERIC_DATE, _numeric_date)
_DAY_MONTH = Family(DIGITS + ("primo",), DAY_MONTH_DATE, _day_month_date)
FAMILIES = (  # on equally long matches the earlier family wins
    _NUMERIC,
    _DAY_MONTH,
    Family(("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica"), WEEKDAY_DATE, _weekday_date),
    Family(("oggi", "ieri", "domani", "stam", "sera", "notte", "mattina", "pomeriggio", "ore", "momento"), RELATIVE_DAY,
           _relative_day),
    Family(("mattin", "pomeriggio", "sera", "nott", "giornata"), PUBLICATION_DAY_PART, _publication_day_part),
    Family(("giorn", "settiman", "mes", "ann"), COUNTED_OFFSET, _counted_offset),
    Family(("capodanno", "epifania", "festa", "ferragosto", "ognissanti", "natale", "stefano", "silvestro"),
           HOLIDAY, _holiday),
    Family(tuple(MONTHS), MONTH_PERIOD, _month_period),
    Family(("fine", "inizio", "metà", "meta", "primi"), PERIOD_BOUNDARY, _period_boundary),
    Family(("scors", "ultim", "prossim", "quest", "settiman", "weekend"), VAGUE_PERIOD, _vague_period),
)
CALENDAR_FAMILIES = (_NUMERIC, _DAY_MONTH)
