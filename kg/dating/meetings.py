"""The day of each meeting: the day most of its reports' words give; a meeting an undated article
tells joins the one dated meeting of the load with its people at its place. Then one Meeting per
day, people and place, with an id from its people and day."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from kg.knowledge.names import split_person_name
from kg.model import Meeting, MeetingReport
from kg.resolve.ids import short_hash
from kg.resolve.meetings import participants_of, place_of, share_participants


def dated_meetings(groups: list[list[MeetingReport]], names: dict[str, str], min_shared: int) -> list[Meeting]:
    """Groups of reports (kg/resolve) -> meetings with their days."""
    groups = dated_by_twins(groups, min_shared)
    return with_unique_ids([meeting_of(g, names) for g in one_per_day_and_place(groups)])


def dated_by_twins(groups: list[list[MeetingReport]], min_shared: int) -> list[list[MeetingReport]]:
    """A meeting in an article with no date joins the one dated meeting of the load with its people
    at its place ("il vertice di Anchorage tra Trump e Putin" in an undated article, "Trump e Putin
    si sono incontrati ad Anchorage" in one of 15 August), if it falls near the article's month and
    no other dated meeting of theirs there is near it.
    An article with a day that leaves a meeting undated had its reasons: the meeting stays apart."""
    return joined_to_twins(groups, twins_of_undated(groups, min_shared))


def twins_of_undated(groups: list[list[MeetingReport]], min_shared: int) -> dict[int, list[MeetingReport]]:
    """id of an undated group of an undated article -> the one dated group it is the twin of."""
    dated = [DatedMeeting(g, day, place_of(g), participants_of(g)) for g in groups if (day := day_of(g))]
    dated_at = dated_by_place_and_person(dated)
    twin_of: dict[int, list[MeetingReport]] = {}
    for group in groups:
        if day_of(group) or any(r.published for r in group):
            continue
        near = sorted(set().union(*(dated_at.get((place_of(group), p), ()) for p in participants_of(group))))
        twins = {dated[n].day: dated[n].reports for n in near if is_twin(group, dated[n], min_shared)}
        if len(twins) == 1:
            twin_of[id(group)] = next(iter(twins.values()))
    return twin_of


def joined_to_twins(groups: list[list[MeetingReport]], twin_of: dict[int, list[MeetingReport]]
                    ) -> list[list[MeetingReport]]:
    for group in groups:
        if id(group) in twin_of:
            twin_of[id(group)].extend(group)
    return [g for g in groups if id(g) not in twin_of]


class DatedMeeting(NamedTuple):
    """A dated group of reports, with its day, place and people read once."""
    reports: list[MeetingReport]
    day: date
    place: str | None
    participants: list[str]


def dated_by_place_and_person(dated: list[DatedMeeting]) -> dict[tuple, list[int]]:
    """(place, person) -> the numbers of the dated meetings held there with that person: a twin
    shares its place and people (is_twin), so only these are compared."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for number, meeting in enumerate(dated):
        if meeting.place is not None:
            for person in meeting.participants:
                index[(meeting.place, person)].append(number)
    return index


def is_twin(undated: list[MeetingReport], dated: DatedMeeting, min_shared: int) -> bool:
    place = place_of(undated)
    return place is not None and place == dated.place \
        and share_participants(participants_of(undated), dated.participants, min_shared) \
        and all(in_news_month(dated.day, r.published_month) for r in undated)


def in_news_month(day: date, month: date | None) -> bool:
    """News of a month tells of meetings of that month, of the month before or of the next one."""
    if month is None:
        return True
    return abs((month.year - day.year) * 12 + month.month - day.month) <= 1


def day_of(group: list[MeetingReport]) -> date | None:
    """The day most of its held reports give in words; else the first day an article reported it on."""
    told = [r for r in group if r.status == "held"] or group
    worded = [r.date for r in told if r.date and r.report.date_text]
    if worded:
        return Counter(worded).most_common(1)[0][0]
    return min((r.date for r in told if r.date), default=None)


def one_per_day_and_place(groups: list[list[MeetingReport]]) -> list[list[MeetingReport]]:
    """Dated groups of the same people, day and place are one meeting (reports dated from
    elsewhere may not have joined every report of it)."""
    merged: dict[tuple, list[MeetingReport]] = {}
    for group in groups:
        day = day_of(group)
        key = (tuple(sorted(participants_of(group))), day, place_of(group)) if day else id(group)
        merged.setdefault(key, []).extend(group)
    return list(merged.values())


def meeting_of(group: list[MeetingReport], names: dict[str, str]) -> Meeting:
    participants = participants_of(group)
    held = [r for r in group if r.status == "held"]
    when = day_of(group)
    location = place_of(group)
    per_article = {}
    for r in group:
        per_article.setdefault(r.report.article, r.report)
    # Undated: the first report's sentence, so two meetings of the same people in one article stay two.
    anchor = when.isoformat() if when else f"{group[0].report.article}|{group[0].report.evidence}"
    meeting_id = "meeting/" + short_hash("|".join(sorted(participants)) + "|" + anchor)
    title = " – ".join(surname(names.get(p, p)) for p in participants)
    title += "".join(f", {x}" for x in (when and when.isoformat(), location and names.get(location)) if x)
    return Meeting(meeting_id, participants, when, location, "held" if held else "planned", title,
                   reports=list(per_article.values()), venue=next((r.venue for r in group if r.venue), None))


def with_unique_ids(meetings: list[Meeting]) -> list[Meeting]:
    """The same people met twice on one day, in two places ("a Roma", then "in Vaticano"): the
    second meeting's id takes its place too."""
    seen: set[str] = set()
    unique = []
    for m in meetings:
        if m.id in seen:
            m = replace(m, id="meeting/" + short_hash(f"{m.id}|{m.location}"))
        seen.add(m.id)
        unique.append(m)
    return unique


def surname(name: str) -> str:
    return split_person_name(name).surname or name

