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
import os
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Iterable

from kg.dating import dates
from kg.model import Article

STDIN = "-"
STDIN_SOURCE = "<stdin>"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
ARTICLE_SUFFIXES = {".txt"}
TITLE_MAX_CHARS = 160
# The publication date, when written in the text, stands in its first lines.
DATE_SEARCH_LINES = 6
DATE_SEARCH_CHARS = 400     # a dateline may follow a long headline and a subheading

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


def read_articles(paths: Iterable[str], stdin_text: str | None = None, headings: dict[str, tuple] | None = None
                  ) -> list[Article]:
    """Every article under `paths` (files, folders searched recursively for .txt, or "-" for stdin).

    Checks every file before returning, so a bad file stops the run before anything is loaded.
    Folders that cannot be searched are left out: find_sources() names them. `headings`: the title
    and days of texts read before, by content hash (kept by the caller, filled here).
    """
    return read_files(find_sources(paths).files, stdin_text, headings)


def read_files(files: list[str], stdin_text: str | None = None, headings: dict[str, tuple] | None = None
               ) -> list[Article]:
    """The articles of the files find_sources() found, as read_articles() reads them."""
    articles: list[Article] = []
    for source in files:
        if source == STDIN:
            text = stdin_text if stdin_text is not None else read_stdin()
            articles.append(parse_article(text, source=STDIN_SOURCE))
        else:
            articles.append(parse_article(read_text(source), source=source, headings=headings))
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


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class Sources:
    """The article files `paths` name, in order, and what in their folders could not be searched."""
    files: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def find_sources(paths: Iterable[str]) -> Sources:
    found = Sources()
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or path.is_file():
            found.files.append(raw)
        elif path.is_dir():
            files, skipped = walk_folder(path)
            found.files.extend(files)
            found.skipped.extend(skipped)
        else:
            raise IngestError(raw, "no such file or folder")
    return found


def walk_folder(root: Path) -> tuple[list[str], list[Skipped]]:
    """The .txt files under `root`, following links to folders but never twice into the same one (a
    link to a folder above is a loop), and the subfolders and links that could not be read."""
    files: list[str] = []
    skipped: list[Skipped] = []
    seen = {folder_identity(root)}

    def unreadable(e: OSError) -> None:
        if e.filename == str(root):
            raise IngestError(str(root), f"cannot read this folder ({os_problem(e)})") from e
        skipped.append(Skipped(e.filename, os_problem(e)))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        subfolders[:] = not_yet_searched(folder, subfolders, seen, skipped)
        for name in names:
            # strings, not Paths: 10,000 Path objects cost a second
            path = os.path.join(folder, name)
            if suffix(name) in ARTICLE_SUFFIXES:
                if os.path.isfile(path):
                    files.append(path)
                else:
                    skipped.append(Skipped(path, "broken or looping link"))
    # in Path order: part by part (a/b before a-b/c)
    return sorted(files, key=lambda p: p.split(os.sep)), sorted(skipped, key=lambda s: Path(s.path))


def suffix(name: str) -> str:
    """Path(name).suffix, without making a Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def not_yet_searched(folder: str, subfolders: list[str], seen: set[tuple[int, int]], skipped: list[Skipped]
                     ) -> list[str]:
    """The subfolders not searched yet (real folders before links to them), in order; adds them to
    `seen`, and the others to `skipped`."""
    kept = []
    for name in sorted(subfolders, key=lambda n: (os.path.islink(os.path.join(folder, n)), n)):
        try:
            identity = folder_identity(os.path.join(folder, name))
        except OSError as e:
            skipped.append(Skipped(os.path.join(folder, name), os_problem(e)))
            continue
        if identity in seen:
            skipped.append(Skipped(os.path.join(folder, name), "link to a folder already searched"))
        else:
            seen.add(identity)
            kept.append(name)
    return sorted(kept)


def folder_identity(folder: str) -> tuple[int, int]:
    st = os.stat(folder)
    return st.st_dev, st.st_ino


def read_text(path: str) -> str:
    try:
        with open(path, "rb") as f:     # a path string, not a Path: 10,000 Paths cost a tenth of a second
            data = f.read()
    except OSError as e:
        raise IngestError(path, f"cannot read this file ({os_problem(e)})") from e
    return decode_text(data, path)


def os_problem(e: OSError) -> str:
    """"permission denied", "is a directory": the reason alone, without the path."""
    return (e.strerror or type(e).__name__).lower()


def read_stdin() -> str:
    """Standard input as bytes, decoded as an article file is (a latin-1 pipe is an error, not a crash)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream with no bytes underneath (already decoded)
        return sys.stdin.read()
    return decode_text(stream.read(), STDIN_SOURCE)


def decode_text(data: bytes, source: str) -> str:
    if data.startswith(UTF16_BOMS):
        raise IngestError(source, "UTF-16 text, expected UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in data:
        raise IngestError(source, "binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise IngestError(source, f"not UTF-8 text (bad byte at offset {e.start}); convert it, e.g. "
                                  f"iconv -f latin1 -t utf-8") from e


def parse_article(text: str, source: str, headings: dict[str, tuple] | None = None) -> Article:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise IngestError(source, "empty file")
    digest = content_hash(text)
    heading = headings.get(digest) if headings is not None else None
    if heading is None:
        heading = heading_of(text)
        if headings is not None:
            headings[digest] = heading
    title, published, published_month = heading
    return Article(id=digest[:16], source=source, title=title, published=published, published_month=published_month,
                   text=text, content_hash=digest)


def heading_of(text: str) -> tuple[str, date | None, date | None]:
    """Title, day and month: the same for the same text, and slow on long lines (a date looked for in
    each), so a caller may keep them (read_articles' `headings`)."""
    published = publication_date(text)
    return (title_of(text), published.value if published.precision == "day" else None,
            published.value if published.precision in ("day", "month") else None)


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


# The headline is among the first lines of an article; a section label before it has this many words at most.
TITLE_SEARCH_LINES = 6
SECTION_LABEL_WORDS = 3
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀÈÉÌÒÙ«“\"])")


def title_of(text: str) -> str:
    header = HEADER.match(first_line(text))
    if header and header.group(2).strip():
        return shorten(header.group(2).strip())
    # The first lines that are neither dates nor scraps: read lazily, a long text has thousands of lines.
    lines = list(islice((line for raw in text.splitlines() if len(line := raw.strip()) > 3
                         and not dates.parse_calendar_date(line)), TITLE_SEARCH_LINES))
    # a section label ("Diplomazia Usa") before a headline is no title; before the body text, it is one
    after_label = next((line for line in lines[:TITLE_SEARCH_LINES] if not is_section_label(line)), None)
    first = next(iter(lines), "")
    headline = after_label if after_label and is_section_label(first) and not after_label.endswith(".") else first
    return shorten(first_sentence(headline))


def is_section_label(line: str) -> bool:
    """A line of a few words and no sentence punctuation: "Diplomazia Usa", "Esteri"."""
    return len(line.split()) <= SECTION_LABEL_WORDS and not any(ch in line for ch in ".!?:;,")


def first_sentence(line: str) -> str:
    """A headline run together with its standfirst ends at its first full stop."""
    end = SENTENCE_END.search(line)
    return line[:end.start() + 1] if end and len(line[:end.start()].split()) >= SECTION_LABEL_WORDS + 1 else line


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
