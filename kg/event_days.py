"""Resolution -> publication days of undated articles, read off the meetings they share with dated ones.

An article without its day ("Witkoff è atteso che incontri oggi Putin") often tells of a meeting
another article of the load dates ("l'11 aprile a San Pietroburgo"). If its words count from the
publication day ("oggi", "ieri", "domani", "mercoledì scorso") and the dated meeting is the same
(people, place, the article's month), they give the article's day: the day they name it by. A
meeting told as done with no words of time gives its own day, as news does. The day of a
meeting no article dates may come from the public record (kg/meeting_record.py).
The caller extracts those articles again with that day, so every relative date in them resolves.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Callable

from kg import dates
from kg.extract.meetings import RECALLED
from kg.meeting_record import MeetingRecord, load_meeting_record
from kg.model import Article, Extraction, Meeting, Report, Resolution
from kg.places import Gazetteer
from kg.resolve import OnRecord, in_news_month, share_participants


def resolved_with_event_days(articles: list[Article], extract_all: Callable[[list[Article]], list[Extraction]],
                             resolve_all: Callable[[list[Extraction]], Resolution], gazetteer: Gazetteer
                             ) -> Resolution:
    """Extract and resolve the articles; if that dates some undated ones, extract those again
    with their day and resolve once more."""
    extractions = extract_all(articles)
    resolution = resolve_all(extractions)
    days = publication_days(resolution, gazetteer)
    if not days:
        return resolution
    redated = extract_all([replace(a, published=days[a.id], published_month=days[a.id], published_inferred=True)
                           for a in articles if a.id in days])
    again = {x.article.id: x for x in redated}
    return resolve_all([again.get(x.article.id, x) for x in extractions])


def publication_days(res: Resolution, gazetteer: Gazetteer, record: MeetingRecord | None = None
                     ) -> dict[str, date]:
    """Article id -> its publication day, for undated articles whose meetings agree on one: each
    meeting gives the days it allows, and one day must be in all of them."""
    names = {x.id: x.name for x in [*res.actors, *res.locations]}
    places = Places(gazetteer, names)
    on_record = OnRecord(names, record or load_meeting_record(), gazetteer, {a.id: a.text for a in res.articles})
    undated = {a.id: a for a in res.articles if a.published is None}
    allowed: dict[str, list[set[date]]] = defaultdict(list)
    given: set[str] = set()         # articles some meeting gives days to, not just narrows them
    for meeting in res.meetings:
        for report in meeting.reports:
            article = undated.get(report.article)
            if article is None:
                continue
            days, gives = days_allowed(report, meeting, article, res.meetings, places, on_record)
            if days:
                allowed[article.id].append(days)
                given.update([article.id] if gives else [])
    agreed = {article: set.intersection(*day_sets) for article, day_sets in allowed.items() if article in given}
    return {article: next(iter(days)) for article, days in agreed.items() if len(days) == 1}


def days_allowed(report: Report, meeting: Meeting, article: Article, meetings: list[Meeting], places: Places,
                 on_record: OnRecord) -> tuple[set[date], bool]:
    """The publication days the report allows its article, and whether they may date it alone: an
    announced meeting only the public record dates may be another, off the record, so its days
    only narrow those another meeting gives."""
    if not (report.date_text and dates.counts_from_publication(report.date_text)):
        return day_told_as_news(report, meeting), True
    if meeting.date:
        return days_naming(report, meeting, article, {meeting.date}), True
    twins = twin_days(meeting, article, meetings, places, on_record)
    meeting_days = twins or on_record_days(meeting, article, on_record)
    return days_naming(report, meeting, article, meeting_days), bool(twins) or meeting.status == "held"


def day_told_as_news(report: Report, meeting: Meeting) -> set[date]:
    """A meeting told as done with no day ("si sono incontrati a Roma") is news of its day, as
    extract has it for dated articles; not one recalled ("da quando si sono incontrati")."""
    if meeting.date and meeting.status == "held" and not report.date_text and not RECALLED.search(report.evidence):
        return {meeting.date}
    return set()


def twin_days(meeting: Meeting, article: Article, meetings: list[Meeting], places: Places, on_record: OnRecord
              ) -> set[date]:
    """The days of the meeting's dated twins in other articles, with those of the public record's
    meetings of these people near them (they met twice that month: either may be meant)."""
    twins = {m.date for m in meetings if m.date and is_dated_twin(meeting, m, article.id, places)}
    if not twins:
        return set()
    known = on_record_days(meeting, article, on_record, pinned=False)
    return twins | {day for day in known if any(in_news_month(day, twin) for twin in twins)}


def on_record_days(meeting: Meeting, article: Article, on_record: OnRecord, pinned: bool = True) -> set[date]:
    """The days of the public record's meetings this one may be; if `pinned`, only when the text
    names its place, a weekday or a round (OnRecord.pinned)."""
    fits = on_record.fitting(meeting.participants, meeting.location, {article.published_month}, meeting.reports)
    return {m.day for m in fits} if not pinned or on_record.pinned(meeting.location, fits, meeting.reports) else set()


def days_naming(report: Report, meeting: Meeting, article: Article, meeting_days: set[date]) -> set[date]:
    """The publication days on which the report's words name one of the meeting's days."""
    tense = "future" if meeting.status == "planned" else None
    return {day for meeting_day in meeting_days
            for day in dates.publication_days_naming(report.date_text, meeting_day, tense)
            if in_month(day, article.published_month)}


def is_dated_twin(meeting: Meeting, other: Meeting, article_id: str, places: Places) -> bool:
    """Another article's meeting of the same people, at the same place when both name one ("in
    Russia" and "a San Pietroburgo" are the same place told more or less precisely)."""
    return share_participants(meeting.participants, other.participants) \
        and places.agree(meeting.location, other.location) \
        and all(r.article != article_id for r in other.reports)


class Places:
    def __init__(self, gazetteer: Gazetteer, names: dict[str, str]) -> None:
        self.gazetteer, self.names = gazetteer, names

    def agree(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        name_a, name_b = self.names.get(a, a), self.names.get(b, b)
        return self.gazetteer.lies_in(name_a, name_b) or self.gazetteer.lies_in(name_b, name_a)


def in_month(day: date, month: date | None) -> bool:
    return month is None or (day.year, day.month) == (month.year, month.month)
