"""Resolution by index (kg/resolve, kg/dating): each index gives what comparing every pair gave.

Every test here sets the indexed code against the pairwise code it replaced, written out as the
reference, on many random inputs. Speed is bench/'s business (bench/resolve_speed.py, bench/scale.py).
"""
import random
from collections import Counter
from dataclasses import fields
from datetime import date, timedelta

import pytest

from kg.dating.meetings import day_of, in_news_month, place_of, twins_of_undated
from kg.knowledge.names import PersonNames, same_person
from kg.model import MeetingReport, Report
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.meetings import TOLD_BY, grouped, participants_of, same_meeting, share_participants
from kg.resolve.roles import TitleRow, Titles, clear_winner
from kg.resolve.role_words import RoleReader
from kg.knowledge import load_knowledge

SEEDS = range(12)
PEOPLE = ["person/a", "person/b", "person/c", "person/d", "person/e"]
PLACES = [None, None, "place/rome", "place/kyiv", "place/ukraine", "place/paris"]
COUNTRY_OF = {"place/rome": "IT", "place/kyiv": "UA", "place/ukraine": "UA", "place/paris": "FR"}
FIRST_DAY = date(2026, 1, 10)


def random_report(rng: random.Random, article: str, published: bool) -> MeetingReport:
    day = FIRST_DAY + timedelta(days=rng.randrange(12)) if rng.random() < 0.7 else None
    place = rng.choice(PLACES)
    return MeetingReport(rng.sample(PEOPLE, rng.choice([2, 2, 3])), place, day,
                         rng.choice(["held", "planned"]),
                         Report(article, f"sentence {rng.random()}", rng.choice([None, "ieri"]) if day else None),
                         place_is_known=rng.random() < 0.5,
                         place_country=COUNTRY_OF.get(place), place_is_country=place == "place/ukraine",
                         published=FIRST_DAY if published else None,
                         published_month=FIRST_DAY if rng.random() < 0.5 else None)


def random_reports(seed: int, n: int = 120) -> list[MeetingReport]:
    rng = random.Random(seed)
    articles = [(f"article{i}", rng.random() < 0.5) for i in range(25)]
    return [random_report(rng, *rng.choice(articles)) for _ in range(n)]


def test_a_way_of_telling_a_meeting_holds_every_field_same_meeting_reads():
    """A field added to MeetingReport is either read by same_meeting (and named in TOLD_BY) or not."""
    not_read_by_same_meeting = {"report", "published", "published_month", "venue", "when", "on_publication_day"}
    assert {f.name for f in fields(MeetingReport)} == set(TOLD_BY) | not_read_by_same_meeting


def every_group_tried(reports: list[MeetingReport], config: ResolverConfig) -> list[list[MeetingReport]]:
    """The pairwise grouping: each report tried against every group, in order."""
    groups: list[list[MeetingReport]] = []
    for r in reports:
        def fits(group):
            own = [o for o in group if o.report.article == r.report.article]
            return all(same_meeting(r, o, config) for o in own or group)
        group = next((g for g in groups if fits(g)), None)
        if group is None:
            groups.append([r])
        else:
            group.append(r)
    return groups


@pytest.mark.parametrize("seed", SEEDS)
def test_grouping_by_article_and_person_day_equals_trying_every_group(seed):
    reports = random_reports(seed)
    assert grouped(reports, DEFAULT_CONFIG) == every_group_tried(reports, DEFAULT_CONFIG)


def twins_by_comparing_every_dated_group(groups, min_shared):
    """The pairwise dating by twins: each undated group compared with every dated one."""
    dated, found = [g for g in groups if day_of(g)], {}
    for group in (g for g in groups if not day_of(g) and not any(r.published for r in g)):
        twins = {day_of(d): d for d in dated
                 if place_of(group) is not None and place_of(group) == place_of(d)
                 and share_participants(participants_of(group), participants_of(d), min_shared)
                 and all(in_news_month(day_of(d), r.published_month) for r in group)}
        if len(twins) == 1:
            found[id(group)] = id(next(iter(twins.values())))
    return found


@pytest.mark.parametrize("seed", SEEDS)
def test_twins_through_the_place_and_person_index_equal_comparing_every_dated_group(seed):
    groups = grouped(random_reports(seed, n=80), DEFAULT_CONFIG)
    indexed = {undated: id(twin) for undated, twin in twins_of_undated(groups, 2).items()}
    assert indexed == twins_by_comparing_every_dated_group(groups, 2)


NAMES = ["Dmitry Peskov", "Dmitri Peskov", "Peskov", "Peskov Dmitrij", "D. Peskov", "Peskova", "Dmitrij Peskova",
         "Jared Kushner", "Charles Kushner", "Kushner", "Josh Kushner", "J. Kushner", "Ursula von der Leyen",
         "von der Leyen", "Leyen", "Volodymyr Zelensky", "Vladimir Zelenskij", "Olena Zelenska", "Zelensky",
         "Andrii Sybiha", "Sybiga", "Marco Rubio", "Rubin", "Mario Draghi", "Steve Witkoff", "Whitkoff",
         "Rustem Umerov", "Rustam Umarov", "Ivan Petrov", "Ivana Petrova", "Papa Leone XIV", "Leone XIV",
         "Emmanuel Macron", "Emanuele Macron", "Mr Smith", "Dr", "Xi Jinping", "Jinping", "Mohammed bin Salman",
         "Salman", "Keir Starmer", "Starmer Keir", "Giorgia Meloni", "Melloni"]


@pytest.mark.parametrize("name", NAMES)
def test_person_names_near_a_name_hold_every_name_same_person_joins_it_to(name):
    index = PersonNames()
    for other in NAMES:
        index.add(other)
    joined = [other for other in NAMES if same_person(name, other)[0]]
    near = index.near(name)
    assert set(joined) <= set(near)
    assert near == [other for other in NAMES if other in near]      # in the order added


READER = RoleReader(load_knowledge().gazetteer)
TITLE_WORDS = ["presidente", "ministro", "russo", "ucraino", "esteri", "difesa", "portavoce"]


@pytest.mark.parametrize("seed", SEEDS)
def test_the_holder_of_a_title_across_the_set_equals_counting_every_title(seed):
    rng = random.Random(seed)
    rows = [TitleRow(f"article{rng.randrange(10)}", frozenset(rng.sample(TITLE_WORDS, rng.choice([1, 2, 3]))),
                     rng.choice(PEOPLE)) for _ in range(150)]
    titles = Titles(rows, READER, DEFAULT_CONFIG)
    for _ in range(40):
        words = frozenset(rng.sample(TITLE_WORDS, rng.choice([1, 2])))
        counted = Counter(row.entity for row in rows if words <= row.words)
        assert titles.holder_in_set(words) == clear_winner(counted, DEFAULT_CONFIG.role_holder_margin)
