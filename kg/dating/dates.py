"""Italian temporal expressions ("domani", "mercoledì scorso", "il 6 gennaio") -> calendar days.

Every expression is resolved against the article's publication date. Standard library only: dateparser
misreads too many of these forms (it takes "15 gennaio alle 18" for 15 January 2018).

Choices a caller should know about:
- A bare weekday goes the way the verb says: with tense="past" it is the last such day, the publication day
  included ("ha incontrato mercoledì" in a Wednesday article is that Wednesday); with tense="future" the next
  one, the publication day included. Without a tense it is the nearest such day. "mercoledì scorso" and
  "mercoledì prossimo" never mean the publication day.
- A day and month without a year ("il 30 dicembre") take the year that puts them nearest the publication
  date; a weekday written with them ("sabato 15 marzo") picks, among nearby years, one where it fits.
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
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
# Agency datelines abbreviate months ("Riad, 18 feb.", "ISTANBUL, 16 MAG"); these are accepted only right
# after a day number. "set" needs its dot because "vinto in 5 set" is tennis.
MONTH_ABBREVIATIONS = {
    "gen": 1, "feb": 2, "febb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6,
    "lug": 7, "ago": 8, "set.": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
}
WEEKDAYS = {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6}
# Feasts named after a weekday: "la Domenica delle Palme" is not a Sunday near the publication date.
FEAST_AFTER_WEEKDAY = ("delle palme", "di pasqua", "in albis", "santo", "grasso")

# Holidays on a fixed day ("il vertice di Ferragosto", "entro Natale"): (month, day). Easter moves: not here.
HOLIDAYS = {
    "capodanno": (1, 1), "epifania": (1, 6), "festa della liberazione": (4, 25), "festa dei lavoratori": (5, 1),
    "festa della repubblica": (6, 2), "ferragosto": (8, 15), "ognissanti": (11, 1), "vigilia di natale": (12, 24),
    "natale": (12, 25), "santo stefano": (12, 26), "san silvestro": (12, 31),
}
RELATIVE_DAYS = {  # phrase -> (days after publication, tense the phrase itself implies)
    "oggi": (0, None),
    "stamattina": (0, None), "stamani": (0, None), "stamane": (0, None),
    "stasera": (0, None), "stanotte": (0, None),
    "questa mattina": (0, None), "questo pomeriggio": (0, None),
    "questa sera": (0, None), "questa notte": (0, None),
    "la notte scorsa": (0, "past"), "la scorsa notte": (0, "past"), "nella notte scorsa": (0, "past"),
    "ieri": (-1, "past"),
    "l'altro ieri": (-2, "past"), "l'altroieri": (-2, "past"), "ieri l'altro": (-2, "past"),
    "dell'altro ieri": (-2, "past"), "dell'altroieri": (-2, "past"),   # or "ieri" alone would match
    "avantieri": (-2, "past"),
    "domani": (1, "future"),
    "dopodomani": (2, "future"),
}
PARTS_OF_DAY = ("mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata", "giornata")

QUALIFIERS = {  # word stem -> (tense it implies, months from publication for "il mese ___")
    "scors": ("past", -1),
    "prossim": ("future", 1),
    "ultim": ("past", None),   # "l'ultimo mese" is the last thirty days, not a calendar month
    "quest": (None, 0),
}
NUMBER_WORDS = {
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "quindici": 15, "venti": 20, "trenta": 30,
}
# What may come before a vague period: "la prossima settimana", "nei giorni scorsi", "entro la prossima settimana".
ARTICLES = (
    "il", "lo", "la", "i", "gli", "le", "l'", "in",
    "del", "dello", "della", "dei", "degli", "delle", "dell'",
    "nel", "nello", "nella", "nei", "negli", "nelle", "nell'",
    "al", "allo", "alla", "ai", "agli", "alle", "all'",
    "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'",
)
# What must come before a month named alone ("a gennaio", "nel mese di marzo", "nell'agosto 2024").
MONTH_LEADS = (
    "nel mese di", "del mese di", "dal mese di", "il mese di", "fino a", "entro",
    "a", "ad", "in", "di", "da", "al", "dal", "del", "nel", "il", "lo", "nell'", "dell'", "dall'", "all'", "l'",
)
# What comes before the edge of a period ("a fine gennaio", "entro la fine del mese", "ai primi di marzo").
BOUNDARY_LEADS = (
    "entro", "a", "ad", "per", "verso", "fino a", "da", "tra", "fra",
    "alla", "all'", "ai", "agli", "dalla", "dall'", "della", "dell'", "nella", "nell'",
)
PERIOD_EDGES = ("fine", "inizio", "metà", "meta", "primi", "prima metà", "seconda metà")
TENSES = ("past", "future")
APOSTROPHE = "['’]"   # typographic or straight: "l’11 aprile", "l'11 aprile"


def _phrase_pattern(phrase: str) -> str:
    """A table phrase as a regex: either apostrophe, any run of spaces, ì written as i or í."""
    replacements = {"'": APOSTROPHE + r"\s*", " ": r"\s+", "ì": "[iìí]"}
    return "".join(replacements.get(char) or re.escape(char) for char in phrase)


def _alternation(phrases) -> str:
    """One regex group matching any of the phrases, longest first so "l'altro ieri" beats "ieri"."""
    return "(?:" + "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _leads(words) -> str:
    """Leading words, each with the space after it (none after an elided "nell'")."""
    return "(?:" + "|".join(_phrase_pattern(w) + ("" if w.endswith("'") else r"\s+")
                            for w in sorted(words, key=len, reverse=True)) + ")"


def _fold(phrase: str) -> str:
    """The table key for a phrase as written: lower case, straight apostrophe, single spaces, no accent on ì."""
    folded = " ".join(phrase.lower().replace("’", "'").split()).replace("' ", "'")
    return folded.replace("ì", "i").replace("í", "i")


_WEEKDAY_BY_KEY = {_fold(name): number for name, number in WEEKDAYS.items()}
_RELATIVE_DAY_BY_KEY = {_fold(phrase): meaning for phrase, meaning in RELATIVE_DAYS.items()}

WEEKDAY_NAME = _alternation(WEEKDAYS)
MONTH_NAME = _alternation(MONTHS)
MONTH_IN_DATE = "(?:" + MONTH_NAME + r"\b|" + "|".join(
    re.escape(a) if a.endswith(".") else a + r"\b\.?" for a in MONTH_ABBREVIATIONS) + ")"
PART_OF_DAY = _alternation(PARTS_OF_DAY)
COUNT = r"(?:\d{1,3}|" + _alternation(NUMBER_WORDS) + ")"
COUNTED_UNIT = r"(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi])"
YEAR = r"(?:19|20)\d\d"
FLAGS = re.IGNORECASE | re.VERBOSE

# One compiled regex per family; `_FAMILIES` further down pairs each with its keywords and its resolver.
NUMERIC_DATE = re.compile(r"""
    (?<![\w.,/-])
    (?: (?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})             # 2026-01-14
      | (?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})  # 14/01/2026, 21-05-25
    )
    (?![\w/-]|[.,]\d)
""", FLAGS)

DAY_MONTH_DATE = re.compile(rf"""
    (?:\b(?:il|lo)\s+|(?<![\w'’])l{APOSTROPHE}\s*)?                # il 6 gennaio, l'11 aprile
    (?:\b(?P<before>scors|prossim)[oa]\s+)?                       # lo scorso 16 maggio
    (?:\b(?P<weekday>{WEEKDAY_NAME})\b,?\s+)?                      # sabato 15 marzo
    (?<![\w.,:/])(?P<day>\d{{1,2}}|primo)[°º]?
    (?:\s*[-–/]\s*\d{{1,2}}|\s+(?:e|al)\s+\d{{1,2}})?[°º]?         # 6-7 gennaio: the first day is kept
    \s+(?P<month>{MONTH_IN_DATE})
    (?:\s+(?:del\s+)?(?P<year>{YEAR})\b)?
    (?:\s+(?P<after>scors|prossim)[oa]\b)?                        # il 28 febbraio scorso
""", FLAGS)

WEEKDAY_DATE = re.compile(rf"""
    (?:(?:\b(?:il|lo|la)\s+)?\b(?P<before>scors|prossim)[oa]\s+)?  # lo scorso lunedì
    \b(?P<weekday>{WEEKDAY_NAME})\b
    (?!\s+{_alternation(FEAST_AFTER_WEEKDAY)}\b)
    (?:,?\s+(?P<day>\d{{1,2}})(?![\d°º]|[.,:]\d|\s*%|\s+anni\b))?   # venerdì 14
    (?:\s+(?P<after>scors|prossim)[oa]\b)?                        # mercoledì scorso
    (?:\s+(?:in\s+)?{PART_OF_DAY}\b)?                             # giovedì mattina
""", FLAGS)

RELATIVE_DAY = re.compile(rf"""
    (?<![\w'’])(?P<phrase>{_alternation(RELATIVE_DAYS)})\b          # not the "oggi" of "al giorno d'oggi"
    (?:\s+(?:in\s+)?{PART_OF_DAY}\b)?                             # ieri sera, domani mattina, ieri in serata
""", FLAGS)

PUBLICATION_DAY_PART = re.compile(rf"""
    \b(?:in|nella|nel)\s+(?:(?:tarda|tardo)\s+)?{PART_OF_DAY}\b    # in serata, nella notte, nel tardo pomeriggio
    (?!\s+(?:di|del|dello|della|dei|degli|delle|tra|fra)\b|\s+dell{APOSTROPHE})
""", FLAGS)

HOLIDAY = re.compile(rf"""
    (?:\b(?P<deadline>entro)\s+(?:(?:il|la)\s+)?)?                 # "entro Natale": a deadline, no day
    \b(?P<holiday>{_alternation(HOLIDAYS)})\b
    (?:\s+(?:del\s+)?(?P<year>{YEAR})\b)?                         # Natale 2025
""", FLAGS)

COUNTED_OFFSET = re.compile(rf"""
    \b(?: (?:tra|fra)\s+(?P<ahead_count>{COUNT})\s+(?P<ahead_unit>{COUNTED_UNIT})       # tra due giorni
        | (?P<ago_count>{COUNT})\s+(?P<ago_unit>{COUNTED_UNIT})\s+fa                    # tre giorni fa
    )\b
""", FLAGS)

MONTH_PERIOD = re.compile(rf"""
    (?P<lead>\b{_leads(MONTH_LEADS)})?
    (?:\b(?P<before>scors|prossim)[oa]\s+)?                       # lo scorso marzo
    \b(?P<month>{MONTH_NAME})\b
    (?:\s+(?:del\s+)?(?P<year>{YEAR})\b)?                         # nel settembre 2025
    (?:\s+(?P<after>scors|prossim)[oa]\b)?                        # a marzo scorso
""", FLAGS)

PERIOD_BOUNDARY = re.compile(rf"""
    \b(?P<lead>{_leads(BOUNDARY_LEADS)})(?:la\s+|l{APOSTROPHE}\s*)?
    {_alternation(PERIOD_EDGES)}\s+
    (?:(?:di|del|dello|della)\s+|dell{APOSTROPHE}\s*|d{APOSTROPHE}\s*)?
    (?:{MONTH_NAME}(?:\s+(?:del\s+)?{YEAR})?|mese|anno|settimana|estate|autunno|inverno|primavera)\b
""", FLAGS)

PERIOD_UNIT = r"(?:giorn[oi]|settiman[ae]|fine\s+settimana|weekend|mes[ei]|ann[oi]|or[ae])"
VAGUE_PERIOD = re.compile(rf"""
    \b(?:(?:entro|per)\s+)?{_leads(ARTICLES)}?
    (?: (?P<before>scors|ultim|prossim|quest)(?:[oaie]\s+|{APOSTROPHE}\s*)     # la prossima settimana
        (?:(?P<count_before>{COUNT})\s+)?(?P<unit_before>{PERIOD_UNIT})        # nelle ultime due settimane
      | (?:(?P<count_after>{COUNT})\s+)?(?P<unit_after>{PERIOD_UNIT})\s+(?P<after>scors|ultim|prossim)[oaie]
      | (?:in|nel)\s+(?:settimana|fine\s+settimana|weekend)                   # in settimana, nel weekend
    )\b
""", FLAGS)

ISO_PREFIX = re.compile(r"\s*(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?![\d-])")


@dataclass(frozen=True)
class TimeExpression:
    start: int            # character offsets into the text given
    end: int
    text: str             # the words as written: "domani", "mercoledì scorso", "il 6 gennaio"
    value: date | None    # the day, or the first day of the month when precision is "month"
    precision: str        # "day" | "month" | "none"
    tense: str | None     # "past" | "future" | None: what the words themselves imply (ieri: past)


def find_time_expressions(text: str, published: date | None, tense: str | None = None) -> list[TimeExpression]:
    """All temporal expressions in `text`, in order, non-overlapping, resolved against the publication date.

    `tense` ("past"/"future", from the verb around it) decides which way a bare weekday ("mercoledì") or a
    bare month ("a marzo") goes; without it they resolve to the nearest such day or month (today counts
    as itself).
    """
    if tense not in (None, *TENSES):
        raise ValueError(f"tense must be one of {TENSES} or None, not {tense!r}")
    return _expressions(text, published, tense, _FAMILIES)


def names_its_day(expression: TimeExpression) -> bool:
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
    return _weekday_number(found["weekday"]) if found else None


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
    found = _expressions(text, year_hint, None, _CALENDAR_FAMILIES)
    return next((e.value for e in found if e.precision == "day"), None)


def parse_iso_prefix(value: str) -> tuple[date | None, str]:
    """The date at the start of a " date 2026-01-21" header value: "2026-01-21" -> (date, "day"),
    "2026-01" -> (first of the month, "month"), anything else -> (None, "none")."""
    match = ISO_PREFIX.match(value)
    if not match:
        return None, "none"
    year, month = int(match["year"]), int(match["month"])
    if match["day"]:
        day = _valid_date(year, month, int(match["day"]))
        return (day, "day") if day else (None, "none")
    return (date(year, month, 1), "month") if 1 <= month <= 12 else (None, "none")


def _expressions(text: str, published: date | None, tense: str | None, families) -> list[TimeExpression]:
    lowered = text.lower()
    found = [expression for family in families if any(word in lowered for word in family.keywords)
             for match in family.pattern.finditer(text)
             if (expression := family.resolve(match, published, tense))]
    return _without_overlaps(found)


def _without_overlaps(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Left to right, the longest expression at each place; the sort is stable, so family order breaks ties."""
    kept: list[TimeExpression] = []
    for expression in sorted(expressions, key=lambda e: (e.start, e.start - e.end)):
        if not kept or expression.start >= kept[-1].end:
            kept.append(expression)
    return kept


def _expression(match: re.Match, value: date | None, precision: str, tense: str | None, *,
                end: int | None = None) -> TimeExpression:
    """The expression for `match` (cut at `end` if given); value None always has precision "none"."""
    end = match.end() if end is None else end
    return TimeExpression(match.start(), end, match.string[match.start():end], value,
                          precision if value else "none", tense)


# --- one resolver per family: (match, published, tense of the verb) -> expression, or None to reject ------

def _numeric_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    if match["iso_year"]:
        day = _valid_date(int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"]))
        return _expression(match, day, "day", None) if day else None
    if len(match["year"]) == 2 and match["sep"] == ".":
        return None   # "1.2.25" is more often a version or a score than a date
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    day = _valid_date(year, int(match["month"]), int(match["day"]))
    return _expression(match, day, "day", None) if day else None


def _day_month_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    day, month = _day_number(match["day"]), _month_number(match["month"])
    if not 1 <= day <= 31:
        return None
    implied = _qualifier_tense(match["before"] or match["after"])
    if match["year"]:
        value = _valid_date(int(match["year"]), month, day)
    elif published:
        in_nearby_years = [_valid_date(year, month, day) for year in _nearby_years(published)]
        value = _closest([d for d in in_nearby_years if d], published, implied, strict=True,
                         weekday=_weekday_number(match["weekday"]))
    else:
        value = None
    return _expression(match, value, "day", implied)


def _weekday_date(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    weekday = _weekday_number(match["weekday"])
    implied = _qualifier_tense(match["before"] or match["after"])
    if not published:
        return _expression(match, None, "day", implied)
    if match["day"]:
        day = _weekday_with_day(weekday, int(match["day"]), published, implied)
        if day:
            return _expression(match, day, "day", implied)
    # A bare weekday; also "venerdì 14 morti", where no 14th near publication is a Friday, so 14 is no day.
    end = match.end("weekday") if match["day"] else match.end()
    direction, strict = (implied, True) if implied else (tense, False)
    value = _closest(_weekdays_around(weekday, published), published, direction, strict=strict)
    return _expression(match, value, "day", implied, end=end)


def _relative_day(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    offset, implied = _RELATIVE_DAY_BY_KEY[_fold(match["phrase"])]
    value = published + timedelta(days=offset) if published else None
    return _expression(match, value, "day", implied)


def _publication_day_part(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    return _expression(match, published, "day", None)


def _holiday(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    """"di Ferragosto": the 15 August nearest publication (on the side the verb's tense says), or of
    the year written; "entro Natale" is a deadline, kept as words with no day."""
    month, day = HOLIDAYS[_fold(match["holiday"])]
    if match["deadline"]:
        return _expression(match, None, "none", None)
    if match["year"]:
        return _expression(match, _valid_date(int(match["year"]), month, day), "day", None)
    if published is None:
        return None
    candidates = [d for year in _nearby_years(published) if (d := _valid_date(year, month, day))]
    return _expression(match, _closest(candidates, published, tense, strict=False), "day", None)


def _counted_offset(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    ahead = bool(match["ahead_count"])
    count = _count(match["ahead_count"] or match["ago_count"])
    unit = _fold(match["ahead_unit"] or match["ago_unit"])
    implied = "future" if ahead else "past"
    if not unit.startswith("giorn") or not published:
        return _expression(match, None, "none", implied)   # "due settimane fa" is not a day
    return _expression(match, published + timedelta(days=count if ahead else -count), "day", implied)


def _month_period(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    qualifier = match["before"] or match["after"]
    if not (match["lead"] or qualifier or match["year"]):
        return None   # "Gennaio" alone, as in a headline or a surname
    if match["lead"] and _fold(match["lead"]) == "entro":
        return _expression(match, None, "none", "future")   # "entro marzo": some day before the end of March
    month = _month_number(match["month"])
    implied = _qualifier_tense(qualifier)
    if match["year"]:
        value = date(int(match["year"]), month, 1)
    elif published:
        in_nearby_years = [date(year, month, 1) for year in _nearby_years(published)]
        value = _closest(in_nearby_years, published.replace(day=1), implied or tense, strict=bool(implied))
    else:
        value = None
    return _expression(match, value, "month", implied)


def _period_boundary(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    return _expression(match, None, "none", "future" if _fold(match["lead"]) == "entro" else None)


def _vague_period(match: re.Match, published: date | None, tense: str | None) -> TimeExpression | None:
    stem = _fold(match["before"] or match["after"] or "")
    implied, months_ahead = QUALIFIERS.get(stem, (None, None))
    unit = _fold(match["unit_before"] or match["unit_after"] or "")
    counted = match["count_before"] or match["count_after"]
    if unit == "mese" and not counted and months_ahead is not None:
        value = _first_of_month(published, months_ahead) if published else None
        return _expression(match, value, "month", implied)   # "il mese scorso" is a calendar month
    return _expression(match, None, "none", implied)


class _Family(NamedTuple):
    """One kind of expression. Its regex runs only on text holding one of its keywords (lower case):
    a substring test is far cheaper than a regex scan, and most sentences hold no date."""
    keywords: tuple[str, ...]
    pattern: re.Pattern
    resolve: Callable[[re.Match, date | None, str | None], TimeExpression | None]


DIGITS = tuple("0123456789")
_NUMERIC = _Family(DIGITS, NUMERIC_DATE, _numeric_date)
_DAY_MONTH = _Family(DIGITS + ("primo",), DAY_MONTH_DATE, _day_month_date)
_FAMILIES = (  # on equally long matches the earlier family wins
    _NUMERIC,
    _DAY_MONTH,
    _Family(("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica"), WEEKDAY_DATE, _weekday_date),
    _Family(("oggi", "ieri", "domani", "stam", "sera", "notte", "mattina", "pomeriggio"), RELATIVE_DAY, _relative_day),
    _Family(("mattin", "pomeriggio", "sera", "nott", "giornata"), PUBLICATION_DAY_PART, _publication_day_part),
    _Family(("giorn", "settiman", "mes", "ann"), COUNTED_OFFSET, _counted_offset),
    _Family(("capodanno", "epifania", "festa", "ferragosto", "ognissanti", "natale", "stefano", "silvestro"),
            HOLIDAY, _holiday),
    _Family(tuple(MONTHS), MONTH_PERIOD, _month_period),
    _Family(("fine", "inizio", "metà", "meta", "primi"), PERIOD_BOUNDARY, _period_boundary),
    _Family(("scors", "ultim", "prossim", "quest", "settiman", "weekend"), VAGUE_PERIOD, _vague_period),
)
_CALENDAR_FAMILIES = (_NUMERIC, _DAY_MONTH)


# --- words to numbers ------------------------------------------------------------------------------------

def _month_number(word: str) -> int:
    key = _fold(word)
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key) or MONTH_ABBREVIATIONS[key.rstrip(".")]


def _weekday_number(word: str | None) -> int | None:
    return _WEEKDAY_BY_KEY[_fold(word)] if word else None


def _day_number(word: str) -> int:
    return 1 if _fold(word) == "primo" else int(word)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[_fold(word)]


def _qualifier_tense(stem: str | None) -> str | None:
    return QUALIFIERS[_fold(stem)][0] if stem else None


# --- calendar arithmetic ---------------------------------------------------------------------------------

def _valid_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def _nearby_years(published: date) -> range:
    return range(published.year - 1, published.year + 2)


def _first_of_month(published: date, months_ahead: int) -> date:
    index = published.year * 12 + published.month - 1 + months_ahead
    return date(index // 12, index % 12 + 1, 1)


def _weekdays_around(weekday: int, published: date) -> list[date]:
    """The days on `weekday` from a week before to a week after publication."""
    days = (published + timedelta(days=offset) for offset in range(-7, 8))
    return [day for day in days if day.weekday() == weekday]


def _weekday_with_day(weekday: int, day: int, published: date, implied: str | None) -> date | None:
    """ "venerdì 14": the Friday 14th in the months around publication, None if none of them is one."""
    months = (_first_of_month(published, offset) for offset in (-1, 0, 1))
    candidates = (_valid_date(first.year, first.month, day) for first in months)
    return _closest([c for c in candidates if c and c.weekday() == weekday], published, implied, strict=True)


def _closest(candidates: list[date], reference: date, tense: str | None, *, strict: bool,
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
