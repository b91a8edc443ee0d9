"""Roles standing for names: how a role is read (kg/resolve) and found (kg/extract)."""
from dataclasses import replace

import pytest

from kg.extract import extract
from kg.extract.seat_roles import seat_role
from kg.ingest import parse_article
from kg.knowledge import load_knowledge
from kg.knowledge.figures import parse_table
from kg.model import Extraction, Mention
from kg.nlp import BLANK
from kg.nlp.pipeline import build_pipeline
from kg.pipeline import resolution_of
from kg.resolve.role_words import RoleReader

KNOWLEDGE = load_knowledge()
ROLES = RoleReader(KNOWLEDGE.gazetteer)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(BLANK, knowledge=KNOWLEDGE)


def mentions_of(nlp, text):
    article = parse_article(f" date 2026-01-21 Titolo\n\n{text}", "t.txt")
    return extract(article, nlp(article.text), KNOWLEDGE).mentions


@pytest.mark.parametrize("role", ["vicepresidente degli Stati Uniti", "vicepresidente Usa",
                                  "vicepresidente statunitense", "vicepresidente americano"])
def test_a_country_in_a_role_reads_as_its_nationality(role):
    assert ROLES.words(role) == frozenset({"vicepresidente", "americano"})


def test_feminine_and_plural_nationalities_read_as_one():
    assert ROLES.words("delegazione russa") == ROLES.words("delegazione russo")
    assert ROLES.words("ministro degli Esteri della Russia") == ROLES.words("ministro degli Esteri russo")


def test_the_leader_of_a_country_is_its_president_or_else_its_premier():
    assert ROLES.readings("leader russo") == ["presidente russo", "premier russo"]
    assert ROLES.readings("numero uno ucraino") == ["presidente ucraino", "premier ucraino"]
    assert ROLES.readings("leader europeo") == ["leader europeo"]      # no country: read as written
    assert ROLES.readings("portavoce russo") == ["portavoce russo"]


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
    res = resolution_of([Extraction(article, mentions, [])])
    assert names_of_roles(res) == {"leader russo": "Vladimir Putin", "leader israeliano": "Benjamin Netanyahu"}


def test_a_role_with_two_holders_links_to_neither():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Sergey Lavrov", "ministro russo", 0),
                person(article.id, "Andrei Belousov", "ministro russo", 100), role(article.id, "ministro russo", 200)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_a_role_of_a_body_is_not_the_holder_of_that_title_in_another_body():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Marco Blu", "segretario di Azione", 0),
                person(article.id, "Marco Blu", "segretario di Azione", 100),
                person(article.id, "Anna Neri", "segretaria della Cisl", 200),
                role(article.id, "segretaria della Cgil", 300), role(article.id, "segretaria della Cisl", 400)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {
        "segretaria della Cisl": "Anna Neri"}


def test_a_title_many_hold_links_within_its_article_only():
    first, second = parse_article("a", "a.txt"), parse_article("b", "b.txt")
    mentions = [person(first.id, "Paola Verdi", "amministratrice delegata", 0),
                person(second.id, "Luca Neri", "presidente russo", 0),
                role(second.id, "amministratrice delegata", 100), role(second.id, "presidente russo", 200)]
    res = resolution_of([Extraction(first, mentions[:1], []), Extraction(second, mentions[1:], [])])
    assert names_of_roles(res) == {"presidente russo": "Luca Neri"}


def test_a_role_of_a_named_body_is_not_the_holder_of_a_national_office():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Sergio Mattarella", "presidente della Repubblica", 0),
                person(article.id, "Carlo Bassi", "presidente della Federazione artigiani (Fna)", 100),
                role(article.id, "presidente della Federazione artigiani", 200), role(article.id, "leader della Fna", 300)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {
        "presidente della Federazione artigiani": "Carlo Bassi", "leader della Fna": "Carlo Bassi"}


def test_the_envoy_of_a_named_person_is_the_one_envoy_of_the_article():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Steve Witkoff", "inviato speciale", 0), role(article.id, "inviato di Trump", 100)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"inviato di Trump": "Steve Witkoff"}


def test_a_counterpart_takes_the_role_named_before_it(nlp):
    found = mentions_of(nlp, "Senza intese il faccia a faccia fra il presidente statunitense e l’omologo russo.")
    assert [(m.surface, m.role) for m in found if m.label == "ROLE"] == [
        ("presidente statunitense", "presidente statunitense"), ("omologo russo", "presidente russo")]


@pytest.mark.parametrize("text, name, title", [
    ("Il segretario generale della Cgil Marco Verdi ha parlato.", "Marco Verdi", "segretario generale della Cgil"),
    ("Il presidente del Movimento 5 Stelle Marco Verdi ha parlato.", "Marco Verdi",
     "presidente del Movimento 5 Stelle"),
    ("Il segretario del Consiglio di sicurezza Marco Verdi ha parlato.", "Marco Verdi",
     "segretario del Consiglio di sicurezza"),
])
def test_a_title_before_a_name_keeps_all_its_words(news_nlp, text, name, title):
    """"generale" after a role noun qualifies it; a body's name in the complement is read whole."""
    found = mentions_of(news_nlp, text)
    assert [(m.surface, m.role) for m in found if m.label in ("PER", "ROLE")] == [(name, title)]


def test_the_first_citizen_is_a_role(nlp):
    found = mentions_of(nlp, "Il sindaco Gaetano Rossi ha parlato. Il primo cittadino ha poi annunciato nuove misure.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["primo cittadino"]


def test_a_role_whose_complement_is_a_person_keeps_that_principal(nlp):
    found = mentions_of(nlp, "Il presidente Donald Trump ha parlato. Poi l’inviato di Trump ha visto i mediatori.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["inviato di Trump"]


def test_a_role_set_off_by_a_comma_after_its_principal_belongs_to_the_next_name(nlp):
    found = mentions_of(nlp, "L’inviato del presidente statunitense Donald Trump, Steve Witkoff, è giunto a Mosca.")
    assert [(m.surface, m.role) for m in found if m.surface == "Steve Witkoff"] == [
        ("Steve Witkoff", "inviato del presidente statunitense Donald Trump")]


def test_a_head_of_state_in_the_complement_reads_as_the_country():
    assert ROLES.words("inviato del presidente americano") == ROLES.words("inviato americano")
    assert ROLES.words("rappresentante speciale del presidente russo") <= ROLES.words(
        "rappresentante speciale del Cremlino sui temi della cooperazione economica")


def test_a_role_in_apposition_after_an_article_belongs_to_the_name(nlp):
    found = mentions_of(nlp, "Nella delegazione figurava il banchiere Luca Neri, il rappresentante speciale "
                             "del governo sui dossier economici.")
    assert [(m.surface, m.label) for m in found if m.label in ("PER", "ROLE")] == [("Luca Neri", "PER")]


def test_a_lone_given_name_joins_the_person_its_article_names_by_surname():
    a, b = parse_article("a", "a.txt"), parse_article("b", "b.txt")
    res = resolution_of([Extraction(a, [person(a.id, "Vladimir Putin", None, 0)], []),
                   Extraction(b, [person(b.id, "Putin", None, 0), person(b.id, "Vladimir", None, 100)], [])])
    assert len(res.actors) == 1


def test_the_head_of_a_body_is_not_the_head_of_its_country():
    readings = ROLES.readings("capo del Fondo russo")
    assert readings[0] == "capo del Fondo russo" and all("Fondo russo" in r for r in readings)


@pytest.mark.parametrize("role, reading", [
    ("numero uno della Federnuoto", "presidente della Federnuoto"),    # the head of a body, by its usual titles
    ("capo dell'Inps", "presidente dell'Inps"),
    ("capo della diplomazia greca", "ministro degli esteri greca"),    # an office's other name
    ("governatore", "presidente della regione"),                     # of an Italian region
    ("Santo Padre", "papa"),
])
def test_ways_news_varies_a_title(role, reading):
    assert reading in ROLES.readings(role)


@pytest.mark.parametrize("role, same_as", [
    ("presidente di Ankara", "presidente turco"),              # a capital stands for its state's offices
    ("capo della diplomazia di Atene", "ministro degli Esteri greco"),
])
def test_a_capital_in_a_national_title_is_its_nationality(role, same_as):
    assert {ROLES.words(r) for r in ROLES.readings(role)} & {ROLES.words(same_as)}


def test_a_city_office_is_not_a_national_one():
    assert ROLES.words("sindaco di Roma") != ROLES.words("sindaco italiano")


# --- public figures: kg/data/public_figures.tsv ------------------------------------------------

def dated(text="a", published="2025-08-06"):
    return parse_article(f" date {published} Titolo\n\n{text}", f"{text}.txt")


def test_an_epithet_stands_for_its_figure_wherever_the_set_names_them():
    named, other = dated("uno"), dated("due")
    res = resolution_of([Extraction(named, [person(named.id, "Vladimir Putin", None, 0)], []),
                   Extraction(other, [role(other.id, "zar", 10)], [])])
    assert names_of_roles(res) == {"zar": "Vladimir Putin"}


def test_an_epithet_that_is_an_ordinary_word_needs_its_figure_named_in_the_article():
    named, other = dated("uno"), dated("due")
    res = resolution_of([Extraction(named, [person(named.id, "Donald Trump", None, 0), role(named.id, "magnate", 50)], []),
                   Extraction(other, [role(other.id, "magnate", 10)], [])])
    assert [(m.article, m.surface) for m in res.mentions if m.surface == "magnate"] == [(named.id, "magnate")]


def test_an_epithet_links_to_nobody_the_set_does_not_name():
    article = dated()
    res = resolution_of([Extraction(article, [person(article.id, "Donald Trump", None, 0), role(article.id, "zar", 50)], [])])
    assert names_of_roles(res) == {}


def test_an_office_links_to_its_holder_on_the_articles_day():
    before, after = dated("uno", "2023-06-01"), dated("due", "2025-06-01")
    people = dated("tre", "2025-06-02")
    res = resolution_of([Extraction(people, [person(people.id, "Olaf Scholz", None, 0),
                                       person(people.id, "Friedrich Merz", None, 50)], []),
                   Extraction(before, [role(before.id, "cancelliere tedesco", 10)], []),
                   Extraction(after, [role(after.id, "cancelliere tedesco", 10)], [])])
    holder = {m.article: m.entity for m in res.mentions if m.surface == "cancelliere tedesco"}
    name_of = {a.id: a.name for a in res.actors}
    assert (name_of[holder[before.id]], name_of[holder[after.id]]) == ("Olaf Scholz", "Friedrich Merz")


def test_a_bare_title_is_the_one_figure_of_the_article_holding_it_in_some_country():
    alone, two = dated("uno", "2025-06-01"), dated("due", "2025-06-01")
    res = resolution_of([Extraction(alone, [person(alone.id, "Keir Starmer", None, 0), role(alone.id, "premier", 50)], []),
                         Extraction(two, [person(two.id, "Keir Starmer", None, 0),
                                          person(two.id, "Giorgia Meloni", None, 30), role(two.id, "premier", 60)], [])])
    holder = {m.article: m.entity for m in res.mentions if m.surface == "premier"}
    assert holder == {alone.id: next(a.id for a in res.actors if a.name == "Keir Starmer")}     # two fit: neither


def test_of_two_figures_holding_a_bare_title_the_one_the_article_names_far_more_often_holds_it():
    article = dated("uno", "2025-06-01")
    names = [person(article.id, "Giorgia Meloni", None, 0), person(article.id, "Meloni", None, 20),
             person(article.id, "Meloni", None, 40), person(article.id, "Keir Starmer", None, 60)]
    res = resolution_of([Extraction(article, [*names, role(article.id, "premier", 80)], [])])
    assert names_of_roles(res) == {"premier": "Giorgia Meloni"}


@pytest.mark.parametrize("office, before, after, holders", [
    ("premier canadese", "2024-06-01", "2025-06-01", ("Justin Trudeau", "Mark Carney")),
    ("sultano dell'Oman", "2019-06-01", "2024-06-01", ("Qaboos bin Said", "Haitham bin Tariq")),
    ("ministro della Cultura italiano", "2023-06-01", "2025-06-01", ("Gennaro Sangiuliano", "Alessandro Giuli")),
])
def test_the_offices_of_the_figures_table_link_to_their_holder_on_the_day(office, before, after, holders):
    """The G20's, the Middle East's and Italy's office holders: "il sultano dell'Oman" reads as the
    table's "sultano omanita" through the demonym of Oman."""
    first, second = dated("uno", before), dated("due", after)
    people = dated("tre", after)
    res = resolution_of([Extraction(people, [person(people.id, holders[0], None, 0),
                                       person(people.id, holders[1], None, 50)], []),
                   Extraction(first, [role(first.id, office, 10)], []),
                   Extraction(second, [role(second.id, office, 10)], [])])
    holder = {m.article: m.entity for m in res.mentions if m.surface == office}
    name_of = {a.id: a.name for a in res.actors}
    assert (name_of[holder[first.id]], name_of[holder[second.id]]) == holders


def test_a_name_the_italian_press_uses_is_the_figures_other_name():
    assert KNOWLEDGE.figures.named("Abu Mazen").name == "Mahmoud Abbas"
    assert KNOWLEDGE.figures.named("Lula").name == "Luiz Inácio Lula da Silva"


def test_without_a_day_an_office_links_only_to_a_holder_the_article_names():
    article = parse_article("Zelensky ha visto a Pretoria il capo dello Stato, Cyril Ramaphosa. Poi ha ribadito "
                            "al presidente sudafricano la necessità di agire.", "za.txt")
    mentions = [person(article.id, "Cyril Ramaphosa", None, 0), role(article.id, "presidente sudafricano", 50)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"presidente sudafricano": "Cyril Ramaphosa"}
    elsewhere = parse_article("Il presidente sudafricano ha parlato.", "za2.txt")
    res = resolution_of([Extraction(article, mentions[:1], []),
                   Extraction(elsewhere, [role(elsewhere.id, "presidente sudafricano", 4)], [])])
    assert names_of_roles(res) == {}


def test_a_papal_name_and_the_popes_surname_are_one_person():
    article = dated()
    res = resolution_of([Extraction(article, [person(article.id, "Papa Francesco", "Papa", 0),
                                        person(article.id, "Bergoglio", None, 50)], [])])
    assert len(res.actors) == 1 and set(res.actors[0].aliases) == {"Papa Francesco", "Bergoglio"}


def test_the_commander_in_chief_is_the_american_president():
    assert ROLES.readings("commander-in-chief") == ["presidente americano"]


def test_the_figures_table_names_the_line_of_a_bad_row():
    with pytest.raises(ValueError, match=r"public_figures.tsv:2: .*two days"):
        parse_table(["# comment", "Mario Rossi\t\t\t\tpresidente 2020-01-01"])


@pytest.mark.parametrize("text, role", [
    ("L’ultimatum lanciato dal commander-in-chief per una tregua è ormai scaduto.", "commander-in-chief"),
    ("Per anni fu un rappresentante non ufficiale dello zar nei circoli finanziari di Londra.", "zar"),
])
def test_an_epithet_stands_alone_before_a_preposition_that_does_not_complete_it(nlp, text, role):
    assert [m.surface for m in mentions_of(nlp, text) if m.label == "ROLE"] == [role]


def test_a_possessive_after_a_bare_title_opens_no_complement_of_it(nlp):
    found = mentions_of(nlp, "La premier al suo arrivo ha salutato i militari. Parla il segretario alla Difesa.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["premier", "segretario alla Difesa"]


def test_a_ministry_after_a_completes_a_ministers_title_not_a_presidents(nlp):
    found = mentions_of(nlp, "Lo ha detto il segretario alla Difesa. Ha parlato il capo dell’amministrazione militare. "
                             "È il viaggio del presidente polacco alla Casa Bianca.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["segretario alla Difesa", "presidente polacco"]


def test_a_role_with_a_nationality_links_to_the_one_minister_of_that_nationality_in_the_article():
    one, other = parse_article("uno", "uno.txt"), parse_article("due", "due.txt")
    mentions = [person(one.id, "Rustem Umerov", "ministro della Difesa", 0),
                person(one.id, "Aleksandr Fomin", "viceministro della Difesa", 40),
                role(one.id, "ministro ucraino", 100),
                person(other.id, "Rustem Umerov", "ministro della Difesa ucraino", 0),
                person(other.id, "Aleksandr Fomin", "viceministro della Difesa russo", 50)]
    res = resolution_of([Extraction(one, mentions[:3], []), Extraction(other, mentions[3:], [])])
    assert names_of_roles(res) == {"ministro ucraino": "Rustem Umerov"}


def test_a_role_with_a_nationality_is_the_public_figure_of_that_country_the_article_names():
    # kg/data/public_figures.tsv: Adolfo Urso is an Italian minister; the article titles him by portfolio only
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Adolfo Urso", "ministro delle Imprese", 0),
                person(article.id, "Piet Vos", "ministro dell'Economia belga", 60), role(article.id, "ministro italiano", 120)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"ministro italiano": "Adolfo Urso"}


def test_of_two_public_figures_of_that_country_the_role_is_the_one_named_last():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Adolfo Urso", None, 0), person(article.id, "Guido Crosetto", None, 60),
                role(article.id, "ministro italiano", 120)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"ministro italiano": "Guido Crosetto"}


def test_a_public_figure_of_another_office_holds_no_role_with_a_nationality():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Giorgia Meloni", None, 0), role(article.id, "ministro italiano", 60)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_a_role_is_not_a_public_figure_who_left_that_office_before_the_articles_day():
    # kg/data/public_figures.tsv: Papa Francesco held the office until 2025-04-21, Leone XIV after
    today, other = parse_article(" date 2026-09-24 Oggi", "a.txt"), parse_article("b", "b.txt")
    mentions = [person(today.id, "Papa Francesco", "papa", 0), role(today.id, "Papa", 100)]
    res = resolution_of([Extraction(today, mentions, []), Extraction(other, [person(other.id, "Leone XIV", None, 0)], [])])
    leone = next(m.entity for m in res.mentions if m.surface == "Leone XIV")
    assert next(m.entity for m in res.mentions if m.surface == "Papa") == leone


def test_a_role_is_the_public_figure_titled_so_while_in_office():
    today = parse_article(" date 2024-09-24 Oggi", "a.txt")
    mentions = [person(today.id, "Papa Francesco", "papa", 0), role(today.id, "Papa", 100)]
    res = resolution_of([Extraction(today, mentions, [])])
    assert len({m.entity for m in res.mentions}) == 1


def test_a_role_with_a_nationality_skips_a_holder_of_another_nationality():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Donald Trump", "presidente americano", 0), role(article.id, "presidente russo", 100)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_role_words_keep_the_nouns_spacy_counts_as_stop_words():
    assert ROLES.words("ministro dell’Interno") == frozenset({"ministro", "interno"})
    assert ROLES.words("segretario generale della Nato") == frozenset({"segretario", "generale", "nato"})


@pytest.mark.parametrize("role, reading", [
    ("capo di Stato ucraino", ["presidente ucraino"]), ("capo dello Stato", ["presidente italiano"]),
    ("capo dello Stato francese", ["presidente francese"]),
    ("primo ministro britannico", ["premier britannico"]), ("presidente del Consiglio", ["premier italiano"]),
    ("presidente del Consiglio europeo", ["presidente del Consiglio europeo"]),
    ("presidente della Repubblica", ["presidente italiano"]), ("primo cittadino", ["sindaco"]),
    ("prima cittadina", ["sindaco"]),
    ("presidente della Repubblica francese", ["presidente della Repubblica francese"]),
])
def test_offices_written_in_several_words_read_as_one_title(role, reading):
    assert ROLES.readings(role) == reading


def test_the_presidente_del_consiglio_is_the_italian_premier_not_another_countrys():
    article = dated("uno", "2025-06-02")
    mentions = [person(article.id, "Giorgia Meloni", None, 0), person(article.id, "Fumio Kishida", "premier giapponese", 30),
                role(article.id, "presidente del Consiglio", 80)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"presidente del Consiglio": "Giorgia Meloni"}


def test_the_head_of_state_is_not_the_premier_titled_presidente_del_consiglio():
    article = dated("uno", "2025-06-02")
    mentions = [person(article.id, "Sergio Mattarella", None, 0),
                person(article.id, "Giorgia Meloni", "presidente del Consiglio", 40),
                role(article.id, "capo dello Stato", 90), role(article.id, "presidente della Repubblica", 140)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {
        "capo dello Stato": "Sergio Mattarella", "presidente della Repubblica": "Sergio Mattarella"}


def test_the_head_of_state_is_the_italian_president_among_other_presidents_of_the_article():
    article = dated("uno", "2025-06-02")
    mentions = [person(article.id, "Sergio Mattarella", None, 0),
                person(article.id, "António Costa", "presidente del Consiglio europeo", 40),
                person(article.id, "António Costa", "presidente del Consiglio europeo", 90),
                role(article.id, "capo dello Stato", 140)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"capo dello Stato": "Sergio Mattarella"}


def test_the_head_of_state_of_an_article_that_names_no_italian_president_is_its_own_president():
    """Another article of the load names Mattarella: this one's "capo dello Stato" is still Macron."""
    italian, french = dated("uno", "2025-06-02"), dated("due", "2025-06-02")
    res = resolution_of([Extraction(italian, [person(italian.id, "Sergio Mattarella", "presidente della Repubblica", 0)], []),
                         Extraction(french, [person(french.id, "Emmanuel Macron", "presidente francese", 0),
                                             role(french.id, "capo dello Stato", 60)], [])])
    assert names_of_roles(res) == {"capo dello Stato": "Emmanuel Macron"}


def test_a_title_is_read_as_its_office_when_a_role_stands_for_the_name():
    article = dated("uno", "2025-06-02")
    mentions = [person(article.id, "Mark Carney", "primo ministro canadese", 0), role(article.id, "premier canadese", 60)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"premier canadese": "Mark Carney"}


def test_a_title_in_the_feminine_reads_as_the_office():
    assert ROLES.words("ministra degli Esteri tedesca") == ROLES.words("ministro degli Esteri tedesco")
    assert ROLES.words("cancelliera tedesca") == ROLES.words("cancelliere tedesco")


def test_a_feminine_title_reads_as_the_office_with_a_participle_of_its_own(news_nlp):
    assert ROLES.words("amministratrice delegata") == ROLES.words("amministratore delegato")
    found = mentions_of(news_nlp, "Ha parlato l'amministratrice delegata della Ceramica Viola, Giovanna Sarti. "
                                  "Per l'amministratrice delegata il bilancio è solido.")
    assert [(m.label, m.role) for m in found if m.label in ("PER", "ROLE")] == [
        ("PER", "amministratrice delegata della Ceramica Viola"), ("ROLE", "amministratrice delegata")]


def test_a_feminine_title_never_links_a_man_but_links_a_woman_titled_in_the_masculine():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Marco Ferri", "amministratore delegato", 0),
                person(article.id, "Maria Grazia Colli", "prefetto", 50),
                role(article.id, "amministratrice delegata", 100), role(article.id, "prefetta", 150)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"prefetta": "Maria Grazia Colli"}


@pytest.mark.parametrize("text, roles", [
    # a place after "a" says where the mayor is; an office after "alla" completes the title
    ("«Ho visto il sindaco a Palazzo Lombardia», ha detto Neri.", ["sindaco"]),
    ("Ha parlato il segretario alla Difesa.", ["segretario alla Difesa"]),
    # "in" and a place after a role held nowhere in particular; an article opening the verb's object
    ("Il vescovo Carlo Neri sarà ricevuto dal Pontefice in Vaticano.", ["Pontefice"]),
    ("Il sindaco Carlo Neri ha rinnovato al Pontefice l'invito a visitare la città.", ["Pontefice"]),
])
def test_a_role_followed_by_where_its_holder_is_stands_for_a_name(news_nlp, text, roles):
    assert [m.surface for m in mentions_of(news_nlp, text) if m.label == "ROLE"] == roles


def test_a_name_titled_with_a_feminine_article_names_a_woman(nlp):
    found = mentions_of(nlp, "Ha parlato la presidente del Consiglio Anna Galli, poi il presidente Piet Vos.")
    assert [(m.surface, m.feminine) for m in found if m.label == "PER"] == [("Anna Galli", True), ("Piet Vos", False)]


def test_a_feminine_role_two_people_hold_is_the_one_titled_in_the_feminine():
    article = parse_article("a", "a.txt")
    mentions = [replace(person(article.id, "Anna Galli", "premier italiano", 0), feminine=True),
                person(article.id, "Abiy Tesfaye", "premier etiope", 50),
                replace(role(article.id, "premier", 100), feminine=True), role(article.id, "premier", 150)]
    res = resolution_of([Extraction(article, mentions, [])])
    name_of = {a.id: a.name for a in res.actors}
    # "la premier" is the woman; "il premier" stays unlinked between the two
    assert [name_of[m.entity] for m in res.mentions if m.surface == "premier"] == ["Anna Galli"]


@pytest.mark.parametrize("text, roles", [
    ("Al tavolo c'erano i due vicepremier Carlo Bassi e Luca Neri.", ["vicepremier", "vicepremier"]),
    ("Al tavolo c'erano i ministri Carlo Bassi, Luca Neri e Anna Galli.", ["ministro", "ministro", "ministro"]),
    # a title in the singular is the first name's only
    ("Al tavolo c'erano il ministro Carlo Bassi e Luca Neri.", ["ministro", None]),
])
def test_a_plural_title_is_each_name_s_in_the_singular(nlp, text, roles):
    assert [m.role for m in mentions_of(nlp, text) if m.label == "PER"] == roles


def test_a_role_two_people_hold_alike_is_the_one_named_last_before_it():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Carlo Bassi", "vicepremier", 0), person(article.id, "Luca Neri", "vicepremier", 30),
                person(article.id, "Bassi", None, 60), role(article.id, "vicepremier", 80),
                person(article.id, "Neri", None, 500), role(article.id, "vicepremier", 1000)]
    res = resolution_of([Extraction(article, mentions, [])])
    name_of = {a.id: a.name for a in res.actors}
    # the first right after "Bassi"; the second too far from any name to tell
    assert [name_of[m.entity] for m in res.mentions if m.surface == "vicepremier"] == ["Carlo Bassi"]


def test_the_leader_of_a_party_named_after_a_country_is_not_that_country_s_president():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Carlo Bassi", "capo dello Stato", 0), person(article.id, "Luca Neri", None, 50),
                role(article.id, "leader di Forza Italia", 100)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_a_role_written_with_a_feminine_article_never_links_a_man(nlp):
    found = mentions_of(nlp, "Ha parlato la premier. Ha risposto il premier.")
    assert [(m.surface, m.feminine) for m in found if m.label == "ROLE"] == [("premier", True), ("premier", False)]
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Marco Ferri", "leader", 0), person(article.id, "Anna Colli", None, 50),
                replace(role(article.id, "leader", 100), feminine=True)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_a_person_acts_for_the_side_of_their_titles_or_of_the_principal_their_title_names():
    article = dated("uno", "2025-06-02")
    mentions = [person(article.id, "Steve Witkoff", "inviato americano", 0),
                person(article.id, "Carlo Bassi", "genero di Donald Trump", 40),
                person(article.id, "Donald Trump", None, 80), person(article.id, "Mario Rossi", "inviato in Russia", 120)]
    sides = {a.name: a.side for a in resolution_of([Extraction(article, mentions, [])]).actors}
    assert sides == {"Steve Witkoff": "americano", "Carlo Bassi": "americano", "Donald Trump": "americano",
                     "Mario Rossi": None}



def test_a_title_set_off_by_a_comma_before_a_name_is_that_name_s(nlp):
    found = mentions_of(nlp, "In serata ha chiamato la ministra della Salute, Anna Verdi, per un aggiornamento.")
    assert [(m.surface, m.role) for m in found if m.label == "PER"] == [("Anna Verdi", "ministra della Salute")]


def test_a_bare_role_noun_closing_a_clause_is_no_title_of_the_name_after_the_comma(nlp):
    found = mentions_of(nlp, "Quando è arrivato il ministro, Marco Neri ha lasciato la sala.")
    assert [(m.surface, m.role) for m in found if m.label == "PER"] == [("Marco Neri", None)]


@pytest.fixture(scope="module")
def news_nlp():
    return build_pipeline(knowledge=KNOWLEDGE)


def test_a_title_before_the_next_name_of_a_list_is_not_the_name_before_it(news_nlp):
    # the tagger reads the given name "Nello" as the preposition "nello": it still opens a name
    found = mentions_of(news_nlp, "Ieri ha sentito Carla Bruni, il ministro Nello Rossi e il sindaco.")
    assert [(m.surface, m.role) for m in found if m.label == "PER"] == [("Carla Bruni", None),
                                                                       ("Nello Rossi", "ministro")]
    found = mentions_of(news_nlp, "Ieri ha sentito Carla Bruni, ministro della Cultura, e il sindaco.")
    assert [(m.surface, m.role) for m in found if m.label == "PER"] == [("Carla Bruni", "ministro della Cultura")]


def test_a_deputy_s_title_keeps_vice_and_is_not_read_as_the_office_it_deputises(nlp):
    found = mentions_of(nlp, "Il vice primo ministro italiano Marco Neri ha parlato. "
                             "Il primo ministro canadese Luca Bianchi è arrivato.")
    roles = {m.surface: m.role for m in found if m.label == "PER"}
    assert roles == {"Marco Neri": "vice primo ministro italiano", "Luca Bianchi": "primo ministro canadese"}
    assert "premier italiano" not in ROLES.readings(roles["Marco Neri"])
    assert ROLES.readings(roles["Luca Bianchi"]) == ["premier canadese"]


def test_a_role_with_a_nationality_never_links_a_minister_of_another_country_titled_alike():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Pierre Martin", "ministro degli Esteri francese", 0),
                role(article.id, "titolare della Farnesina", 100, "ministro degli Esteri italiano")]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


@pytest.mark.parametrize("role, title", [
    ("titolare della Farnesina", "ministro degli Esteri italiano"),     # a ministry's building
    ("capo del Viminale", "ministro dell'Interno italiano"),
    ("inquilino della Casa Bianca", "presidente americano"),             # a head of state's seat
    ("inquilina di Downing Street", "premier britannico"),                # a government's seat
    ("responsabile del dicastero della Salute", "ministro della Salute"),
    ("titolare del negozio", None),                                       # no seat: the shop's owner
    ("capo della Protezione civile", None),
])
def test_a_seat_names_the_holder_of_its_office(role, title):
    assert seat_role(role, KNOWLEDGE) == title


def test_a_holder_named_by_the_seat_is_a_role_the_shop_owner_is_not(nlp):
    found = mentions_of(nlp, "Il titolare del Viminale è arrivato in città. Il titolare del bar ha chiamato aiuto.")
    assert [(m.surface, m.role) for m in found if m.label == "ROLE"] == [
        ("titolare del Viminale", "ministro dell'Interno italiano")]


@pytest.mark.parametrize("text", [
    "Ieri il ministro degli Esteri dell'Egitto Karim Salem ha visto i cronisti.",
    "Ieri il ministro degli Esteri dell'Egitto, Karim Salem, ha visto i cronisti.",
])
def test_the_country_of_an_office_after_its_title_is_no_part_of_the_name(nlp, text):
    found = mentions_of(nlp, text)
    assert [(m.surface, m.label, m.role) for m in found if m.label != "LOC"] == [
        ("Karim Salem", "PER", "ministro degli Esteri dell'Egitto")]
    assert "Egitto" in [m.surface for m in found if m.label == "LOC"]


def test_a_ministry_named_by_its_portfolio_reads_as_its_minister(nlp):
    found = mentions_of(nlp, "Al porto è arrivato il responsabile del dicastero delle Infrastrutture e dei Trasporti, "
                             "accolto dai sindacati. Poi il capo del dicastero della Cultura ha parlato.")
    assert [(m.surface, m.role) for m in found if m.label == "ROLE"] == [
        ("responsabile del dicastero delle Infrastrutture e dei Trasporti", "ministro delle Infrastrutture e dei Trasporti"),
        ("capo del dicastero della Cultura", "ministro della Cultura")]


def test_a_role_completed_by_an_elided_di_stands_for_a_name(nlp):
    found = mentions_of(nlp, "Ieri l'inviato dell'Onu ha parlato. Poi il ministro dell'Interno è partito.")
    assert [m.surface for m in found if m.label == "ROLE"] == ["inviato dell'Onu", "ministro dell'Interno"]


def test_a_capitalised_elided_preposition_is_no_part_of_a_name(news_nlp):
    doc = news_nlp("Il ministro degli Esteri Dell'Iran ha incontrato Massimo D'Alema.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Iran", "LOC"), ("Massimo D'Alema", "PER")]


def test_a_bare_role_takes_up_the_one_its_article_titled_so_before_it():
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Carlo Bassi", "ministro dell'Interno", 0), role(article.id, "ministro", 100),
                person(article.id, "Luca Neri", "ministro degli Esteri tunisino", 200),
                person(article.id, "Neri", "ministro", 300)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {"ministro": "Carlo Bassi"}
    # a role before every titled name takes up none of them
    mentions = [role(article.id, "ministro", 0), person(article.id, "Carlo Bassi", "ministro dell'Interno", 100),
                person(article.id, "Luca Neri", "ministro degli Esteri tunisino", 200)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}


def test_a_bare_title_is_the_one_figure_named_before_it_holding_an_office_of_that_title():
    article = dated("uno", "2025-06-01")
    named = [person(article.id, "Gabriele Gravina", "presidente della Figc", 0), person(article.id, "Andrea Abodi", None, 40)]
    res = resolution_of([Extraction(article, [*named, role(article.id, "ministro", 80)], [])])
    assert names_of_roles(res) == {"ministro": "Andrea Abodi"}
    # named only after the role: the role does not take them up
    res = resolution_of([Extraction(article, [role(article.id, "ministro", 0), *named], [])])
    assert names_of_roles(res) == {}


def test_a_role_with_a_nationality_never_links_a_public_figure_of_another_country_titled_without_one():
    article = dated("uno", "2025-06-01")
    mentions = [person(article.id, "Guido Crosetto", "ministro", 0), role(article.id, "ministro della Difesa ucraino", 100)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {}
    mentions = [person(article.id, "Carlo Bassi", "ministro", 0), role(article.id, "ministro della Difesa ucraino", 100)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {
        "ministro della Difesa ucraino": "Carlo Bassi"}      # nothing says where an unknown minister is from


def test_a_role_its_verb_follows_after_a_comma_opens_a_clause_and_is_no_apposition(news_nlp):
    found = mentions_of(news_nlp, "Dopo la cena con Luca Neri, il titolare della Farnesina ha parlato ai cronisti.")
    assert [(m.surface, m.role) for m in found if m.label == "ROLE"] == [
        ("titolare della Farnesina", "ministro degli Esteri italiano")]
    found = mentions_of(news_nlp, "Ha parlato Luca Neri, il titolare della Farnesina, davanti ai cronisti.")
    assert [m.surface for m in found if m.label == "ROLE"] == []


@pytest.mark.parametrize("title", ["governatore calabrese", "presidente calabrese", "governatrice della Calabria"])
def test_a_region_s_title_by_its_adjective_or_name_is_the_one_titled_president_of_that_region(title):
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Anna Bassi", "presidente della Regione Calabria", 0),
                person(article.id, "Luca Neri", "presidente della Campania", 60), role(article.id, title, 120)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == {title: "Anna Bassi"}


def test_a_region_s_adjective_belongs_to_the_role_before_it(news_nlp):
    found = mentions_of(news_nlp, "«Servono fondi», ha detto il governatore calabrese, che chiede tempi certi.")
    assert [(m.surface, m.label) for m in found] == [("governatore calabrese", "ROLE")]


@pytest.mark.parametrize("title, holder", [("segretaria dem", "Anna Bassi"), ("leader pentastellato", "Luca Neri"),
                                           ("segretario leghista", "Marco Galli"), ("segretario forzista", None)])
def test_a_party_s_adjective_after_a_title_names_the_party(title, holder):
    article = parse_article("a", "a.txt")
    mentions = [person(article.id, "Anna Bassi", "segretaria del Pd", 0),
                person(article.id, "Luca Neri", "presidente del Movimento 5 Stelle", 40),
                person(article.id, "Marco Galli", "leader della Lega", 100), role(article.id, title, 160)]
    assert names_of_roles(resolution_of([Extraction(article, mentions, [])])) == ({title: holder} if holder else {})


def test_a_party_s_adjective_belongs_to_the_role_before_it(news_nlp):
    found = mentions_of(news_nlp, "Ha risposto la segretaria dem, che chiede un incontro. Il leader pentastellato ha taciuto.")
    assert [(m.surface, m.label) for m in found] == [("segretaria dem", "ROLE"), ("leader pentastellato", "ROLE")]
