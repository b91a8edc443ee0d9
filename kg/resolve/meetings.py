"""Meetings: the reports of one meeting, across articles, grouped: the same people (two or more
shared), compatible days and places. Their day is kg/dating's."""
from __future__ import annotations

from kg.knowledge.places import Gazetteer
from kg.model import Article, MeetingMention, MeetingReport, Report
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import key
from kg.resolve.places_and_orgs import VenueCity


def meeting_report(m: MeetingMention, entity_of: dict[tuple, str], people: set[str], places: set[str],
                   gazetteer: Gazetteer, articles: dict[str, Article], config: ResolverConfig,
                   venue_cities: dict[str, VenueCity]) -> MeetingReport | None:
    """Participants are people, as resolution labelled them in the end; the place is a place or a
    venue extract chose ("al Cremlino"), never a person."""
    participants = list(dict.fromkeys(entity_of[key(p)] for p in m.participants
                                      if entity_of.get(key(p)) in people))
    if len(participants) < config.min_shared_participants:
        return None
    location = entity_of.get(key(m.location)) if m.location else None
    location = location if location in places else None    # a person is no place
    venue = venue_cities.get(location) if location else None
    if venue:
        location = venue.city_id
    place = gazetteer.lookup(venue.city if venue else m.location.surface) if location else None
    return MeetingReport(participants, location, m.date, m.status, Report(m.article, m.evidence, m.date_text),
                         place_is_known=bool(venue or place), published=articles[m.article].published,
                         published_month=articles[m.article].published_month, venue=venue and venue.venue,
                         place_country=place and place.country, place_is_country=bool(place and place.kind == "country"))


def grouped(reports: list[MeetingReport], config: ResolverConfig) -> list[list[MeetingReport]]:
    """The reports of each meeting, in the order they came."""
    groups: list[list[MeetingReport]] = []
    for r in reports:
        group = next((g for g in groups if joins(r, g, config)), None)
        if group is None:
            groups.append([r])
        else:
            group.append(r)
    return groups


def joins(r: MeetingReport, group: list[MeetingReport], config: ResolverConfig) -> bool:
    """A report joins a group if it fits every report of its own article there (an article tells
    one meeting in several sentences; other articles' reports were matched to those already), else
    if it fits every report of the group."""
    own = [other for other in group if other.report.article == r.report.article]
    return all(same_meeting(r, other, config) for other in own or group)


def same_meeting(a: MeetingReport, b: MeetingReport, config: ResolverConfig) -> bool:
    if not share_participants(a.participants, b.participants, config.min_shared_participants):
        return False
    same_article = a.report.article == b.report.article
    told_alike = same_article and a.status == b.status
    # Within an article two venues no gazetteer knows may be one venue spelt two ways ("Palazzo
    # Çiragan", "Palazzo Ciragan"); known places that differ are two meetings.
    if a.location and b.location and a.location != b.location \
            and not (told_alike and not a.place_is_known and not b.place_is_known) and not one_place_in_other(a, b):
        return False
    # A date no words gave (a held meeting dated by its article's day) does not split an article's
    # reports: the headline "a colloquio con Putin" is the body's meeting "ieri a Mosca".
    if a.date and b.date and not (told_alike and not (a.report.date_text and b.report.date_text)):
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
    return same_article


def share_participants(a: list[str], b: list[str], min_shared: int) -> bool:
    return len(set(a) & set(b)) >= min(min_shared, len(a), len(b))


def participants_of(group: list[MeetingReport]) -> list[str]:
    return list(dict.fromkeys(p for r in group for p in r.participants))


def one_place_in_other(a: MeetingReport, b: MeetingReport) -> bool:
    """"in Corea del Sud" and "a Busan": a country and a place in it may be one meeting's place, told
    more or less precisely."""
    return bool(a.place_country) and a.place_country == b.place_country and (a.place_is_country or b.place_is_country)


def place_of(group: list[MeetingReport]) -> str | None:
    """The most precise place its reports give: a city before its country."""
    placed = [r for r in group if r.location]
    return min(placed, key=lambda r: r.place_is_country).location if placed else None


