"""The public record of meetings (kg/meeting_record.py) and how resolution dates meetings from it."""
from datetime import date

import pytest

from kg.meeting_record import KnownMeeting, MeetingRecord, load_meeting_record, parse_table, round_named
from kg.places import load_gazetteer
from kg.resolve import resolve
from test_resolve import extraction, report

JEDDAH = KnownMeeting(date(2025, 3, 11), ("Jeddah",), ("Marco Rubio", "Mike Waltz", "Andriy Yermak"), None, None, "")
MOSCOW = [KnownMeeting(date(2025, 4, 25), ("Moscow", "Cremlino"), ("Vladimir Putin", "Steve Witkoff"), None, None, ""),
          KnownMeeting(date(2025, 8, 6), ("Moscow", "Cremlino"), ("Vladimir Putin", "Steve Witkoff"), None, None, "")]
ISTANBUL = [KnownMeeting(day, ("Istanbul",), ("Vladimir Medinsky", "Rustem Umerov"), "Istanbul talks", number, "")
            for number, day in ((1, date(2025, 5, 16)), (2, date(2025, 6, 2)))]
RECORD = MeetingRecord([JEDDAH, *MOSCOW, *ISTANBUL])


def days(people, place=None, months=(), weekdays=(), words=()):
    found = RECORD.fitting(list(people), place, set(months), set(weekdays), list(words), load_gazetteer())
    return sorted(m.day for m in found)


def test_people_in_any_spelling_and_the_place_as_city_venue_or_country():
    assert days(["Rubio", "Waltz"], "Gedda") == [date(2025, 3, 11)]
    assert days(["Whitkoff", "Vladimir Putin"], "Cremlino") == [date(2025, 4, 25), date(2025, 8, 6)]
    assert days(["Witkoff", "Putin"], "Russia") == [date(2025, 4, 25), date(2025, 8, 6)]
    assert days(["Witkoff", "Putin"], "Ginevra") == []
    assert days(["Rubio", "Putin"]) == []                     # one shared person is not the meeting


def test_the_articles_month_and_a_named_weekday_narrow_the_days():
    assert days(["Witkoff", "Putin"], months=[date(2025, 8, 1)]) == [date(2025, 8, 6)]
    assert days(["Witkoff", "Putin"], weekdays=[2]) == [date(2025, 8, 6)]          # "mercoledì"
    assert days(["Witkoff", "Putin"], months=[date(2025, 3, 1)]) == []


def test_an_ordinal_picks_the_round_of_a_series():
    assert days(["Medinsky", "Umerov"], "Istanbul", words=["al termine del secondo round di colloqui"]) == \
        [date(2025, 6, 2)]
    assert len(days(["Medinsky", "Umerov"], "Istanbul")) == 2


@pytest.mark.parametrize("text, number", [
    ("a conclusione del primo round di colloqui avvenuto oggi", 1),
    ("al termine del terzo incontro a Istanbul", 3),
    ("la seconda tornata di negoziati", 2),
    ("Dopo il primo incontro dello scorso 16 maggio. Si tiene il secondo round", 2),   # the first is another
    ("come già prima del secondo round di negoziati", None),
    ("il quarto incontro dall'inizio dell'anno", 4),
])
def test_round_named(text, number):
    assert round_named([text]) == number


def test_a_bad_row_names_the_file_and_line():
    with pytest.raises(ValueError, match=r"record.tsv:2: expected 5"):
        parse_table(["# comment", "2025-03-11\tJeddah\tMarco Rubio"], "record.tsv")
    with pytest.raises(ValueError, match=r"record.tsv:1: Invalid isoformat"):
        parse_table(["11 marzo\tJeddah\tMarco Rubio\t\t"], "record.tsv")


def test_the_shipped_record_names_known_places_and_at_least_two_people():
    gazetteer = load_gazetteer()
    for m in load_meeting_record().meetings:
        assert gazetteer.is_place(m.places[0]) and len(m.people) >= 2, m


RUBIO_WALTZ_JEDDAH = (("Marco Rubio", "PER"), ("Mike Waltz", "PER"), ("Gedda", "LOC"))
PUTIN_WITKOFF_MOSCOW = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))


def test_a_meeting_no_article_dates_takes_the_day_of_the_one_recorded_meeting_it_can_be():
    undated = extraction(" date 2025-03 Tregua", *RUBIO_WALTZ_JEDDAH,
                         meetings=[lambda a, m: report(a, m, None, "Ieri")])
    [meeting] = resolve([undated], record=RECORD).meetings
    assert meeting.date == date(2025, 3, 11) and meeting.reports[0].date_text == "Ieri"


def test_a_meeting_the_record_has_twice_stays_undated():
    undated = extraction("Witkoff al Cremlino", *PUTIN_WITKOFF_MOSCOW, meetings=[lambda a, m: report(a, m, None, None)])
    [meeting] = resolve([undated], record=RECORD).meetings
    assert meeting.date is None


def test_a_meeting_dated_only_by_its_articles_day_takes_the_recorded_day_before():
    late = extraction(" date 2025-03-12 Tregua", *RUBIO_WALTZ_JEDDAH,
                      meetings=[lambda a, m: report(a, m, date(2025, 3, 12), None)])
    [meeting] = resolve([late], record=RECORD).meetings
    assert meeting.date == date(2025, 3, 11)
    worded = extraction(" date 2025-03-12 Tregua", *RUBIO_WALTZ_JEDDAH,
                        meetings=[lambda a, m: report(a, m, date(2025, 3, 12), "oggi")])
    assert resolve([worded], record=RECORD).meetings[0].date == date(2025, 3, 12)    # the words win


def test_undated_articles_of_one_recorded_meeting_make_one_meeting():
    first = extraction(" date 2025-03 Tregua", *RUBIO_WALTZ_JEDDAH, meetings=[lambda a, m: report(a, m, None, "Ieri")])
    second = extraction("Gedda, i colloqui", *RUBIO_WALTZ_JEDDAH, meetings=[lambda a, m: report(a, m, None, None)])
    [meeting] = resolve([first, second], record=RECORD).meetings
    assert meeting.date == date(2025, 3, 11) and len(meeting.reports) == 2


def test_two_people_and_a_month_alone_do_not_date_a_meeting_from_the_record():
    rubio_waltz = RUBIO_WALTZ_JEDDAH[:2]
    unplaced = extraction(" date 2025-03 Tregua", *rubio_waltz,
                          meetings=[lambda a, m: report(a, m, None, None, place=None)])
    assert resolve([unplaced], record=RECORD).meetings[0].date is None
    on_wednesday = extraction("Witkoff da Putin", *PUTIN_WITKOFF_MOSCOW[:2],
                              meetings=[lambda a, m: report(a, m, None, "mercoledì", place=None)])
    assert resolve([on_wednesday], record=RECORD).meetings[0].date == date(2025, 8, 6)


def test_an_announced_meeting_is_not_dated_from_the_record():
    announced = extraction(" date 2025-03 Tregua", *RUBIO_WALTZ_JEDDAH,
                           meetings=[lambda a, m: report(a, m, None, None, status="planned")])
    assert resolve([announced], record=RECORD).meetings[0].date is None
