"""Name keys that survive transliteration and typos, and the rule that decides if two names are one person.

Pure functions, no I/O but two word tables of kg/data (person_words.txt, east_asian_surnames.txt).
Three layers, each usable alone:

- `fold(text)`: casefold, strip accents, spell Slavic diacritics and Cyrillic the English way
  (š -> sh, č -> ch, ž -> zh, ё -> e, Київ -> kiyiv), one kind of apostrophe, hyphens and runs of
  spaces -> one space. "Ušakov" and "Ushakov" fold to "ushakov".
- `name_key(name)`: a lossy phonetic-ish key over `fold` for the many Latin renderings of one
  Cyrillic name: j/y/i, kh/ch/h, ya/ja/ia, yu/ju/iu, ye/je/ie/e, ts/tz, w/v, ck/k, x/ks, ph/f,
  doubled letters and a silent h after a word-initial consonant are unified. Vowels other than
  y/i/j are kept, so "-ev" and "-ov" stay apart (Medvedev vs Peskov) and so do Kharkiv/Kharkov.
- `name_score(a, b)`: rapidfuzz `token_sort_ratio` of the two keys, 0..100.

`same_person(a, b)` combines them with the thresholds named below and says which rule decided.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from rapidfuzz import fuzz, process, utils

# --- thresholds (rapidfuzz scale 0..100, scored on name keys) ----------------------------------

# A surname written alone joins a full name, and two full names may join, only when the surnames'
# keys score at least this. One changed letter in a 6-letter key scores 83.3 and passes
# ("Sybiha"/"Sybiga"); one changed letter in a 5-letter key scores 80.0 and fails ("Rubio"/"Rubin").
SURNAME_MIN_SCORE: float = 83.0
# Two first given names that are neither the same key, nor an initial, nor one group of
# EQUIVALENT_GIVEN_NAMES are still compatible at this score (unless one is the feminine -a form),
# and only ever checked for two full names whose surnames already match: "Emmanuel"/"Emanuele"
# 93.3, "Mohammed"/"Mohammad" 85.7 and "Rustem"/"Rustam" 83.3 (one vowel of a Crimean Tatar name
# transliterated two ways) pass; "Marco"/"Mario" 80.0 and "Ivan"/"Ivanka" 80.0 fail
# ("Volodymyr"/"Vladimir", 82.4, is joined by the table instead).
GIVEN_NAME_MIN_SCORE: float = 83.0
# Fallback when the surnames do not line up (word order: "Peskov Dimitri"): the whole keys,
# tokens sorted, must score at least this. "Peskov Dimitri"/"Dmitry Peskov" scores 96.3 and passes;
# "Kushner Jared"/"Charles Kushner" scores 81.5 and fails.
FULL_NAME_MIN_SCORE: float = 90.0

# --- folding ----------------------------------------------------------------------------------

# Letters NFKD cannot take apart, and Slavic letters whose English spelling is a digraph.
_LETTERS = {
    "š": "sh", "č": "ch", "ž": "zh", "ć": "c", "ś": "s", "ź": "z", "ż": "z", "ł": "l", "đ": "dj",
    "ř": "r", "ë": "e", "ё": "e", "ï": "i", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe",
    "þ": "th", "ð": "d", "ŀ": "l", "ħ": "h", "ŧ": "t",
}
# Cyrillic (Russian, Ukrainian, Belarusian) -> English-style Latin, so a name written in Cyrillic
# folds next to its usual transliteration. Ambiguous letters take the Russian value (г -> g, и -> i).
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґў",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi",
     "g", "u"]))
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\u02b9"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
_FOLD_TABLE = str.maketrans({**_LETTERS, **_CYRILLIC, **{c: "'" for c in _APOSTROPHES},
                             **{c: " " for c in _DASHES}})
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 17)     # a corpus's names are folded again at every stage of resolution
def fold(text: str) -> str:
    """Casefold, drop accents, spell Slavic diacritics and Cyrillic in Latin, tidy apostrophes/spaces.

    >>> fold("  Ušakov ")
    'ushakov'
    >>> fold("Abu-Dhabi’s  Kryvyj  Rih")
    "abu dhabi's kryvyj rih"
    """
    return _SPACES.sub(" ", without_diacritics(text.casefold().translate(_FOLD_TABLE))).strip()


def without_diacritics(text: str) -> str:
    """The letters with their accents and marks dropped, not spelt out: "Vučić" -> "Vucic"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --- keys -------------------------------------------------------------------------------------

# Applied in this order to each word of the folded name; each (pattern, replacement) is one
# spelling difference between transliteration schemes (English, German, French, Polish, Italian).
_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"[^a-z0-9 ]", ""),         # apostrophes (soft signs), dots; digits stay: Kursk-2 is not Kursk
    (r"tsch", "ch"),             # German Tschernihiw
    (r"sch", "sh"),              # German Schewtschenko
    (r"cz", "ch"),               # Polish Czernihów
    (r"\b([bdgprtw])h", r"\1"),   # silent h after a word-initial consonant: Whitkoff, Dhabi, Thomas
    (r"ck", "k"),
    (r"ph", "f"),
    (r"x", "ks"),
    (r"q", "k"),
    (r"w", "v"),                 # Witkoff/Vitkoff, Kyiw/Kyiv
    (r"(zh|sh|ch|kh)\1", r"\1"),  # zhzh in Zaporizhzhia counts as one, like a doubled letter
    (r"gh", "g"),                # Romanian/Italian Serghei
    (r"[kc]h", "h"),             # Kharkiv/Harkiv/Charkiw
    (r"t[sz]", "c"),             # Kravets/Kravetz/Kravec
    (r"[jy]", "i"),              # Jurij/Yuri, Zelenskyj/Zelenskiy
    (r"ie", "e"),                # ye/je/ie -> e: Yermak/Ermak, Serghiei/Sergei
    (r"(.)\1+", r"\1"),          # doubled letters: Witkoff, Zelenskyy (yy -> ii -> i), Odessa
))


# French renderings of Slavic and Arabic names ("Choïgou" = Shoigu, "Chevtchenko" = Shevchenko,
# "Sergueï" = Sergei, "Ouchakov" = Ushakov), told by what only French writes in them: "tch" for ch, a
# diaeresis ("ï") anywhere in the name, a Slavic surname opening with "ou" and a consonant. There "ch"
# is sh and "ou" u (German's "ch", kh, has none of these; "ou" alone is English and pinyin too: "South",
# "Changzhou", "Ouyang").
_FRENCH_MARKS = re.compile(r"tch")
# "Oumerov", "Ouchakov": a Slavic surname opening with "ou" and a consonant; it makes the whole name French
_FRENCH_SLAVIC_SURNAME = re.compile(r"^ou[^aeiouy\W]\w*(?:ov|ev|off|eff|ine|enko|ski|sky)$")
_FRENCH_DIAERESIS = re.compile(r"[ïëÏË]")
_FRENCH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"tch", "\0"),             # kept aside while "ch" becomes "sh"
    (r"ch", "sh"),
    (r"\0", "ch"),
    (r"ou", "u"),
    (r"gu(?=[ei])", "g"),        # Sergueï: "gu" before e or i is a hard g
))


@functools.lru_cache(maxsize=1 << 16)     # resolution asks for the same few hundred names again and again
def name_key(name: str) -> str:
    """A phonetic-ish key: Latin renderings of one Cyrillic name get the same key.

    >>> name_key("Zelenskyy") == name_key("Zelenskij") == name_key("Зеленський")
    True
    >>> name_key("Whitkoff"), name_key("Kharkiv"), name_key("Kharkov")
    ('vitkof', 'harkiv', 'harkov')
    """
    words = []
    folded = fold(name).split()
    # "Sergueï Choïgou", "Iouri Ouchakov": the whole name is French
    french_name = bool(_FRENCH_DIAERESIS.search(name)) or any(_FRENCH_SLAVIC_SURNAME.search(word) for word in folded)
    for word in folded:
        if french_name or _FRENCH_MARKS.search(word):
            for pattern, replacement in _FRENCH_RULES:
                word = pattern.sub(replacement, word)
        for pattern, replacement in _KEY_RULES:
            word = pattern.sub(replacement, word)
        if word:
            words.append(word)
    return " ".join(words)


def plain_key(name: str) -> str:
    """The key of the name with its diacritics dropped, not spelt out: the Italian press writes "Vucic"
    and "Sefcovic" for "Vučić" and "Šefčovič", whose keys spell č and š as the English "ch" and "sh"."""
    return name_key(without_diacritics(name))


def name_score(a: str, b: str) -> float:
    """Similarity of two names, 0..100: rapidfuzz `token_sort_ratio` of their `name_key`s.

    Word order does not matter; "Dmitri Peskov" and "Peskov Dmitrij" score 100.
    """
    return fuzz.token_sort_ratio(name_key(a), name_key(b), processor=utils.default_process)


# --- people -----------------------------------------------------------------------------------

# Lower-case words that belong to the surname that follows them: "Ursula von der Leyen".
SURNAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "di", "da", "del", "della", "dei", "degli", "des", "du", "la",
    "le", "lo", "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "zu", "dos", "das",
})
# Courtesy titles dropped in front of a name; job titles are the extractor's business (kg/nlp).
# Italian titles of the clergy, written lower case before a name: "monsignor Rossi", "don Luigi", "suor Anna"
CLERICAL_TITLES = frozenset({"monsignor", "mons", "don", "suor"})
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sig", "sig.ra", "signor", "signora", "dott", "on", "prof"}) \
    | CLERICAL_TITLES

# Given names that name the same person: English/Italian hypocorisms (general usage, cf. the
# hand-curated lists of the `nicknames` package) and the Ukrainian/Russian/English forms of East
# Slavic names. Compared by `name_key`, so spelling variants of each entry come free.
EQUIVALENT_GIVEN_NAMES: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "michael mike mikey mick michele michel",
    "stephen steven steve stefan stephan stefano",
    "william bill billy will willy guglielmo",
    "james jim jimmy jamie giacomo",
    "robert bob bobby rob robbie roberto",
    "richard dick rick rich riccardo",
    "thomas tom tommy tommaso",
    "joseph joe joey giuseppe beppe peppe",
    "john johnny jack jon giovanni gianni",
    "edward ed eddie ted edoardo",
    "charles charlie chuck carlo",
    "anthony tony antonio",
    "daniel dan danny daniele",
    "david dave davide",
    "peter pete pietro petro pyotr piotr",
    "nicholas nick nicola nicolas mykola nikolai nikolay",
    "matthew matt matteo",
    "benjamin ben bibi beniamino",
    "elizabeth liz beth betty elisabetta",
    "katherine catherine kate cathy caterina",
    "margaret maggie peggy margherita",
    "alexander alex alexandre alessandro aleksandr oleksandr olexander sasha sacha",
    "alexei aleksei alexey oleksiy oleksii",
    "volodymyr vladimir volodya",
    "dmitry dmytro dima",
    "sergei serhiy sergiy sergio",
    "andrei andriy andrew andrea andrey",
    "mikhail mykhailo mykhaylo",
    "yuri yuriy yurii yury",
    "pavel pavlo paul paolo",
    "yevgeny yevhen eugene evgeny",
    "konstantin kostiantyn kostyantyn",
    "olga olha",
    "yelena olena helen elena",
))
# name_key -> index of its group in EQUIVALENT_GIVEN_NAMES (a key is in one group only: a test checks it)
_GIVEN_GROUP_OF: dict[str, int] = {name_key(n): i for i, group in enumerate(EQUIVALENT_GIVEN_NAMES) for n in group}


@dataclass(frozen=True)
class PersonName:
    """A person's name split in two: given names (first, middle, patronymic) and the surname."""
    given: tuple[str, ...]
    surname: str
    # Chinese or Korean, written surname first: its given name is one ("Jong Un"), spelt one way in
    # pinyin or Korean romanisation, so no near spelling of it is the same name ("Li Qiang" is not
    # "Li Keqiang")
    surname_first: bool = False


REGNAL_NUMBER = re.compile(r"^[IVXL]+$")
EAST_ASIAN_SURNAMES_TABLE = Path(__file__).resolve().parents[1] / "data" / "east_asian_surnames.txt"
# A syllable of romanised Chinese or Korean (pinyin, Wade-Giles, Korean romanisations): an initial, a
# glide, one to three vowels and a nasal or stop final. Given names after a Chinese or Korean surname
# are made of one to three ("Jinping" = jin-ping, "Qiang", "Jong-un", "Jae-myung", "Ing-wen");
# Western ones rarely are ("Harvey", "Anderson": no such syllable ends in r or v starts one).
_SINITIC_SYLLABLE = (r"(?:ch|sh|zh|hs|ts|tz|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?"
                     r"[wy]?[aeiouü]{1,3}(?:ng|n|m|l|k|p|t)?")
_SINITIC_GIVEN_NAME = re.compile(rf"(?:{_SINITIC_SYLLABLE}){{1,3}}(?:-(?:{_SINITIC_SYLLABLE}){{1,2}})?")
# "Kim Jong Un": a Chinese or Korean name has at most two words after the surname
SURNAME_FIRST_MAX_WORDS = 3


@functools.cache
def east_asian_surnames() -> frozenset[str]:
    """The commonest Chinese, Taiwanese, Hong Kong and Korean surnames (kg/data/east_asian_surnames.txt,
    built from names-dataset by kg/data/build_east_asian_surnames.py)."""
    return word_table(EAST_ASIAN_SURNAMES_TABLE)


def writes_surname_first(words: list[str]) -> bool:
    """A Chinese or Korean name as Italian news writes it: a surname of the table, then romanised
    syllables ("Xi Jinping", "Li Qiang", "Kim Jong-un"), not a Western name ("Lee Harvey Oswald")."""
    return 2 <= len(words) <= SURNAME_FIRST_MAX_WORDS and words[0][:1].isupper() \
        and words[0].casefold() in east_asian_surnames() \
        and all(_SINITIC_GIVEN_NAME.fullmatch(w.casefold()) for w in words[1:])


# A generation written after the surname: "Ferdinand Marcos Jr", "Martin Luther King Sr"
GENERATION_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})


@functools.lru_cache(maxsize=1 << 17)     # asked of every name at every step of resolving people
def split_person_name(name: str) -> PersonName:
    """Split "Dmitrij Sergeevič Peskov" into given ("Dmitrij", "Sergeevič") and surname "Peskov".

    The surname is the last word together with the particles before it ("von der Leyen",
    "bin Salman"), or the first of a Chinese or Korean name ("Xi Jinping", "Kim Jong-un");
    "Surname, Given" with a comma is read the other way round. Courtesy titles ("Mr", "Dr"), regnal
    numbers ("Leone XIV") and generations ("Jr") are dropped.
    """
    if "," in name:
        surname, _, given = name.partition(",")
        return PersonName(tuple(given.split()), " ".join(surname.split()))
    words = [w for w in name.split() if w.casefold().rstrip(".") not in TITLES]
    if len(words) > 1 and REGNAL_NUMBER.match(words[-1]) \
            or len(words) > 2 and words[-1].casefold().rstrip(".") in GENERATION_SUFFIXES:
        words = words[:-1]          # "Leone XIV", "Carlo III", "Ferdinand Marcos Jr": no surname
    if not words:
        return PersonName((), "")
    if writes_surname_first(words):
        return PersonName((" ".join(words[1:]),), words[0], surname_first=True)   # "Kim Jong Un": given "Jong Un"
    start = len(words) - 1
    while start > 0 and words[start - 1].casefold() in SURNAME_PARTICLES:
        start -= 1
    return PersonName(tuple(words[:start]), " ".join(words[start:]))


# "bin Salman", "ibn Saud": son (daughter) of; the name after it is the father's
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})


def is_patronymic(surname: str) -> bool:
    return fold(surname).split(" ", 1)[0] in PATRONYMIC_PARTICLES


def _gender_forms_differ(key_a: str, key_b: str) -> bool:
    """One key has the feminine -a ending and the other not: Lavrov/Lavrova, Paul/Paula, Zelensky/Zelenska."""
    return key_a.endswith("a") != key_b.endswith("a")


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def given_names_compatible(a: str, b: str) -> tuple[bool, str]:
    """Can two first given names be one person's? Returns (answer, reason).

    Reasons: "same-key", "initial" ("J." / "Jared"), "equivalent" (EQUIVALENT_GIVEN_NAMES),
    "fuzzy" (score >= GIVEN_NAME_MIN_SCORE and not a masculine/feminine pair), "different".
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True, "same-key"
    if _is_initial(a) or _is_initial(b):
        return (ka[:1] == kb[:1]), ("initial" if ka[:1] == kb[:1] else "different")
    group_a, group_b = _GIVEN_GROUP_OF.get(ka), _GIVEN_GROUP_OF.get(kb)
    if group_a is not None and group_a == group_b:
        return True, "equivalent"
    if fuzz.ratio(ka, kb) >= GIVEN_NAME_MIN_SCORE and not _gender_forms_differ(ka, kb):
        return True, "fuzzy"
    return False, "different"


def gender_pair(a: "PersonName", b: "PersonName") -> bool:
    """"Ivan Petrov" and "Ivana Petrova": a man and a woman, however alike the letters."""
    given = a.given and b.given and _gender_forms_differ(name_key(a.given[0]), name_key(b.given[0]))
    return bool(given or _gender_forms_differ(name_key(a.surname), name_key(b.surname)))


def surname_score(a: str, b: str) -> float:
    """Score of two surnames' keys, 0..100, the better of the whole surnames and their last words
    ("Leyen" vs "von der Leyen" is 100); 0 for a masculine/feminine pair (Lavrov/Lavrova)."""
    best = 0.0
    for key in (name_key, plain_key):
        for ka, kb in ((key(a).replace(" ", ""), key(b).replace(" ", "")),
                       (key(a).rpartition(" ")[2], key(b).rpartition(" ")[2])):
            if ka == kb:
                return 100.0
            if ka and kb and not _gender_forms_differ(ka, kb):
                best = max(best, fuzz.ratio(ka, kb))
    return best


def same_person(a: str, b: str) -> tuple[bool, str, float]:
    """Do two name mentions name one person? Returns (decision, rule, score 0..100).

    Rules, in order:
    - "empty": either name has no letters -> no.
    - "same-key": same `name_key` words, in any order -> yes, 100.
    - "father-of": one surname is a patronymic ("bin Salman") and the other not ("Salman") -> no.
    - "surname-of" / "surname-differs": a one-word name against any other name -> yes iff its
      `surname_score` with the other's surname (or other word) is >= SURNAME_MIN_SCORE.
    - "trailing-words": a name of two words or more that ends the other, word for word ("Pichetto
      Fratin", a double surname, of "Gilberto Pichetto Fratin") -> yes.
    - "given-name-compatible" / "given-name-conflict": two full names whose surnames score
      >= SURNAME_MIN_SCORE -> yes iff their first given names are compatible
      (`given_names_compatible`, or the same when joined: "Abdul Hamid", "Abdulhamid"); "Jared
      Kushner" and "Charles Kushner" are two people.
    - "fuzzy-full-name": surnames do not line up -> yes iff `name_score` >= FULL_NAME_MIN_SCORE.
    - "different": otherwise -> no.
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False, "empty", 0.0
    if sorted(ka.split()) == sorted(kb.split()) or sorted(plain_key(a).split()) == sorted(plain_key(b).split()):
        return True, "same-key", 100.0
    pa, pb = split_person_name(a), split_person_name(b)
    if is_patronymic(pa.surname) != is_patronymic(pb.surname):
        return False, "father-of", 0.0      # "re Salman" is the father of "Mohammed bin Salman"
    if not pa.given or not pb.given:
        score = surname_score(pa.surname, pb.surname)
        return (True, "surname-of", score) if score >= SURNAME_MIN_SCORE else (False, "surname-differs", score)
    score = name_score(a, b)
    if ends_the_other(ka.split(), kb.split()):
        return True, "trailing-words", score     # "Pichetto Fratin" of "Gilberto Pichetto Fratin"
    if surname_score(pa.surname, pb.surname) >= SURNAME_MIN_SCORE:
        compatible = name_key(pa.given[0]) == name_key(pb.given[0]) if pa.surname_first or pb.surname_first \
            else given_names_compatible(pa.given[0], pb.given[0])[0] or given_names_joined(pa) == given_names_joined(pb)
        return (True, "given-name-compatible", score) if compatible else (False, "given-name-conflict", score)
    if score >= FULL_NAME_MIN_SCORE and not gender_pair(pa, pb):
        return True, "fuzzy-full-name", score
    return False, "different", score


def given_names_joined(name: "PersonName") -> str:
    """"Abdul Hamid" and "Abdulhamid": given names written apart or as one word."""
    return "".join(name_key(g).replace(" ", "") for g in name.given)


def ends_the_other(a: list[str], b: list[str]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return 2 <= len(shorter) < len(longer) and longer[-len(shorter):] == shorter


# --- finding the names same_person may join, without asking it of every pair ------------------

# The cheap comparisons below let through every name same_person could join; this margin (score
# points, 0..100) keeps one whose score rounds differently in the bulk comparison.
NEAR_MARGIN: float = 1.0


def surname_keys(name: str) -> tuple[str, str]:
    """The two surname keys surname_score compares: the whole surname's, and its last word's."""
    key = name_key(split_person_name(name).surname)
    return key.replace(" ", ""), key.rpartition(" ")[2]


class PersonNames:
    """Names, in the order added, and for a new name the ones same_person might join it to: those
    whose surname keys score SURNAME_MIN_SCORE or whose whole keys score FULL_NAME_MIN_SCORE
    (the conditions of same_person that can say yes), found by rapidfuzz in bulk. Asking
    same_person of these alone gives the answers it would give over all the names."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.surnames: list[str] = []
        self.last_words: list[str] = []
        self.keys: list[str] = []          # sorted_key of each name
        self.plain_surnames: list[str] = []     # plain_key of each surname

    def add(self, name: str) -> None:
        surname, last_word = surname_keys(name)
        self.names.append(name)
        self.surnames.append(surname)
        self.last_words.append(last_word)
        self.keys.append(sorted_key(name))
        self.plain_surnames.append(plain_surname_key(name))

    def near(self, name: str) -> list[str]:
        """The names that may be the same person as `name`, in the order they were added."""
        surname, last_word = surname_keys(name)
        found = set()
        for query, choices, scorer, cutoff in (
                (surname, self.surnames, fuzz.ratio, SURNAME_MIN_SCORE),
                (last_word, self.last_words, fuzz.ratio, SURNAME_MIN_SCORE),
                (sorted_key(name), self.keys, fuzz.ratio, FULL_NAME_MIN_SCORE),
                (plain_surname_key(name), self.plain_surnames, fuzz.ratio, SURNAME_MIN_SCORE)):
            found.update(i for _, _, i in process.extract(query, choices, scorer=scorer, processor=None,
                                                          limit=None, score_cutoff=cutoff - NEAR_MARGIN))
        return [self.names[i] for i in sorted(found)]


def plain_surname_key(name: str) -> str:
    return plain_key(split_person_name(name).surname).replace(" ", "")


def sorted_key(name: str) -> str:
    """The key's words in order: fuzz.ratio of two of these is name_score (token_sort_ratio)."""
    return " ".join(sorted(name_key(name).split()))


PERSON_WORDS_TABLE = Path(__file__).resolve().parents[1] / "data" / "person_words.txt"


class PersonWords:
    """Words of people's names in KIND's annotations, lower-cased (kg/data/build_person_words.py). No
    dataclass: spaCy's initialize() would hand the component a dict of it."""

    def __init__(self, words: frozenset[str] = frozenset()) -> None:
        self.words = words

    def __contains__(self, word: str) -> bool:
        return word in self.words


def load_person_words() -> PersonWords:
    return PersonWords(word_table(PERSON_WORDS_TABLE))


def word_table(path: Path) -> frozenset[str]:
    """The words of a kg/data word list: one per line, "#" lines are its header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def table_rows(lines: list[str], columns: int, source: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a kg/data table's rows; comments and blank lines skipped."""
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != columns or not fields[0].strip():
            raise ValueError(f"{source}:{number}: expected {columns} tab-separated columns, the first filled: {line!r}")
        yield number, fields
