"""Italian word lists the rules of kg/nlp and kg/extract share: function words (articles,
prepositions, conjunctions) and the nouns that head a title or a venue.

Each list is written once here. A rule that needs a narrower list builds it from these, under a
name that says what it is for. Elided forms come with both apostrophes, as news writes both:
"l'inviato", "l’inviato".
"""
from __future__ import annotations

import re

# --- articles ---------------------------------------------------------------------------------------

# "il presidente", "l'inviato": one person or thing.
SINGULAR_DEFINITE_ARTICLES = frozenset("il lo la l' l’".split())
# "i leader", "gli inviati", "le delegazioni": a group.
PLURAL_DEFINITE_ARTICLES = frozenset("i gli le".split())
DEFINITE_ARTICLES = SINGULAR_DEFINITE_ARTICLES | PLURAL_DEFINITE_ARTICLES
# "un incontro", "un'intesa": no one, or nothing, in particular.
INDEFINITE_ARTICLES = frozenset("un uno una un' un’".split())
# "la capitale russa", "il capoluogo lombardo": a country's or a region's chief city, named by its adjective
CAPITAL_NOUNS = frozenset({"capitale", "capoluogo"})
# "il suo arrivo", "la loro missione": the possessive adjectives, a closed class.
POSSESSIVES = frozenset("""mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre
vostro vostra vostri vostre loro""".split())

# --- prepositions -----------------------------------------------------------------------------------

# The simple prepositions, each alone.
SIMPLE_PREPOSITIONS = frozenset("di a da in con su per tra fra".split())
# "di" before a vowel: "d'Italia".
ELIDED_DI = frozenset("d' d’".split())

# Each simple preposition joined with a definite article ("del", "alla", "nell'"), one list per
# preposition because rules want some of them only (a complement is introduced by "di", an office
# by "a": "il segretario alla Difesa").
ARTICULATED_DI = frozenset("del dello della dei degli delle dell' dell’".split())
ARTICULATED_A = frozenset("al allo alla ai agli alle all' all’".split())
ARTICULATED_DA = frozenset("dal dallo dalla dai dagli dalle dall' dall’".split())
ARTICULATED_IN = frozenset("nel nello nella nei negli nelle nell' nell’".split())
ARTICULATED_SU = frozenset("sul sullo sulla sui sugli sulle sull' sull’".split())
ARTICULATED_CON = frozenset("col coi".split())      # the other forms ("colla") are out of use
ARTICULATED_PREPOSITIONS = (ARTICULATED_DI | ARTICULATED_A | ARTICULATED_DA | ARTICULATED_IN | ARTICULATED_SU
                            | ARTICULATED_CON)
# The articulated prepositions joined with a plural article: "dei leader", "agli inviati".
PLURAL_ARTICULATED_PREPOSITIONS = frozenset("dei degli delle ai agli alle dai dagli dalle nei negli nelle sui sugli "
                                            "sulle coi".split())
# The articulated prepositions written with an apostrophe: "dell'", "all’".
ELIDED_ARTICULATED_PREPOSITIONS = frozenset(w for w in ARTICULATED_PREPOSITIONS if not w.isalpha())

# "di" in all its forms: what completes a noun ("il portavoce del Cremlino", "i funerali di Papa Francesco").
GENITIVE_PREPOSITIONS = frozenset({"di"}) | ELIDED_DI | ARTICULATED_DI

# --- conjunctions -----------------------------------------------------------------------------------

# "e", and "ed" before a vowel: what joins two names ("Putin e Trump") or two places.
AND_CONJUNCTIONS = frozenset({"e", "ed"})

# --- nouns ------------------------------------------------------------------------------------------

# Head nouns of the titles Italian news puts before a name ("il portavoce della Farnesina Luca Neri")
# or in its place ("il presidente russo").
ROLE_NOUNS = frozenset("""
presidente vicepresidente premier ministro ministra portavoce inviato inviata emissario emissaria consigliere
consigliera segretario segretaria cancelliere leader capo capa ambasciatore ambasciatrice generale comandante
direttore direttrice negoziatore negoziatrice rappresentante senatore senatrice deputato deputata sindaco
governatore governatrice papa pontefice re regina principe zar presidentessa vicepremier sottosegretario
commissario commissaria magnate tycoon commander-in-chief imprenditore genero figlio figlia moglie marito collega omologo
assistente viceministro inviati emissari consiglieri ministri leader capi rappresentanti negoziatori portavoce presidenti
sultano emiro sceicco monarca cardinale arcivescovo patriarca ayatollah
sindaca prefetto prefetta questore questora assessore assessora rettore rettrice procuratore procuratrice
amministratore amministratrice vescovo sovrano sovrana
""".split())
# Words written apart before a role noun that belong to the title: "primo ministro", "vice primo
# ministro", "Vice Presidente" (a deputy holds another office than the one its noun names).
TITLE_PREFIXES = frozenset({"primo", "prima", "vice"})
# Participles Italian writes after a title noun as part of the title: "l'amministratore delegato",
# "il presidente eletto", "la premier incaricata" (the tagger reads some as verbs).
TITLE_PARTICIPLES = frozenset("""delegato delegata eletto eletta designato designata incaricato incaricata
""".split())
# Role nouns that also qualify another title after it: "segretario generale", "direttore generale"
TITLE_ADJECTIVE_NOUNS = frozenset({"generale"})
# Titles of those who hold a portfolio, which "a" completes: "il segretario alla Difesa", "il commissario all'Energia".
MINISTERIAL_NOUNS = frozenset("""ministro ministra viceministro sottosegretario sottosegretaria segretario segretaria
commissario commissaria assessore assessora""".split())
# "l'omologo tedesco": the holder of the role named before, in another country.
COUNTERPART_NOUNS = frozenset({"omologo", "omologa"})

# Bodies every town, province or region has its own of: named alone ("la Regione", "in Prefettura") each
# is the one of its article's place, never the same body across articles.
LOCAL_BODY_NOUNS = frozenset("""regione comune provincia prefettura questura procura tribunale municipio giunta
curia diocesi ateneo università ospedale asl parrocchia""".split())

# Nouns before a building's or a base's name: Italian counts the first ones as part of the name
# ("Palazzo Chigi", "Basilica di San Pietro"), not the others ("la base Elmendorf-Richardson").
VENUE_NOUNS_IN_NAME = frozenset("palazzo basilica villa castello cattedrale piazza".split())
VENUE_NOUNS = frozenset("base aeroporto hotel albergo residenza".split())


# Months and weekdays, each with its number (kg/dating reads dates with them; kg/nlp tells them from names).
MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
WEEKDAYS = {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6}
# The one-word days ("ieri", "stamattina") and the parts of a day ("nel pomeriggio"): kg/dating dates them;
# kg/nlp and kg/extract tell them from names, from meeting nouns and from participants.
DAY_WORDS = ("oggi", "ieri", "domani", "stamattina", "stamani", "stamane", "stasera", "stanotte")
PARTS_OF_DAY = ("mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata", "giornata")


def elided_words(text: str) -> list[str]:
    """The words of a text with an elided article or preposition apart ("dell'Interno" -> "dell'",
    "Interno"), the typographic apostrophe written as the typewriter one."""
    return text.replace("’", "' ").replace("'", "' ").split()


# --- what resolution reads past -----------------------------------------------------------------------

# Articles, prepositions and "e", which tell no role from another ("ministro degli Esteri" =
# "ministro Esteri"); spaCy's stop words would also drop "ministro", "stato" and "generale".
# Written with the straight apostrophe: resolution compares folded words.
FUNCTION_WORDS = frozenset(w.replace("’", "'") for w in DEFINITE_ARTICLES | INDEFINITE_ARTICLES | SIMPLE_PREPOSITIONS
                           | ELIDED_DI | ARTICULATED_PREPOSITIONS | AND_CONJUNCTIONS)


# --- what a meeting word is said of ---------------------------------------------------------------------

# Nouns that name people by their office, trade or group, beyond the titles above: what a seeing or
# receiving verb takes when it is a meeting ("vedrà il prefetto", "ha ricevuto la delegazione"), as
# against a thing ("non vedo i motivi", "è stata accolta la richiesta").
PERSON_NOUNS = ROLE_NOUNS | frozenset("""
prefetto prefetta questore questora assessore assessora giudice gup gip pm procuratore procuratrice magistrato
avvocato avvocata legale notaio vescovo parroco sacerdote dirigente funzionario funzionaria delegato delegata
delegazione delegazioni sindacalista sindacalisti ambasciatori comandanti ufficiale ufficiali colonnello
capitano maresciallo comandante medico medici primario dottore dottoressa professore professoressa preside
rettore rettrice direttori dirigenti assessori sindaci prefetti consigliere consiglieri parlamentare
parlamentari onorevole europarlamentare segretari vertici rappresentanti sindacati
amministratore amministratrice manager fondatore fondatrice titolare proprietario proprietaria imprenditrice
banchiere giornalista scrittore scrittrice attore attrice cantante regista artista atleta allenatore
tennista calciatore pilota campione campionessa
""".split())
# The public of a talk: "l'incontro con l'autore", "incontro con la cittadinanza", "con gli studenti".
# A meeting with them is a public event, not a meeting of the people its sentence names.
AUDIENCE_NOUNS = frozenset("""
autore autrice autori cittadinanza cittadini pubblico studenti studentesse alunni genitori famiglie residenti
lettori popolazione scuole classi ragazzi giovani giornalisti lavoratori dipendenti commercianti abitanti fedeli
tifosi sostenitori militanti volontari
""".split())
# People a meeting verb meets without a name: "il sindaco, insieme al comandante X, ha incontrato il
# proprietario" met someone unnamed, not the comandante X who came with him.
UNNAMED_PEOPLE_NOUNS = frozenset("""
proprietario proprietaria proprietari titolare titolari familiari parenti vittima vittime testimone testimoni
vedova madre genitore cliente clienti vicini
""".split())
# "incontro dal titolo “...”", "riunione sul tema", "convegno intitolato": words that give a talk its title.
TITLE_WORDS = frozenset("titolo tema intitolato intitolata".split())
# "un incontro pubblico", "riunione aperta alla cittadinanza": a public event
PUBLIC_EVENT_ADJECTIVES = frozenset("pubblico pubblica pubblici pubbliche".split()) \
    | {"generale"}     # "l'udienza generale": the pope's weekly audience with the crowd
OPENING_QUOTES = frozenset({"«", "“", '"'})
# "ha vinto l'incontro al quinto set", "l'incontro è finito in pareggio": words of a match between
# players, not of a meeting. Words news also uses of politics ("partita", "round", "sfida", "avversario",
# "finale") are not among them, nor players ("Mattarella ha incontrato il tennista X" is a meeting).
MATCH_WORDS = frozenset("set gol pareggio arbitro girone semifinale ottavi ko k.o. knockout".split())
# "un incontro di tennis", "l'incontro di Coppa Davis": a sport or a competition named after "incontro di"
SPORTS = frozenset("""calcio tennis boxe pugilato rugby pallavolo volley basket pallacanestro scherma judo karate
coppa serie campionato torneo champions""".split())
# Those who grant an audience ("udienza"): a pope or a sovereign; else an "udienza" is a court hearing
AUDIENCE_GRANTERS = frozenset("papa pontefice padre re regina sovrano sovrana monarca emiro sultano principe".split())
# "la legge Fornero", "il lodo Alfano", "il Piano Mattei": laws and plans named after a person; the
# name is the work's, no mention of the person
EPONYM_NOUNS = frozenset("legge leggi lodo decreto ddl riforma piano dottrina".split())
# "a seguito dell'incontro", "in seguito al vertice", "all'indomani del colloquio": nouns of what came
# after a meeting, which therefore took place
AFTERMATH_NOUNS = frozenset({"seguito", "indomani"})
# Nouns before a name that make it a place, not a person: "via Garibaldi", "Polo Leonardo", "Villaggio Giardino".
PLACE_NAME_NOUNS = frozenset("""
via viale piazza piazzale corso largo vicolo strada villaggio borgo polo parco quartiere ponte località frazione
contrada centro istituto scuola liceo teatro ospedale palasport stadio sala aula palestra biblioteca museo auditorium
""".split())
# "il 17enne di Palagano", "residente a Carpi": who a person is by age or home; the name after "di" is a town.
ORIGIN_WORDS = frozenset("residente residenti abitante abitanti originario originaria originari nativo nativa".split())
# The future tense, regular ("incontrerà") and of the verbs that drop the vowel ("vedrà", "si vedranno",
# "andrà", "potrà", "avrà", "verrà", "terranno").
FUTURE_ENDING = re.compile(r"\w(erà|eranno|irà|iranno|arà|aranno|remo|rete|erò|irò|arò|drà|dranno|trà|tranno|vrà|vranno"
                           r"|rrà|rranno)$")
# "il 17enne", "la quarantenne": a person named by their age
AGE_NOUN = re.compile(r"^(?:\d+[-‐]?|[a-zà-ù]+)enn[ei]$")


# Italy's national trade-union confederations, the second word of a union's name ("Uilm-Uil",
# "Fim Cisl", "Fiom-Cgil"); two other short words ("Lega Pro", "Corte Ue") are no union.
CONFEDERATIONS = frozenset("cgil cisl uil ugl usb cub cobas confsal cisal confail usi orsa snals".split())
