"""The plain dataclasses passed between stages.

article text -> Article (ingest) -> Doc (nlp) -> Mention / MeetingMention (with its TimeMention) /
ClaimMention (extract) -> Actor / Location / Claim, MeetingReports (resolve: Resolved) -> days, reports
grouped into Meetings (dating: Resolution) -> graph records (graph) -> Neo4j (graph.load)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    id: str                    # content hash: the same text always gets the same id
    source: str                # the path as given, or "<stdin>"
    title: str
    published: date | None     # the day, when the article gives it
    published_month: date | None   # first day of its month when only that is known (or the day itself)
    text: str                  # exactly as read (BOM removed); mention offsets point into it
    content_hash: str


# --- what extract finds in one article -------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """A name written in an article: a person, an organisation or a place."""
    article: str
    surface: str
    start: int
    end: int
    label: str                 # PER | ORG | LOC
    role: str | None = None    # "portavoce del Cremlino" when the text attaches one
    # Named only as someone's principal ("l'inviato del presidente Trump"): not a participant or speaker.
    principal_of_role: bool = False
    # A role, or a name's title, written with a feminine article ("la premier", "dalla presidente Anna
    # Neri"): it names a woman.
    feminine: bool = False


TIME_KINDS = (
    "calendar",        # day, month and year in figures: "14/01/2026", "2026-01-14"
    "day_month",       # "il 6 gennaio", "sabato 15 marzo 2025", "lo scorso 16 maggio"
    "weekday",         # "mercoledì", "giovedì scorso", "venerdì 14"
    "relative_day",    # "oggi", "ieri sera", "dopodomani", "in serata": `offset` days from publication
    "holiday",         # "Ferragosto", "Natale 2025"
    "counted",         # "tre giorni fa", "tra due giorni": `offset` days from publication
    "month",           # "a marzo", "nel settembre 2025"
    "relative_month",  # "il mese scorso": `offset` months from publication
    "period",          # "entro Natale", "la prossima settimana", "a fine gennaio": a time, but no day
)


@dataclass(frozen=True)
class TimeMention:
    """Words that tell when, as extraction found them: not yet a day. kg/dating turns them into one
    against the article's publication day (kg/dating/days.py)."""
    text: str                     # the words as written: "domani", "mercoledì scorso", "il 6 gennaio"
    start: int                    # offsets into the article text (into the text searched, before extraction places them)
    end: int
    kind: str                     # one of TIME_KINDS
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None    # Monday 0
    offset: int | None = None     # relative_day and counted: days from publication; relative_month: months
    weekday_end: int | None = None  # "venerdì 14": where the weekday's words end, if 14 turns out no Friday
    qualifier: str | None = None  # past | future: what the words themselves imply ("ieri", "scorso", "entro")
    tense: str | None = None      # past | future: the verb's, deciding a bare weekday, a day with no year, a month


@dataclass(frozen=True)
class MeetingMention:
    """One sentence saying that named actors met (or will meet)."""
    article: str
    participants: tuple[Mention, ...]
    location: Mention | None
    when: TimeMention | None   # the words that date it, unresolved (kg/dating makes them a day)
    status: str                # held | planned
    evidence: str
    # Held and dated by no words: news reports a meeting on the day it happened (kg/dating gives it
    # the article's day).
    on_publication_day: bool = False
    # The street, building or local body the text puts it in, where its city comes from its sentence or
    # the dateline ("in piazza Cordusio" in a story filed from Milan): kept as the meeting's venue.
    site: Mention | None = None
    # Told as held on the margins of a larger meeting ("a margine del vertice, X ha incontrato Y"): a
    # meeting of its own, not the larger one its people were also at.
    on_the_margins: bool = False
    # Its place is only the city the story is filed from (its sentence names none): weak beside a
    # place another report of the article names.
    placed_by_dateline: bool = False


@dataclass(frozen=True)
class ClaimMention:
    """One statement attributed to a named speaker."""
    article: str
    speaker: Mention
    text: str
    evidence: str
    fallback_speaker: Mention | None = None   # if `speaker` is a role no one is known to hold


@dataclass
class Extraction:
    article: Article
    mentions: list[Mention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)


# --- resolved entities and events -----------------------------------------------------

@dataclass
class Actor:
    id: str
    name: str
    kind: str                  # Person | Organization
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    side: str | None = None    # the nationality a person acts for ("americano"), from titles and offices


@dataclass
class Location:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Report:
    article: str
    evidence: str
    date_text: str | None


@dataclass
class MeetingReport:
    """One article's report of a meeting, in resolved entity ids (kg/resolve -> kg/dating). `date`
    and `report.date_text` are None until kg/dating reads `when`."""
    participants: list[str]
    location: str | None
    date: date | None
    status: str
    report: Report
    place_is_known: bool = False        # the gazetteer knows the place (not just a venue's spelling)
    place_country: str | None = None    # ISO code of the country the place is or lies in
    place_is_country: bool = False      # the place is a whole country: a city of it may be the same place
    published: date | None = None           # the reporting article's day, or its month, when it gives them
    published_month: date | None = None
    venue: str | None = None            # the building the text names ("al Cremlino"); location is its city
    when: TimeMention | None = None     # the extraction's words for its day, unresolved
    on_publication_day: bool = False    # held and dated by no words: its article's day
    on_the_margins: bool = False        # a side meeting of a larger one (MeetingMention.on_the_margins)
    placed_by_dateline: bool = False    # its place is only its article's dateline (MeetingMention's)


@dataclass
class Meeting:
    id: str
    participants: list[str]    # actor ids
    date: date | None
    location: str | None       # location id
    status: str
    title: str
    reports: list[Report] = field(default_factory=list)
    venue: str | None = None   # the palace or building the text names; location is its city


@dataclass
class Claim:
    id: str
    speaker: str               # actor id
    text: str
    article: str
    evidence: str
    date: date | None          # its article's publication day (kg/dating)


@dataclass(frozen=True)
class ResolvedMention:
    article: str
    entity: str                # actor or location id
    surface: str
    start: int
    end: int
    rule: str = ""             # how resolution joined it to the entity (kg explain): "surname-in-article", ...
    score: float = 100.0


@dataclass
class Resolved:
    """Resolution before dating: one entity per referent, and each article's meeting reports in
    entity ids, their days still words (kg/dating dates them, then groups those of one meeting)."""
    articles: list[Article]
    actors: list[Actor]
    locations: list[Location]
    mentions: list[ResolvedMention]
    meeting_reports: list[MeetingReport]
    claims: list[Claim]


@dataclass
class Resolution:
    articles: list[Article]
    actors: list[Actor]
    locations: list[Location]
    mentions: list[ResolvedMention]
    meetings: list[Meeting]
    claims: list[Claim]


class ArticleFailed(Exception):
    """One article's extraction failed; the message names its file and the error. Plain strings,
    so that a worker process can send it back."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(source, problem)
        self.source, self.problem = source, problem

    def __str__(self) -> str:
        return f"{self.source}: extraction failed ({self.problem})"
