"""Italian time words: names of months and weekdays, holidays, relative days ("domani"), parts of the
day, qualifiers ("scorso", "prossimo"), number words and the words that lead a date; and each read as
a number. The regexes built from them are in time_patterns.py.
"""
from __future__ import annotations

from kg.knowledge.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS   # noqa: F401 (time_patterns and time_finding read them here)

# Agency datelines abbreviate months ("Riad, 18 feb.", "ISTANBUL, 16 MAG"); these are accepted only right
# after a day number. "set" needs its dot because "vinto in 5 set" is tennis.
MONTH_ABBREVIATIONS = {
    "gen": 1, "feb": 2, "febb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6,
    "lug": 7, "ago": 8, "set.": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
}
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
    "in queste ore": (0, None), "in questo momento": (0, None),    # "si sta svolgendo in queste ore"
    "la notte scorsa": (0, "past"), "la scorsa notte": (0, "past"), "nella notte scorsa": (0, "past"),
    "ieri": (-1, "past"),
    "l'altro ieri": (-2, "past"), "l'altroieri": (-2, "past"), "ieri l'altro": (-2, "past"),
    "dell'altro ieri": (-2, "past"), "dell'altroieri": (-2, "past"),   # or "ieri" alone would match
    "avantieri": (-2, "past"),
    "domani": (1, "future"),
    "dopodomani": (2, "future"),
}
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


def fold_phrase(phrase: str) -> str:
    """The table key for a phrase as written: lower case, straight apostrophe, single spaces, no accent on ì."""
    folded = " ".join(phrase.lower().replace("’", "'").split()).replace("' ", "'")
    return folded.replace("ì", "i").replace("í", "i")


_WEEKDAY_BY_KEY = {fold_phrase(name): number for name, number in WEEKDAYS.items()}
RELATIVE_DAY_BY_KEY = {fold_phrase(phrase): meaning for phrase, meaning in RELATIVE_DAYS.items()}


# --- words to numbers ------------------------------------------------------------------------------------

def month_number(word: str) -> int:
    key = fold_phrase(word)
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key) or MONTH_ABBREVIATIONS[key.rstrip(".")]


def weekday_number(word: str | None) -> int | None:
    return _WEEKDAY_BY_KEY[fold_phrase(word)] if word else None


def day_number(word: str) -> int:
    return 1 if fold_phrase(word) == "primo" else int(word)


def count_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[fold_phrase(word)]


def qualifier_tense(stem: str | None) -> str | None:
    return QUALIFIERS[fold_phrase(stem)][0] if stem else None
