"""Italian temporal expressions ("domani", "mercoledì scorso", "il 6 gennaio") -> calendar days.

Every expression is resolved against the article's publication date. Standard library only: dateparser
misreads too many of these forms (it takes "15 gennaio alle 18" for 15 January 2018).

Choices a caller should know about:
- A bare weekday goes the way the verb says: with tense="past" it is the last such day, the publication day
  included ("ha incontrato mercoledì" in a Wednesday article is that Wednesday); with tense="future" the next
  one, the publication day included. Without a tense it is the nearest such day. "mercoledì scorso" and
  "mercoledì prossimo" never mean the publication day.
- A day and month without a year ("il 30 dicembre") take the year that puts them nearest the publication
  date, on the side the verb's tense says if it says one ("si sono incontrati il 28 febbraio" in a
  December article is the February before); a weekday written with them ("sabato 15 marzo") picks,
  among nearby years, one where it fits.
  "venerdì 14" is a Friday 14th in the months around publication; if none is, the 14 is no day
  ("Venerdì 14 morti") and only "Venerdì" is returned.
  A bare month ("a marzo") is the nearest such month unless `tense` says which way.
- The night belongs to the publication day: "stanotte", "nella notte" and "la notte scorsa" are the night
  that ended on the morning the article came out, and the news dates what happened in it by that morning.
  "ieri notte" and "ieri sera" are the day before.
- "nella notte", "in serata"... followed by "di"/"del"/"tra" are skipped: the day named next is the date
  ("nella tarda serata di giovedì 9 ottobre 2025").
- Periods too vague for a day ("entro la fine del mese", "la prossima settimana", "nei prossimi giorni")
  are returned with value None and precision "none": the caller can see that a time was given.
- A year alone ("del 2022", "1991") is not returned: kg dates meetings by the day, and a lone number is too
  often not a year.
- value None always comes with precision "none". Without a publication date, relative expressions
  ("domani", "il 6 gennaio") are returned with value None; dates written with their year still resolve.

This module is the entry point. The words are in time_words.py, the regexes built from them in
time_patterns.py; time_finding.py finds and parses the expressions of a text (TimeMentions, no
publication day needed), days.py turns each into a day against the publication day, with the day
arithmetic of calendar_arithmetic.py.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.dating.calendar_arithmetic import valid_date
from kg.dating.days import TimeExpression, expression_of
from kg.dating.time_finding import CALENDAR_FAMILIES, FAMILIES, time_mentions
from kg.dating.time_patterns import ISO_PREFIX, MONTH_IN_DATE, WEEKDAY_DATE
from kg.dating.time_words import weekday_number
from kg.model import TimeMention

TENSES = ("past", "future")


def find_time_expressions(text: str, published: date | None, tense: str | None = None) -> list[TimeExpression]:
    """All temporal expressions in `text`, in order, non-overlapping, resolved against the publication date.

    `tense` ("past"/"future", from the verb around it) decides which way a bare weekday ("mercoledì") or a
    bare month ("a marzo") goes; without it they resolve to the nearest such day or month (today counts
    as itself).
    """
    if tense not in (None, *TENSES):
        raise ValueError(f"tense must be one of {TENSES} or None, not {tense!r}")
    return _expressions(text, published, tense, FAMILIES)


def names_its_day(expression: TimeExpression | TimeMention) -> bool:
    """"l'11 aprile", "6-7 gennaio", "mercoledì 14 gennaio": the words give day and month, so only
    the year comes from the publication date (unlike "oggi" or "mercoledì")."""
    return bool(re.search(r"\d", expression.text)) and bool(re.search(MONTH_IN_DATE, expression.text, re.IGNORECASE))


# A day to read words against when only their kind matters: which words need a publication day.
_PROBE_DAY = date(2001, 1, 10)
# Weekday words ("mercoledì scorso", "giovedì prossimo") reach at most a week and a day either way.
MAX_DAYS_FROM_PUBLICATION = 8


def counts_from_publication(words: str) -> bool:
    """"oggi", "ieri", "mercoledì scorso", "questo pomeriggio": words that name a day only once the
    publication day is known (unlike "l'11 aprile", which needs just the year)."""
    probed = find_time_expressions(words, _PROBE_DAY)
    return any(e.precision == "day" and not names_its_day(e) for e in probed)


def weekday_named(words: str) -> int | None:
    """"mercoledì", "lunedì scorso" -> the weekday's number (Monday 0); None if the words name none."""
    found = WEEKDAY_DATE.search(words)
    return weekday_number(found["weekday"]) if found else None


def publication_days_naming(words: str, day: date, tense: str | None) -> list[date]:
    """The publication days on which `words` ("oggi", "ieri", "mercoledì") name `day`: one for
    "ieri" (the day after), several for a bare weekday."""
    around = (day + timedelta(days=k) for k in range(-MAX_DAYS_FROM_PUBLICATION, MAX_DAYS_FROM_PUBLICATION + 1))
    return [published for published in around
            if any(e.value == day and e.precision == "day" for e in find_time_expressions(words, published, tense))]


def parse_calendar_date(text: str) -> date | None:
    """An absolute date written out: "28 gennaio 2026", "Mercoledì 14 Gennaio 2026", "14/01/2026",
    "2026-01-14", "1° marzo 2025", "lunedì 3 febbraio 2025"... None if the text holds none."""
    return parse_dateline(text, year_hint=None)


def parse_dateline(text: str, year_hint: date | None) -> date | None:
    """The first calendar date written in `text` ("Riad, 18 feb.", "Mosca, 28 gennaio 2026"); relative
    words ("oggi") do not count. A day written without a year takes the year nearest `year_hint`."""
    found = _expressions(text, year_hint, None, CALENDAR_FAMILIES)
    return next((e.value for e in found if e.precision == "day"), None)


def parse_iso_prefix(value: str) -> tuple[date | None, str]:
    """The date at the start of a " date 2026-01-21" header value: "2026-01-21" -> (date, "day"),
    "2026-01" -> (first of the month, "month"), anything else -> (None, "none")."""
    match = ISO_PREFIX.match(value)
    if not match:
        return None, "none"
    year, month = int(match["year"]), int(match["month"])
    if match["day"]:
        day = valid_date(year, month, int(match["day"]))
        return (day, "day") if day else (None, "none")
    return (date(year, month, 1), "month") if 1 <= month <= 12 else (None, "none")


def _expressions(text: str, published: date | None, tense: str | None, families) -> list[TimeExpression]:
    found = [expression for mention in time_mentions(text, tense, families)
             if (expression := expression_of(mention, published))]
    return _without_overlaps(found)


def _without_overlaps(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Left to right, the longest expression at each place; the sort is stable, so family order breaks ties."""
    kept: list[TimeExpression] = []
    for expression in sorted(expressions, key=lambda e: (e.start, e.start - e.end)):
        if not kept or expression.start >= kept[-1].end:
            kept.append(expression)
    return kept
