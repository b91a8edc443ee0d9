"""kg's spaCy components take their tables the spaCy way (initialize(), declared in the config) and
keep finding apart from writing (match, set_annotations)."""
import pytest
import spacy
from spacy.tokens import Span

from kg.knowledge import load_knowledge
from kg.nlp import BLANK
from kg.nlp.name_fixes import people_after_organisations
from kg.nlp.pipeline import build_pipeline
from kg.nlp.tables import COMPONENT_TABLES, TablesMissing

KNOWLEDGE = load_knowledge()


def test_the_pipeline_config_declares_the_tables_of_each_component():
    nlp = build_pipeline(BLANK, knowledge=KNOWLEDGE)
    gazetteer = {"gazetteer": {"@misc": "kg.gazetteer.v1"}}
    assert nlp.config["initialize"]["components"] == {
        "kg_hyphen_names": {**gazetteer, "figures": {"@misc": "kg.public_figures.v1"}},
        "kg_name_fixes": {**gazetteer, "venues": {"@misc": "kg.venues.v1"},
                          "person_words": {"@misc": "kg.person_words.v1"}},
        "kg_name_ruler": {**gazetteer, "figures": {"@misc": "kg.public_figures.v1"}}, "kg_org_names": gazetteer,
        "kg_known_people": {"figures": {"@misc": "kg.public_figures.v1"}}}


def test_a_pipeline_made_from_that_config_loads_the_tables_on_initialize():
    nlp = spacy.util.load_model_from_config(build_pipeline(BLANK, knowledge=KNOWLEDGE).config)
    nlp.initialize()
    assert all(getattr(nlp.get_pipe(name), table) is getattr(KNOWLEDGE, table)
               for name, tables in COMPONENT_TABLES.items() for table in tables)
    doc = nlp("Il portavoce del Quirinale Luca Neri è arrivato a Mosca con la testata Axios.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Luca Neri", "PER"), ("Mosca", "LOC"), ("Axios", "ORG")]


@pytest.mark.parametrize("name", sorted(COMPONENT_TABLES))
def test_a_component_without_its_tables_says_how_to_give_them(name):
    nlp = spacy.blank("it")
    nlp.add_pipe(name)
    with pytest.raises(TablesMissing, match=rf"\[initialize\.components\.{name}\]"):
        nlp("Il vertice di Mosca.")


def test_match_finds_and_only_set_annotations_writes():
    nlp = spacy.blank("it")
    org_names = nlp.add_pipe("kg_org_names")
    org_names.initialize(nlp=nlp, gazetteer=KNOWLEDGE.gazetteer)
    doc = nlp.make_doc("Lo riferisce la testata Axios.")
    found = org_names.match(doc)
    assert ([span.text for span in found], doc.ents) == (["Axios"], ())
    assert [(e.text, e.label_) for e in org_names.set_annotations(doc, found).ents] == [("Axios", "ORG")]


def test_an_agency_credit_glued_to_the_last_full_stop_is_split_off():
    nlp = build_pipeline(BLANK, knowledge=KNOWLEDGE)
    assert [t.text for t in nlp.make_doc("ha aggiunto Rossi.(Red)")] == ["ha", "aggiunto", "Rossi", ".", "(", "Red", ")"]
    # a web address and a decimal keep their full stops
    assert [t.text for t in nlp.make_doc("sul sito www.comune.it (3.5 milioni)")] == [
        "sul", "sito", "www.comune.it", "(", "3.5", "milioni", ")"]


def fixed_names(text, ents):
    """kg_name_fixes, in a blank pipeline, on `text` whose NER found `ents` ((first word, last word + 1, label))."""
    nlp = spacy.blank("it")
    nlp.add_pipe("kg_name_fixes").initialize(nlp=nlp, gazetteer=KNOWLEDGE.gazetteer, venues=KNOWLEDGE.venues,
                                             person_words=KNOWLEDGE.person_words)
    return names_fixed_by(nlp, text, ents)


def test_a_venue_and_a_place_run_together_are_two_places():
    assert fixed_names("Il Papa al Quirinale Gaza tra i temi", [(3, 5, "LOC")]) == [("Quirinale", "LOC"), ("Gaza", "LOC")]


def test_a_venue_or_place_named_in_several_words_stays_whole():
    assert fixed_names("Il vertice alla Casa Bianca oggi", [(3, 5, "LOC")]) == [("Casa Bianca", "LOC")]
    assert fixed_names("Il Quirinale Rossi ha detto", [(1, 3, "PER")]) == [("Quirinale Rossi", "PER")]


@pytest.fixture(scope="module")
def news_nlp():
    return build_pipeline(knowledge=KNOWLEDGE)


def names_fixed_by(nlp, text, ents):
    """`nlp`'s kg_name_fixes on `text` whose NER found `ents` (the shipped pipeline's has its lemma tables)."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return [(e.text, e.label_) for e in nlp.get_pipe("kg_name_fixes")(doc).ents]


def test_a_chinese_surname_before_the_given_name_the_ner_found_is_part_of_the_name(news_nlp):
    assert names_fixed_by(news_nlp, "Ha parlato il vicesindaco Gu Haoran di Shanghai.", [(5, 6, "PER")]) == [
        ("Gu Haoran", "PER")]


@pytest.mark.parametrize("text, ents, fixed", [
    # names side by side that together are one known place; a saint's name is no person
    ("La sindaca di Borgo San Lorenzo ha parlato.", [(3, 4, "ORG"), (4, 6, "PER")], [("Borgo San Lorenzo", "LOC")]),
    ("La festa di San Lorenzo è domani.", [(3, 5, "PER")], [("San Lorenzo", "LOC")]),
])
def test_a_place_the_ner_cut_in_pieces_or_took_for_a_saint_is_a_place(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    ("Luca Neri al Quirinale, poi il voto.", [(0, 4, "PER")], [("Luca Neri", "PER"), ("Quirinale", "LOC")]),
    ("Luca Neri a Parigi per il vertice.", [(0, 4, "PER")], [("Luca Neri", "PER"), ("Parigi", "LOC")]),
    # a particle before a surname is no preposition before a place
    ("Abdel Fattah al Sisi ha parlato.", [(0, 4, "PER")], [("Abdel Fattah al Sisi", "PER")]),
])
def test_a_person_run_on_into_a_place_is_the_person_then_the_place(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    ("Ha parlato il capo della Divisione Sicurezza Stradale del comune.", [(6, 8, "PER")],
     [("Sicurezza Stradale", "ORG")]),
    ("Il furto è avvenuto nel Quartiere Stazione ieri sera.", [(5, 7, "PER")], [("Quartiere Stazione", "LOC")]),
    # common nouns both, but "Marina" names people; and a surname the article writes alone
    ("La ministra Marina Calderone ha firmato.", [(2, 4, "PER")], [("Marina Calderone", "PER")]),
    ("Ieri Carlo Bianchi e Tazza Grande. Grande ha detto no.", [(1, 3, "PER"), (4, 6, "PER"), (7, 8, "PER")],
     [("Carlo Bianchi", "PER"), ("Tazza Grande", "PER"), ("Grande", "PER")]),
])
def test_common_words_no_name_holds_are_an_office_or_a_place(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    ("Ha incontrato i vertici di Hera ieri.", [(5, 6, "PER")], [("Hera", "ORG")]),
    ("Ha visto i sindacati Fiom, Fim e Uilm.", [(4, 5, "PER"), (6, 7, "PER"), (8, 9, "PER")],
     [("Fiom", "ORG"), ("Fim", "ORG"), ("Uilm", "ORG")]),
    ("La società Leonardo ha firmato.", [(2, 3, "PER")], [("Leonardo", "ORG")]),
    # a plural article: a family or a thing, no one person
    ("Il palazzo guarda sui Castelli romani.", [(4, 5, "PER")], [("Castelli", "ORG")]),
    # a person after another noun, and one listed after a person
    ("Ha incontrato il sindaco Marco Rossi e Anna Galli.", [(4, 6, "PER"), (7, 9, "PER")],
     [("Marco Rossi", "PER"), ("Anna Galli", "PER")]),
])
def test_names_after_a_noun_of_a_body_are_organisations(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, person", [
    ("Poi è il turno dell'ospite. Meloni prende la parola e ringrazia.", "Meloni"),   # also a plural noun
    ("Alla fine della cena Draghi ha detto poche parole.", "Draghi"),
])
def test_a_public_figure_s_surname_before_a_verb_in_the_singular_is_that_person(news_nlp, text, person):
    assert (person, "PER") in [(e.text, e.label_) for e in news_nlp(text).ents]


@pytest.mark.parametrize("text, word", [
    ("Per i medici del reparto. Speranza è l'ultima a morire.", "Speranza"),     # a singular noun
    ("Il paese è piccolo. Trenta sono i feriti.", "Trenta"),                     # a numeral, a plural verb
    ("Il maresciallo lo conosceva bene. Mai avrebbe aperto la porta.", "Mai"),   # "May" is no "Mai"
])
def test_a_common_word_spelt_like_a_public_figure_s_surname_is_no_person(news_nlp, text, word):
    assert word not in [e.text for e in news_nlp(text).ents if e.label_ == "PER"]


def test_a_public_figure_written_without_diacritics_or_apostrophe_is_a_person(news_nlp):
    doc = news_nlp("Il ministro Gideon Saar ha parlato con Viktor Orban e con il collega Hakan Fidan.")
    assert {"Gideon Saar", "Viktor Orban"} <= {e.text for e in doc.ents if e.label_ == "PER"}


def test_a_public_figure_s_surname_with_a_particle_is_a_person_alone(news_nlp):
    doc = news_nlp("«Non ci sarà sicurezza per nessuno», ha affermato il presidente al-Sisi in conferenza stampa.")
    assert "al-Sisi" in {e.text for e in doc.ents if e.label_ == "PER"}


def test_a_public_figure_s_surname_in_another_transliteration_after_a_title_is_that_person(news_nlp):
    doc = news_nlp.make_doc("Ha parlato il presidente Zelenskyj ai cronisti di Kiev.")
    doc.ents = [Span(doc, 4, 5, label="LOC"), Span(doc, 8, 9, label="LOC")]     # as the NER may read them
    assert [(e.text, e.label_) for e in news_nlp.get_pipe("kg_known_people")(doc).ents] == [
        ("Zelenskyj", "PER"), ("Kiev", "LOC")]


def test_a_name_written_surname_first_in_another_spelling_stays_one_name(news_nlp):
    text = "Parla Jurij Ushakov. In elenco: Ushakov Yuri e Marco Neri."
    assert names_fixed_by(news_nlp, text, [(1, 3, "PER"), (7, 9, "PER"), (10, 12, "PER")]) == [
        ("Jurij Ushakov", "PER"), ("Ushakov Yuri", "PER"), ("Marco Neri", "PER")]


def test_a_public_figure_written_surname_first_as_in_agency_lists_is_a_person(news_nlp):
    doc = news_nlp.make_doc("Erano presenti Ushakov Yuri e il ministro Lavrov.")
    doc.ents = [Span(doc, 2, 4, label="LOC")]        # as the NER may read it
    assert [(e.text, e.label_) for e in news_nlp.get_pipe("kg_known_people")(doc).ents] == [("Ushakov Yuri", "PER")]


def test_a_given_name_before_a_known_surname_with_particles_joins_it(news_nlp):
    doc = news_nlp("Al tavolo erano seduti Emmanuel Macron, Ursola von der Leyen e Mark Rutte. Oggi von der Leyen parla.")
    people = [e.text for e in doc.ents if e.label_ == "PER"]
    assert "Ursola von der Leyen" in people and "von der Leyen" in people and "Oggi von der Leyen" not in people


def test_a_firm_named_with_a_firms_noun_and_its_short_form_are_no_person(news_nlp):
    doc = news_nlp("Le Officine Bassani hanno presentato il piano. Secondo Bassani, il sito resterà aperto.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Officine Bassani", "ORG"), ("Bassani", "ORG")]


@pytest.mark.parametrize("text, place", [
    ("CITTÀ DEL VATICANO, 3 giugno - Il Papa ha ricevuto il sindaco Luca Neri.", "CITTÀ DEL VATICANO"),
    ("REGGIO EMILIA - Il sindaco Luca Neri ha incontrato i commercianti.", "REGGIO EMILIA"),
    ("MILANO - Il sindaco Luca Neri ha incontrato i commercianti.", "MILANO"),
])
def test_a_dateline_in_capitals_is_one_place(news_nlp, text, place):
    doc = news_nlp(text)
    assert (place, "LOC") in [(e.text, e.label_) for e in doc.ents]
    assert not any(e.label_ == "ORG" for e in doc.ents)


def test_a_dateline_after_an_agency_s_credit_is_one_place(news_nlp):
    doc = news_nlp("(ANSA) - CITTÀ DEL VATICANO, 3 giugno - Il Papa ha ricevuto il sindaco Luca Neri.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "PER"] == [("ANSA", "ORG"), ("CITTÀ DEL VATICANO", "LOC")]
    doc = news_nlp("(ANSA) - Il Papa ha ricevuto a CITTÀ DEL VATICANO il sindaco Luca Neri.")
    assert "CITTÀ DEL VATICANO" not in [e.text for e in doc.ents]      # no dateline: the rule reads none


def test_an_acronym_in_brackets_after_an_organisation_is_that_organisation_wherever_written(news_nlp):
    doc = news_nlp("Ha parlato la presidente della Federazione nazionale artigiani (Fna), Anna Galli. Poi la Fna "
                   "ha diffuso una nota.")
    assert {e.label_ for e in doc.ents if e.text == "Fna"} == {"ORG"}


@pytest.mark.parametrize("text, ents, fixed", [
    # the first word of a firm whose name ends with a firm's word, alone, is that firm
    ("Il gruppo Tanaka Industries ha firmato. Tanaka ha escluso esuberi.", [(2, 4, "ORG"), (7, 8, "PER")],
     [("Tanaka Industries", "ORG"), ("Tanaka", "ORG")]),
    # not where someone named in full has that surname
    ("Marco Tanaka guida la Tanaka Industries. Tanaka ha escluso esuberi.", [(0, 2, "PER"), (4, 6, "ORG"), (7, 8, "PER")],
     [("Marco Tanaka", "PER"), ("Tanaka Industries", "ORG"), ("Tanaka", "PER")]),
])
def test_a_firm_named_by_its_first_word_is_that_firm(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    # a town that is the surname of someone named in full is that person, where no preposition puts it as a place
    ("Ha parlato Anna Coventry. Poi Coventry ha lasciato la sala.", [(2, 4, "PER"), (6, 7, "LOC")],
     [("Anna Coventry", "PER"), ("Coventry", "PER")]),
    ("Ha parlato Anna Coventry, arrivata a Coventry ieri.", [(2, 4, "PER"), (7, 8, "LOC")],
     [("Anna Coventry", "PER"), ("Coventry", "LOC")]),
    # a capital stays the capital
    ("Ha parlato Lucia Mosca. Mosca ha risposto con una nota.", [(2, 4, "PER"), (5, 6, "LOC")],
     [("Lucia Mosca", "PER"), ("Mosca", "LOC")]),
    # the surname of a name with its generation after it
    ("Ha parlato Carlos Ramos Jr. Poi Ramos ha lasciato la sala.", [(2, 5, "PER"), (6, 7, "LOC")],
     [("Carlos Ramos Jr.", "PER"), ("Ramos", "PER")]),
])
def test_a_town_written_as_someones_surname_is_that_person(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    # a name a comma sets after a role and its body is a person, not an organisation
    ("Ha parlato la presidente del Cio, Anna Galli, a Losanna.", [(5, 6, "ORG"), (7, 9, "ORG"), (11, 12, "LOC")],
     [("Cio", "ORG"), ("Anna Galli", "PER"), ("Losanna", "LOC")]),
    # not a venue
    ("Ne hanno parlato il ministro degli Esteri, Palazzo Chigi e il Colle.", [(8, 10, "ORG")],
     [("Palazzo Chigi", "ORG")]),
    # nor a body listed after a plain noun
    ("Ne hanno parlato i sindacati, Forza Lavoro e altri.", [(6, 8, "ORG")], [("Forza Lavoro", "ORG")]),
])
def test_a_name_after_a_role_and_a_comma_is_a_person(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


@pytest.mark.parametrize("text, ents, fixed", [
    # a body's acronym after "dell'" opens no person's name
    ("Ha parlato la direttrice dell'Fmi Anna Galli ieri.", [(5, 8, "PER")], [("Fmi", "ORG"), ("Anna Galli", "PER")]),
    # an elided "di" that belongs to a surname stays in it
    ("Ha parlato Marco dell'Acqua ieri.", [(2, 5, "PER")], [("Marco dell'Acqua", "PER")]),
])
def test_a_bodys_acronym_before_a_name_is_cut_off(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


def test_a_word_in_capitals_opening_a_line_that_names_no_place_is_no_dateline(news_nlp):
    doc = news_nlp("URGENTE - Il sindaco Luca Neri ha incontrato i commercianti.")
    assert not any(e.label_ == "LOC" for e in doc.ents)


@pytest.mark.parametrize("text, ents, fixed", [
    # a body's name of a capitalised noun and lower-case adjectives holds no person
    ("Ha parlato il presidente del Comitato olimpico nazionale, Anna Galli.", [(5, 8, "ORG"), (9, 11, "PER")],
     [("Comitato olimpico nazionale", "ORG"), ("Anna Galli", "PER")]),
    # a capitalised name after a role's complement is still cut off it
    ("Ha parlato il portavoce del Cremlino Dmitri Peskov.", [(5, 8, "ORG")],
     [("Cremlino", "ORG"), ("Dmitri Peskov", "PER")]),
])
def test_a_body_named_by_a_noun_and_adjectives_after_a_role_is_one_body(news_nlp, text, ents, fixed):
    assert names_fixed_by(news_nlp, text, ents) == fixed


def test_a_body_s_span_ending_in_the_name_of_a_person_written_alone_elsewhere_is_the_body_then_the_person():
    nlp = spacy.blank("it")
    doc = nlp("Ha parlato il ministro dell'Industria Ravi Kumar . Poi Kumar ha firmato con la Banca Adriatica Nord .")
    ents = [Span(doc, 5, 8, label="ORG"), Span(doc, 10, 11, label="PER"), Span(doc, 15, 18, label="ORG")]
    assert [(e.text, e.label_) for e in people_after_organisations(ents)] == [
        ("Industria", "ORG"), ("Ravi Kumar", "PER"), ("Kumar", "PER"), ("Banca Adriatica Nord", "ORG")]


def test_a_title_a_capitalised_particle_and_a_place_s_name_are_a_surname(news_nlp):
    doc = news_nlp("Il sindaco di Bari ha incontrato ieri il prefetto Di Napoli in prefettura.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bari", "LOC"), ("Di Napoli", "PER")]
    doc = news_nlp("Come ha spiegato lo stesso prefetto Di Bari, i controlli in città cresceranno.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Di Bari", "PER")]
