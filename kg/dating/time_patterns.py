"""The grammar of Italian time expressions: one compiled regex per family of expressions ("il 6
gennaio", "mercoledì scorso", "tra due giorni", "entro la fine del mese"), built from the words of
time_words.py. time_finding.py pairs each with its keywords and its parser.
"""
from __future__ import annotations

import re

from kg.dating.time_words import (ARTICLES, BOUNDARY_LEADS, FEAST_AFTER_WEEKDAY, HOLIDAYS, MONTH_ABBREVIATIONS,
                                  MONTH_LEADS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, PERIOD_EDGES, RELATIVE_DAYS,
                                  WEEKDAYS)

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


WEEKDAY_NAME = _alternation(WEEKDAYS)
MONTH_NAME = _alternation(MONTHS)
MONTH_IN_DATE = "(?:" + MONTH_NAME + r"\b|" + "|".join(
    re.escape(a) if a.endswith(".") else a + r"\b\.?" for a in MONTH_ABBREVIATIONS) + ")"
PART_OF_DAY = _alternation(PARTS_OF_DAY)
COUNT = r"(?:\d{1,3}|" + _alternation(NUMBER_WORDS) + ")"
COUNTED_UNIT = r"(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi])"
YEAR = r"(?:19|20)\d\d"
FLAGS = re.IGNORECASE | re.VERBOSE

# One compiled regex per family; `FAMILIES` in time_finding.py pairs each with its keywords and its parser.
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
