"""Meeting words of ordinary local news that set no meeting between the people a sentence names,
each beside a sentence of the same shape that does. Sentences of our own, on the shipped pipeline
(the rules read its parse)."""
import pytest

from kg.extract import extract
from kg.ingest import parse_article
from kg.knowledge import load_knowledge
from kg.nlp.pipeline import build_pipeline

KNOWLEDGE = load_knowledge()


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(knowledge=KNOWLEDGE)


def people_met(nlp, text):
    article = parse_article(f" date 2026-03-10 Titolo\n\n{text}", "t.txt")
    return [sorted(p.surface for p in m.participants) for m in extract(article, nlp(article.text), KNOWLEDGE).meetings]


@pytest.mark.parametrize("text", [
    # a visit by a thing or a group that is no person, to a thing, or a noun joined to another
    "La notte scorsa nuova visita dei vandali, tra Borgo Alto e Piano di Sotto, dove abitano Marco Neri e Luigi Rossi.",
    "Da mesi Anna Bassi e Carla Monti fanno visite all'ambulatorio per la figlia.",
    "Nel parco ci sono tre punti visita, gestiti da Marco Neri e Luigi Rossi.",
    # a seeing verb whose object is a thing
    "«Non vedo le ragioni per accusare Marco Neri e Luigi Rossi», ha detto il legale Carla Monti.",
    "La serata vedrà la partecipazione del sindaco Marco Neri e dello scrittore Luigi Rossi.",
    # a sports hall that welcomes a guest
    "Un Palapiccinini gremito ha accolto martedì sera don Luigi Ciotti.",
    # a hearing in court
    "Nell'udienza di ieri il giudice Anna Bassi ha ascoltato il testimone Marco Neri.",
    # a receiving verb of a count: votes, "ne" of a part
    "Al primo voto Marco Neri ha ricevuto 521 voti, mentre Luigi Rossi ne ha ricevuti 240.",
    # a receiving verb whose passive subject is a thing, the person after "da" its receiver
    "È stata accolta ieri dal giudice Anna Bassi la domanda di rinvio presentata da Marco Neri.",
    # a talk with a title, an audience or the public
    "Domani l'incontro dal titolo “La città che cambia” con la giornalista Anna Bassi e il sindaco Marco Neri.",
    "Gli alunni hanno seguito l'incontro “Navigare sicuri” con Anna Bassi e Marco Neri.",
    "Ieri il secondo incontro con l'autore, al quale hanno preso parte Anna Bassi e Marco Neri.",
    "Giovedì un incontro pubblico con l'assessore Anna Bassi e il consigliere Marco Neri.",
    # a meeting verb whose object is a public: the other name of the sentence was not met
    "L'assessore Luigi Rossi, ricordando che più volte Neri ha incontrato i commercianti, chiede più controlli.",
    # ... or someone unnamed: who came with the one who met is not met
    "Il sindaco Marco Neri, insieme al comandante Luigi Rossi, ha incontrato nel pomeriggio di ieri il proprietario.",
    # "visto" of a thing that features people, or with no "ha" before it
    "La cerimonia, che ha visto il prefetto Carla Monti deporre una corona, è stata aperta da Marco Neri.",
    "Visto il parere del prefetto Carla Monti, il sindaco Marco Neri ha firmato l'ordinanza.",
    # a meeting called off past an aside, or with "sfumare"; a wish of the past that came to nothing
    "Salta invece, almeno per ora, l'incontro tra il sindaco Marco Neri e il prefetto Carla Monti.",
    "Sfuma invece l'incontro tra il sindaco Marco Neri e il prefetto Carla Monti.",
    "Il sindaco Marco Neri avrebbe voluto fermarsi a Lucca per incontrare il prefetto Carla Monti, ma non c'è stato tempo.",
    # a visit of state to a country, said of someone not met
    "Marco Neri non ha invece visto Carla Monti, in visita di Stato in Giappone fino a domenica.",
    # a meeting hoped to exist
    "«Speriamo che ci sia presto un incontro con Neri», dice la commerciante Anna Bassi.",
    # a match between players: a sport after it, "contro" its opponent, a word of a match in its sentence
    "Nell'incontro di tennis di ieri a Torino Marco Neri ha battuto Luigi Rossi.",
    "Marco Neri perde l'incontro di Coppa Italia contro Luigi Rossi.",
    "Marco Neri ha battuto Luigi Rossi nell'incontro di ieri, chiuso al terzo set.",
    "Marco Neri incontrerà Luigi Rossi negli ottavi.",
])
def test_no_meeting_in_local_news_idioms(nlp, text):
    assert people_met(nlp, text) == []


@pytest.mark.parametrize("text, people", [
    ("Il prefetto Carla Monti ha ricevuto in visita il sindaco Marco Neri.", ["Carla Monti", "Marco Neri"]),
    ("La visita del questore Luigi Rossi al sindaco Marco Neri è durata un'ora.", ["Luigi Rossi", "Marco Neri"]),
    ("Il sindaco Marco Neri vede oggi a Roma il ministro Luigi Rossi.", ["Luigi Rossi", "Marco Neri"]),
    ("Il sindaco Marco Neri vedrà il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    ("Il vescovo Luigi Rossi è stato accolto ieri in municipio dal sindaco Marco Neri.", ["Luigi Rossi", "Marco Neri"]),
    ("Marco Neri si era incontrato con Luigi Rossi per uno scambio di auto.", ["Luigi Rossi", "Marco Neri"]),
    ("Ieri l'incontro tra il sindaco Marco Neri e il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    ("Il sindaco Marco Neri ha incontrato i commercianti e il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    ("Il sindaco Marco Neri ha visto ieri il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    # "riunire" with its auxiliary: someone called the others together
    ("Ieri sera il sindaco Marco Neri aveva riunito i capigruppo Carla Monti e Luigi Rossi.",
     ["Carla Monti", "Luigi Rossi", "Marco Neri"]),
    # the one who saw stands right before "aveva", however the parser attaches them
    ("Ieri il sindaco Marco Neri aveva visto il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    # a headline's person right before the participle is the guest
    ("Luigi Rossi ricevuto in municipio dal sindaco Marco Neri.", ["Luigi Rossi", "Marco Neri"]),
    # a surname the tagger reads as a verb in the passato remoto tells no history
    ("Il presidente Marco Neri ha accolto Claudio Descalzi in municipio.", ["Claudio Descalzi", "Marco Neri"]),
    ("Il sindaco Marco Neri, che ieri ha incontrato il prefetto Carla Monti, spera che ci siano novità.",
     ["Carla Monti", "Marco Neri"]),
    # the unnamed one is named after all
    ("Il sindaco Marco Neri ha incontrato ieri il proprietario Luigi Rossi.", ["Luigi Rossi", "Marco Neri"]),
    # a surname that opens like a sports hall
    ("Il magistrato Luca Palamara ha incontrato don Luigi Ciotti.", ["Luca Palamara", "Luigi Ciotti"]),
    # an audience a pope or a sovereign grants
    ("Il Papa ha concesso udienza al sindaco Marco Neri e al prefetto Carla Monti.", ["Carla Monti", "Marco Neri", "Papa"]),
    # where the guest was received, with its "di", stands between the verb and the guest
    ("Il sindaco Marco Neri ha accolto all'aeroporto di Bologna il prefetto Carla Monti.", ["Carla Monti", "Marco Neri"]),
    # a headline's meeting word is no part of the first name after it
    ("Vertice Meloni-Macron a Roma sulla difesa europea.", ["Macron", "Meloni"]),
    # players met off the field, and "contro" after a partner: meetings
    ("Il sindaco Marco Neri ha incontrato in municipio il tennista Luigi Rossi.", ["Luigi Rossi", "Marco Neri"]),
    ("Il sindaco Marco Neri ha avuto un incontro con il prefetto Carla Monti contro lo spaccio.",
     ["Carla Monti", "Marco Neri"]),
])
def test_a_meeting_of_the_same_shape_stays(nlp, text, people):
    assert people_met(nlp, text) == [people]


@pytest.mark.parametrize("text", [
    "Il legale Carla Monti ha incontrato ieri nel suo studio il 17enne di Sestola che guidava l'auto.",
    "Ieri sera, al Polo Galilei, si sono incontrati gli studenti con Carla Monti.",
    "Furti tra Villaggio Artigiano e Carla Monti, la via dei negozi, dove ieri si è svolta una riunione.",
    "All'incontro in sala Ferretti, dedicata al maestro, ha partecipato il consigliere Marco Neri.",
])
def test_a_place_the_ner_took_for_a_person_meets_no_one(nlp, text):
    assert people_met(nlp, text) == []


@pytest.mark.parametrize("text, people", [
    ("Alla riunione non hanno potuto essere presenti il prefetto Carla Monti e il questore Luigi Rossi.", []),
    ("Assente il sindaco Marco Neri, alla riunione c'era l'assessore Anna Bassi con il prefetto Carla Monti.",
     [["Anna Bassi", "Carla Monti"]]),
    # the same sentence without the negation is a meeting
    ("Alla riunione erano presenti il prefetto Carla Monti e il questore Luigi Rossi.", [["Carla Monti", "Luigi Rossi"]]),
])
def test_people_said_to_be_away_did_not_meet(nlp, text, people):
    assert people_met(nlp, text) == people
