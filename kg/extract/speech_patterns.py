"""Speech patterns: the Italian words that introduce what someone said ("ha detto", "secondo",
"a detta di", "le parole di", "Lo ha detto X"), as regexes over a sentence's text.
"""
from __future__ import annotations

import re

SPEECH_PARTICIPLES = (
    "detto|affermato|dichiarato|sottolineato|spiegato|aggiunto|ribadito|confermato|annunciato|riferito|"
    "precisato|osservato|avvertito|assicurato|evidenziato|chiarito|ammesso|fatto sapere|scritto|commentato|"
    "replicato|risposto|sostenuto|ricordato|garantito|denunciato|definito|parlato|insistito|"
    "promesso|urlato|twittato|postato|rimarcato|descritto|interpretato|suggerito|ammesso|avvisato|espresso|"
    "tagliato corto|puntualizzato|ribattuto|rilevato|segnalato|annotato|rivendicato|lamentato|"
    "incalzato|esordito|tuonato|chiosato|confidato|ammonito|argomentato|raccontato|confessato|"
    "attaccato")
SPEECH_PRESENT = (
    "afferma|dice|dichiara|sottolinea|spiega|aggiunge|ribadisce|conferma|annuncia|riferisce|precisa|osserva|"
    "avverte|assicura|evidenzia|chiarisce|ammette|scrive|commenta|replica|risponde|sostiene|ricorda|"
    "garantisce|denuncia|definisce|rimarca|insiste|urla|incalza|descrive|prosegue|conclude|accusa|esprime|"
    "taglia corto|puntualizza|ribatte|rileva|segnala|annota|rivendica|lamenta|esordisce|tuona|chiosa|"
    "confida|ammonisce|argomenta|racconta|confessa|attacca|"
    "affermando|spiegando|sottolineando|aggiungendo|dichiarando|ribadendo|precisando|avvertendo|assicurando")
# "ha detto", "ha invece confermato", "ha poi aggiunto", "dice", "spiegando"
SPEECH_INFINITIVES = "dire|precisare|sottolineare|ribadire|chiarire|spiegare|ricordare|aggiungere|avvertire|ribattere"
SPEECH_VERB = re.compile(
    rf"\b(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+)?(?:{SPEECH_PARTICIPLES})"
    # "ha tenuto a precisare", "ha voluto ribadire"
    rf"|(?:ha|hanno|aveva|avrebbe)\s+(?:tenuto\s+a|voluto|inteso)\s+(?:{SPEECH_INFINITIVES})"
    r"|si\s+(?:è|e'|sono)\s+(?:\w+\s+)?(?:dett|dichiarat)[oaie]"       # "si è detto contrario"
    rf"|(?:{SPEECH_PRESENT}))\b", re.IGNORECASE)
THAT = re.compile(r"\bche\b", re.IGNORECASE)
LO_HA_DETTO = re.compile(rf"(?:lo|l['’])\s*(?:(?:ha|hanno|avrebbe)\s+\w+|(?:{SPEECH_PRESENT})\b)", re.IGNORECASE)
# "«...». Così il ministro X ai cronisti": the sentence after a quote names its speaker after "Così".
SO_SAID = re.compile(r"così\s+(?!come\b|che\b|da\b|facendo\b)", re.IGNORECASE)
# "... - ha spiegato Urso - ..." and "... - ha spiegato Urso -, credo ...": the closing dash may
# take the comma or the full stop the sentence needs there; the interjection may say how it was said
# ("- ha detto Rossi in un comunicato diffuso dopo la riunione -").
INTERJECTION = re.compile(rf"\s[-–—]\s*(?:(?:ha|hanno)\s+\w+|(?:{SPEECH_PRESENT})\b)[^-–—]{{0,100}}[-–—][\s,.]")
WORDS_OF = re.compile(r"\b(?:dichiarazioni|parole|intervista)\s+(?:del|della|dello|dell['’]|di|a|al|alla)\b",
                      re.IGNORECASE)
# "«...», è la ricostruzione del giornalista Sean Hannity", "sono le parole di Zelensky"
WORDS_NAMED = re.compile(r"(?:\b(?:è|sono|era|erano|così)\s+)?\b(?:la|il|le|i|l['’])\s*(?:\w+\s+)?(?:ricostruzione|commento|"
                         r"parole|previsione|versione|analisi|messaggio|appello|avvertimento|replica|risposta|"
                         r"denuncia|accusa)\s+(?:del|della|dello|dell['’]|di)\b", re.IGNORECASE)
RELATIVE_CHE = re.compile(r"\bche\s+(?:(?:lo|la|li|le|gli|ne|ci|si|mi|ti|vi)\s+)*$", re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r"\s*(?:quale|quali|cui)\b\s*", re.IGNORECASE)     # after "secondo il"
# "secondo il portavoce", "a detta di Peskov", "stando a quanto riferito da Ushakov", and "Per Zelensky"
# opening a sentence or a clause ("Non è poco: per Rossi, ...", kg/extract checks a name follows)
# "il secondo mandato", "del secondo round": after an article "secondo" is the ordinal
NOT_BEFORE_ACCORDING = "".join(rf"(?<!\b{lead} )" for lead in "il lo un del dello al allo nel nello dal dallo sul".split())
ACCORDING_TO = re.compile(rf"(?:{NOT_BEFORE_ACCORDING}\bsecondo|\ba\s+detta\s+d(?:i|el|ella|ello|ell['’])|"
                          r"\bstando\s+a\s+quanto\s+(?:riferito|dichiarato|detto|affermato|spiegato)\s+da(?:l|lla|llo|ll['’])?"
                          # the article in lower case: "Secondo La Russa" names a person
                          r"|(?:^|[,:;])\s*per)\s+(?-i:il|la|lo|l['’])?\s*", re.IGNORECASE)


def first_verb(text: str, at: int) -> re.Match | None:
    found = [m for m in (SPEECH_VERB.search(text, at), ACCORDING_TO.search(text, at), WORDS_NAMED.search(text, at)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def speech_verb_after(text: str, at: int, reach: int) -> bool:
    """A verb of speech right after `at`, past spaces only, within `reach` characters: "[Rossi] ha detto",
    "[Rossi] ha poi spiegato"."""
    return SPEECH_VERB.match(text[at:at + reach].lstrip()) is not None


def speech_verb_before(text: str, at: int, reach: int) -> bool:
    """A verb of speech right before `at`, past spaces only, within `reach` characters: "ha detto [Siena]"."""
    before = text[max(0, at - reach):at]
    verb = last_match(SPEECH_VERB, before)
    return verb is not None and not before[verb.end():].strip()


def opens_with_per(verb: re.Match) -> bool:
    return verb.group().strip(" ,:;").lower().startswith("per")
