"""kg/graph/sync.py: what a load retires of the old resolution, without a database."""
from kg.graph.changes import ActorState, MeetingState, Plan, Snapshot
from kg.graph.records import GraphRecords
from kg.graph.sync import entities_to_retire, meetings_to_reset, needs_resolution


def test_an_id_that_changes_kind_is_retired():
    before = Snapshot(actors={"org/cremlino": ActorState("org/cremlino", "Cremlino", "Organization", ("Cremlino",))},
                      locations={"place/kyiv": "Kyiv"})
    records = GraphRecords({"load_locations": [{"id": "org/cremlino"}], "load_people": [{"id": "place/kyiv"}],
                            "load_organizations": []})
    assert entities_to_retire(before, records) == (["place/kyiv"], ["org/cremlino"])
    assert entities_to_retire(Snapshot(), records) == ([], [])


def meeting_row(participants, location=None):
    return {"id": "m", "participants": participants, "location": location}


def test_a_meeting_is_reset_when_its_participants_place_or_met_pairs_change():
    before = Snapshot(meetings={"m": MeetingState("m", "A – B", "held", frozenset({"a", "b"}), frozenset({"place/x"}),
                                                  frozenset({"a b"}))})
    same = [{"a": "a", "b": "b", "meeting": "m"}]
    assert meetings_to_reset(before, GraphRecords({"load_meetings": [meeting_row(["a", "b"], "place/x")],
                                                   "load_met": same})) == []
    assert meetings_to_reset(before, GraphRecords({"load_meetings": [meeting_row(["a", "c"], "place/x")],
                                                   "load_met": same})) == ["m"]
    assert meetings_to_reset(before, GraphRecords({"load_meetings": [meeting_row(["a", "b"])], "load_met": same})) == ["m"]
    assert meetings_to_reset(before, GraphRecords({"load_meetings": [meeting_row(["a", "b"], "place/x")],
                                                   "load_met": []})) == ["m"]


def test_other_corrections_or_an_unknown_state_mean_resolving_again():
    nothing = Plan([], [], [], [], [], [], prune=False)
    assert needs_resolution(Snapshot(corrections="abc"), nothing, "abc") is False
    assert needs_resolution(Snapshot(corrections="abc"), nothing, "def") is True
    assert needs_resolution(Snapshot(corrections=None), nothing, "abc") is True
