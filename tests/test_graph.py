from datetime import date

from kg.graph.records import graph_records
from kg.model import Actor, Location, Meeting, Report, Resolution


def test_met_has_one_row_per_pair_and_meeting():
    actors = [Actor(f"person/{n}", n, "Person") for n in ("a", "b", "c")]
    meeting = Meeting("meeting/1", ["person/c", "person/a", "person/b"], date(2026, 1, 22), None, "held", "t",
                      [Report("art", "sentence", None)])
    res = Resolution([], actors, [], [], [meeting], [])
    rows = graph_records(res).rows["load_met"]
    assert [(r["a"], r["b"]) for r in rows] == [("person/a", "person/b"), ("person/a", "person/c"),
                                              ("person/b", "person/c")]
    assert {r["meeting"] for r in rows} == {"meeting/1"}


def test_met_and_meeting_rows_carry_the_city_name():
    actors = [Actor(f"person/{n}", n, "Person") for n in ("a", "b")]
    moscow = Location("place/moscow", "Moscow", ["Mosca"])
    meetings = [Meeting("meeting/1", ["person/a", "person/b"], date(2026, 1, 22), moscow.id, "planned", "t"),
                Meeting("meeting/2", ["person/b", "person/a"], None, None, "held", "u")]
    rows = graph_records(Resolution([], actors, [moscow], [], meetings, [])).rows
    assert rows["load_met"] == [{"a": "person/a", "b": "person/b", "meeting": "meeting/1", "place": "Moscow"},
                                {"a": "person/a", "b": "person/b", "meeting": "meeting/2", "place": None}]
    assert [(r["location"], r["place"]) for r in rows["load_meetings"]] == [("place/moscow", "Moscow"), (None, None)]


def met_pairs(sides: dict[str, str | None]) -> list[tuple[str, str]]:
    actors = [Actor(f"person/{n}", n, "Person", side=side) for n, side in sides.items()]
    meeting = Meeting("meeting/1", [a.id for a in actors], date(2026, 1, 22), None, "held", "t",
                      [Report("art", "sentence", None)])
    rows = graph_records(Resolution([], actors, [], [], [meeting], [])).rows["load_met"]
    return [(r["a"][7:], r["b"][7:]) for r in rows]


def test_met_links_sides_not_the_people_of_one_side():
    # two envoys who came together meet the host, not each other
    assert met_pairs({"a": "americano", "b": "americano", "c": "russo"}) == [("a", "c"), ("b", "c")]
    # someone of no known side meets everyone
    assert met_pairs({"a": "americano", "b": "americano", "c": None, "d": "russo"}) == \
        [("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d")]
    # people of one country among themselves: no sides, everyone met
    assert met_pairs({"a": "italiano", "b": "italiano"}) == [("a", "b")]
