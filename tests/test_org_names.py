"""kg_org_names (kg/nlp/org_names.py): organisation names whose first word is a common noun."""
import pytest

from kg.knowledge import load_knowledge
from kg.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def news_nlp():
    return build_pipeline(knowledge=load_knowledge())


def orgs(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


def test_a_capitalised_media_noun_is_part_of_the_name(news_nlp):
    assert "Agenzia Fides" in orgs(news_nlp, "La notizia, ripresa ieri dall'Agenzia Fides, ha fatto il giro delle diocesi.")


def test_a_lower_case_media_noun_is_not(news_nlp):
    found = orgs(news_nlp, "La notizia, ripresa ieri dall'agenzia Interfax, ha fatto il giro delle redazioni.")
    assert "Interfax" in found and "agenzia Interfax" not in found


def test_a_capitalised_institution_noun_with_a_purpose_of_two_words_is_a_name(news_nlp):
    assert "Governo di concordia nazionale" in orgs(
        news_nlp, "Nella notte il Governo di concordia nazionale ha chiuso lo spazio aereo del Paese.")


def test_a_capitalised_institution_noun_followed_by_a_person_or_one_word_is_not(news_nlp):
    found = orgs(news_nlp, "Nella notte il Governo di Mario Rossi ha chiuso lo spazio aereo; il Governo di "
                           "transizione si è dimesso.")
    assert not any(name.startswith("Governo di") for name in found)


def test_a_found_institution_noun_takes_a_capitalised_place_after_di(news_nlp):
    assert "Commissariato di Sassuolo" in orgs(news_nlp, "La denuncia è arrivata al Commissariato di Sassuolo in serata.")


@pytest.mark.parametrize("text, org", [
    # KIND's list writes the elision apart ("banca d ' italia"): read as spaCy splits it
    ("Il rapporto della Banca d'Italia è uscito ieri.", "Banca d'Italia"),
    # a listed name the NER cut into an organisation and a person is the organisation
    ("Il presidente del Movimento 5 Stelle Marco Verdi ha parlato.", "Movimento 5 Stelle"),
])
def test_a_listed_name_is_found_whole(news_nlp, text, org):
    assert org in orgs(news_nlp, text)


def test_a_lone_word_the_list_names_as_a_body_is_no_person(news_nlp):
    found = orgs(news_nlp, "Il movimento Hizbollah ha detto no, e la Cgil ha protestato.")
    assert "Hizbollah" in found and "Cgil" in found


def test_a_listed_word_that_is_the_surname_of_someone_named_in_full_stays_that_person(news_nlp):
    doc = news_nlp("Enzo Ferrari ha parlato a lungo, poi Ferrari ha lasciato la sala.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Enzo Ferrari", "PER"), ("Ferrari", "PER")]


def test_an_acronym_of_the_organisation_table_is_that_body_where_the_ner_saw_a_person(news_nlp):
    doc = news_nlp("Al tavolo c'era la direttrice del Fondo monetario internazionale (Fmi), Anna Galli. Per il "
                   "Fmi la crescita rallenta.")
    assert {e.label_ for e in doc.ents if e.text == "Fmi"} == {"ORG"}


def test_a_name_of_the_organisation_table_in_several_words_is_one_body(news_nlp):
    found = orgs(news_nlp, "Ieri il leader di Alleanza Verdi e Sinistra ha parlato a lungo.")
    assert "Alleanza Verdi e Sinistra" in found and "Verdi" not in found


def test_a_media_noun_s_name_stops_before_the_person_the_ner_found_after_it(news_nlp):
    doc = news_nlp("Al tavolo sedeva il presidente dell'Agenzia Nova Marco Ferri, accanto ai ministri.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Agenzia Nova", "ORG"), ("Marco Ferri", "PER")]
