"""Files, folders and stdin -> list[Article].

Only this module reads article files. Each article gets:
- an id from its content hash (the same text always gets the same id, wherever it lies),
- a publication date from a " date YYYY-MM-DD" first line, a dateline ("Mosca, 28 gennaio 2026"),
  or a weekday header ("Mercoledì 14 Gennaio 2026"), else None; a dateline without a year ("16 MAG")
  takes it from the other articles of the load,
- a title: the header's title, else the first line that is not a date.
"""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

from kg.dating import dates
from kg.model import Article

STDIN = "-"
ARTICLE_SUFFIXES = {".txt"}
TITLE_MAX_CHARS = 160
# The publication date, when written in the text, stands in its first lines.
DATE_SEARCH_LINES = 6
DATE_SEARCH_CHARS = 240

# A day written without a year takes the year nearest the hint: half a year before the reference
# day makes it the latest such day on or before the reference.
HALF_A_YEAR = timedelta(days=182)
# A place (after an agency in brackets: "(ANSA) - ROMA, 12 MAR"), a comma, a day and a month: the
# dateline of a wire story.
DATELINE = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*[-–—]?\s*)?[^\W\d][^,\n]{0,40},\s*\d{1,2}°?\s+[^\W\d]+\.?")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*(.*)$")


class IngestError(Exception):
    """A file that cannot be read as an article; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem


@dataclass(frozen=True)
class PublicationDate:
    value: date | None
    precision: str          # "day" | "month" | "none"


def read_articles(paths: Iterable[str], stdin_text: str | None = None) -> list[Article]:
    """Every article under `paths` (files, folders searched recursively for .txt, or "-" for stdin).

    Checks every file before returning, so a bad file stops the run before anything is loaded.
    """
    articles: list[Article] = []
    for source in expand_paths(paths):
        if source == STDIN:
            text = stdin_text if stdin_text is not None else sys.stdin.read()
            articles.append(parse_article(text, source="<stdin>"))
        else:
            articles.append(parse_article(read_text(Path(source)), source=source))
    return dated_by_the_load(articles)


def dated_by_the_load(articles: list[Article]) -> list[Article]:
    """A dateline with no year in an article that names no year ("ISTANBUL, 16 MAG") is the latest
    such day on or before the newest publication day of the articles loaded with it: a load is news
    of one period. With no dated article in the load, it stays undated."""
    reference = max((a.published for a in articles if a.published), default=None)
    if reference is None:
        return articles
    return [replace(a, published=day, published_month=day)
            if a.published is None and (day := dateline_day(a, reference)) and day <= reference else a
            for a in articles]


def dateline_day(article: Article, reference: date) -> date | None:
    """The day of a dateline opening a line ("(PRIMANOTIZIE) ISTANBUL, 16 MAG –", "Roma, 19 mag."),
    in the year that puts it on or before `reference`; not a day a title speaks of ("dopo l'incontro
    dello scorso 16 maggio")."""
    for line in head_of(article.text).splitlines():
        match = DATELINE.match(line)
        day = match and dates.parse_dateline(match.group(0), year_hint=article.published_month or reference - HALF_A_YEAR)
        if day:
            return day
    return None


def expand_paths(paths: Iterable[str]) -> list[str]:
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        elif path.is_file():
            found.append(raw)
        else:
            raise IngestError(raw, "no such file or folder")
    return found


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data:
        raise IngestError(str(path), "binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise IngestError(str(path), f"not UTF-8 text (bad byte at offset {e.start})") from e


def parse_article(text: str, source: str) -> Article:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise IngestError(source, "empty file")
    digest = content_hash(text)
    published = publication_date(text)
    return Article(id=digest[:16], source=source, title=title_of(text),
                   published=published.value if published.precision == "day" else None,
                   published_month=published.value if published.precision in ("day", "month") else None,
                   text=text, content_hash=digest)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def publication_date(text: str) -> PublicationDate:
    """The header date if it gives the day; else a date written in the first lines."""
    header = HEADER.match(first_line(text))
    from_header = PublicationDate(*dates.parse_iso_prefix(header.group(1))) if header else None
    if from_header and from_header.precision == "day":
        return from_header
    hint = from_header.value if from_header else latest_year_middle(text)
    written = dates.parse_dateline(head_of(text), year_hint=hint)
    if written:
        return PublicationDate(written, "day")
    return from_header or PublicationDate(None, "none")


def latest_year_middle(text: str) -> date | None:
    """A dateline without a year ("ISTANBUL, 16 MAG") is most likely in the latest year the article names."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 7, 2) if years else None   # mid-year: the nearest such day falls in that year


def title_of(text: str) -> str:
    header = HEADER.match(first_line(text))
    if header and header.group(2).strip():
        return shorten(header.group(2).strip())
    for line in text.splitlines():
        line = line.strip()
        if len(line) > 3 and not dates.parse_calendar_date(line):
            return shorten(line)
    return ""


def header_date_span(text: str) -> tuple[int, int] | None:
    """Offsets of the header's "date YYYY-MM-DD": metadata, not a date the article speaks of."""
    header = HEADER.match(first_line(text))
    return header.span(1) if header else None


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def head_of(text: str) -> str:
    return "\n".join(text.splitlines()[:DATE_SEARCH_LINES])[:DATE_SEARCH_CHARS]


def shorten(line: str) -> str:
    if len(line) <= TITLE_MAX_CHARS:
        return line
    return line[:TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
