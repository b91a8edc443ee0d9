from datetime import date

from kg.graph.records import graph_records
from kg.model import Actor, Location, Meeting, Report, Resolution, ResolveStats


def test_met_has_one_row_per_pair_and_meeting():
    actors = [Actor(f"person/{n}", n, "Person") for n in ("a", "b", "c")]
    meeting = Meeting("meeting/1", ["person/c", "person/a", "person/b"], date(2026, 1, 22), None, "held", "t",
                      [Report("art", "sentence", None)])
    res = Resolution([], actors, [], [], [meeting], [], ResolveStats())
    rows = graph_records(res).rows["load_met"]
    assert [(r["a"], r["b"]) for r in rows] == [("person/a", "person/b"), ("person/a", "person/c"),
                                              ("person/b", "person/c")]
    assert {r["meeting"] for r in rows} == {"meeting/1"}


def test_met_and_meeting_rows_carry_the_city_name():
    actors = [Actor(f"person/{n}", n, "Person") for n in ("a", "b")]
    moscow = Location("place/moscow", "Moscow", ["Mosca"])
    meetings = [Meeting("meeting/1", ["person/a", "person/b"], date(2026, 1, 22), moscow.id, "planned", "t"),
                Meeting("meeting/2", ["person/b", "person/a"], None, None, "held", "u")]
    rows = graph_records(Resolution([], actors, [moscow], [], meetings, [], ResolveStats())).rows
    assert rows["load_met"] == [{"a": "person/a", "b": "person/b", "meeting": "meeting/1", "place": "Moscow"},
                                {"a": "person/a", "b": "person/b", "meeting": "meeting/2", "place": None}]
    assert [(r["location"], r["place"]) for r in rows["load_meetings"]] == [("place/moscow", "Moscow"), (None, None)]
