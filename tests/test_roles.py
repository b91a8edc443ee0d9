"""Roles standing for names: how a role is read (kg/resolve) and found (kg/extract)."""
import pytest

from kg.extract import extract
from kg.ingest import parse_article
from kg.model import Extraction, Mention
from kg.nlp import BLANK, build_pipeline
from kg.resolve import resolve, role_readings, role_words


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(BLANK)


def mentions_of(nlp, text):
    article = parse_article(f" date 2026-01-21 Titolo\n\n{text}", "t.txt")
    return extract(article, nlp(article.text)).mentions


@pytest.mark.parametrize("role", ["vicepresidente degli Stati Uniti", "vicepresidente Usa",
                                  "vicepresidente statunitense", "vicepresidente americano"])
def test_a_country_in_a_role_reads_as_its_nationality(role):
    assert role_words(role) == frozenset({"vicepresidente", "americano"})


def test_feminine_and_plural_nationalities_read_as_one():
    assert role_words("delegazione russa") == role_words("delegazione russo")
    assert role_words("ministro degli Esteri della Russia") == role_words("ministro degli Esteri russo")


def test_the_leader_of_a_country_is_its_president_or_else_its_premier():
    assert role_readings("leader russo") == ["presidente russo", "premier russo"]
    assert role_readings("numero uno ucraino") == ["presidente ucraino", "premier ucraino"]
    assert role_readings("leader europeo") == ["leader europeo"]      # no country: read as written
    assert role_readings("portavoce russo") == ["portavoce russo"]


def person(article, surface, role, at):
    return Mention(article, surface, at, at + len(surface), "PER", role)


def role(article, surface, at, written=None):
    return Mention(article, surface, at, at + len(surface), "ROLE", written or surface)


def names_of_roles(res):
    name_of = {a.id: a.name for a in res.actors}
    return {m.surface: name_of[m.entity] for m in res.mentions if m.surface[0].islower()}


def test_the_leader_links_to_the_president_of_the_article():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Vladimir Putin", "presidente russo", 0),
                person(article.id, "Benjamin Netanyahu", "premier israeliano", 100),
                role(article.id, "leader russo", 200), role(article.id, "leader israeliano", 300)]
    res = resolve([Extraction(article, mentions, [])])
    assert names_of_roles(res) == {"leader russo": "Vladimir Putin", "leader israeliano": "Benjamin Netanyahu"}


def test_a_role_with_two_holders_links_to_neither():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Sergey Lavrov", "ministro russo", 0),
                person(article.id, "Andrei Belousov", "ministro russo", 100), role(article.id, "ministro russo", 200)]
    assert names_of_roles(resolve([Extraction(article, mentions, [])])) == {}


def test_a_counterpart_takes_the_role_named_before_it(nlp):
    found = mentions_of(nlp, "La telefonata tra il presidente americano e l’omologo russo è durata due ore.")
    assert [(m.surface, m.role) for m in found if m.label == "ROLE"] == [
        ("presidente americano", "presidente americano"), ("omologo russo", "presidente russo")]


def test_a_role_whose_complement_is_a_person_keeps_that_principal(nlp):
    found = mentions_of(nlp, "Il presidente Donald Trump ha parlato. Poi l’inviato di Trump ha avuto un incontro.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["inviato di Trump"]


def test_a_role_set_off_by_a_comma_after_its_principal_belongs_to_the_next_name(nlp):
    found = mentions_of(nlp, "L’inviato del presidente Usa Donald Trump, Steve Witkoff, è arrivato a Mosca.")
    assert [(m.surface, m.role) for m in found if m.surface == "Steve Witkoff"] == [
        ("Steve Witkoff", "inviato del presidente Usa Donald Trump")]


def test_a_head_of_state_in_the_complement_reads_as_the_country():
    assert role_words("inviato del presidente americano") == role_words("inviato americano")
    assert role_words("rappresentante speciale del presidente russo") <= role_words(
        "rappresentante speciale del Cremlino per la cooperazione economica")


def test_a_role_in_apposition_after_an_article_belongs_to_the_name(nlp):
    found = mentions_of(nlp, "Ad accoglierlo c’era il banchiere Kirill Dmitriev, il rappresentante speciale del "
                             "Cremlino per la cooperazione economica.")
    assert [(m.surface, m.label) for m in found if m.label in ("PER", "ROLE")] == [("Kirill Dmitriev", "PER")]


def test_a_lone_given_name_joins_the_person_its_article_names_by_surname():
    a, b = parse_article("a", "a.txt"), parse_article("b", "b.txt")
    res = resolve([Extraction(a, [person(a.id, "Vladimir Putin", None, 0)], []),
                   Extraction(b, [person(b.id, "Putin", None, 0), person(b.id, "Vladimir", None, 100)], [])])
    assert len(res.actors) == 1


def test_the_head_of_a_body_is_not_the_head_of_its_country():
    assert role_readings("capo del Fondo russo") == ["capo del Fondo russo"]
