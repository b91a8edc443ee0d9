"""Institution aliases (kg/knowledge/institutions.py): a palace or a nickname standing for a body
joins that body where its article names it."""
import pytest

from kg.knowledge.institutions import load_institutions, name_words
from kg.knowledge.names import fold
from kg.knowledge.organisations import is_a_party, load_organisation_names, parse_organisation_table, party_of_adjective
from kg.pipeline import resolution_of
from tests.test_resolve import extraction, names_by_surface


def test_name_words_drop_articles_and_fold_apostrophes():
    assert name_words("il Ministero dell’Interno") == name_words("ministero dell'Interno") == ("ministero", "interno")


def test_the_table_knows_a_palace_and_a_nickname():
    institutions = load_institutions()
    assert ("ministero", "esteri") in institutions.bodies_of("la Farnesina")
    assert ("alfa", "romeo") in institutions.bodies_of("Biscione")
    assert not institutions.bodies_of("Palazzo")


def test_the_alliance_s_italian_name_joins_its_acronym():
    res = resolution_of([extraction("La Nato si riunisce; l'Alleanza atlantica discute di spese.",
                                    ("Nato", "ORG"), ("Alleanza atlantica", "ORG"))])
    names = names_by_surface(res)
    assert names["Nato"] == names["Alleanza atlantica"]


def test_a_palace_joins_the_ministry_its_article_names():
    res = resolution_of([extraction("Il Viminale ha diramato una nota; il Ministero dell'Interno conferma.",
                                    ("Viminale", "ORG"), ("Ministero dell'Interno", "ORG"))])
    assert names_by_surface(res) == {"Viminale": "Ministero dell'Interno",
                                     "Ministero dell'Interno": "Ministero dell'Interno"}


def test_a_palace_stays_itself_where_its_article_names_no_body_it_houses():
    res = resolution_of([extraction("La Farnesina tace; il Ministero della Salute apre un tavolo.",
                                    ("Farnesina", "ORG"), ("Ministero della Salute", "ORG")),
                         extraction("Il ministero degli Esteri annuncia un viaggio.", ("ministero degli Esteri", "ORG"))])
    assert names_by_surface(res)["Farnesina"] == "Farnesina"


def test_a_nickname_of_two_companies_joins_the_one_its_article_names():
    res = resolution_of([extraction("Il Biscione presenta un'auto: Alfa Romeo punta sull'elettrico.",
                                    ("Biscione", "ORG"), ("Alfa Romeo", "ORG")),
                         extraction("Nella stessa nota, Mediaset e Alfa Romeo: il Biscione non commenta.",
                                    ("Mediaset", "ORG"), ("Alfa Romeo", "ORG"), ("Biscione", "ORG"))])
    by_article = {(m.article, m.surface): m.entity for m in res.mentions}
    first, second = sorted({m.article for m in res.mentions}, key=lambda a: len([x for x in res.mentions
                                                                                  if x.article == a]))
    assert by_article[(first, "Biscione")] == by_article[(first, "Alfa Romeo")]
    assert by_article[(second, "Biscione")] not in {by_article[(second, "Alfa Romeo")], by_article[(second, "Mediaset")]}


def test_a_palace_read_as_a_place_is_no_body():
    res = resolution_of([extraction("Il vertice si tiene al Quirinale, dice la Presidenza della Repubblica.",
                                    ("Quirinale", "LOC"), ("Presidenza della Repubblica", "ORG"))])
    assert names_by_surface(res)["Quirinale"] != "Presidenza della Repubblica"


def test_an_international_body_s_names_and_acronyms_are_one_body_in_every_article():
    res = resolution_of([extraction("L'Onu chiede una tregua.", ("Onu", "ORG")),
                         extraction("Le Nazioni Unite chiedono una tregua.", ("Nazioni Unite", "ORG")),
                         extraction("L'Onu e la Fao.", ("Fao", "ORG"))])
    entities = {m.surface: m.entity for m in res.mentions}
    assert entities["Onu"] == entities["Nazioni Unite"] != entities["Fao"]


def test_the_organisation_table_refuses_a_row_without_source_or_a_name_of_two_bodies():
    header = "name\taliases\tsource"
    with pytest.raises(ValueError, match="row 2"):
        parse_organisation_table([header, "Banca mondiale\tBm\t"])
    with pytest.raises(ValueError, match="Bm names two bodies"):
        parse_organisation_table([header, "Banca mondiale\tBm\tx", "Borsa di Milano\tBm\ty"])
    assert load_organisation_names()["onu"] == "Organizzazione delle Nazioni Unite"


def test_every_party_of_the_adjectives_table_is_one_body_and_each_form_of_an_adjective_names_it():
    assert [party_of_adjective(w) for w in ("leghisti", "Dem", "pentastellata", "azzurro")] == \
        ["Lega", "Partito Democratico", "Movimento 5 Stelle", None]
    names = load_organisation_names()
    # a party the organisation table knows is written as it writes it there
    assert all(names.get(fold(party), party) == party for party in ("Partito Democratico", "Movimento 5 Stelle"))
    assert is_a_party("Lega") and not is_a_party("Lega Serie A")
