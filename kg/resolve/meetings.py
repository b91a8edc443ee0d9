"""Meetings: each article's report of a meeting in entity ids (meeting_report); and the rules that
group the reports of one meeting across articles: the same people (two or more shared), compatible
days and places. The grouping needs the reports' days, so kg/dating runs it once it has them."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.knowledge.places import Gazetteer
from kg.model import Article, MeetingMention, MeetingReport, Report
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import key
from kg.resolve.places_and_orgs import VenueCity


def meeting_report(m: MeetingMention, entity_of: dict[tuple, str], people: set[str], organisations: set[str],
                   places: set[str], gazetteer: Gazetteer, articles: dict[str, Article], config: ResolverConfig,
                   venue_cities: dict[str, VenueCity]) -> MeetingReport | None:
    """Participants are people, as resolution labelled them in the end, and the organisations extract
    chose as a side ("i vertici di Hera"); the place is a place or a venue extract chose ("al
    Cremlino"), never a person."""
    participants = list(dict.fromkeys(entity_of[key(p)] for p in m.participants
                                      if entity_of.get(key(p)) in people
                                      or p.label == "ORG" and entity_of.get(key(p)) in organisations))
    if len(participants) < config.min_shared_participants:
        return None
    location = entity_of.get(key(m.location)) if m.location else None
    location = location if location in places else None    # a person is no place
    venue = venue_cities.get(location) if location else None
    if venue:
        location = venue.city_id
    place = (gazetteer.place_named(venue.city) if venue else gazetteer.lookup(m.location.surface)) if location else None
    return MeetingReport(participants, location, None, m.status, Report(m.article, m.evidence, None),
                         when=m.when, on_publication_day=m.on_publication_day, place_is_known=bool(venue or place), published=articles[m.article].published,
                         published_month=articles[m.article].published_month,
                         venue=venue.venue if venue else m.site and m.site.surface,
                         place_country=place and place.country,
                         place_is_country=bool(place and place.kind == "country"), on_the_margins=m.on_the_margins,
                         placed_by_dateline=m.placed_by_dateline)


def grouped(reports: list[MeetingReport], config: ResolverConfig) -> list[list[MeetingReport]]:
    """The reports of each meeting, in the order they came: each joins the first group it fits
    (`joins`), else starts one. Every report names `min_shared_participants` people or more
    (meeting_report sees to it)."""
    groups = MeetingGroups(config)
    for r in reports:
        groups.add(r)
    return [g.reports for g in groups.groups]


@dataclass
class MeetingGroup:
    """The reports of one meeting, by article, and one of them for each way other articles told it
    (what same_meeting reads of a report from another article: `told_as`)."""
    reports: list[MeetingReport] = field(default_factory=list)
    by_article: dict[str, list[MeetingReport]] = field(default_factory=lambda: defaultdict(list))
    ways_told: dict[tuple, MeetingReport] = field(default_factory=dict)

    def add(self, r: MeetingReport) -> None:
        self.reports.append(r)
        self.by_article[r.report.article].append(r)
        self.ways_told.setdefault(told_as(r), r)


# The fields of a report same_meeting reads (besides its article and whether words dated it): a
# field it comes to read must be named here (tests/test_resolve_scale.py names the others).
TOLD_BY = ("participants", "location", "date", "status", "place_is_known", "place_country", "place_is_country",
           "on_the_margins", "placed_by_dateline")


def told_as(r: MeetingReport) -> tuple:
    """All that same_meeting reads of a report besides its article."""
    values = (getattr(r, name) for name in TOLD_BY)
    return (*(tuple(v) if isinstance(v, list) else v for v in values), bool(r.report.date_text))


class MeetingGroups:
    """The groups so far, and where a report may find its group without trying them all: a group
    it can join holds a report of its own article, or else only reports of other articles that
    share its people and are dated a few days from it (same_meeting), so the groups are indexed by
    article and by (person, day)."""

    def __init__(self, config: ResolverConfig) -> None:
        self.config = config
        self.groups: list[MeetingGroup] = []
        self.by_article: dict[str, set[int]] = defaultdict(set)
        self.by_person_day: dict[tuple[str, date], set[int]] = defaultdict(set)
        self.day_window = range(-self.widest_day_slack(), self.widest_day_slack() + 1)

    def widest_day_slack(self) -> int:
        return max(self.config.meeting_days_apart, self.config.defaulted_day_slack, 0)

    def add(self, r: MeetingReport) -> None:
        number = next((n for n in sorted(self.candidates(r)) if joins(r, self.groups[n], self.config)), None)
        if number is None:
            number = len(self.groups)
            self.groups.append(MeetingGroup())
        self.groups[number].add(r)
        self.by_article[r.report.article].add(number)
        if r.date:
            for person in r.participants:
                self.by_person_day[(person, r.date)].add(number)

    def candidates(self, r: MeetingReport) -> set[int]:
        found = set(self.by_article.get(r.report.article, ()))
        if r.date:
            for person in r.participants:
                for offset in self.day_window:
                    found |= self.by_person_day.get((person, r.date + timedelta(days=offset)), set())
        return found


def joins(r: MeetingReport, group: MeetingGroup, config: ResolverConfig) -> bool:
    """A report joins a group if it fits every report of its own article there (an article tells
    one meeting in several sentences; other articles' reports were matched to those already), else
    if it fits every report of the group (each way of telling it once: the others read the same)."""
    own = group.by_article.get(r.report.article)
    return all(same_meeting(r, other, config) for other in own or group.ways_told.values())


def same_meeting(a: MeetingReport, b: MeetingReport, config: ResolverConfig) -> bool:
    if not share_participants(a.participants, b.participants, config.min_shared_participants):
        return False
    same_article = a.report.article == b.report.article
    if same_article and (a.on_the_margins or b.on_the_margins) and set(a.participants) != set(b.participants):
        return False        # "a margine del vertice, X ha incontrato Y": not the summit X and Y were at
    told_alike = same_article and a.status == b.status
    # Within an article two venues no gazetteer knows may be one venue spelt two ways ("Palazzo
    # Çiragan", "Palazzo Ciragan"); known places that differ are two meetings.
    if a.location and b.location and a.location != b.location \
            and not (told_alike and not a.place_is_known and not b.place_is_known) and not one_place_in_other(a, b) \
            and not (same_article and told_again(a, b)):
        return False
    # A date no words gave (a held meeting dated by its article's day) does not split an article's
    # reports: the headline "a colloquio con Putin" is the body's meeting "ieri a Mosca"; but a meeting
    # of more people is not the one a speaker recalls ("«Lunedì scorso ho visto il sindaco»").
    if a.date and b.date and not (told_alike and undated_told_within(a, b, config.defaulted_day_slack)):
        # Announced in one article and held in another may be a few days apart; within one article
        # a planned date that differs from a held one is the next meeting.
        planned_then_held = a.status != b.status and not same_article
        # A held meeting no words dated took its article's day: news of it may come out the next day.
        defaulted = not same_article and not (a.report.date_text and b.report.date_text)
        placed = bool(a.location or b.location)     # different places were told apart above
        slack = config.meeting_days_apart if planned_then_held or defaulted and placed \
            else config.defaulted_day_slack if defaulted else 0
        return abs((a.date - b.date).days) <= slack
    # Undated reports join only within their article: across articles nothing says it is the same day.
    return same_article and not told_on_other_days(a, b)


def told_again(a: MeetingReport, b: MeetingReport) -> bool:
    """"Piantedosi è stato ricevuto ieri a Tunisi da Saied ... Dopo il colloquio con Saied, il ministro
    ha detto ...": a report of an article with no words for its day or place (its article's day and
    dateline) and no one the other does not name is the meeting the article told before."""
    again, told = (a, b) if a.placed_by_dateline else (b, a)
    return again.placed_by_dateline and not again.report.date_text and not told.placed_by_dateline \
        and set(again.participants) <= set(told.participants)


def told_on_other_days(a: MeetingReport, b: MeetingReport) -> bool:
    """"ieri sera" and "oggi" in an article with no day: the words alone set the two a day apart.
    (Read only between reports of one article, which no other report ever stands in for: `when` is
    not in TOLD_BY.)"""
    return a.when is not None and b.when is not None and a.when.kind == b.when.kind == "relative_day" \
        and a.when.offset != b.when.offset


def undated_told_within(a: MeetingReport, b: MeetingReport, slack: int) -> bool:
    """One of the two has no words for its day, and names no one the other does not, or its article's
    day is at most `slack` days after the other's (news of last night's meeting)."""
    if a.report.date_text and b.report.date_text:
        return False
    if not a.report.date_text and not b.report.date_text:
        return True
    undated, dated = (a, b) if not a.report.date_text else (b, a)
    return set(undated.participants) <= set(dated.participants) or 0 <= (undated.date - dated.date).days <= slack


def share_participants(a: list[str], b: list[str], min_shared: int) -> bool:
    return len(set(a) & set(b)) >= min(min_shared, len(a), len(b))


def participants_of(group: list[MeetingReport]) -> list[str]:
    return list(dict.fromkeys(p for r in group for p in r.participants))


def one_place_in_other(a: MeetingReport, b: MeetingReport) -> bool:
    """"in Corea del Sud" and "a Busan": a country and a place in it may be one meeting's place, told
    more or less precisely."""
    return bool(a.place_country) and a.place_country == b.place_country and (a.place_is_country or b.place_is_country)


def place_of(group: list[MeetingReport]) -> str | None:
    """The most precise place its reports give: one its text names before its dateline's city (told_again),
    a city before its country."""
    placed = [r for r in group if r.location]
    return min(placed, key=lambda r: (r.placed_by_dateline, r.place_is_country)).location if placed else None


