from dataclasses import replace
from datetime import date

import pytest

from kg.dating.time_finding import time_mentions
from kg.ingest import parse_article
from kg.model import ClaimMention, Extraction, MeetingMention, Mention
from kg.pipeline import resolution_of

ON_ITS_DAY = "held, dated by no words: its article's day"


def mention(article, surface, label="PER", at=0):
    return Mention(article, surface, at, at + len(surface), label)


def extraction(text, *surfaces, meetings=()):
    article = parse_article(text, "x.txt")
    mentions = [mention(article.id, s, label, i * 100) for i, (s, label) in enumerate(surfaces)]
    return Extraction(article, mentions, [m(article.id, mentions) for m in meetings])


def words(text, tense=None):
    """The time words as extraction keeps them: unresolved."""
    [found] = time_mentions(text, tense)
    return found


def names_by_surface(res):
    name_of = {a.id: a.name for a in res.actors} | {loc.id: loc.name for loc in res.locations}
    return {m.surface: name_of[m.entity] for m in res.mentions}


def test_surname_joins_the_full_name_of_its_article():
    res = resolution_of([extraction("a", ("Dmitri Peskov", "PER"), ("Peskov", "PER"))])
    assert names_by_surface(res) == {"Dmitri Peskov": "Dmitri Peskov", "Peskov": "Dmitri Peskov"}


def test_a_surname_two_people_of_the_article_share_is_the_public_figures():
    # kg/data/public_figures.tsv knows Javier Milei; a sister of the same surname is no public figure
    res = resolution_of([extraction("a", ("Javier Milei", "PER"), ("Karina Milei", "PER"), ("Milei", "PER"))])
    assert names_by_surface(res)["Milei"] == "Javier Milei"


def test_a_surname_two_unknown_people_of_the_article_share_stays_apart():
    res = resolution_of([extraction("a", ("Carlo Fontana", "PER"), ("Anna Fontana", "PER"), ("Fontana", "PER"))])
    assert names_by_surface(res)["Fontana"] not in ("Carlo Fontana", "Anna Fontana")


def test_a_surname_without_its_hacek_joins_the_full_name():
    res = resolution_of([extraction("a", ("Milan Čović", "PER"), ("Covic", "PER"))])
    assert names_by_surface(res) == {"Milan Čović": "Milan Čović", "Covic": "Milan Čović"}


def test_a_surname_joins_its_full_name_with_or_without_the_particle_before_it():
    res = resolution_of([extraction("a", ("Karim al-Masri", "PER"), ("Masri", "PER")),
                         extraction("b", ("Anna von der Brück", "PER"), ("Brück", "PER"))])
    names = names_by_surface(res)
    assert names["Masri"] == "Karim al-Masri" and names["Brück"] == "Anna von der Brück"


def test_a_chinese_or_korean_surname_comes_first():
    res = resolution_of([extraction("a", ("Xi Jinping", "PER"), ("Xi", "PER"), ("Kim Jong-un", "PER"), ("Kim", "PER")),
                         extraction("b", ("Kim Jong Un", "PER"), ("Kim Jong Il", "PER"))])
    names = names_by_surface(res)
    assert names["Xi"] == names["Xi Jinping"] == "Xi Jinping"
    assert names["Kim"] == names["Kim Jong-un"] == names["Kim Jong Un"] != names["Kim Jong Il"]


def test_transliterations_join_across_articles():
    res = resolution_of([extraction("a", ("Dmitri Peskov", "PER")), extraction("b", ("Dmitry Peskov", "PER")),
                   extraction("c", ("Jurij Ušakov", "PER")), extraction("d", ("Yuri Ushakov", "PER"))])
    assert len(res.actors) == 2


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_joins_neither():
    res = resolution_of([extraction("a", ("Jared Kushner", "PER")), extraction("b", ("Charles Kushner", "PER")),
                   extraction("c", ("Kushner", "PER"))])
    assert len(res.actors) == 3


def test_places_resolve_through_the_gazetteer():
    res = resolution_of([extraction("a", ("Mosca", "LOC"), ("Kryvyj Rih", "LOC")),
                   extraction("b", ("Moscow", "LOC"), ("Kryvyi Rih", "LOC"))])
    assert sorted(loc.name for loc in res.locations) == ["Kryvyi Rih", "Moscow"]


def planned(article, mentions):
    return MeetingMention(article, (mentions[0], mentions[1]), mentions[2], words("domani", "future"),
                          "planned", "Domani Putin incontrerà Witkoff a Mosca.")


def held(article, mentions):
    return MeetingMention(article, (mentions[0], mentions[1]), mentions[2], words("ieri"),
                          "held", "Ieri Putin ha incontrato Witkoff a Mosca.")


def test_a_meeting_announced_then_held_is_one_held_meeting_with_two_reports():
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-12-01 a", *people, meetings=[planned]),
                         extraction(" date 2025-12-03 b", *people, meetings=[held])])
    [meeting] = res.meetings
    assert meeting.status == "held" and len(meeting.reports) == 2
    assert meeting.title == "Putin – Witkoff, 2025-12-02, Moscow"


def test_an_organisation_extract_chose_as_a_side_takes_part_and_a_place_does_not():
    actors = (("Marco Bianchi", "PER"), ("Confindustria", "ORG"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-12-03 a", *actors, meetings=[held])])
    [meeting] = res.meetings
    assert {a.id: a.name for a in res.actors if a.id in meeting.participants} == {
        "person/bianhi-m": "Marco Bianchi", "org/confindustria": "Confindustria"}
    places = (("Marco Bianchi", "PER"), ("Bologna", "LOC"), ("Mosca", "LOC"))
    assert resolution_of([extraction(" date 2025-12-03 a", *places, meetings=[held])]).meetings == []


def test_one_article_repeating_a_meeting_reports_it_once():
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-12-03 a", *people, meetings=[held, held])])
    assert [len(m.reports) for m in res.meetings] == [1]


def test_a_meeting_on_the_margins_of_a_summit_is_a_meeting_of_its_own():
    def summit(article, ms):
        return MeetingMention(article, tuple(ms[:3]), None, None, "held", "Al vertice c'erano X, Y e Z.")

    def aside(article, ms, margins=True):
        return MeetingMention(article, (ms[0], ms[1]), None, None, "held", "A margine del vertice, X ha visto Y.",
                              on_the_margins=margins)
    people = (("Luca Neri", "PER"), ("Piet Vos", "PER"), ("Anna Galli", "PER"))
    res = resolution_of([extraction(" date 2025-12-03 a", *people, meetings=[summit, aside])])
    assert sorted(len(m.participants) for m in res.meetings) == [2, 3]
    # told with no word of the margins, the two people's meeting is the summit told again
    res = resolution_of([extraction(" date 2025-12-03 a", *people,
                                    meetings=[summit, lambda a, ms: aside(a, ms, margins=False)])])
    assert [len(m.participants) for m in res.meetings] == [3]


def test_a_users_merge_and_split_are_applied():
    from kg.corrections import Corrections
    xs = [extraction("a", ("Jared Kushner", "PER"), ("Kushner", "PER")), extraction("b", ("J. K.", "PER"))]
    merged = resolution_of(xs, corrections=Corrections(merges=[("Jared Kushner", "J. K.")]))
    assert len(merged.actors) == 1
    split = resolution_of(xs, corrections=Corrections(splits=[("Jared Kushner", "Kushner")]))
    assert sorted(a.name for a in split.actors) == ["J. K.", "Jared Kushner", "Kushner"]


def test_explain_names_the_rule_that_joined_each_alias():
    from kg.resolve.corrections import explain
    res = resolution_of([extraction("a", ("Dmitri Peskov", "PER"), ("Peskov", "PER")),
                   extraction("b", ("Dmitry Peskov", "PER"))])
    rows = explain(res, "Peskov")
    assert {(alias, rule) for _, alias, rule, _ in rows} == {
        ("Dmitri Peskov", "new-entity"), ("Dmitry Peskov", "same-key"), ("Peskov", "surname-in-article")}


BRACKETED = "Fondo greco per gli investimenti diretti (Gdif)"


def test_explain_gives_the_rule_each_resolver_recorded():
    from kg.resolve.corrections import explain
    a = parse_article(BRACKETED, "a.txt")
    mentions = [Mention(a.id, "Fondo greco per gli investimenti diretti", 0, 40, "ORG"),
                Mention(a.id, "Gdif", 42, 46, "ORG"), Mention(a.id, "Fondo greco", 100, 111, "ORG")]
    rows = explain(resolution_of([Extraction(a, mentions, [])]), "Gdif")
    assert [(alias, rule) for _, alias, rule, _ in rows] == [
        ("Fondo greco", "short-form-in-article"), ("Fondo greco per gli investimenti diretti", "new-entity"),
        ("Gdif", "bracketed-acronym")]


@pytest.mark.parametrize("a,b,same", [("Palazzo Çiragan", "Palazzo Cirigan", True),
                                      ("Palazzo İragan", "Palazzo Çiragan", True),
                                      ("Commissione Ue", "Commissione Europea", False),
                                      ("Fondo Russo", "Fondo Monetario", False)])
def test_unknown_places_and_organisations_join_by_spelling(a, b, same):
    from kg.resolve.config import DEFAULT_CONFIG
    from kg.resolve.places_and_orgs import cluster_by_spelling
    ids = cluster_by_spelling({a, b}, DEFAULT_CONFIG.same_spelling_min_score)
    assert (ids[a].entity == ids[b].entity) is same


def test_regnal_numbers_and_lone_given_names():
    res = resolution_of([extraction("a", ("Papa Leone XIV", "PER"), ("Papa Leone", "PER")),
                   extraction("b", ("Vladimir Putin", "PER"), ("Vladimir", "PER"))])
    assert sorted(a.name for a in res.actors) == ["Papa Leone XIV", "Vladimir Putin"]


def test_person_ids_do_not_depend_on_which_variant_comes_first():
    one = resolution_of([extraction("a", ("Steve Witkoff", "PER"))])
    both = resolution_of([extraction("a", ("Steve Witkoff", "PER")), extraction("b", ("Steven Witkoff", "PER"))])
    assert [a.id for a in one.actors] == [a.id for a in both.actors] == ["person/vitkof-s"]


def test_two_people_with_one_surname_and_initial_keep_two_ids():
    res = resolution_of([extraction("a", ("Jared Kushner", "PER")), extraction("b", ("Josh Kushner", "PER"))])
    assert len({a.id for a in res.actors}) == 2


def test_a_meeting_at_a_venue_is_held_in_its_city_and_keeps_the_venue():
    def at_the_kremlin(article, mentions):
        return MeetingMention(article, (mentions[0], mentions[1]), mentions[2], None, "held", "Putin ha ricevuto Witkoff al Cremlino.")
    res = resolution_of([extraction("a", ("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Cremlino", "ORG"),
                              meetings=[at_the_kremlin])])
    [meeting] = res.meetings
    assert [loc.name for loc in res.locations if loc.id == meeting.location] == ["Moscow"]
    assert meeting.venue == "Cremlino"


def test_a_venue_in_an_italian_city_is_held_in_that_city_and_the_city_in_its_country():
    """The venue's city is found by its id: the gazetteer no longer reads "Florence" in a text."""
    def at_palazzo_vecchio(article, mentions):
        return MeetingMention(article, (mentions[0], mentions[1]), mentions[2], None, "held",
                              "Il sindaco Anna Neri ha ricevuto Carlo Blu a Palazzo Vecchio.")
    res = resolution_of([extraction("a", ("Anna Neri", "PER"), ("Carlo Blu", "PER"), ("Palazzo Vecchio", "ORG"),
                                     meetings=[at_palazzo_vecchio])])
    [meeting] = res.meetings
    assert [loc.name for loc in res.locations if loc.id == meeting.location] == ["Florence"]


def test_an_organisation_a_meeting_is_held_in_that_no_table_knows_becomes_a_place():
    def at_the_villa(article, mentions):
        return MeetingMention(article, (mentions[0], mentions[1]), mentions[2], None, "held", "Rutte ha ricevuto Stubb a Villa Aurora.")
    res = resolution_of([extraction("a", ("Mark Rutte", "PER"), ("Alexander Stubb", "PER"), ("Villa Aurora", "ORG"),
                                     meetings=[at_the_villa])])
    [meeting] = res.meetings
    assert [loc.name for loc in res.locations if loc.id == meeting.location] == ["Villa Aurora"]
    assert "Villa Aurora" not in [a.name for a in res.actors]


def test_a_short_form_joins_the_one_longer_name_of_its_article():
    res = resolution_of([extraction("a", ("Commissione europea", "ORG"), ("Commissione", "ORG"),
                              ("Joint Base Elmendorf-Richardson", "LOC"), ("Elmendorf-Richardson", "LOC"))])
    assert names_by_surface(res) == {"Commissione europea": "Commissione europea", "Commissione": "Commissione europea",
                                     "Joint Base Elmendorf-Richardson": "Joint Base Elmendorf-Richardson",
                                     "Elmendorf-Richardson": "Joint Base Elmendorf-Richardson"}


def test_a_local_body_named_alone_is_its_articles_own():
    res = resolution_of([extraction("a", ("Regione", "ORG"), ("Prefettura", "LOC")),
                         extraction("b", ("Regione", "ORG"), ("Prefettura", "LOC")),
                         extraction("c", ("Procura di Pavia", "ORG"), ("Procura", "ORG"))])
    entities = {(m.article, m.surface): m.entity for m in res.mentions}
    a, b, c = (parse_article(text, "x.txt").id for text in "abc")
    assert entities[(a, "Regione")] != entities[(b, "Regione")]
    assert entities[(a, "Prefettura")] != entities[(b, "Prefettura")]
    assert entities[(c, "Procura")] == entities[(c, "Procura di Pavia")]


def test_a_short_form_of_two_longer_names_joins_neither():
    res = resolution_of([extraction("a", ("Consiglio europeo", "ORG"), ("Consiglio di sicurezza", "ORG"),
                              ("Consiglio", "ORG"))])
    assert len({m.entity for m in res.mentions}) == 3


def test_a_unions_short_name_joins_its_long_form_in_any_article_whatever_the_ner_took_it_for():
    res = resolution_of([extraction("a", ("Fiom-Cgil", "ORG"), ("Cgil", "ORG")),
                         extraction("b", ("Fiom", "PER"), ("Slc Cgil", "ORG"), ("Slc", "ORG"))])
    assert names_by_surface(res) == {"Fiom-Cgil": "Fiom-Cgil", "Fiom": "Fiom-Cgil", "Cgil": "Cgil",
                                     "Slc Cgil": "Slc Cgil", "Slc": "Slc Cgil"}


def test_two_short_words_that_name_no_confederation_are_no_union():
    res = resolution_of([extraction("a", ("Lega Pro", "ORG")), extraction("b", ("Lega", "ORG"))])
    assert names_by_surface(res) == {"Lega Pro": "Lega Pro", "Lega": "Lega"}


def test_ue_is_the_adjective_europea_in_an_organisation_name():
    res = resolution_of([extraction("a", ("Commissione Ue", "ORG")), extraction("b", ("Commissione europea", "ORG"))])
    assert len(res.actors) == 1


def test_an_italian_body_s_acronym_and_nickname_are_that_body_in_any_article():
    res = resolution_of([extraction("a", ("Figc", "ORG")), extraction("b", ("Federcalcio", "ORG")),
                         extraction("c", ("Lega Pro", "ORG"))])
    entity = {m.surface: m.entity for m in res.mentions}
    assert entity["Figc"] == entity["Federcalcio"] != entity["Lega Pro"]


def report(article, mentions, when, status="held", place=2):
    """`when`: the time words, ON_ITS_DAY, or None (undated)."""
    return MeetingMention(article, (mentions[0], mentions[1]), mentions[place] if place is not None else None,
                          words(when) if when not in (None, ON_ITS_DAY) else None, status, "…",
                          on_publication_day=when == ON_ITS_DAY)


def test_an_undated_headline_joins_the_dated_meeting_of_its_article():
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-02-12 a", *people, meetings=[
        lambda a, m: report(a, m, ON_ITS_DAY, place=None),        # headline: the article's day
        lambda a, m: report(a, m, "ieri")])])
    [meeting] = res.meetings
    assert meeting.date == date(2025, 2, 11)


def test_an_undated_meeting_of_more_people_stays_apart_from_one_recalled_days_before():
    people = (("Carlo Blu", "PER"), ("Luca Neri", "PER"), ("Anna Galli", "PER"))
    res = resolution_of([extraction(" date 2025-02-12 a", *people, meetings=[
        # today's meeting of three, the article's day; "lunedì scorso" Blu and Neri met alone
        lambda a, m: MeetingMention(a, (m[0], m[1], m[2]), None, None, "held", "…", on_publication_day=True),
        lambda a, m: report(a, m, "lunedì scorso", place=None)])])
    assert sorted(str(meeting.date) for meeting in res.meetings) == ["2025-02-10", "2025-02-12"]


@pytest.mark.parametrize("by_dateline, meetings", [(True, 1), (False, 2)])
def test_a_meeting_told_again_with_only_the_dateline_s_place_and_day_is_the_one_told_before(by_dateline, meetings):
    people = (("Carlo Blu", "PER"), ("Luca Neri", "PER"), ("Tunisi", "LOC"), ("Tripoli", "LOC"))
    res = resolution_of([extraction(" date 2025-02-12 a", *people, meetings=[
        lambda a, m: report(a, m, "ieri"),
        # "Dopo il colloquio con Neri, Blu ha detto ...": the story is filed from Tripoli
        lambda a, m: replace(report(a, m, ON_ITS_DAY, place=3), placed_by_dateline=by_dateline)])])
    assert len(res.meetings) == meetings
    assert res.meetings[0].date == date(2025, 2, 11) and res.meetings[0].location == "place/tunis"


def test_in_an_article_with_no_day_yesterdays_meeting_is_not_todays():
    people = (("Carlo Blu", "PER"), ("Luca Neri", "PER"), ("Milano", "LOC"))
    res = resolution_of([extraction("a", *people, meetings=[
        lambda a, m: report(a, m, "oggi"), lambda a, m: report(a, m, "ieri sera", place=None)])])
    assert len(res.meetings) == 2


def test_in_an_article_with_no_day_two_reports_of_one_day_are_one_meeting():
    people = (("Carlo Blu", "PER"), ("Luca Neri", "PER"), ("Milano", "LOC"))
    res = resolution_of([extraction("a", *people, meetings=[
        lambda a, m: report(a, m, "oggi"), lambda a, m: report(a, m, "stamattina", place=None)])])
    assert len(res.meetings) == 1


def test_one_venue_spelt_two_ways_in_one_article_is_one_meeting():
    people = (("Vladimir Medinsky", "PER"), ("Rustem Umerov", "PER"), ("Palazzo Cirigan", "LOC"),
              ("Palazzo Ciragan", "LOC"))
    res = resolution_of([extraction("a", *people, meetings=[
        lambda a, m: report(a, m, None), lambda a, m: report(a, m, None, place=3)])])
    assert len(res.meetings) == 1


def test_a_planned_meeting_after_a_held_one_in_the_same_article_is_the_next_meeting():
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-12-03 a", *people, meetings=[
        lambda a, m: report(a, m, ON_ITS_DAY),
        lambda a, m: report(a, m, "domani", status="planned", place=None)])])
    assert sorted(m.status for m in res.meetings) == ["held", "planned"]


def test_a_bracketed_acronym_is_the_name_before_it_everywhere():
    a = parse_article(BRACKETED, "a.txt")
    name = Mention(a.id, "Fondo greco per gli investimenti diretti", 0, 40, "ORG")
    acronym = Mention(a.id, "Gdif", 42, 46, "ORG")
    res = resolution_of([Extraction(a, [name, acronym], []), extraction("b", ("Gdif", "ORG"))])
    assert len(res.actors) == 1


def test_a_two_word_short_form_joins_the_one_longer_name_of_the_set():
    res = resolution_of([extraction("a", ("Joint Base Elmendorf-Richardson", "ORG")),
                   extraction("b", ("Elmendorf-Richardson", "LOC"), ("Commissione", "ORG")),
                   extraction("c", ("Commissione europea", "ORG"))])
    assert names_by_surface(res)["Elmendorf-Richardson"] == "Joint Base Elmendorf-Richardson"
    assert names_by_surface(res)["Commissione"] == "Commissione"      # one word: only within its article


def test_a_rarer_variant_arriving_later_does_not_change_a_persons_id():
    known = [extraction(name, ("Rustem Umerov", "PER")) for name in "abc"]
    before = {a.name: a.id for a in resolution_of(known).actors}
    after = {a.name: a.id for a in resolution_of(known + [extraction("d", ("Rustam Umarov", "PER"))]).actors}
    assert after == before == {"Rustem Umerov": "person/umerov-r"}


def test_a_claim_by_a_word_the_ner_took_for_an_organisation_is_kept_when_the_set_names_a_person_so():
    one = parse_article("Yuri Ushakov ha parlato.", "a.txt")
    two = parse_article("Ushakov ha spiegato che il compromesso non c'è.", "b.txt")
    ushakov = Mention(two.id, "Ushakov", 0, 7, "ORG")
    claim = ClaimMention(two.id, ushakov, "il compromesso non c'è", "Ushakov ha spiegato che il compromesso non c'è.")
    res = resolution_of([Extraction(one, [Mention(one.id, "Yuri Ushakov", 0, 12, "PER")], []),
                   Extraction(two, [ushakov], [], [claim])])
    names = {a.id: a.name for a in res.actors}
    assert [names[c.speaker] for c in res.claims] == ["Yuri Ushakov"]


def test_a_claim_an_organisation_speaks_is_dropped():
    article = parse_article("Witkoff è arrivato, ha affermato la Tass.", "a.txt")
    tass = Mention(article.id, "Tass", 36, 40, "ORG")
    claim = ClaimMention(article.id, tass, "Witkoff è arrivato", "Witkoff è arrivato, ha affermato la Tass.")
    assert resolution_of([Extraction(article, [tass], [], [claim])]).claims == []


@pytest.mark.parametrize("first_words, second_words, meetings", [
    (ON_ITS_DAY, ON_ITS_DAY, 1),    # both dated by their article's day: the second may be a day late
    ("oggi", "oggi", 2),            # both dated by their words: two days, two meetings
])
def test_a_held_meeting_dated_only_by_its_article_may_be_reported_a_day_later(first_words, second_words, meetings):
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"))
    res = resolution_of([extraction(" date 2025-02-11 a", *people, meetings=[lambda a, m: report(a, m, first_words)]),
                         extraction(" date 2025-02-12 b", *people, meetings=[lambda a, m: report(a, m, second_words)])])
    assert len(res.meetings) == meetings


def test_two_undated_meetings_of_the_same_people_in_one_article_keep_two_ids():
    # (two cities: a city and its country would be one meeting told more or less precisely)
    people = (("Vladimir Putin", "PER"), ("Steve Witkoff", "PER"), ("Mosca", "LOC"), ("San Pietroburgo", "LOC"))
    res = resolution_of([extraction("a", *people, meetings=[
        lambda a, m: MeetingMention(a, (m[0], m[1]), m[2], None, "planned", "Putin vedrà Witkoff a Mosca."),
        lambda a, m: MeetingMention(a, (m[0], m[1]), m[3], None, "planned",
                                    "L'incontro a San Pietroburgo tra i due.")])])
    assert len(res.meetings) == 2 and len({m.id for m in res.meetings}) == 2


TRUMP_PUTIN_ANCHORAGE = (("Donald Trump", "PER"), ("Vladimir Putin", "PER"), ("Anchorage", "LOC"))


def test_an_undated_articles_meeting_takes_the_day_of_its_dated_twin():
    dated = extraction(" date 2025-08-15 Vertice", *TRUMP_PUTIN_ANCHORAGE,
                       meetings=[lambda a, m: report(a, m, ON_ITS_DAY)])
    undated = extraction("Il vertice di Anchorage", *TRUMP_PUTIN_ANCHORAGE,
                         meetings=[lambda a, m: report(a, m, None)])
    [meeting] = resolution_of([dated, undated]).meetings
    assert meeting.date == date(2025, 8, 15) and len(meeting.reports) == 2


def test_an_undated_meeting_with_two_dated_twins_stays_undated():
    first = extraction(" date 2025-08-15 Vertice", *TRUMP_PUTIN_ANCHORAGE,
                       meetings=[lambda a, m: report(a, m, "oggi")])
    second = extraction(" date 2025-08-28 Vertice bis", *TRUMP_PUTIN_ANCHORAGE,
                        meetings=[lambda a, m: report(a, m, "oggi")])
    undated = extraction("Il vertice di Anchorage", *TRUMP_PUTIN_ANCHORAGE,
                         meetings=[lambda a, m: report(a, m, None)])
    assert sorted(str(m.date) for m in resolution_of([first, second, undated]).meetings) == \
        ["2025-08-15", "2025-08-28", "None"]


def test_an_undated_meeting_of_a_dated_article_or_of_another_month_stays_apart():
    dated = extraction(" date 2025-08-15 Vertice", *TRUMP_PUTIN_ANCHORAGE,
                       meetings=[lambda a, m: report(a, m, ON_ITS_DAY)])
    recalled = extraction(" date 2025-08-16 Dopo il vertice", *TRUMP_PUTIN_ANCHORAGE,
                          meetings=[lambda a, m: report(a, m, None)])
    months_later = extraction(" date 2025-12 Ricordi", *TRUMP_PUTIN_ANCHORAGE,
                              meetings=[lambda a, m: report(a, m, None)])
    assert len(resolution_of([dated, recalled, months_later]).meetings) == 3


def test_the_same_people_in_two_places_on_one_day_are_two_meetings_with_two_ids():
    people = (("Donald Trump", "PER"), ("Volodymyr Zelensky", "PER"), ("Roma", "LOC"), ("Vaticano", "LOC"))
    res = resolution_of([extraction(" date 2025-04-26 Funerali", *people, meetings=[
        lambda a, m: report(a, m, ON_ITS_DAY),
        lambda a, m: report(a, m, "in giornata", place=3)])])
    assert len(res.meetings) == 2 and len({m.id for m in res.meetings}) == 2


def test_a_country_and_a_city_in_it_are_one_meetings_place_told_more_or_less_precisely():
    people = (("Donald Trump", "PER"), ("Xi Jinping", "PER"), ("Corea del Sud", "LOC"), ("Busan", "LOC"),
              ("Seul", "LOC"))
    res = resolution_of([extraction(" date 2025-10-30 a", *people, meetings=[lambda a, m: report(a, m, ON_ITS_DAY),
                                                                             lambda a, m: report(a, m, ON_ITS_DAY, place=3)])])
    [meeting] = res.meetings
    assert {loc.id: loc.name for loc in res.locations}[meeting.location] == "Busan"
    # two cities of the country are two places
    res = resolution_of([extraction(" date 2025-10-30 a", *people, meetings=[lambda a, m: report(a, m, ON_ITS_DAY, place=3),
                                                                             lambda a, m: report(a, m, ON_ITS_DAY, place=4)])])
    assert len(res.meetings) == 2


def test_a_venues_other_names_are_one_place():
    res = resolution_of([extraction("a", ("Quirinale", "LOC"), ("Colle", "LOC")), extraction("b", ("Cremlino", "LOC"))])
    assert names_by_surface(res) == {"Quirinale": "Quirinale", "Colle": "Quirinale", "Cremlino": "Cremlino"}


def test_the_next_name_of_a_list_is_no_bracketed_acronym():
    a = parse_article("Fondo greco per gli investimenti diretti, Gdif", "a.txt")
    res = resolution_of([Extraction(a, [Mention(a.id, "Fondo greco per gli investimenti diretti", 0, 40, "ORG"),
                                        Mention(a.id, "Gdif", 42, 46, "ORG")], [])])
    assert len(res.actors) == 2


@pytest.mark.parametrize("written", ["Peskov Dmitri", "Peskov Dmitry", "Dmitri Peskov"])
def test_a_name_written_surname_first_is_the_same_person(written):
    res = resolution_of([extraction("a", ("Dmitry Peskov", "PER"), ("Peskov", "PER")), extraction("b", (written, "PER"))])
    assert names_by_surface(res)[written] == "Dmitry Peskov" and len(res.actors) == 1


@pytest.mark.parametrize("written", ["Wolodymyr Selenskyj", "Selenskyj"])
def test_a_german_s_for_a_slavic_z_is_the_same_person(written):
    res = resolution_of([extraction("a", ("Volodymyr Zelensky", "PER")), extraction("b", (written, "PER"))])
    assert names_by_surface(res)[written] == "Volodymyr Zelensky" and len(res.actors) == 1


def test_surnames_an_s_and_a_z_apart_stay_two_people():
    res = resolution_of([extraction("a", ("Marco Sala", "PER")), extraction("b", ("Marco Zola", "PER"))])
    assert len(res.actors) == 2


def test_a_name_is_turned_round_only_where_the_set_uses_its_first_word_as_a_surname():
    res = resolution_of([extraction("a", ("Marco Bellini", "PER")), extraction("b", ("Bellini Marco", "PER"))])
    assert len(res.actors) == 2     # one each way, no evidence which word is the surname
    res = resolution_of([extraction("a", ("Marco Bellini", "PER"), ("Bellini", "PER")),
                         extraction("b", ("Bellini Marco", "PER"))])
    assert len(res.actors) == 1


def test_an_acronym_is_the_one_name_whose_initials_it_is():
    res = resolution_of([extraction("a", ("Unione europea", "ORG"), ("UE", "ORG"), ("Banca centrale europea", "ORG")),
                         extraction("b", ("Bce", "ORG"), ("Ue", "ORG"))])
    assert names_by_surface(res) == {"Unione europea": "Unione europea", "UE": "Unione europea",
                                     "Ue": "Unione europea", "Banca centrale europea": "Banca centrale europea",
                                     "Bce": "Banca centrale europea"}


def test_an_acronym_with_a_figure_or_an_accented_initial_is_its_name():
    res = resolution_of([extraction("a", ("Partito 3 Valli", "ORG"), ("P3V", "ORG"),
                                    ("Énergie de Provence", "ORG"), ("EdP", "ORG"))])
    assert names_by_surface(res)["P3V"] == "Partito 3 Valli" and names_by_surface(res)["EdP"] == "Énergie de Provence"


def test_an_acronym_of_two_names_joins_neither():
    res = resolution_of([extraction("a", ("Banca centrale etrusca", "ORG"), ("Banca commerciale estera", "ORG"),
                                    ("Bce", "ORG"))])
    assert len(res.actors) == 3


def test_a_surname_that_names_a_place_is_the_person_where_its_article_names_them():
    res = resolution_of([extraction("a", ("Marta Colombo", "PER"), ("Colombo", "PER")),
                         extraction("b", ("Colombo", "LOC"), ("Sri Lanka", "LOC"))])
    people = {a.name: set(a.aliases) for a in res.actors}
    assert people == {"Marta Colombo": {"Marta Colombo", "Colombo"}}
    assert "Colombo" in {loc.name for loc in res.locations}
