"""How a role reads: "capo del Cremlino", "presidente di Kiev" and "leader russo" spelt as the
titles their holders are written with ("presidente russo", "presidente ucraino"), so that a role
standing for a name finds the person titled so."""
from __future__ import annotations

import re

from kg.knowledge.lexicon import FUNCTION_WORDS, GENITIVE_PREPOSITIONS, elided_words
from kg.knowledge.names import fold
from kg.knowledge.organisations import is_a_party, party_of_adjective, usual_organisation_name
from kg.knowledge.places import Gazetteer

# One spelling for the ways Italian news says a nationality or a title.
# (Nationality adjectives are spelt one way by the demonym table: "statunitensi" -> "americano".)
# A title in the feminine is the office's title: "la ministra" holds the "ministro" office.
FEMININE_TITLES = {"ministra": "ministro", "presidentessa": "presidente", "cancelliera": "cancelliere",
                   "segretaria": "segretario", "consigliera": "consigliere", "ambasciatrice": "ambasciatore",
                   "direttrice": "direttore", "governatrice": "governatore", "sindaca": "sindaco",
                   "viceministra": "viceministro", "sottosegretaria": "sottosegretario",
                   "amministratrice": "amministratore", "delegata": "delegato", "rettrice": "rettore",
                   "assessora": "assessore", "prefetta": "prefetto", "questora": "questore",
                   "procuratrice": "procuratore", "commissaria": "commissario", "senatrice": "senatore",
                   "deputata": "deputato", "inviata": "inviato", "emissaria": "emissario",
                   "negoziatrice": "negoziatore", "sovrana": "sovrano", "capa": "capo"}
ROLE_SPELLINGS = {"usa": "americano", "pontefice": "papa", **FEMININE_TITLES}
# The seat of a government standing for its country in a title: "capo del Cremlino".
SEAT_DEMONYMS = {"cremlino": "russo", "mosca": "russo", "kiev": "ucraino", "kyiv": "ucraino",
                 "washington": "americano", "pechino": "cinese", "eliseo": "francese"}
HEAD_WORDS = {"capo", "leader", "presidente"}
# Offices Italian writes in several words, and the one title kg reads them as.
# ("il presidente del Consiglio" is the Italian premier, "del Consiglio europeo" is not: the title
# names the Italian office, so it reads as "premier italiano", never another country's premier; so
# does "il presidente della Repubblica", and "della Repubblica francese" is not it.)
# "Il capo della diplomazia" is how Italian news varies "il ministro degli Esteri".
OFFICE_TITLES = {"capo di stato": "presidente", "capo del governo": "premier", "primo ministro": "premier",
                 "presidente del consiglio": "premier italiano", "presidente del consiglio dei ministri": "premier italiano",
                 "presidente della repubblica": "presidente italiano",
                 "capo della diplomazia": "ministro degli esteri"}
OFFICE_PHRASES = re.compile(r"^(?:capo (?:di|dello) Stato|capo del governo|primo ministro|capo della diplomazia"
                            r"|presidente (?:del Consiglio(?: dei ministri)?|della Repubblica)(?=$| italian[oa]\b))\b",
                            re.IGNORECASE)
# "il capo dello Stato" with no country is, in the Italian press, the Italian president (as "il presidente
# della Repubblica" is); "il capo dello Stato francese" is read with its country below.
BARE_ITALIAN_OFFICES = {"capo dello stato": "presidente italiano"}
# Titles that name one office wherever they stand alone.
ROLE_SYNONYMS = {"commander in chief": "presidente americano", "santo padre": "papa", "sommo pontefice": "papa",
                 "primo cittadino": "sindaco", "prima cittadina": "sindaco"}
# "il governatore" of an Italian region is its president ("presidente della Regione Campania").
REGION_HEAD = ("governatore", "presidente della regione")
# "il governatore calabrese", "il presidente della Regione Calabria", "la governatrice dell'Umbria":
# the titles of a region's president, each read as both ("governatore calabria", "presidente calabria").
REGION_HEAD_TITLES = ("governatore", "presidente")
# "il numero uno della Federtennis", "il capo dell'Inps": the one who heads a body, whose title is one of
# these ("presidente" is a title of its own: "il presidente del Consiglio europeo" is no secretary).
GENERIC_HEAD_WORDS = frozenset({"capo", "leader", "numero"})
BODY_HEAD_TITLES = ("presidente", "segretario", "leader", "amministratore delegato", "direttore")
# Offices of a state, which its capital may stand for: "il presidente di Ankara" is the Turkish president
# (not "il sindaco di Roma", an office of the city).
NATIONAL_OFFICE_WORDS = frozenset({"capo", "leader", "presidente", "premier", "ministro", "diplomazia", "governo",
                                   "cancelliere", "numero", "portavoce", "inviato", "consigliere"})
COUNTRY_HEAD_TITLES = ("presidente", "premier")


def is_feminine_title(role: str) -> bool:
    """"la ministra", "l'amministratrice delegata": a title written in the feminine."""
    return bool(role.strip()) and fold(elided_words(role)[0]) in FEMININE_TITLES


def with_the_party_named(role: str, head_words: int) -> str:
    """"segretaria dem", "segretaria del Pd" -> "segretaria di Partito Democratico": a party's adjective
    or short name after a title, as the party's name (party_adjectives.tsv, organisation_names.tsv);
    else the role as written. (Only the words count, not the preposition's form.) Only parties: "la
    Federazione Italiana Giuoco Calcio" would give "il presidente della Figc" a nationality."""
    words = role.split()
    if len(words) == head_words + 1 and (party := party_of_adjective(words[-1])):
        return " ".join([*words[:head_words], "di", party])
    rest = elided_words(" ".join(words[head_words:]))
    if len(rest) > 1 and fold(rest[0]) in GENITIVE_PREPOSITIONS \
            and (body := usual_organisation_name(" ".join(rest[1:]))) != " ".join(rest[1:]) and is_a_party(body):
        return " ".join([*words[:head_words], "di", body])
    return role


def office_titled(role: str) -> str:
    """The role with an office written in several words read as its one title: "capo di Stato
    ucraino" -> "presidente ucraino"."""
    return OFFICE_PHRASES.sub(lambda m: OFFICE_TITLES[fold(m.group()).replace("dello", "di")], role)


class RoleReader:
    """Role phrases read with the gazetteer's countries and nationality adjectives."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.nationality_words = frozenset(gazetteer.demonyms.written.values())
        # A corpus writes the same few titles again and again: each is read once.
        self.words_read: dict[tuple[str, bool], frozenset[str]] = {}
        self.readings_of: dict[str, list[str]] = {}

    def nationalities_in(self, words: frozenset[str]) -> frozenset[str]:
        return words & self.nationality_words

    def readings(self, role: str) -> list[str]:
        """"il leader russo", "il numero uno ucraino": the head of a country, who is its president or
        else its premier; "il capo di Stato ucraino" is its president, "il primo ministro britannico"
        its premier; every other role reads as written."""
        if role not in self.readings_of:
            self.readings_of[role] = self.read_role(role)
        return self.readings_of[role]

    @staticmethod
    def is_italian_by_default(role: str) -> bool:
        return fold(role) in BARE_ITALIAN_OFFICES

    def read_as_written(self, role: str) -> list[str]:
        """The role read without the Italian default: "capo dello Stato" as a head of any state."""
        return [office_titled(role)]

    def read_role(self, role: str) -> list[str]:
        if fold(role) in ROLE_SYNONYMS:
            return [ROLE_SYNONYMS[fold(role)]]
        if self.is_italian_by_default(role):
            return [BARE_ITALIAN_OFFICES[fold(role)]]
        titled = office_titled(role)
        if titled != role:
            return [titled]
        if fold(role) == REGION_HEAD[0]:
            return list(REGION_HEAD)
        if region := self.region_headed(role):
            return [f"{title} {region}" for title in REGION_HEAD_TITLES]
        words = role.split()
        head = words[:2] if fold(words[0]) == "numero" else words[:1]
        if (party_role := with_the_party_named(role, len(head))) != role:
            return self.body_head_readings(party_role, len(head)) or [party_role]
        if head_of_body := self.body_head_readings(role, len(head)):
            return head_of_body
        if len(words) != len(head) + 1 or fold(head[0]) not in HEAD_WORDS | {"numero"} \
                or not self.gazetteer.demonyms.country(words[-1]):
            return [role]           # not "capo del Fondo russo"
        nationality = words[-1]
        return [f"{title} {nationality}" for title in COUNTRY_HEAD_TITLES]

    def region_headed(self, role: str) -> str | None:
        """"governatore lombardo", "presidente della Regione Lombardia" -> "Lombardia": the Italian region
        a region's title names, by its name or its adjective."""
        words = elided_words(role)
        if len(words) < 2 or ROLE_SPELLINGS.get(fold(words[0]), fold(words[0])) not in REGION_HEAD_TITLES:
            return None
        rest = [w for w in words[1:] if fold(w) not in FUNCTION_WORDS]
        region = self.gazetteer.italian_region(" ".join(rest)) if rest else None
        return region.name if region else None

    def title_words(self, title: str) -> list[frozenset[str]]:
        """The words of a title written next to a name, as written and as read; an office written in
        several words only as read: "presidente del Consiglio" is the "premier italiano", never a
        "presidente" that "il capo dello Stato" could find."""
        read = [self.words(r) for r in self.readings(title)]
        as_written = [] if OFFICE_PHRASES.match(title) else [self.words(title)]
        return list(dict.fromkeys([*as_written, *read]))

    def body_head_readings(self, role: str, head_words: int) -> list[str]:
        """"il numero uno della Federtennis", "il capo dell'Inps": the head of a body (not of a state)
        goes by one of its usual titles."""
        words = elided_words(role)
        if fold(words[0]) not in GENERIC_HEAD_WORDS or len(words) <= head_words + 1 \
                or fold(words[head_words]) not in GENITIVE_PREPOSITIONS or self.names_a_state(words[head_words + 1:]):
            return []
        body = role.split(maxsplit=head_words)[-1]      # as written: "dell'Inps"
        return [role, *(f"{title} {body}" for title in BODY_HEAD_TITLES)]

    def names_a_state(self, words: list[str]) -> bool:
        """"di Ankara", "degli Stati Uniti", "del Cremlino": a country, its capital or its seat."""
        name = " ".join(w for w in words if fold(w) not in FUNCTION_WORDS)
        return fold(name) in SEAT_DEMONYMS or bool(self.gazetteer.demonym_of(name) or self.capital_demonym(name))

    def capital_demonym(self, name: str) -> str | None:
        """"Ankara" -> "turco": the nationality of the country whose capital this is."""
        place = self.gazetteer.lookup(name)
        return self.gazetteer.demonyms.written.get(place.country) \
            if place and self.gazetteer.is_capital(place.id) else None

    def words(self, role: str, names: bool = True) -> frozenset[str]:
        """The words of a role that tell it apart, spelt one way: "capo del Cremlino" and "presidente
        di Kiev" read as the holders' usual titles ("presidente russo", "presidente ucraino"). With
        names=False, only the words before a complement that names someone ("inviato" of "inviato
        del presidente Trump")."""
        if (role, names) not in self.words_read:
            self.words_read[(role, names)] = self.read_words(role, names)
        return self.words_read[(role, names)]

    def read_words(self, role: str, names: bool) -> frozenset[str]:
        # "dell'Interno" -> "dell'", "Interno"; "(Anm)" -> "Anm"
        written = [w.strip("()[]") for w in elided_words(role) if w.strip("()[]")]
        words = written if names else self.head_of_named_role(written)
        words = self.countries_as_nationalities(words)
        if words and fold(words[0]) in NATIONAL_OFFICE_WORDS:
            words = [w if not w[:1].isupper() else self.capital_demonym(w) or w for w in words]
        demonyms = self.gazetteer.demonyms
        folded = [ROLE_SPELLINGS.get(fold(w)) or demonyms.canonical(w) or fold(w) for w in words
                  if fold(w) not in FUNCTION_WORDS]
        if any(w in SEAT_DEMONYMS for w in folded):
            folded = ["presidente" if w in HEAD_WORDS else SEAT_DEMONYMS.get(w, w) for w in folded]
        # "inviato del presidente americano" is "inviato americano": a head of state in the complement
        # names the country's side, like the seat in "rappresentante del Cremlino".
        folded = folded[:1] + [w for w in folded[1:] if w not in HEAD_WORDS]
        return frozenset(folded)

    def countries_as_nationalities(self, words: list[str]) -> list[str]:
        """"vicepresidente degli Stati Uniti" -> "vicepresidente degli americano": a country named in
        a role is its nationality adjective, as in "vicepresidente americano"."""
        result, i = [], 0
        while i < len(words):
            end = next((j for j in range(min(len(words), i + 3), i, -1)
                        if words[i][:1].isupper() and self.gazetteer.demonym_of(" ".join(words[i:j]))), None)
            result.append(self.gazetteer.demonym_of(" ".join(words[i:end])) if end else words[i])
            i = end or i + 1
        return result

    def head_of_named_role(self, words: list[str]) -> list[str]:
        if not any(w[:1].isupper() and fold(w) not in SEAT_DEMONYMS and not self.gazetteer.is_place(w)
                   for w in words[1:]):
            return words
        cut = next((i for i, w in enumerate(words) if i and fold(w) in FUNCTION_WORDS), len(words))
        return [w for w in words[:cut] if not w[:1].isupper()]
