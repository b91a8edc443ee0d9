"""Undated articles dated by the meetings they share with dated ones (kg/event_days.py)."""
import json
from datetime import date

from click.testing import CliRunner

from kg.cli import cli
from kg.event_days import publication_days
from kg.ingest import parse_article
from kg.meeting_record import KnownMeeting, MeetingRecord
from kg.model import Extraction, MeetingMention, Mention
from kg.places import load_gazetteer
from kg.resolve import resolve

DATED = " date 2026-03-10 Vertice a Mosca\n\nDomani a Mosca il faccia a faccia tra Vladimir Putin e Steve Witkoff.\n"
UNDATED = ("Witkoff a Mosca\n\nL'inviato americano Steve Witkoff oggi incontrerà a Mosca il presidente russo "
           "Vladimir Putin.\n\nIeri Witkoff ha incontrato a San Pietroburgo il ministro degli Esteri russo "
           "Sergei Lavrov.\n")


NO_RECORD = MeetingRecord([])
PUTIN_WITKOFF_IN_MOSCOW = KnownMeeting(date(2026, 1, 8), ("Moscow",), ("Vladimir Putin", "Steve Witkoff"), None, None, "")


def meeting_extraction(text, place, when, date_text, status="planned"):
    article = parse_article(text, "x.txt")
    names = [Mention(article.id, s, i * 20, i * 20 + len(s), label)
             for i, (s, label) in enumerate([("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), (place, "LOC")])]
    meeting = MeetingMention(article.id, tuple(names[:2]), names[2], when, date_text, status, text)
    return Extraction(article, names, [meeting])


def days_by_text(extractions, record=NO_RECORD):
    res = resolve(extractions, record=record)
    text_of = {a.id: a.text for a in res.articles}
    return {text_of[article]: day for article, day in publication_days(res, load_gazetteer(), record).items()}


def test_oggi_in_an_undated_article_is_the_day_a_dated_article_gives_the_meeting():
    dated = meeting_extraction(" date 2026-01-21 a", "San Pietroburgo", date(2026, 1, 22), "domani")
    undated = meeting_extraction("b", "Russia", None, "oggi")        # Russia holds San Pietroburgo
    assert days_by_text([dated, undated]) == {"b": date(2026, 1, 22)}


def test_no_day_for_words_that_do_not_count_from_publication_or_a_place_elsewhere():
    dated = meeting_extraction(" date 2026-01-21 a", "Mosca", date(2026, 1, 22), "domani")
    elsewhere = meeting_extraction("b", "Ginevra", None, "oggi")
    vague = meeting_extraction("c", "Mosca", None, "entro la fine del mese")
    assert days_by_text([dated, elsewhere, vague]) == {}


def test_no_day_from_a_twin_when_the_record_has_the_same_people_meet_there_near_it():
    dated = meeting_extraction(" date 2026-01-21 a", "Mosca", date(2026, 1, 22), "domani")
    undated = meeting_extraction("b", "Mosca", None, "oggi")
    assert days_by_text([dated, undated], MeetingRecord([PUTIN_WITKOFF_IN_MOSCOW])) == {}


def test_a_meeting_told_as_done_with_no_words_of_time_gives_its_article_the_recorded_day():
    told = meeting_extraction("b", "Mosca", None, None, status="held")
    assert days_by_text([told], MeetingRecord([PUTIN_WITKOFF_IN_MOSCOW])) == {"b": date(2026, 1, 8)}


def test_an_article_dated_by_its_meeting_resolves_its_other_dates(tmp_path):
    (tmp_path / "a.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert {a["source"][-5:]: (a["published"], a["published_inferred"]) for a in out["articles"]} == \
        {"a.txt": ("2026-03-10", False), "b.txt": ("2026-03-11", True)}
    assert sorted((m["title"], m["status"]) for m in out["meetings"]) == [
        ("Putin – Witkoff, 2026-03-11, Moscow", "planned"),
        ("Witkoff – Lavrov, 2026-03-10, Saint Petersburg", "held")]


def test_an_announced_meeting_the_record_alone_dates_gives_its_article_no_day():
    announced = meeting_extraction("b", "Mosca", None, "oggi", status="planned")
    assert days_by_text([announced], MeetingRecord([PUTIN_WITKOFF_IN_MOSCOW])) == {}
