"""Days, after resolution: each meeting report's words (a TimeMention from kg/extract) read against
its article's publication day (reports.py), the reports of one meeting grouped (the rules of
kg/resolve/meetings.py, which need the days), and the days that other reports of the same meeting
give (meetings.py). The Italian time words: dates.py, the entry point, with time_words.py,
time_patterns.py, time_finding.py (find and parse), days.py (to a day) and calendar_arithmetic.py."""
from __future__ import annotations


from kg.dating.meetings import dated_meetings
from kg.dating.reports import dated_claim, dated_report
from kg.model import Resolution, Resolved
from kg.resolve import venues_as_places
from kg.resolve.config import ResolverConfig
from kg.resolve.meetings import grouped, place_of


def date_meetings(resolved: Resolved, config: ResolverConfig) -> Resolution:
    """Resolved entities and meeting reports -> the Resolution, each meeting with its day."""
    articles = {a.id: a for a in resolved.articles}
    reports = [dated_report(r, articles[r.report.article]) for r in resolved.meeting_reports]
    groups = grouped(reports, config)
    actors, locations = venues_as_places(resolved.actors, resolved.locations, {place_of(g) for g in groups})
    names = {a.id: a.name for a in actors} | {loc.id: loc.name for loc in locations}
    meetings = dated_meetings(groups, names, config.min_shared_participants)
    claims = [dated_claim(c, articles[c.article]) for c in resolved.claims]
    return Resolution(resolved.articles, actors, locations, resolved.mentions, meetings, claims)
