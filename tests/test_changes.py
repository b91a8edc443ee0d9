"""kg/graph/changes.py: which articles changed and what a reload changes in the graph, without a database."""
from kg.graph.changes import (ActorState, ArticleState, MeetingState, Snapshot, article_path, plan_reload, summarize,
                              summary_text)
from kg.graph.predict import predict
from kg.graph.records import GraphRecords, ReloadWrite
from kg.ingest import parse_article


def state(article, meetings=(), claims=(), entities=(), path=None):
    return ArticleState(article.id, article.source, path or article_path(article.source),
                        frozenset(meetings), frozenset(claims), frozenset(entities))


def test_plan_tells_new_changed_unchanged_and_missing_articles(tmp_path):
    root = str(tmp_path / "news")
    same = parse_article("Putin ha incontrato Witkoff.", f"{root}/same.txt")
    old = parse_article("Meloni vede Macron a Roma.", f"{root}/edited.txt")
    edited = parse_article("Meloni vede Macron a Parigi.", f"{root}/edited.txt")
    gone = parse_article("Tajani vede Albares.", f"{root}/gone.txt")
    elsewhere = parse_article("Rubio vede Lavrov.", str(tmp_path / "other" / "x.txt"))
    new = parse_article("Zelensky vede Starmer.", f"{root}/new.txt")
    before = Snapshot(articles={a.id: state(a) for a in (same, old, gone, elsewhere)})

    plan = plan_reload(before, [same, edited, new], [root], prune=False)
    assert ([a.source for a in plan.new], [a.source for a in plan.changed], [a.source for a in plan.unchanged]) == (
        [new.source], [edited.source], [same.source])
    assert [s.id for s in plan.replaced] == [old.id] and [s.id for s in plan.missing] == [gone.id]
    assert [s.id for s in plan.deleted] == [old.id]
    assert [s.id for s in plan_reload(before, [same, edited, new], [root], prune=True).deleted] == [old.id, gone.id]


def test_a_file_moved_unchanged_is_neither_new_nor_missing(tmp_path):
    before_move = parse_article("Putin ha incontrato Witkoff.", str(tmp_path / "a.txt"))
    moved = parse_article("Putin ha incontrato Witkoff.", str(tmp_path / "b.txt"))
    plan = plan_reload(Snapshot(articles={before_move.id: state(before_move)}), [moved], [str(tmp_path)], prune=True)
    assert (plan.new, plan.changed, plan.deleted, plan.unchanged) == ([], [], [], [moved])


def test_two_files_with_the_same_text_are_one_article(tmp_path):
    a = parse_article("Putin ha incontrato Witkoff.", str(tmp_path / "a.txt"))
    b = parse_article("Putin ha incontrato Witkoff.", str(tmp_path / "b.txt"))
    assert plan_reload(Snapshot(), [a, b], [str(tmp_path)], prune=False).new == [a]


def records(article, meetings=(), mentions=(), actors=()):
    return GraphRecords({
        "load_articles": [{"id": article.id, "source": article.source, "content_hash": None, "published": None}],
        "load_people": [{"id": i, "name": name, "aliases": aliases, "roles": []} for i, name, aliases in actors],
        "load_organizations": [], "load_locations": [],
        "load_meetings": [{"id": i, "status": status, "title": title, "participants": ps, "location": None}
                          for i, status, title, ps in meetings],
        "load_meeting_reports": [{"meeting": i, "article": article.id} for i, *_ in meetings],
        "load_claims": [],
        "load_mentions": [{"article": article.id, "entity": e} for e in mentions],
    })


def test_predicted_summary_names_new_actors_aliases_and_a_meeting_now_held(tmp_path):
    planned = parse_article("Putin incontrerà Witkoff.", str(tmp_path / "a.txt"))
    held = parse_article("Vladimir Putin ha incontrato Witkoff.", str(tmp_path / "b.txt"))
    before = Snapshot(
        articles={planned.id: state(planned, ["m1"], [], ["putin", "witkoff"])},
        actors={"putin": ActorState("putin", "Putin", "Person", ("Putin",)),
                "witkoff": ActorState("witkoff", "Witkoff", "Person", ("Witkoff",))},
        meetings={"m1": MeetingState("m1", "Putin – Witkoff", "planned", frozenset({"putin", "witkoff"}))})
    plan = plan_reload(before, [planned, held], [str(tmp_path)], prune=False)
    written = records(held, meetings=[("m1", "held", "Putin – Witkoff", ["putin", "witkoff"]),
                                      ("m2", "held", "Putin – Kushner", ["putin", "kushner"])],
                      mentions=["putin", "witkoff", "kushner"],
                      actors=[("putin", "Vladimir Putin", ["Putin", "Vladimir Putin"]),
                              ("kushner", "Jared Kushner", ["Kushner"])])
    after = predict(before, ReloadWrite(records=written))
    assert after.meetings["m1"].status == "held"
    assert after.actors["putin"].aliases == ("Putin", "Vladimir Putin")
    assert summary_text(summarize(before, after, plan, dry_run=True, written=False)) == "\n".join([
        "Dry run: nothing was written.",
        "Articles: 1 new, 0 changed, 1 unchanged",
        f"  new: {held.source}",
        "Actors: 1 new: Jared Kushner",
        "Meetings: 1 new: Putin – Kushner",
        "Meetings planned -> held: 1: Putin – Witkoff",
        "New aliases of known people: 1: Vladimir Putin + Vladimir Putin",
    ])


def test_deleting_the_only_reporting_article_collects_its_meeting_and_actors(tmp_path):
    article = parse_article("Tajani ha incontrato Albares.", str(tmp_path / "gone.txt"))
    before = Snapshot(
        articles={article.id: state(article, ["m"], ["c"], ["tajani", "albares"])},
        actors={i: ActorState(i, i.title(), "Person", (i.title(),)) for i in ("tajani", "albares")},
        meetings={"m": MeetingState("m", "Tajani – Albares", "held", frozenset({"tajani", "albares"}))},
        claims=frozenset({"c"}))
    plan = plan_reload(before, [], [str(tmp_path)], prune=True)
    after = predict(before, ReloadWrite(delete_articles=[s.id for s in plan.deleted]))
    assert (after.articles, after.actors, after.meetings, after.claims) == ({}, {}, {}, frozenset())
    assert summary_text(summarize(before, after, plan, dry_run=False, written=True, writes={
        "nodes_created": 0, "relationships_created": 0, "nodes_deleted": 5, "relationships_deleted": 7})) == "\n".join([
        "Articles: 0 new, 0 changed, 0 unchanged, 1 removed",
        f"  removed: {article.source}",
        "Actors: 2 gone: Albares; Tajani",
        "Meetings: 1 gone: Tajani – Albares",
        "Claims: 0 new, 1 gone",
        "Written in one transaction: 0 nodes and 0 relationships created, 5 nodes and 7 relationships deleted.",
    ])
