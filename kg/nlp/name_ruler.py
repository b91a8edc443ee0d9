"""kg_name_ruler: add the names the statistical NER missed (kg_name_fixes, just before it, corrects
the spans the NER did find).

- a surname of someone the article names in full becomes PER wherever it stands alone;
- an acronym ("NATO", "G7"), a brand written in camel case ("NewsNation") and the wire agency of a
  dateline ("(askanews)") become ORG;
- a capitalised run the place gazetteer knows becomes LOC ("Kryvyj Rih", "Gedda", with the lower-case
  words of its name: "il Vecchio continente"), and so does
  "la capitale russa" (the gazetteer knows each country's capital and nationality adjective), a
  name after "palazzo" or "basilica", and a place ending a headline of common words ("Diplomazia Usa");
- a capitalised run right after a role phrase becomes PER ("il portavoce della Farnesina Luca Neri"),
  and so does a name with a regnal number ("Leone XIV");
- with `label_unknown_runs` (for the blank pipeline, which has no NER) any other run of two or more
  capitalised words becomes PER.
Entities already there are kept as they are: a PER is never turned into a place ("Vladimir").
Its Italian word lists come from kg/knowledge/lexicon.py; NAME_PARTICLES and the rules here are shared
with kg_name_fixes and kg/extract.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.knowledge.lexicon import (ARTICULATED_A, ARTICULATED_DA, ARTICULATED_DI, ARTICULATED_IN, CAPITAL_NOUNS,
                                  ELIDED_ARTICULATED_PREPOSITIONS, ELIDED_DI, GENITIVE_PREPOSITIONS,
                                  PLURAL_DEFINITE_ARTICLES, ROLE_NOUNS, SINGULAR_DEFINITE_ARTICLES, VENUE_NOUNS_IN_NAME)
from kg.knowledge.names import GENERATION_SUFFIXES, fold, writes_surname_first
from kg.knowledge.places import Gazetteer
from kg.nlp.tables import ReadsGazetteerAndFigures

NAME_PARTICLES = frozenset({"von", "der", "van", "de", "den", "bin", "al", "el", "da", "di", "del", "la", "le"})
ACRONYM = re.compile(r"^(?:[A-Z]{2,5}|[A-Z]\d{1,2})$")
# Acronyms of things, units, formats and job titles, common in Italian and English news: no
# organisation ("la TV di Stato", "2 GB", "alle 18 CEST", "il CEO", "l'IVA", "il PIL").
THING_ACRONYMS = frozenset("""TV HD GB MB KB TB GHZ MHZ KM KW MW GW GMT CET CEST UTC CEO CFO CTO DVD CD USB PDF SMS
MMS GPS LED OLED LCD PC IVA PIL IRPEF IMU DNA RNA HIV AIDS UFO VIP SUV DJ OK PIN IBAN QR AI IA""".split())
# "NewsNation", "YouTube", "OpenAI": a capital inside a word names a brand (not "McCain", "DeSantis").
CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*$")
# "l'Fmi", "l'Onu", "la Bce": the longest acronym of a body that a role's complement may be ("della Fao")
SHORT_BODY_NAME_CHARS = 5
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
MONTH_ABBREVIATIONS = frozenset("gen feb mar apr mag giu lug ago set ott nov dic".split())
HEADER_WORD = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")     # the date of " date 2025-03 Ripresi a Ginevra"
DASHES = {"-", "–", "—"}
# Articulated prepositions before an office: "alla Difesa", "degli Esteri", "nella Commissione" (not
# "nel", "nei", "dal", "dai", nor the elided forms).
INSTITUTION_PREPOSITIONS = ((ARTICULATED_A | ARTICULATED_DI | ARTICULATED_IN | ARTICULATED_DA)
                            - ELIDED_ARTICULATED_PREPOSITIONS - {"nel", "nei", "dal", "dai"})
# ... and plural articles: "per gli Affari Regionali" (a person is seldom "i Rossi").
INSTITUTION_LEADS = INSTITUTION_PREPOSITIONS | PLURAL_DEFINITE_ARTICLES
# "di" and its articulated forms, and "per": what opens a role's complement ("il portavoce del Cremlino").
COMPLEMENT_PREPOSITIONS = (GENITIVE_PREPOSITIONS - ELIDED_DI - ELIDED_ARTICULATED_PREPOSITIONS) | {"per"}
# "il commissario al Commercio": "a" with its article completes a portfolio too
OFFICE_LEADS = COMPLEMENT_PREPOSITIONS | (ARTICULATED_A - ELIDED_ARTICULATED_PREPOSITIONS)
# A role noun this many words before the preposition still heads the phrase: "il rappresentante per il
# Commercio degli [Stati Uniti ...]"
ROLE_PHRASE_REACH = 6
# How far back from a name a role noun may stand: "il presidente del Consiglio europeo António Costa".
ROLE_WINDOW = 6


@Language.factory("kg_name_ruler", assigns=["doc.ents"], default_config={"label_unknown_runs": False})
def make_name_ruler(nlp: Language, name: str, label_unknown_runs: bool) -> "NameRuler":
    return NameRuler(label_unknown_runs=label_unknown_runs or "ner" not in nlp.pipe_names,
                     common_nouns=words_of(nlp, "noun", "adj"), common_words=words_of(nlp, "noun", "adj", "verb"),
                     things=words_of(nlp, "noun", "adj", "num", "adv", "pron", "det", "adp", "other"))


def words_of(nlp: Language, *parts_of_speech: str) -> "CommonWords":
    """Italian words the pipeline's lookup lemmatizer knows (spacy-lookups-data), to tell "alla
    Difesa" from a person; none when the pipeline has no lookup lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return CommonWords([])
    lookups = nlp.get_pipe("lemmatizer").lookups
    tables = [f"lemma_lookup_{pos}" for pos in parts_of_speech]
    return CommonWords([lookups.get_table(t) for t in tables if lookups.has_table(t)])


class CommonWords:
    def __init__(self, tables) -> None:
        self.tables = tables

    def __contains__(self, word: str) -> bool:
        return any(word in table for table in self.tables)

    def has_base_form(self, word: str) -> bool:
        """The word is a lemma of its own: a singular noun, a masculine singular adjective, an adverb..."""
        return any(table.get(word) == word for table in self.tables)


class NameRuler(ReadsGazetteerAndFigures):
    factory = "kg_name_ruler"

    def __init__(self, *, label_unknown_runs: bool, common_nouns: CommonWords | None = None,
                 common_words: CommonWords | None = None, things: CommonWords | None = None) -> None:
        self.label_unknown_runs = label_unknown_runs
        self.common_nouns = common_nouns or CommonWords([])
        self.common_words = common_words or CommonWords([])
        self.things = things or CommonWords([])

    def match(self, doc: Doc) -> list[Span]:
        taken = tokens_held(doc.ents)
        # A surname the NER found in a full name elsewhere in the article ("Zelensky accusa Mosca")
        surnames = surnames_of(doc.ents)
        found = [surname_span(doc, t, particles_of_surnames(doc.ents)) for t in doc
                 if t.text in surnames and t.i not in taken]
        found += [Span(doc, t.i, t.i + 1, label="PER") for t in doc
                  if t.i not in taken and t.text not in surnames and self.is_figure_as_subject(t)]
        found += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
                  if t.i not in taken and t.text not in surnames
                  and (is_acronym(t) and not is_shouted_word(t, self.common_words)
                       or is_agency_credit(t, self.gazetteer) or CAMEL_CASE.match(t.text))
                  and not self.gazetteer.is_place(t.text)]
        found += self.capitals_by_nationality(doc, taken)
        taken.update(i for span in found for i in range(span.start, span.end))
        for run in capitalised_runs(doc):
            for start, end in split_complement(doc, *run, self.gazetteer):
                if any(i in taken for i in range(start, end)):
                    continue
                longer = place_run_on(doc, start, end, self.gazetteer)
                label = "LOC" if longer > end and not any(i in taken for i in range(end, longer)) \
                    else self.label_of(doc, start, end)
                end = longer if label == "LOC" else end
                if label:
                    found.append(Span(doc, start, end, label=label))
                elif start > 0 and doc[start - 1].lower_ in VENUE_NOUNS_IN_NAME and start - 1 not in taken:
                    found.append(Span(doc, start - 1, end, label="LOC"))     # "nel palazzo Ciragan"
                elif end - start > 1 and self.gazetteer.is_place(doc[end - 1].text) \
                        and all(t.lower_ in self.common_nouns for t in doc[start:end - 1]):
                    found.append(Span(doc, end - 1, end, label="LOC"))       # the headline "Diplomazia Usa"
        return found

    def is_figure_as_subject(self, token: Token) -> bool:
        """"Meloni prende la parola", "Draghi ha detto": a public figure's surname (kg/data/
        public_figures.tsv), capitalised, that a verb in the singular follows is that person, even
        where the article never writes the full name. Not a word that could itself be that singular
        subject: "Speranza è l'ultima a morire", "Costa poco", "Mai avrebbe aperto" (a plural common
        noun, "meloni", cannot)."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.is_title and following is not None and following.pos_ in ("VERB", "AUX") \
            and "Sing" in following.morph.get("Number") and self.figures.writes_surname(token.text) \
            and not self.things.has_base_form(token.lower_) and not self.gazetteer.is_place(token.text)

    def capitals_by_nationality(self, doc: Doc, taken: set[int]) -> list[Span]:
        """"la capitale russa", "il capoluogo lombardo" are places (the gazetteer reads them as Moscow,
        Milan)."""
        return [Span(doc, t.i, t.i + 2, label="LOC") for t in doc[:-1]
                if t.lower_ in CAPITAL_NOUNS and not taken & {t.i, t.i + 1}
                and self.gazetteer.capital_named(f"{t.lower_} {fold(doc[t.i + 1].text)}")]

    def label_of(self, doc: Doc, start: int, end: int) -> str | None:
        text = doc[start:end].text
        if self.gazetteer.is_place(text):
            return "LOC"
        if follows_role(doc, start) or (doc[start].lower_ in ROLE_NOUNS and end - start >= 2):
            return "PER"        # "il portavoce Dmitri Peskov"; "Papa Leone" with its title
        if end - start >= 2 and is_regnal_number(doc[end - 1]):
            return "PER"        # "Leone XIV", "Carlo III"
        if self.label_unknown_runs and end - start >= 2:
            return "PER"
        return None

    @staticmethod
    def set_annotations(doc: Doc, spans: list[Span]) -> Doc:
        doc.set_ents(spans, default="unmodified")
        return doc


def place_run_on(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of a place named by a capitalised word and the words after it ("il
    Vecchio continente", "l'Arabia saudita"), if the gazetteer knows the whole; else `end`."""
    for extra in (2, 1):
        words = doc[end:end + extra]
        if end + extra <= len(doc) and all(t.is_alpha for t in words) \
                and gazetteer.is_place(doc[start:end + extra].text):
            return end + extra
    return end


def surnames_of(ents) -> set[str]:
    """The surnames of the people named in full: their last words ("Ushakov" of "Yuri Ushakov"; "Marcos"
    of "Ferdinand Marcos Jr"), the first of a Chinese or Korean name ("Xi" of "Xi Jinping")."""
    return {surname.text for ent in ents if ent.label_ == "PER" and len(ent) > 1
            and (surname := surname_token(ent)).is_alpha}


def surname_token(ent: Span) -> Token:
    # "Papa Leone XIV": the name before the regnal number, as before "Jr"
    words = ent[:-1] if len(ent) > 2 and (ent[-1].lower_.rstrip(".") in GENERATION_SUFFIXES
                                          or is_regnal_number(ent[-1])) else ent
    return words[0] if writes_surname_first(ent.text.split()) else words[-1]


def particles_of_surnames(ents) -> dict[str, tuple[str, ...]]:
    """The particles a full name puts before its last word: "Leyen" -> ("von", "der") of "Ursula von der Leyen"."""
    particles = {}
    for ent in ents:
        if ent.label_ == "PER" and len(ent) > 1:
            start = ent.end - 1
            while start > ent.start + 1 and ent.doc[start - 1].lower_ in NAME_PARTICLES:
                start -= 1
            particles[ent[-1].text] = tuple(t.lower_ for t in ent.doc[start:ent.end - 1])
    return particles


def surname_span(doc: Doc, token: Token, particles: dict[str, tuple[str, ...]]) -> Span:
    """The surname at `token` with the particles its full name writes before it, where the text
    writes them too: "von der Leyen" alone, not "Leyen"; and the regnal number after it ("Leone XIV")."""
    before = particles.get(token.text, ())
    start = token.i - len(before)
    if not (before and start >= 0 and tuple(t.lower_ for t in doc[start:token.i]) == before):
        start = token.i
    end = token.i + 2 if token.i + 1 < len(doc) and is_regnal_number(doc[token.i + 1]) else token.i + 1
    return Span(doc, start, end, label="PER")


def opens_sentence(token: Token) -> bool:
    """The first word of a sentence, of a line (a headline, a dateline) or of a quote ("Rubio:
    "Pace possibile..."")."""
    doc = token.doc
    if token.is_sent_start or token.i == 0:
        return True
    before = doc[token.i - 1]
    return "\n" in before.whitespace_ + before.text or before.text in (".", "!", "?", "“", "«") \
        or before.text == '"' and not before.whitespace_ or HEADER_WORD.match(before.text) is not None


def split_complement(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """'del Cremlino Dmitri Peskov', 'degli Stati Uniti Donald Trump', "dell'Oman Badr Albusaidi": after a
    preposition the run starts with the role's complement (a place or an institution), then the name."""
    before = doc[start - 1].lower_ if start else ""
    elided = before in GENITIVE_PREPOSITIONS and not before.isalpha()      # "dell'", "d'"
    if not (before in OFFICE_LEADS or elided) or end - start < 3 or doc[start].lower_ in NAME_PARTICLES:
        return [(start, end)]
    cut = next((k for k in range(end - 2, start, -1) if gazetteer.is_place(doc[start:k].text)), None)
    if cut is None and elided:
        # "dell'Fmi Kristalina Georgieva": a body's short name, then a name; "d'Arco", "dell'Acqua": an
        # elided "di" may belong to the name
        return [(start, start + 1), (start + 1, end)] if is_short_body_name(doc[start]) else [(start, end)]
    # else the name starts at the next capitalised word: "della Commissione europea | Ursula ..."
    cut = cut or next((k for k in range(start + 1, end) if doc[k].text[:1].isupper()), start + 1)
    return [(start, cut), (cut, end)]


def is_short_body_name(token: Token) -> bool:
    """"Fmi", "Onu", "CIO": a short capitalised word, the acronym a body goes by."""
    return token.is_alpha and 2 <= len(token) <= SHORT_BODY_NAME_CHARS and token.text[0].isupper() \
        and token.i + 2 < len(token.doc) and token.doc[token.i + 1].is_title and token.doc[token.i + 2].is_title


def is_shouted_word(token: Token, common_words: CommonWords) -> bool:
    """"STOP", "VIDEO", "CONTINUA", "16 MAG": a word in capitals, not an acronym ("AGI" stays:
    three letters are more often an acronym than the rare word)."""
    return token.is_upper and (len(token) > 3 and token.lower_ in common_words
                               or token.lower_ in MONTH_ABBREVIATIONS)


def is_regnal_number(token: Token) -> bool:
    """"XIV" of "Leone XIV": a roman numeral of two letters or more ("I" is also an article)."""
    return len(token) > 1 and ROMAN_NUMERAL.match(token.text) is not None


def is_acronym(token: Token) -> bool:
    """"NATO", "SBU", "G7", "G20": a short capitalised code standing alone, not a word of a
    headline in capitals (whose neighbours are capitals too) nor a roman numeral."""
    text = token.text
    if not (ACRONYM.match(text) and not ROMAN_NUMERAL.match(text)) or text in THING_ACRONYMS:
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return not any(n.is_upper and len(n) > 1 for n in neighbours)


def is_agency_credit(token: Token, gazetteer: Gazetteer) -> bool:
    """The wire agency in a dateline: "Roma, 19 mag. (askanews) –", "ROMA (ITALPRESS) –"."""
    doc, i = token.doc, token.i
    if not (1 < i < len(doc) - 2 and token.is_alpha and len(token) > 2 and doc[i - 1].text == "("
            and doc[i + 1].text == ")" and doc[i + 2].text in DASHES):
        return False
    before = doc[i - 2]     # the dateline's end: "mag.", "18", "ROMA"
    return before.text.endswith(".") or before.like_num or gazetteer.is_place(before.text)


def capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token runs of capitalised words, joined by name particles ("Ursula von der Leyen")."""
    runs, i = [], 0
    while i < len(doc):
        if not is_name_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if is_name_word(doc[end]):
                end += 1
            elif doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and is_name_word(doc[end + 1]):
                end += 2
            else:
                break
        runs.append((i, end))
        i = end
    return runs


def is_name_word(token: Token) -> bool:
    text = token.text
    if len(text) < 2 or not text[0].isupper() or not text.isalpha() and "-" not in text:
        return False
    return token.lower_ not in STOP_WORDS


def completes_role(doc: Doc, start: int) -> bool:
    """The span starts as the complement of a role: "il portavoce del [Cremlino ...]", "il commissario
    europeo al [Commercio ...]", "il rappresentante per il Commercio degli [Stati Uniti ...]"."""
    if start < 2 or doc[start - 1].lower_ not in OFFICE_LEADS:
        return False
    for token in reversed(doc[max(0, start - 1 - ROLE_PHRASE_REACH):start - 1]):
        if token.lower_ in ROLE_NOUNS:
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PER":
            return False
    return False


def tokens_held(ents: Iterable[Span]) -> set[int]:
    """The indices of the tokens the entities cover: where no other entity may grow."""
    return {i for ent in ents for i in range(ent.start, ent.end)}


def follows_institution_lead(doc: Doc, start: int) -> bool:
    """"alla Difesa", "per i Rapporti", "per la Sicurezza": an articled preposition, a plural
    article, or "per" and an article before the words at `start`: an office, not a person."""
    return start > 0 and (doc[start - 1].lower_ in INSTITUTION_LEADS
                          or start > 1 and doc[start - 1].lower_ in SINGULAR_DEFINITE_ARTICLES
                          and doc[start - 2].lower_ == "per")


def follows_role(doc: Doc, start: int) -> bool:
    """A role phrase ends right before: "il portavoce della Farnesina Luca Neri" (not "della Farnesina")."""
    if start == 0 or doc[start - 1].lower_ in COMPLEMENT_PREPOSITIONS | ELIDED_ARTICULATED_PREPOSITIONS \
            or follows_institution_lead(doc, start):
        return False        # "Ministro per gli Affari Regionali", "il ministro dell'Interno": an office, not a name
    window = doc[max(0, start - ROLE_WINDOW):start]
    if opens_sentence(doc[start]) or any(t.text in (".", "!", "?") or "\n" in t.text_with_ws for t in window):
        return False        # a role does not run on into the next sentence or line ("... Mark Rutte.\n\nIntroducendo")
    role_at = max((t.i for t in window if t.lower_ in ROLE_NOUNS), default=None)
    # the role's phrase runs on to the name: no auxiliary or other name between ("il cardinale X sarà
    # ricevuto dal Papa": "Papa" is no name the cardinal's title introduces). (Not any verb: the tagger
    # makes one of "iraniano" in "il ministro degli Esteri iraniano X".)
    return role_at is not None and not any(t.is_punct for t in window[-1:]) and not any(
        t.pos_ == "AUX" or t.ent_type_ == "PER" for t in doc[role_at + 1:start])
