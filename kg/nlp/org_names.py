"""kg_org_names: organisation names the statistical NER missed.

- a name on KIND's list of organisations from Italian Wikipedia (kg/data/orgs-it.txt.gz, built by
  kg/data/build_orgs.py): "Nato", "Interfax", "la Commissione europea" (also when the NER took
  only "Commissione");
- a capitalised name in apposition to a media noun: "la testata Axios", "l'agenzia di stampa Tass",
  "il quotidiano Kommersant", with the noun where it is capitalised too ("Agenzia Nova");
- a name spelt out before its acronym in brackets: "il Fondo europeo per gli investimenti strategici (Feis)";
- an institution the NER found, with its purpose: "l'Istituto nazionale per la finanza agevolata", or
  one it missed, capitalised inside its sentence: "il Governo di unità nazionale";
- a ministry and its portfolio: "il ministero degli Esteri russo".
A person or a place the earlier components found is never touched; an organisation span inside a
longer listed name grows to the whole name.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.knowledge.lexicon import ARTICULATED_DI, CONFEDERATIONS, DEFINITE_ARTICLES, FUNCTION_WORDS
from kg.knowledge.organisations import load_organisation_names
from kg.knowledge.places import Gazetteer
from kg.nlp.name_ruler import THING_ACRONYMS, opens_sentence, surnames_of
from kg.nlp.tables import ReadsGazetteer

ORG_LIST = Path(__file__).resolve().parent.parent / "data" / "orgs-it.txt.gz"
MEDIA_NOUNS = frozenset("""agenzia testata quotidiano giornale settimanale emittente televisione tv canale
network rete radio sito portale tabloid""".split())
# How many words a name spelt out before its bracketed acronym may have.
ACRONYM_NAME_WINDOW = 8
# Head nouns of institutions named by their purpose: "Fondo ... per gli investimenti diretti".
INSTITUTION_NOUNS = frozenset("""fondo agenzia organizzazione ministero comitato consiglio commissione istituto ufficio
fondazione autorità dipartimento banca centro servizio commissariato corte tribunale associazione unione
governo""".split())
PURPOSE_WORDS = 4
# A purpose in lower case after "di", or after an institution noun the NER left alone ("il Governo di
# stabilità nazionale"), names a body only with two words or more: "il Governo di coalizione" describes
# one ("il Commissariato di Sassuolo", a capitalised word, names one).
NAMING_PURPOSE_MIN_WORDS = 2
MINISTRY_NOUNS = frozenset({"ministero", "dicastero"})
# "il ministero degli Esteri", "il ministero per gli Affari regionali"
MINISTRY_PREPOSITIONS = ARTICULATED_DI | {"per"}
# "Cgil", "Cisl", "Uil", "Ugl": a confederation a union is joined to is an acronym this short
# (longer listed words, "Orient" of "Moyen-Orient", "Monde" of "Le Monde", are no confederation).
CONFEDERATION_MAX_CHARS = 4
# How far a media noun may stand before the name: "la televisione pubblica russa Rossia 24".
MEDIA_WINDOW = 4


ELIDED_APOSTROPHE = re.compile(r" (['’]) ")


@lru_cache(maxsize=1)
def load_org_names() -> dict[str, list[tuple[str, ...]]]:
    """First token -> the listed names starting with it (lower-case token tuples), longest first: KIND's
    list, and the names and acronyms of kg/data/organisation_names.tsv ("Fmi", "Nato", "Alleanza Verdi e
    Sinistra"), which KIND lacks (those spelt in plain letters: the table's are compared folded)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in gzip.decompress(ORG_LIST.read_bytes()).decode("utf-8").splitlines():
        # KIND writes an elision as its own token ("banca d ' italia"); spaCy keeps it on the word ("d'")
        tokens = tuple(ELIDED_APOSTROPHE.sub(r"\1 ", line).split(" "))
        by_first.setdefault(tokens[0], []).append(tokens)
    for alias in load_organisation_names():
        tokens = tuple(alias.split())
        if all(word.isalpha() for word in tokens) and tokens not in by_first.get(tokens[0], []):
            by_first.setdefault(tokens[0], []).append(tokens)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    return by_first


@Language.factory("kg_org_names", assigns=["doc.ents"])
def make_org_names(nlp: Language, name: str) -> "OrgNames":
    return OrgNames(load_org_names())


class OrgNames(ReadsGazetteer):
    factory = "kg_org_names"

    def __init__(self, names: dict[str, list[tuple[str, ...]]]) -> None:
        self.names = names

    def match(self, doc: Doc) -> list[Span]:
        """Organisation spans that cover no entity but the organisations they grow over, and overlap no other."""
        owner = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        surnames = surnames_of(doc.ents)
        found: list[Span] = []
        federated = self.federated_names(doc)
        for start, end in (federated + self.listed(doc) + media_names(doc) + names_before_acronyms(doc)
                           + purpose_names(doc) + ministry_names(doc, self.gazetteer)):
            covered = {owner[i] for i in range(start, end) if i in owner}
            # a union and its confederation is one organisation, whatever the NER took it for ("Fiom Cgil" as a
            # person); so is a listed name the NER cut into an organisation and another piece ("Movimento 5" and
            # "Stelle")
            grows_over_any = (start, end) in federated or any(ent.label_ == "ORG" for ent in covered)
            if all((ent.label_ == "ORG" or grows_over_any or is_a_listed_body(ent, start, end, surnames))
                   and start <= ent.start and ent.end <= end
                   for ent in covered) \
                    and not any(start < span.end and span.start < end for span in found):
                found.append(Span(doc, start, end, label="ORG"))
        return found

    @staticmethod
    def set_annotations(doc: Doc, found: list[Span]) -> Doc:
        """The spans found replace the organisations they grow over."""
        if found:
            grown_over = {ent for span in found for ent in doc.ents if span.start <= ent.start and ent.end <= span.end}
            doc.ents = [ent for ent in doc.ents if ent not in grown_over] + found
        return doc

    def listed(self, doc: Doc) -> list[tuple[int, int]]:
        matches = []
        i = 0
        while i < len(doc):
            end = self.longest_name_at(doc, i)
            if end:
                matches.append((i, end))
                i = end
            else:
                i += 1
        return matches

    def longest_name_at(self, doc: Doc, i: int) -> int | None:
        token = doc[i]
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            return None
        for name in self.names.get(token.lower_, ()):
            end = i + len(name)
            if end <= len(doc) and all(doc[i + k].lower_ == part for k, part in enumerate(name)) \
                    and (len(name) > 1 or stands_as_name(token) and token.lower_ not in FUNCTION_WORDS):
                return end
        return None


    def federated_names(self, doc: Doc) -> list[tuple[int, int]]:
        """"la Fiom-Cgil", "la Fim Cisl": a union joined, by a hyphen or a space, to the listed
        confederation it belongs to."""
        hyphenated = [(t.i, t.i + 1) for t in doc if "-" in t.text
                      and all(is_acronym_like_text(part) for part in t.text.split("-"))
                      and any(self.is_one_word_org(part) for part in t.text.split("-")[1:])]
        # spaced, only before a confederation: "Gideon Saar" is no union of a listed "Saar"
        spaced = [(t.i, t.i + 2) for t in doc[:-1] if is_acronym_like_text(t.text) and t.lower_ not in FUNCTION_WORDS
                  and doc[t.i + 1].lower_ in CONFEDERATIONS and self.is_one_word_org(doc[t.i + 1].text)
                  and not self.is_one_word_org(t.text)]
        return hyphenated + spaced

    def is_one_word_org(self, word: str) -> bool:
        """A listed organisation of one short word, as confederations' acronyms are ("Cgil", "Uil")."""
        return word[:1].isupper() and word.isalpha() and len(word) <= CONFEDERATION_MAX_CHARS \
            and (word.lower(),) in self.names.get(word.lower(), ())


def is_a_listed_body(ent: Span, start: int, end: int, surnames: set[str]) -> bool:
    """"Hizbollah ha detto", "la Fiom": one word the NER took for a person that the list names, whole, as
    a body, unless someone the article names in full has it for a surname ("Enzo Ferrari ... Ferrari")."""
    return ent.label_ == "PER" and (ent.start, ent.end) == (start, end) and end - start == 1 \
        and ent.text not in surnames


def stands_as_name(token: Token) -> bool:
    """One capitalised word is a name when it is an acronym or does not open its sentence, line or
    quote (where every word is capitalised: «Pace possibile»)."""
    return token.is_upper or not opens_sentence(token)


def names_before_acronyms(doc: Doc) -> list[tuple[int, int]]:
    """"il Fondo europeo per gli investimenti strategici (Feis)": the words from the capitalised one that
    opens the name up to the bracketed acronym (kg/resolve joins the two)."""
    spans = []
    for token in doc[2:len(doc) - 1]:
        if token.nbor(-1).text == "(" and token.nbor(1).text == ")" and is_acronym_like(token):
            end = token.i - 1
            start = next((k for k in range(end - 1, max(-1, end - 1 - ACRONYM_NAME_WINDOW), -1)
                          if doc[k].text[:1].isupper() and not doc[k].is_sent_start
                          and (k == 0 or not doc[k - 1].text[:1].isupper())), None)
            if start is not None and not any(t.is_punct for t in doc[start:end]):
                spans.append((start, end))
    return spans


def purpose_names(doc: Doc) -> list[tuple[int, int]]:
    """"l'Istituto nazionale per la finanza agevolata", "l'Agenzia per la cybersicurezza nazionale":
    an institution the NER found goes on over its purpose, "per", an article and lower-case nouns
    and adjectives (Italian writes them in lower case, so the NER stops before); a bare institution
    noun also over "di" ("il Servizio di sicurezza federale"), and so does one the NER missed, written
    capitalised inside its sentence ("il Governo di unità nazionale")."""
    heads = [(ent.start, ent.end, False) for ent in doc.ents if ent.label_ == "ORG" and ent[0].lower_ in INSTITUTION_NOUNS]
    heads += [(t.i, t.i + 1, True) for t in untagged_institution_nouns(doc)]
    return [span for start, end, untagged in heads if (span := with_purpose(doc, start, end, untagged))]


def untagged_institution_nouns(doc: Doc) -> list[Token]:
    """Capitalised institution nouns in no entity, not opening their sentence (where any word is capitalised)."""
    return [t for t in doc if t.lower_ in INSTITUTION_NOUNS and t.is_title and not t.ent_type_
            and not opens_sentence(t)]


def with_purpose(doc: Doc, start: int, end: int, untagged: bool) -> tuple[int, int] | None:
    """The institution's span grown over "per"/"di" and its purpose's words, if it has one."""
    if end + 2 >= len(doc) or not (doc[end].lower_ == "per" or doc[end].lower_ == "di" and end - start == 1):
        return None
    stop = end + 1 + (doc[end + 1].lower_ in DEFINITE_ARTICLES)
    describes = doc[stop].is_lower and (untagged or doc[end].lower_ == "di")
    min_words = NAMING_PURPOSE_MIN_WORDS if describes else 1
    words = 0
    while stop < len(doc) and words < PURPOSE_WORDS and is_purpose_word(doc[stop]):
        stop, words = stop + 1, words + 1
    if words >= min_words and (doc[stop - words].pos_ == "NOUN" or doc[stop - words].is_title):
        return start, stop
    return None


def is_purpose_word(token: Token) -> bool:
    """A noun or adjective of an institution's purpose, in lower case or capitalised as in a name
    ("per gli Investimenti Diretti"), not a person's name."""
    if token.is_lower:
        return token.pos_ in ("NOUN", "ADJ")
    return token.is_title and token.is_alpha and token.ent_type_ in ("", "ORG")


def ministry_names(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """"il ministero degli Esteri russo", "del ministero della Difesa": a ministry, its portfolio
    capitalised after an articled preposition, and the country's adjective."""
    spans = []
    for token in doc[:-2]:
        portfolio = doc[token.i + 2]
        if token.lower_ in MINISTRY_NOUNS and doc[token.i + 1].lower_ in MINISTRY_PREPOSITIONS \
                and portfolio.is_title and portfolio.is_alpha and portfolio.ent_type_ != "PER":
            end = portfolio.i + 1
            if end < len(doc) and doc[end].is_lower and (doc[end].pos_ == "ADJ"
                                                         or gazetteer.demonyms.country(doc[end].text)):
                end += 1        # "russo", "turco"
            spans.append((token.i, end))
    return spans


def is_acronym_like(token: Token) -> bool:
    """"RDIF", "Rdif", "Nato": one short capitalised word of letters."""
    return token.is_alpha and 2 < len(token) <= 6 and token.text[0].isupper() and token.text[1:].isalpha()


def is_acronym_like_text(word: str) -> bool:
    return word.isalpha() and 2 <= len(word) <= 6 and word[0].isupper()


def media_names(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for token in doc:
        if token.lower_ not in MEDIA_NOUNS:
            continue
        start = next((k for k in range(token.i + 1, min(token.i + 1 + MEDIA_WINDOW, len(doc)))
                      if doc[k].text[:1].isupper() or doc[k].is_punct), None)
        if start is None or doc[start].is_punct or doc[start].text in THING_ACRONYMS \
                or any(t.like_num or t.pos_ == "ADP" for t in doc[token.i + 1:start]):
            continue        # "in TV alle 18 CEST": no name in apposition
        end = start + 1
        # not over a person the NER found next: "il presidente dell'Agenzia Ice Matteo Zoppas"
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num) and not doc[end].is_punct \
                and not (doc[end].ent_type_ == "PER" and doc[end].ent_iob_ == "B"):
            end += 1
        spans.append((token.i if names_with_its_noun(token, start) else start, end))
    return spans


def names_with_its_noun(noun: Token, name_start: int) -> bool:
    """"Agenzia Nova", "Radio Radicale": a media noun written capitalised right before the name is part
    of it (Italian writes the common noun in lower case: "l'agenzia Tass")."""
    return noun.is_title and name_start == noun.i + 1
