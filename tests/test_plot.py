"""kg/cli/plot.py on hand-made rows (no database), and `kg report timeline --png` on the seeds in the real
local Neo4j (the tests marked neo4j)."""
import datetime as dt
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import plot
from kg.cli import cli
from kg.cli.plot import Meeting

HEADERS = ["date", "status", "meeting", "places", "participants", "meeting_id"]
ROWS = [
    ["2026-01-05", "held", "Putin – Witkoff", ["Moscow"], ["Steve Witkoff", "Vladimir Putin"], "meeting/1"],
    ["2026-01-05", "planned", "Witkoff – Zelensky", [], ["Steve Witkoff", "Volodymyr Zelensky"], "meeting/2"],
    ["2026-01-20", "held", "Witkoff – Kushner – Putin", ["Moscow"],
     ["Jared Kushner", "Steve Witkoff", "Vladimir Putin"], "meeting/3"],
    ["2026-02-11", "planned", "Trump – Putin", [], ["Donald Trump", "Vladimir Putin"], "meeting/4"],
    [None, "held", "Peskov – Ushakov", [], ["Dmitri Peskov", "Yuri Ushakov"], "meeting/5"],
    [None, "planned", "Trump – Zelensky", [], ["Donald Trump", "Volodymyr Zelensky"], "meeting/6"],
]
NO_DB = "bolt://127.0.0.1:1"  # nothing answers there: these commands must fail before connecting


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def assert_sensible_png(path: Path, lanes: int):
    width, height = png_size(path)
    assert 1200 <= width <= 2400, width
    assert 400 <= height <= 400 + 120 * lanes, height
    assert path.stat().st_size > 10_000  # something was drawn, not a blank page


# --- kg/cli/plot.py, no database ---------------------------------------------------------------

def test_png_from_report_rows(tmp_path):
    out = tmp_path / "meetings.png"
    summary = plot.plot_rows(HEADERS, ROWS, out)
    assert summary == plot.PlotSummary(out, meetings=4, undated=2, actors=5, lanes=5)
    assert_sensible_png(out, lanes=5)
    assert str(summary) == f"Wrote {out}: 4 meetings, 5 actors; 2 undated meetings listed under the picture."


def test_svg_by_extension(tmp_path):
    out = tmp_path / "meetings.SVG"
    plot.plot_rows(HEADERS, ROWS, out)
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_lanes_are_the_actors_with_most_meetings(tmp_path):
    people = [f"Person {i:02d}" for i in range(20)]
    meetings = [Meeting(dt.date(2026, 1, 1) + dt.timedelta(days=i), "held", f"m{i}", (people[0], people[i]))
                for i in range(1, 20)]
    meetings += [Meeting(dt.date(2026, 3, 1), "planned", "extra", (people[5], people[7]))]
    names, counts = plot.lanes_of(meetings, top=3)
    assert names == [people[0], people[5], people[7]]  # 19, 2, 2 meetings; ties by first meeting
    assert counts[people[1]] == 1
    out = tmp_path / "many.png"
    summary = plot.plot_meetings(meetings, out)
    assert (summary.meetings, summary.lanes, summary.actors) == (20, plot.DEFAULT_LANES, 20)
    assert "the 12 with most meetings of 20" in str(summary)
    assert_sensible_png(out, lanes=12)


def test_the_subtitle_says_how_many_meetings_are_undated():
    dated = plot.meetings_from_rows(HEADERS, ROWS[:4])
    text = plot.subtitle(dated, 2, 5, 5, "actor: Putin")
    assert "4 dated meetings, 2026-01-05 to 2026-02-11" in text
    assert "2 undated meetings listed below" in text and text.endswith("actor: Putin")
    assert "1 undated meeting listed below" in plot.subtitle(dated, 1, 5, 5, "")
    assert "1 dated meeting, 2026-01-05  ·  1 actor (meetings in brackets)" in plot.subtitle(dated[:1], 0, 1, 1, "")


def test_rows_from_csv_and_bad_input(tmp_path):
    [m] = plot.meetings_from_rows(["date", "status", "meeting", "participants"],
                                  [["2026-01-05", "held", "a", "Steve Witkoff, Vladimir Putin"]])
    assert m == Meeting(dt.date(2026, 1, 5), "held", "a", ("Steve Witkoff", "Vladimir Putin"))
    [m] = plot.meetings_from_rows(["date", "status", "meeting", "places", "participants"],
                                  [["2026-01-05", "held", "a", "Moscow", "Steve Witkoff, Vladimir Putin"]])
    assert m.places == ("Moscow",)
    with pytest.raises(ValueError, match="no column participants"):
        plot.meetings_from_rows(["date", "status", "meeting"], [])
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        plot.plot_rows(HEADERS, ROWS, tmp_path / "meetings.jpg")
    assert not (tmp_path / "meetings.jpg").exists()


def test_only_undated_meetings_still_make_a_picture(tmp_path):
    out = tmp_path / "none.png"
    summary = plot.plot_rows(HEADERS, ROWS[4:], out)
    assert (summary.meetings, summary.undated) == (0, 2)
    png_size(out)


def test_the_year_is_under_the_first_tick_and_where_it_changes():
    days = [dt.date(2025, 12, 1), dt.date(2025, 12, 15), dt.date(2026, 1, 1), dt.date(2026, 1, 15)]
    assert plot.tick_labels(days) == ["1 Dec\n2025", "15 Dec", "1 Jan\n2026", "15 Jan"]
    months = [dt.date(2025, 11, 1), dt.date(2025, 12, 1), dt.date(2026, 1, 1)]
    assert plot.tick_labels(months) == ["Nov\n2025", "Dec", "Jan\n2026"]
    assert plot.tick_labels([dt.date(2024, 1, 1), dt.date(2025, 1, 1)]) == ["2024", "2025"]


def test_each_place_has_a_colour_and_the_key_names_it():
    meetings = plot.meetings_from_rows(HEADERS, ROWS[:4])
    colours = plot.place_colours(meetings)
    assert colours == {"Moscow": plot.PALETTE[0], None: plot.NO_PLACE}
    many = [Meeting(dt.date(2026, 1, i + 1), "held", f"m{i}", ("a", "b"), (f"City {i}",)) for i in range(12)]
    colours = plot.place_colours(many)
    assert [colours[f"City {i}"] for i in range(12)] == plot.PALETTE + [plot.OTHER_PLACES] * 3


def test_the_picture_has_its_key_labels_and_undated_list(tmp_path):
    """The SVG keeps its text: the key's entries, a place label on the dots, the undated meetings."""
    out = tmp_path / "meetings.svg"
    plot.plot_rows(HEADERS, ROWS, out)
    # matplotlib writes each line of text as a comment
    lines = [w.strip() for w in re.findall(r"<!-- (.*?) -->", out.read_text(encoding="utf-8"))]
    assert lines[:2] == ["8 Jan", "2026"], "the year under the first tick"
    assert {"held", "planned", "same meeting", "Moscow", "place unknown"} <= set(lines)
    assert lines.count("Moscow") == 3          # the key, and the label of each of the two meetings there
    assert lines[-3:] == ["2 undated meetings, not drawn:", "Peskov – Ushakov (held)", "Trump – Zelensky (planned)"]


def test_a_label_names_the_participants_without_a_lane():
    m = Meeting(dt.date(2026, 1, 5), "held", "t", ("Steve Witkoff", "Yuri Ushakov"), ("Moscow",))
    assert plot.meeting_label(m, {"Steve Witkoff"}) == "Moscow · + Yuri Ushakov"
    assert plot.meeting_label(m, {"Steve Witkoff", "Yuri Ushakov"}) == "Moscow"
    assert plot.meeting_label(Meeting(None, "held", "t", ("a",)), {"a"}) == ""


def test_long_lists_of_undated_meetings_are_cut():
    undated = [Meeting(None, "planned", f"m{i}", ("a", "b")) for i in range(20)]
    lines = plot.undated_lines(undated)
    assert lines[0] == "20 undated meetings, not drawn:" and lines[1] == "   m0 (planned)"
    assert len(lines) == 1 + plot.MAX_UNDATED_LISTED + 1 and "5 more" in lines[-1]
    assert plot.undated_lines([]) == []


def test_png_only_for_the_timeline_reports(tmp_path):
    out = tmp_path / "x.png"
    result = CliRunner().invoke(cli, ["report", "who-met-whom", "--png", str(out), "--uri", NO_DB])
    assert result.exit_code == 2 and "--png draws the reports timeline and meetings-timeline only" in result.output
    result = CliRunner().invoke(cli, ["report", "timeline", "--png", str(tmp_path / "x.jpg"), "--uri", NO_DB])
    assert result.exit_code == 2 and ".png or .svg" in result.output
    assert not list(tmp_path.iterdir())


# --- the command on the seeds, in Neo4j ----------------------------------------------------


@pytest.mark.neo4j
def test_report_timeline_png_on_the_seeds(seeded, neo4j_driver, tmp_path):
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (m:Meeting) RETURN count(m.date) AS dated, count(*) - count(m.date) AS undated")
    dated, undated = records[0]["dated"], records[0]["undated"]
    assert dated > 0
    out = tmp_path / "timeline.png"
    result = CliRunner().invoke(cli, ["report", "timeline", "--png", str(out), "--uri", seeded])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {out}: {dated} meetings, ")
    assert (f"{undated} undated meeting" in result.output) == (undated > 0)
    assert_sensible_png(out, lanes=12)


@pytest.mark.neo4j
def test_meetings_timeline_svg_of_one_actor(seeded, tmp_path):
    out = tmp_path / "putin.svg"
    result = CliRunner().invoke(cli, ["report", "meetings-timeline", "-p", "actor=putin", "--png", str(out),
                                      "--uri", seeded])
    assert result.exit_code == 0, result.output
    assert ET.parse(out).getroot().tag.endswith("svg")
    rows = CliRunner().invoke(cli, ["report", "meetings-timeline", "-p", "actor=putin", "--format", "csv",
                                    "--uri", seeded]).output.splitlines()
    assert rows[0] == ",".join(HEADERS)
    assert all("Vladimir Putin" in row for row in rows[1:])
    dated = sum(1 for row in rows[1:] if row[:1].isdigit())
    assert result.output.startswith(f"Wrote {out}: {dated} meetings, ")
