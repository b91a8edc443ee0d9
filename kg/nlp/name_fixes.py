"""kg_name_fixes: correct the name spans the statistical NER found, before kg_name_ruler adds those it missed.

- a place or a role's complement in front of a name is cut off ("USA Donald Trump", "del Cremlino
  Dmitri Peskov"); "von der" particles and the given name are added; juxtaposed names are split
  ("l'inviato di Trump Witkoff");
- a lone surname of someone named in full is a person; common nouns after "alla", "per gli" are an
  institution, not a person ("il segretario alla Difesa"), nor are common words no person's name
  holds ("la Polizia Amministrativa", "il Villaggio Giardino": an office, a place);
- a copyright footer keeps only its agency; two places run together are two places; a place
  takes the lower-case words of its name ("il Vecchio continente"); two places joined by "e" are two;
- an Italian word that opens a sentence, or a word in capitals, is no name ("Iniziati a Riad", "STOP"),
  nor an adverb a span opens with or a function word it ends with ("Oggi Witkoff", "Cremlino poco");
- a name after "palazzo", "basilica" is a place, the noun part of it ("il palazzo Ciragan");
- a pope's or a monarch's name keeps its title and number ("Papa Francesco", "Leone XIV").
A PER span the NER found is never turned into a place.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.knowledge.lexicon import (AND_CONJUNCTIONS, ARTICULATED_A, ARTICULATED_IN, ARTICULATED_PREPOSITIONS, DAY_WORDS,
                                  ELIDED_ARTICULATED_PREPOSITIONS,
                                  GENITIVE_PREPOSITIONS, MONTHS, PLACE_NAME_NOUNS, PLURAL_ARTICULATED_PREPOSITIONS,
                                  PLURAL_DEFINITE_ARTICLES, ROLE_NOUNS, VENUE_NOUNS, VENUE_NOUNS_IN_NAME, WEEKDAYS)
from kg.knowledge.names import name_key, writes_surname_first
from kg.nlp.name_ruler import (DASHES, INSTITUTION_PREPOSITIONS, NAME_PARTICLES, CommonWords, completes_role,
                               follows_institution_lead, is_regnal_number, is_shouted_word, opens_sentence,
                               place_run_on, split_complement, surnames_of, tokens_held, words_of)
from kg.nlp.tables import ReadsNameTables


# Words that open a sentence before a name, never a name's first word: "Oggi Witkoff e Kushner ...",
# "Vertice Meloni-Macron a Roma" (a headline's meeting word).
LEADING_NON_NAMES = frozenset("""intanto ora anche ma e poi quindi infine inoltre mentre già ancora dunque però invece
proprio persino perfino pure neppure nemmeno neanche soltanto eppure tuttavia
secondo vertice summit incontro colloquio colloqui bilaterale trilaterale""".split()) | frozenset(DAY_WORDS) \
    | frozenset(WEEKDAYS)
# "Usa", "Urss": the longest abbreviation of a country that may open a person's span ("l'inviato Usa Witkoff")
COUNTRY_ABBREVIATION_CHARS = 4
TRAILING_NON_NAME_POS = frozenset({"ADV", "ADP", "AUX", "VERB", "DET", "PRON", "CCONJ", "SCONJ"})
# A verb in the future that opens a quote or a sentence before a name: "«Vedrò Olaf Scholz giovedì»",
# "Incontrerà Macron". No given name ends so.
LEADING_FUTURE_VERB = re.compile(r"^[A-ZÀ-Ý][a-zà-ù]+(?:rò|rà|remo|rete|ranno)$")
# The title of a saint before the name ("San", "Santa", "Sant'")
SAINT_TITLES = frozenset({"San", "Santa", "Santo", "Sant'", "Sant’", "Santi"})
# Prepositions that put someone in a place: "Meloni a Parigi", "Prabowo al Quirinale"
PLACE_LEADS = ARTICULATED_PREPOSITIONS | frozenset({"a", "ad", "in", "da"})
# "al Lingotto", "nella Cancelleria": where something takes place (not "del Quirinale", an institution's)
VENUE_LEADS = ARTICULATED_A | ARTICULATED_IN | frozenset({"a", "ad", "in"})
# Prepositions no place name holds ("Casa Bianca per Halloween"); "di" and "del" do ("Palazzo di Vetro").
PREPOSITIONS_AFTER_A_PLACE = frozenset({"per", "con", "contro", "tra", "fra", "dopo", "durante", "verso"})
# Lower-case particles inside place names: "Sharm el Sheikh", "Dar es Salaam", "Rio de Janeiro"
PLACE_PARTICLES = frozenset("el al es ed de di da del do dos das la le sur am an".split())
# "il G7", "al G20", "Vertice G7": the groups of governments that meet at summits
SUMMIT_GROUP = re.compile(r"^(?:(?:il|al|del|nel|dal)\s+)?(?:(?:vertice|summit)\s+)?G\d{1,2}$", re.IGNORECASE)
PLURAL_ARTICLES = PLURAL_DEFINITE_ARTICLES | PLURAL_ARTICULATED_PREPOSITIONS
# "i vertici di Hera", "una delegazione di Stellantis": nouns of a body's people, before its name
BODY_PEOPLE_NOUNS = frozenset("""vertici dirigenti delegazione rappresentanti amministratori management dipendenti
lavoratori azionisti soci""".split())
# "i sindacati Fiom e Fim", "la società Leonardo": nouns of bodies and firms, right before a name
FIRM_NOUNS = frozenset("""sindacati sindacato società azienda aziende gruppo colosso marchio holding multinazionale
banca compagnia""".split())
# The plural nouns that open Italian firms' names ("Officine Galileo", "Acciaierie d'Italia", "Poste
# Italiane", "Assicurazioni Generali"): a name that opens with one is a firm's, whatever surname follows
COMPANY_NAME_HEADS = frozenset("""officine cantieri acciaierie industrie manifatture fonderie cartiere distillerie
cantine edizioni assicurazioni autostrade ferrovie poste laboratori costruzioni""".split())
# The words that close firms' names, Italian and English ("Rossi Group", "Kuroda Industries", "Bianchi Spa"):
# a name that ends with one is a firm's, and its first word alone names the firm
COMPANY_NAME_TAILS = frozenset("""industries industrie group gruppo holding holdings spa srl motors corporation corp
inc ltd gmbh partners technologies airlines pharma""".split())
# A list that such a noun opens, up to the name: "i sindacati Fiom, Fim e Uilm"
BODY_LIST = re.compile(r"\b(?:" + "|".join(sorted(FIRM_NOUNS)) + r")\s+[\w\s,]*$", re.IGNORECASE)
# "il PalaDozza", "un Palapiccinini gremito": Italian sports halls ("palazzetto dello sport"), the
# sponsor's or town's name written on "Pala"; in lower case only after an article or a preposition
# of place that a surname ("Palamara") does not take
SPORTS_HALL = re.compile(r"^Pala[A-Z][a-zA-Z]{2,}$")
SPORTS_HALL_LOWER = re.compile(r"^Pala[a-z]{4,}$")
BEFORE_A_HALL = frozenset({"un", "al", "nel", "dal"})
# "Palazzo Apostolico di Castel Gandolfo": the longest venue name read, in words
VENUE_MAX_WORDS = 6
# "il presidente del Comitato olimpico internazionale, Kirsty Coventry": the longest complement of a role
# that a comma sets before a name, in words
COMPLEMENT_WORDS = 4
# "il primo ministro giapponese Shigeru Ishiba": nationality words between a role noun and its name
NATIONALITIES_AFTER_ROLE = 2
# "and" in the languages news quotes: "Europe et Afrique du Nord".
CONJUNCTIONS = AND_CONJUNCTIONS | {"et", "and", "und", "y"}
# Lower-case words that join the words of an institution's name ("per gli Investimenti Diretti");
# not "del", which is also a name particle.
INSTITUTION_JOINERS = (INSTITUTION_PREPOSITIONS - {"del"}) | {"gli"}


@Language.factory("kg_name_fixes", assigns=["doc.ents"])
def make_name_fixes(nlp: Language, name: str) -> "NameFixes":
    return NameFixes(common_nouns=words_of(nlp, "noun", "adj"), common_words=words_of(nlp, "noun", "adj", "verb"))


class NameFixes(ReadsNameTables):
    factory = "kg_name_fixes"

    def __init__(self, *, common_nouns: CommonWords | None = None, common_words: CommonWords | None = None) -> None:
        self.common_nouns = common_nouns or CommonWords([])
        self.common_words = common_words or CommonWords([])

    def match(self, doc: Doc) -> list[Span]:
        """The entities, corrected."""
        ents = [self.place_if_known(trimmed) for ent in doc.ents if (trimmed := edges_trimmed(ent)) is not None]
        ents = with_trailing_particles(with_particle_names([piece for ent in ents
                                                            for piece in self.trimmed_person(doc, ent)]))
        ents = people_after_organisations(surnames_with_a_capital_particle(ents))
        ents = regnal_names(surnames_written_first(ents))
        ents = self.institutions_not_people(self.surnames_as_people(split_juxtaposed_names(self.titled_people(ents))))
        ents = self.common_words_not_people(ents)
        ents = self.places_across_particles(self.places_run_on(self.places_side_by_side(credits_trimmed(ents))))
        ents = self.pieces_of_one_place(saints_are_places(ents))
        ents = self.people_run_on(summit_groups(titled_names_with_a_particle_surname(ents)))
        ents = organisations_after_group_nouns(self.named_after_venue_nouns(self.words_not_names(ents)))
        ents = acronyms_of_organisations(firms_written_short(ents))
        return self.dateline_places(doc, self.venues_the_ner_missed(doc, ents))

    @staticmethod
    def set_annotations(doc: Doc, ents: list[Span]) -> Doc:
        doc.ents = ents
        return doc

    def place_if_known(self, ent: Span) -> Span:
        """What is left of "Dell'Iran" once trimmed is the place the gazetteer knows, whatever the NER said;
        "al Cairo" is "Cairo" (an Italian preposition in lower case opens no place's name); "la Regione
        Campania" is the region; a venue of the venue table the NER took for a person is a place."""
        if ent.label_ != "PER" and len(ent) > 1 and ent[0].lower_ in ARTICULATED_PREPOSITIONS and ent[0].is_lower \
                and self.gazetteer.is_place(ent[1:].text):
            return Span(ent.doc, ent.start + 1, ent.end, label="LOC")
        if ent.label_ != "LOC" and ent[0].lower_ == "regione" and (place := self.gazetteer.lookup(ent.text)) \
                and place.kind == "region":
            return Span(ent.doc, ent.start, ent.end, label="LOC")       # "Regione Campania" is Campania
        trimmed_from = ent.doc[ent.start - 1].lower_ if ent.start else ""
        if ent.label_ != "LOC" and trimmed_from in ELIDED_ARTICULATED_PREPOSITIONS \
                and self.gazetteer.is_place(ent.text):
            return Span(ent.doc, ent.start, ent.end, label="LOC")
        if ent.label_ == "PER" and len(ent) > 1 and self.venues.venue_of(ent.text) is not None:
            return Span(ent.doc, ent.start, ent.end, label="LOC")       # "El Mouradia", a palace read as a man
        return ent

    def trimmed_person(self, doc: Doc, ent: Span) -> list[Span]:
        """A PER span that starts with a place or a role's complement loses it:
        "USA Donald Trump" -> "USA" (LOC) + "Donald Trump"; "del Cremlino Dmitri Peskov" likewise,
        also when the NER took the whole for an ORG ("il portavoce della Farnesina Luca Neri")."""
        # two words only where the first is that abbreviation; a longer place may be a given name ("Israel Katz")
        # "l'inviato Usa Witkoff": a country's abbreviation between a role noun and a name is the role's
        abbreviated = ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_NOUNS \
            and self.is_country_abbreviation(doc[ent.start])
        if len(ent) < 2 or len(ent) == 2 and not abbreviated \
                or (ent.label_ != "PER" and not completes_role(doc, ent.start) and not abbreviated):
            return [ent]
        pieces = split_complement(doc, ent.start, ent.end, self.gazetteer)
        if len(pieces) == 1 and self.gazetteer.is_place(doc[ent.start].text):
            pieces = [(ent.start, ent.start + 1), (ent.start + 1, ent.end)]
        if len(pieces) == 1:
            return [ent]
        (head_start, head_end), (name_start, name_end) = pieces
        if ent.label_ != "PER" and not looks_like_a_name(doc[name_start:name_end]):
            return [ent]        # "il Comandante Generale della Guardia di Finanza": an office, no name inside
        head_label = "LOC" if self.gazetteer.is_place(doc[head_start:head_end].text) else "ORG"
        return [Span(doc, head_start, head_end, label=head_label), Span(doc, name_start, name_end, label="PER")]

    def is_country_abbreviation(self, token) -> bool:
        """"Usa", "UE", "Uk": a country (or union) written in a few capitals."""
        place = self.gazetteer.lookup(token.text)
        return len(token) <= COUNTRY_ABBREVIATION_CHARS and token.text[:1].isupper() and place is not None \
            and place.kind in ("country", "area") and token.text.lower() != place.name.lower()

    def titled_people(self, ents: list[Span]) -> list[Span]:
        """"il vicepresidente JD Vance", "il primo ministro giapponese Shigeru Ishiba" tagged ORG, "il
        presidente algerino Abdelmadjid [Tebboune]" with its surname tagged LOC: a name right after a role
        noun, or after its nationality, is a person (with the given name the NER left out), unless it is
        a known place ("il presidente Usa")."""
        taken = tokens_held(ents)
        result = []
        for ent in ents:
            start = ent.start
            if ent.label_ in ("ORG", "LOC") and ent[-1].is_title and not self.gazetteer.is_place(ent.text):
                if start > 0 and start - 1 not in taken and is_name_word(ent.doc[start - 1]):
                    start -= 1          # the given name the NER left out
                if ent.end - start > 1 and (self.follows_a_role(ent.doc[start:ent.end])
                                            or after_a_role_and_a_comma(ent.doc[start:ent.end])
                                            and self.venues.venue_of(ent.text) is None):
                    ent = Span(ent.doc, start, ent.end, label="PER")
            result.append(ent)
        return result

    def follows_a_role(self, ent: Span) -> bool:
        i = ent.start - 1
        while i >= 0 and ent.start - i <= NATIONALITIES_AFTER_ROLE and ent.doc[i].is_lower \
                and self.gazetteer.demonyms.country(ent.doc[i].text):
            i -= 1
        return i >= 0 and ent.doc[i].lower_ in ROLE_NOUNS

    def surnames_as_people(self, ents: list[Span]) -> list[Span]:
        """A lone word tagged ORG or LOC that is the surname of a person named in full in the
        same article ("Ushakov" after "Yuri Ushakov") is that person, unless it stays a place."""
        surnames = surnames_of(ents)
        return [Span(ent.doc, ent.start, ent.end, label="PER")
                if ent.label_ != "PER" and len(ent) == 1 and ent.text in surnames and not self.stays_a_place(ent)
                else ent for ent in ents]

    def stays_a_place(self, ent: Span) -> bool:
        """A country, a region or a capital, or a town a preposition puts as a place ("a Ferrara"); a
        town is otherwise the surname the article gave someone ("ha detto Coventry" after "Kirsty Coventry")."""
        place = self.gazetteer.lookup(ent.text)
        return place is not None and (place.kind != "city" or self.gazetteer.is_capital(place.id)
                                      or ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_LEADS)

    def institutions_not_people(self, ents: list[Span]) -> list[Span]:
        """"il segretario alla Difesa", "il commissario per la Tutela ambientale": a PER span of
        common nouns after an articled preposition, a plural article or "per la" is an office, unless the article names
        someone in full with those words ("della Meloni" after "Giorgia Meloni")."""
        full_names = {t.lower_ for ent in ents if ent.label_ == "PER" and len(ent) > 1 and ent.start > 0
                      and not follows_institution_lead(ent.doc, ent.start) for t in ent}
        return [Span(ent.doc, ent.start, ent.end, label="ORG")
                if ent.label_ == "PER" and follows_institution_lead(ent.doc, ent.start)
                and all(t.lower_ in self.common_nouns and t.lower_ not in full_names for t in ent)
                else ent for ent in ents]

    def common_words_not_people(self, ents: list[Span]) -> list[Span]:
        """"la Divisione Polizia Amministrativa", "i servizi di Medicina d'Urgenza", "al Villaggio Giardino":
        a PER span of two words or more, each an Italian common noun or adjective that no person's name
        holds (kg/data/person_words.txt; nor a proper noun of the lemma tables), is an office or a
        place (after "via", "quartiere"...), unless the article writes its last word alone as a name.
        "Marina Calderone" is two common nouns too, but "Marina" names people."""
        alone = {ent.text for ent in ents if ent.label_ == "PER" and len(ent) == 1}
        return [Span(ent.doc, ent.start, ent.end, label="LOC" if ent[0].lower_ in PLACE_NAME_NOUNS else "ORG")
                if ent.label_ == "PER" and self.only_common_words(ent) and ent[-1].text not in alone else ent
                for ent in ents]

    def only_common_words(self, ent: Span) -> bool:
        words = [t for t in ent if t.is_alpha and not (t.is_lower and t.lower_ in NAME_PARTICLES | INSTITUTION_JOINERS)
                 and t.lower_ != "d"]
        return len(words) >= 2 and all(
            t.lower_ in self.common_nouns and t.lower_ not in self.person_words and t.lower_ not in ROLE_NOUNS
            and t.text.capitalize() not in self.common_nouns for t in words)

    def places_side_by_side(self, ents: list[Span]) -> list[Span]:
        """"... le trattative sul grano Ankara, 3 mar.", "Il Papa al Quirinale Gaza tra i temi": known places
        and venues run together (a headline glued to its dateline or to the next words of a title
        without punctuation) are each a place, unless together they name one ("Città del Vaticano",
        "Casa Bianca"); a person stays whole ("Jordan Washington")."""
        result = []
        for ent in ents:
            pieces = self.known_places_in(ent) if len(ent) > 1 and ent.label_ != "PER" else []
            result += pieces if len(pieces) > 1 else [
                piece for part in self.person_before_a_place(ent)
                for piece in self.places_joined(self.place_before_a_preposition(part))]
        return result

    def person_before_a_place(self, ent: Span) -> list[Span]:
        """"Prabowo al Quirinale", "Meloni a Parigi": a person's span that runs on, through a preposition
        in lower case, into a known place or venue is the person, then the place."""
        if ent.label_ != "PER":
            return [ent]
        cut = next((t.i for t in ent[1:-1] if t.is_lower and t.lower_ in PLACE_LEADS
                    and self.is_known_place(ent.doc[t.i + 1:ent.end])), None)
        if cut is None:
            return [ent]
        return [Span(ent.doc, ent.start, cut, label="PER"), Span(ent.doc, cut + 1, ent.end, label="LOC")]

    def venues_the_ner_missed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"nella Grande Sala del Popolo", "a Casa Santa Marta": a capitalised run of words the venue
        table names in full, where the NER found nothing, is a place; the longest run from each word.
        A run of one word only right after a place preposition inside a sentence ("al Lingotto"):
        elsewhere a lone "Colle" or "Casa" is mostly no venue."""
        taken = tokens_held(ents)
        found, i = [], 0
        while i < len(doc):
            end = None
            if doc[i].is_title and i not in taken:
                shortest = i + 1 if i > 0 and doc[i - 1].lower_ in VENUE_LEADS and not doc[i].is_sent_start else i + 2
                end = next((j for j in range(min(len(doc), i + VENUE_MAX_WORDS), shortest - 1, -1)
                            if not taken.intersection(range(i, j)) and doc[j - 1].is_alpha
                            and self.venues.venue_of(doc[i:j].text) is not None), None)
            if end:
                found.append(Span(doc, i, end, label="LOC"))
            i = end or i + 1
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def dateline_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"CITTÀ DEL VATICANO, 13 maggio -", "REGGIO EMILIA -": the words in capitals that open a line, up
        to its comma or dash, are the dateline's place where the gazetteer knows them, whatever pieces the
        NER made of them ("DEL" an organisation), also after the agency's credit ("(ANSA) - CITTÀ DEL
        VATICANO, 12 MAR -")."""
        found = []
        for line_start in (t.i for t in doc if t.i == 0 or "\n" in doc[t.i - 1].text_with_ws):
            start = end = after_a_credit(doc, line_start)
            while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end > start and end < len(doc) and doc[end].text in (",", *DASHES) \
                    and self.gazetteer.is_place(doc[start:end].text):
                found.append(Span(doc, start, end, label="LOC"))
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def place_before_a_preposition(self, ent: Span) -> Span:
        """"un ricevimento al Quirinale per Natale": a known place or venue, then a lower-case
        preposition, is the place alone; what follows the preposition is no part of its name."""
        if ent.label_ == "PER":
            return ent
        cut = next((t.i for t in ent[1:] if t.lower_ in PREPOSITIONS_AFTER_A_PLACE), None)
        if cut is None or not self.is_known_place(ent.doc[ent.start:cut]):
            return ent
        return Span(ent.doc, ent.start, cut, label="LOC")

    def known_places_in(self, ent: Span) -> list[Span]:
        """The span cut, left to right, into the longest runs of words that name a known place or
        venue; none if some word is in no such run."""
        pieces, start = [], ent.start
        while start < ent.end:
            end = next((end for end in range(ent.end, start, -1) if self.is_known_place(ent.doc[start:end])), None)
            if end is None:
                return []
            pieces.append(Span(ent.doc, start, end, label="LOC"))
            start = end
        return pieces

    def is_known_place(self, words: Span) -> bool:
        return all(t.is_alpha for t in words) and (self.gazetteer.is_place(words.text)
                                                    or self.venues.venue_of(words.text) is not None)

    def places_joined(self, ent: Span) -> list[Span]:
        """"Europa e Nord Africa", "Europe et Afrique du Nord": two known places joined
        by "and" in any of the languages news quotes are two places."""
        joint = next((t.i for t in ent if t.lower_ in CONJUNCTIONS), None)
        if ent.label_ == "PER" or joint is None:
            return [ent]
        parts = [Span(ent.doc, ent.start, joint, label="LOC"), Span(ent.doc, joint + 1, ent.end, label="LOC")]
        return parts if all(len(p) and self.gazetteer.is_place(p.text) for p in parts) else [ent]

    def people_run_on(self, ents: list[Span]) -> list[Span]:
        """"il ministro dello Sport Paolo Emilio Caldaia rispondendo": a titled name of two words the
        NER cut short takes the capitalised word right after it, where the name ends there, unless
        that word is a place, a day or month, or opens a sentence or a name of its own."""
        taken = tokens_held(ents)
        result = []
        for ent in ents:
            end = ent.end
            if ent.label_ == "PER" and len(ent) == 2 and end < len(ent.doc) and end not in taken \
                    and is_name_word(ent.doc[end]) and not self.gazetteer.is_place(ent.doc[end].text) \
                    and ends_a_name(ent.doc, end + 1) and after_a_title(ent):
                end += 1
            result.append(Span(ent.doc, ent.start, end, label="PER") if end > ent.end else ent)
        return result

    def places_across_particles(self, ents: list[Span]) -> list[Span]:
        """"Sharm el Sheikh", "Dar es Salaam": two names the NER found either side of a lower-case
        particle are one place where the gazetteer knows the whole."""
        result: list[Span] = []
        for ent in ents:
            previous = result[-1] if result else None
            if previous is not None and ent.start == previous.end + 1 and ent.label_ != "PER" \
                    and ent.doc[previous.end].lower_ in PLACE_PARTICLES \
                    and self.gazetteer.is_place(ent.doc[previous.start:ent.end].text):
                result[-1] = Span(ent.doc, previous.start, ent.end, label="LOC")
            else:
                result.append(ent)
        return result

    def pieces_of_one_place(self, ents: list[Span]) -> list[Span]:
        """"la sindaca di Borgo San Lorenzo" read as "Borgo" and "San Lorenzo": names side by side that
        together are one place the gazetteer knows are that place."""
        result: list[Span] = []
        for ent in ents:
            last = result[-1] if result else None
            if last is not None and last.end == ent.start and last.label_ != "PER" \
                    and self.gazetteer.is_place(ent.doc[last.start:ent.end].text):
                result[-1] = Span(ent.doc, last.start, ent.end, label="LOC")
            else:
                result.append(ent)
        return result

    def places_run_on(self, ents: list[Span]) -> list[Span]:
        """"il Vecchio continente" where the NER found "Vecchio": a span that is no person takes the
        lower-case words after it when the gazetteer knows the whole as a place."""
        starts = {ent.start for ent in ents}
        result = []
        for ent in ents:
            end = place_run_on(ent.doc, ent.start, ent.end, self.gazetteer) if ent.label_ != "PER" else ent.end
            clear = not any(i in starts for i in range(ent.end, end))
            result.append(Span(ent.doc, ent.start, end, label="LOC") if end > ent.end and clear else ent)
        return result

    def words_not_names(self, ents: list[Span]) -> list[Span]:
        """"Iniziati a Riad i colloqui", "Politica estera": one word that opens a sentence, where
        every word is capitalised, is no name when it is an Italian word and the article never
        writes it capitalised elsewhere (as it would "Meloni"); nor is a word in capitals ("STOP")."""
        doc = ents[0].doc if ents else None
        capitalised_inside = {t.text for t in doc or () if t.text[:1].isupper() and not opens_sentence(t)}
        surnames = surnames_of(ents)
        return [ent for ent in ents
                if not (len(ent) == 1 and ent.text not in surnames and not self.gazetteer.is_place(ent.text)
                        and (is_shouted_word(ent[0], self.common_words)
                             or opens_sentence(ent[0]) and ent[0].lower_ in self.common_words
                             and ent.text not in capitalised_inside))]

    @staticmethod
    def named_after_venue_nouns(ents: list[Span]) -> list[Span]:
        """"nel palazzo Ciragan", "della base Elmendorf-Richardson": a name right after a venue noun
        is a place, the noun part of it where Italian writes it so ("Palazzo Chigi"); so is a sports
        hall, named "Pala" and its sponsor or town ("il PalaDozza", "un Palapiccinini gremito")."""
        result = []
        for ent in ents:
            before = ent.doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and before.lower_ in VENUE_NOUNS_IN_NAME and not before.ent_type_:
                ent = Span(ent.doc, ent.start - 1, ent.end, label="LOC")
            elif before is not None and before.lower_ in VENUE_NOUNS and ent.label_ == "PER" \
                    or ent.label_ == "PER" and is_sports_hall(ent, before):
                ent = Span(ent.doc, ent.start, ent.end, label="LOC")
            result.append(ent)
        return result


def is_sports_hall(ent: Span, before) -> bool:
    return len(ent) == 1 and (SPORTS_HALL.match(ent.text) is not None or SPORTS_HALL_LOWER.match(ent.text) is not None
                              and before is not None and before.lower_ in BEFORE_A_HALL)


def organisations_after_group_nouns(ents: list[Span]) -> list[Span]:
    """"i vertici di Hera", "una delegazione di Stellantis", "i sindacati Fiom, Fim e Uilm", "la società
    Leonardo": names after a noun of a body's people or of a firm are organisations, not people (a
    person has no "vertici"), and so are the one-word names listed right after one of them; so is a
    name after a plural article ("sui Castelli romani", "dei Musei Vaticani", "gli Agnelli": a family
    or a thing, no one person), and one that opens with the plural noun Italian firms are named by
    ("Officine Rossi", "Cantieri Navali Bianchi")."""
    result: list[Span] = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        before = doc[i - 1].lower_ if i else ""
        group = i >= 2 and before in GENITIVE_PREPOSITIONS and doc[i - 2].lower_ in BODY_PEOPLE_NOUNS
        listed = bool(result) and result[-1].label_ == "ORG" and len(ent) == 1 and result[-1].end < i \
            and doc[result[-1].end:i].text.strip() in (",", "e", "ed")
        if ent.label_ == "PER" and i and before in COMPANY_NAME_HEADS and doc[i - 1].text[:1].isupper() \
                and not (result and result[-1].end > i - 1):
            ent = Span(doc, i - 1, ent.end, label="PER")    # "Officine [Galvani]": the firm's noun is its name's
        if ent.label_ == "PER" and (group or before in FIRM_NOUNS or listed and BODY_LIST.search(doc[:i].text)
                                    or before in PLURAL_ARTICLES and doc[i - 1].is_lower
                                    or len(ent) > 1 and ent[0].lower_ in COMPANY_NAME_HEADS):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        result.append(ent)
    return result


def acronyms_of_organisations(ents: list[Span]) -> list[Span]:
    """"l'Associazione nazionale magistrati (Anm) ... il leader dell'Anm": a word in brackets right after an
    organisation's name is its acronym, an organisation wherever the text writes it, whatever the NER
    made of it."""
    acronyms = {ent.text for ent in ents if len(ent) == 1 and in_brackets_after_organisation(ent, ents)}
    return [Span(ent.doc, ent.start, ent.end, label="ORG") if ent.label_ != "ORG" and ent.text in acronyms else ent
            for ent in ents]


def in_brackets_after_organisation(ent: Span, ents: list[Span]) -> bool:
    doc = ent.doc
    return ent.start >= 2 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" \
        and any(other.label_ == "ORG" and other.end == ent.start - 1 for other in ents)


def firms_written_short(ents: list[Span]) -> list[Span]:
    """"Officine Rossi ... Rossi ha presentato l'offerta": a lone word the NER read as a person that is the
    last word of a firm named with a firm's noun in the same text ("Officine", "Cantieri"), or the first
    of one that ends with a firm's word ("Kuroda Industries"), is that firm, unless someone named in
    full has it for a surname."""
    firms = {ent[-1].text for ent in ents if ent.label_ == "ORG" and len(ent) > 1 and ent[0].lower_ in COMPANY_NAME_HEADS}
    firms |= {ent[0].text for ent in ents
              if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in COMPANY_NAME_TAILS}
    people = surnames_of(ents)
    return [Span(ent.doc, ent.start, ent.end, label="ORG")
            if ent.label_ == "PER" and len(ent) == 1 and ent.text in firms and ent.text not in people else ent
            for ent in ents]


def split_juxtaposed_names(ents: list[Span]) -> list[Span]:
    """"l'inviato di Trump Witkoff": a two-word PER span whose first word is the surname of another
    person named in full in the article ("Donald Trump") is two names side by side; not the same two
    words the other way round, in any spelling ("Peskov Dmitri", as agencies and lists write "Dmitrij
    Peskov"), nor a name and its regnal number ("Leone XIV" beside "Papa Leone")."""
    full_names = [other for other in ents if other.label_ == "PER" and len(other) > 1]
    # (surname, given name) of each full name, by name_key: "Jurij Ushakov" makes "Ushakov Yuri" one name
    written_in_full = {(name_key(other[-1].text), name_key(other[0].text)) for other in full_names}
    result = []
    for ent in ents:
        surnames = {other[-1].text for other in full_names if other is not ent}
        if ent.label_ == "PER" and len(ent) == 2 and ent[0].text in surnames and not is_regnal_number(ent[1]) \
                and (name_key(ent[0].text), name_key(ent[1].text)) not in written_in_full:
            result += [Span(ent.doc, ent.start, ent.start + 1, label="PER"),
                       Span(ent.doc, ent.start + 1, ent.end, label="PER")]
        else:
            result.append(ent)
    return result


# Particles that carry an Arabic name on: "Haitham bin Tariq Al Said", "Mohammed bin Salman Al Saud"
# (written as such: "al" and "el" in lower case are Italian and Spanish articles, "Macron al Cairo").
TRAILING_PARTICLES = frozenset({"Al", "El", "bin", "Bin", "ibn", "bint"})
# Name particles that are also Italian prepositions: part of a name only after a given name ("Abdel Fattah al Sisi")
ITALIAN_PREPOSITION_PARTICLES = frozenset({"al"})
# "Sharm el-Sheikh", "Ras al-Khaimah": the Arabic article joined to the next word of a name
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|an|at|az)-[A-Z]")


def with_trailing_particles(ents: list[Span]) -> list[Span]:
    """"Haitham bin Tariq Al Said" when the NER stopped at "Tariq": a PER span grows right over a
    name particle and the capitalised word after it, and over a hyphen and the word it joins ("Kim
    Jong-un"), while no other entity stands there; a person or a place over an Arabic article joined
    to a name ("Sharm el-Sheikh")."""
    taken = tokens_held(ents)
    grown = []
    for ent in ents:
        end = ent.end
        while ent.label_ == "PER" and end + 1 < len(ent.doc) and end not in taken and end + 1 not in taken \
                and (ent.doc[end].text in TRAILING_PARTICLES and ent.doc[end + 1].text[:1].isupper()
                     and ent.doc[end + 1].is_alpha or joined_by_hyphen(ent.doc, end + 1) and ent.doc[end + 1].is_alpha):
            end += 2
        if ent.label_ in ("PER", "LOC") and end < len(ent.doc) and end not in taken \
                and ARABIC_ARTICLE.match(ent.doc[end].text):
            end += 1
        grown.append(Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.end else ent)
    return grown


# A given name of two joined by a hyphen, each capitalised: "Jean-Luc", "Hans-Peter"
HYPHENATED_GIVEN_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý][a-zà-ÿ]+$")


def with_particle_names(ents: list[Span]) -> list[Span]:
    """"Ursula von der Leyen" when the NER found only "Leyen" (or "von der Leyen"): a PER span
    grows left over name particles and the given name before them; a span it runs into is cut."""
    grown = {}
    taken = tokens_held(ents)
    for ent in ents:
        if ent.label_ == "PER":
            start = ent.start
            while start > 0 and ent.doc[start - 1].lower_ in NAME_PARTICLES - {"di", "da", "del", "la", "le"}:
                start -= 1
            # particles before the span, or opening it ("von der Leyen" as kg_known_people marks it: then
            # only a word the tagger reads as a name is its given name, not "Per von der Leyen")
            given = start > 0 and ent.doc[start - 1].text[:1].isupper() and (
                start < ent.start or ent.doc[start].lower_ in NAME_PARTICLES - {"di", "da", "del", "la", "le"}
                and ent.doc[start - 1].pos_ == "PROPN")
            if given:
                start -= 1
            elif ent.doc[start].lower_ in ITALIAN_PREPOSITION_PARTICLES:
                start = ent.start       # "i sindacati al Mimit": the Italian "al", no "al-Sisi" without his given name
            elif start > 1 and HYPHENATED_GIVEN_NAME.match(ent.doc[start - 1].text) and start - 1 not in taken \
                    and ent.doc[start - 2].lower_ not in ARTICULATED_PREPOSITIONS:
                start -= 1              # "Jean-Luc Moreau", not "della Fim-Cisl Marco Verdi"
            if start < ent.start:
                grown[ent] = Span(ent.doc, start, ent.end, label="PER")
    if not grown:
        return ents
    result = [grown.get(ent, ent) for ent in ents]
    for person in grown.values():
        result = [cut_before(other, person.start)
                  if other is not person and other.start < person.end and person.start < other.end
                  else other for other in result]
        result = [ent for ent in result if ent is not None and len(ent)]
    return result


def edges_trimmed(ent: Span) -> Span | None:
    """"Oggi Witkoff", "il Cremlino poco dopo", "Vedrò Scholz", "riceve Witkoff", "Dell'Iran", "al Mimit": a
    span loses an adverb, a conjunction, a verb in the future or in lower case, an elided preposition ("Dell'", "Nell'"; not "D'" of
    "D'Alema") or, unless it is a person's, a preposition in lower case it opens with, and the
    lower-case function words it ends with (not the part of a name after a hyphen: "Jae-myung");
    None if nothing is left."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in LEADING_NON_NAMES or LEADING_FUTURE_VERB.match(ent.doc[start].text)
                           or ent.doc[start].lower_ in ELIDED_ARTICULATED_PREPOSITIONS
                           or ent.label_ != "PER" and ent.doc[start].is_lower
                           and ent.doc[start].lower_ in ARTICULATED_PREPOSITIONS
                           or is_lower_case_verb(ent.doc[start])):
        start += 1
    while end > start and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in TRAILING_NON_NAME_POS \
            and not joined_by_hyphen(ent.doc, end - 1):
        end -= 1
    if ent.label_ == "PER":
        end = before_a_trailing_phrase(ent.doc, start, end)
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def is_lower_case_verb(token) -> bool:
    """"riceve" of "al-Sisi riceve Witkoff": a verb in lower case opens no name (a name's particles do)."""
    return token.is_lower and token.pos_ in ("VERB", "AUX") and token.lower_ not in NAME_PARTICLES


def before_a_trailing_phrase(doc: Doc, start: int, end: int) -> int:
    """"ha detto Gravina all'uscita": a person's span ends before a preposition with its article and the
    lower-case words after it, a circumstance and no part of a name (a name's particles, "de", "al-",
    "van der", take no article)."""
    cut = next((i for i in range(start + 1, end) if doc[i].lower_ in ARTICULATED_PREPOSITIONS
                and all(t.is_lower for t in doc[i:end])), None)
    return cut if cut is not None else end


def joined_by_hyphen(doc: Doc, i: int) -> bool:
    """"Lee Jae-myung", "Kim Jong-un": a lower-case word that a hyphen joins, with no space, to the name
    before it is part of the name."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def saints_are_places(ents: list[Span]) -> list[Span]:
    """"San Lorenzo", "Santa Marta": a saint's name in the news is a place, a church or a feast, not a
    person the story is about."""
    return [Span(ent.doc, ent.start, ent.end, label="LOC") if ent.label_ == "PER" and ent[0].text in SAINT_TITLES
            and len(ent) > 1 else ent for ent in ents]


def surnames_written_first(ents: list[Span]) -> list[Span]:
    """"il vicesindaco Gu Haoran" when the NER found only "Haoran": a Chinese or Korean surname right before
    a person's span of romanised syllables, inside a sentence, is part of the name."""
    taken = tokens_held(ents)
    result = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if ent.label_ == "PER" and start >= 2 and start - 1 not in taken and doc[start - 1].is_title \
                and not opens_sentence(doc[start - 1]) and writes_surname_first([doc[start - 1].text, *ent.text.split()]):
            ent = Span(doc, start - 1, ent.end, label="PER")
        result.append(ent)
    return result


# Italian surnames open with these particles, capitalised ("Di Bari", "Lo Russo", "De Luca"); in lower
# case they are prepositions and articles
CAPITAL_PARTICLES = frozenset({"Di", "De", "Del", "Della", "Da", "Lo", "La", "Li"})


def surnames_with_a_capital_particle(ents: list[Span]) -> list[Span]:
    """"il prefetto Di Bari", "il sindaco Lo Russo": a title, a capitalised particle and the name after
    it are a surname, even where the name alone is a place's ("Bari")."""
    taken = tokens_held(ents)
    result = []
    for ent in ents:
        doc, particle = ent.doc, ent.start - 1
        if particle > 0 and doc[particle].text in CAPITAL_PARTICLES and particle not in taken \
                and doc[particle - 1].lower_ in ROLE_NOUNS:
            result.append(Span(doc, particle, ent.end, label="PER"))
        else:
            result.append(ent)
    return result


def people_after_organisations(ents: list[Span]) -> list[Span]:
    """"il presidente dell'Agenzia Ice Matteo Zoppas ... Zoppas ha detto": an organisation's span that
    ends in two capitalised words, the last a surname the article writes alone as a person's, is the
    body, then the person (the NER runs a title's complement into the name after it)."""
    alone = {ent.text for ent in ents if ent.label_ == "PER" and len(ent) == 1}
    result = []
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) >= 3 and ent[-1].text in alone \
                and all(t.is_alpha and t.is_title for t in ent[-2:]):
            result += [Span(ent.doc, ent.start, ent.end - 2, label="ORG"),
                       Span(ent.doc, ent.end - 2, ent.end, label="PER")]
        else:
            result.append(ent)
    return result


# "(ANSA) -": an agency's credit in brackets, a word or two, opening a dateline
CREDIT_MAX_TOKENS = 4


def after_a_credit(doc: Doc, i: int) -> int:
    """Where a line's dateline starts: after "(ANSA) -" or "(askanews)" that opens it, else at `i`."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((j for j in range(i + 1, min(len(doc), i + CREDIT_MAX_TOKENS + 1)) if doc[j].text == ")"), None)
    if close is None:
        return i
    return close + 2 if close + 1 < len(doc) and doc[close + 1].text in DASHES else close + 1


def regnal_names(ents: list[Span]) -> list[Span]:
    """"Papa Francesco", "Leone XIV": a person's span takes the papal title before it and the regnal
    number after it, as Italian writes those names (the NER often leaves them out)."""
    taken = tokens_held(ents)
    result = []
    for ent in ents:
        doc, start, end = ent.doc, ent.start, ent.end
        if ent.label_ == "PER":
            if start > 0 and doc[start - 1].lower_ == "papa" and start - 1 not in taken:
                start -= 1
            if end < len(doc) and is_regnal_number(doc[end]) and end not in taken:
                end += 1
        result.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PER"))
    return result


def credits_trimmed(ents: list[Span]) -> list[Span]:
    """"© Copyright LaPresse - Riproduzione Riservata": the footer names the agency (ORG) and
    nobody else."""
    result = []
    for ent in ents:
        if ent[0].lower_ == "copyright" and len(ent) > 1:
            result.append(Span(ent.doc, ent.start + 1, ent.end, label="ORG"))
        elif ent.text.lower() != "riproduzione riservata":
            result.append(ent)
    return result


def looks_like_a_name(span: Span) -> bool:
    """A capitalised first word ("il Comitato olimpico nazionale italiano" holds no name after
    "Comitato"), and no lower-case "delle", "della", "degli" inside: those join the words of an institution."""
    return len(span) > 0 and span[0].text[:1].isupper() \
        and not any(t.is_lower and t.lower_ in INSTITUTION_JOINERS for t in span)


def cut_before(ent: Span, index: int) -> Span | None:
    return Span(ent.doc, ent.start, index, label=ent.label_) if index > ent.start else None


def summit_groups(ents: list[Span]) -> list[Span]:
    """"il G7", "il G20", "Vertice G7": an organisation, without the article or the meeting word the NER
    may take with it."""
    result = []
    for ent in ents:
        if SUMMIT_GROUP.match(ent.text):
            result.append(Span(ent.doc, ent.end - 1, ent.end, label="ORG"))
        else:
            result.append(ent)
    return result


# Lower-case words opening an Italian surname ("Di Bari", "De Luca", "Del Rio", "Da Empoli")
ITALIAN_SURNAME_PARTICLES = frozenset({"di", "de", "del", "da"})


def titled_names_with_a_particle_surname(ents: list[Span]) -> list[Span]:
    """"il prefetto Michele di Bari": a given name alone after a title, then "di" (de, del, da) and one
    capitalised word, is one name whose surname opens with a particle, written in lower case. A title
    names a person in full; no one writes where an officer is from that way."""
    result = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if result and result[-1].label_ == "PER" and ent.start == result[-1].end + 1 == end - 1 \
                and len(result[-1]) == 1 and doc[ent.start - 1].lower_ in ITALIAN_SURNAME_PARTICLES \
                and is_name_word(doc[ent.start]) and ends_a_name(doc, end) and after_a_title(result[-1]):
            result[-1] = Span(doc, result[-1].start, end, label="PER")
        else:
            result.append(ent)
    return result


def ends_a_name(doc: Doc, i: int) -> bool:
    """After the word: a lower-case word or punctuation, so no longer name runs on."""
    return i >= len(doc) or doc[i].is_lower or doc[i].is_punct


def after_a_role_and_a_comma(ent: Span) -> bool:
    """"il presidente del Cio, Kirsty Coventry": a name a comma sets after a role and its complement."""
    doc = ent.doc
    comma = ent.start - 1
    return comma > 1 and doc[comma].text == "," and any(
        completes_role(doc, start) for start in range(max(1, comma - COMPLEMENT_WORDS), comma))


def after_a_title(ent: Span) -> bool:
    """The name follows a title ("la ministra del Lavoro", "il presidente"): a full name is expected."""
    before = ent.doc[max(0, ent.start - 4):ent.start]
    return any(t.lower_ in ROLE_NOUNS for t in before)


def is_name_word(token) -> bool:
    """A capitalised word inside a sentence that can end a person's name."""
    return token.is_title and token.is_alpha and not opens_sentence(token) \
        and token.lower_ not in LEADING_NON_NAMES and token.lower_ not in MONTHS
