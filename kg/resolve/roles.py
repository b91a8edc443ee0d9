"""Roles standing for names: "il presidente russo" -> the person this article (else the whole set)
titles so next to their name; else the public figure of kg/data/public_figures.tsv the role or
epithet stands for ("lo zar", "il presidente sudafricano" on the article's day), if the set names them."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import NamedTuple

from kg.knowledge.figures import PublicFigures
from kg.knowledge.lexicon import ROLE_NOUNS, elided_words
from kg.knowledge.names import fold, split_person_name
from kg.model import Mention
from kg.resolve.config import ResolverConfig
from kg.resolve.ids import Link, key
from kg.resolve.role_words import RoleReader, is_feminine_title


def resolve_roles(mentions: list[Mention], links: dict[tuple, Link], days: dict[str, date | None],
                  reader: RoleReader, figures: PublicFigures, config: ResolverConfig) -> dict[tuple, Link]:
    """"il presidente russo" -> the person this article (else the whole set) calls presidente russo
    next to their name; else the public figure the role or epithet stands for ("lo zar", "il
    presidente sudafricano" on the article's day), if the set names them. A role with no holder, or
    with two, is left out."""
    titled = Titles(title_rows(mentions, links, reader), reader, config, people_in_order(mentions, links))
    named_figures = FigureEntities(mentions, links, figures, reader, config)
    linked = {}
    for m in mentions:
        if m.label == "ROLE" and (link := role_link(m, titled, named_figures, days.get(m.article))):
            linked[key(m)] = link
    return linked


class TitleRow(NamedTuple):
    """A title written next to a person's name."""
    article: str
    words: frozenset[str]
    entity: str
    # The name's given name ends in -o, a man's in Italian ("Marco Ferrante"); women are often titled in
    # the masculine ("il prefetto Maria Grazia Lanza"), so the title itself says nothing of whom it names.
    man: bool = False
    # The title was written with a feminine article ("la presidente del Consiglio Giorgia Meloni").
    woman: bool = False
    start: int = 0      # where the titled name is written


def title_rows(mentions: list[Mention], links: dict[tuple, Link], reader: RoleReader) -> list[TitleRow]:
    # A title is read as its office too: "il primo ministro belga Piet Vos" is the "premier belga".
    return [TitleRow(m.article, words, links[key(m)].entity, has_a_mans_given_name(m.surface), m.feminine, m.start)
            for m in mentions if m.label == "PER" and m.role and key(m) in links
            for words in reader.title_words(m.role)]


def has_a_mans_given_name(name: str) -> bool:
    given = split_person_name(name).given
    return bool(given) and fold(given[0]).endswith("o")


def role_link(m: Mention, titled: "Titles", named_figures: "FigureEntities", day: date | None) -> Link | None:
    """The person a role mention stands for, or None (no holder, or two)."""
    written = m.role or m.surface
    # "il capo dello Stato" reads as the Italian president only where its own article titles or names him
    across = not titled.reader.is_italian_by_default(written)
    holder = next(filter(None, (holder_of(m, role, titled, named_figures, across_articles=across)
                                for role in titled.reader.readings(written))), None)
    # "l'amministratrice delegata", "la premier" is not Marco Ferrante nor Pedro Sánchez
    feminine = m.feminine or is_feminine_title(written)
    if holder and not (feminine and holder in titled.men) \
            and not named_figures.left_office(holder, titled.reader.readings(written), day):
        return Link(holder, "role-holder")
    figure = named_figures.standing_for(m, day)
    return None if figure and feminine and figure.entity in titled.men else figure


class FigureEntities:
    """The entities of the public figures (kg/data/public_figures.tsv) the set names."""

    def __init__(self, mentions: list[Mention], links: dict[tuple, Link], figures: PublicFigures,
                 reader: RoleReader, config: ResolverConfig) -> None:
        self.table, self.reader, self.config = figures, reader, config
        # (figure name, office, its title's words): read once, not for every role
        self.offices = [(f.name, o, reader.words(o.role)) for f in figures.figures for o in f.offices]
        self.offices_of: dict[str, list[tuple]] = defaultdict(list)   # figure name -> (office, its title's words)
        for name, office, title in self.offices:
            self.offices_of[name].append((office, title))
        self.entity: dict[str, str] = {}         # figure name -> entity
        self.named_in: dict[str, dict[str, int]] = defaultdict(dict)   # article -> entity -> where first named
        self.times_named: Counter = Counter()                      # (article, entity) -> its names written there
        self.note(mentions, links)

    def note(self, mentions: list[Mention], links: dict[tuple, Link]) -> None:
        for m in mentions:
            if m.label == "PER" and key(m) in links:
                named = self.named_in[m.article]
                named[links[key(m)].entity] = min(m.start, named.get(links[key(m)].entity, m.start))
                self.times_named[(m.article, links[key(m)].entity)] += 1
                if figure := self.table.named(m.surface):
                    self.entity.setdefault(figure.name, links[key(m)].entity)

    def left_office(self, entity: str, roles: list[str], day: date | None) -> bool:
        """The person is a public figure who held the role only before the day: "il Papa" of
        2026 is not Papa Francesco, though the article titles him so in a memory."""
        if day is None:
            return False
        words = {self.reader.words(r) for r in roles}
        held = [o for o, title in self.offices_of_entity(entity) if title in words]
        return bool(held) and all(o.end is not None and o.end <= day for o in held)

    def nationalities_of(self, entity: str) -> frozenset[str]:
        """The nationalities of the offices of the public figure this entity is, if it is one."""
        return frozenset(n for _, title in self.offices_of_entity(entity) for n in self.reader.nationalities_in(title))

    def offices_of_entity(self, entity: str) -> list[tuple]:
        """(office, its title's words) of the public figure this entity is, if it is one. (The figures
        the set names are few beside the table's offices: looked up by name.)"""
        return [office for name, named in self.entity.items() if named == entity for office in self.offices_of[name]]

    def holding_in_article(self, article: str, head: str, nationalities: frozenset[str]) -> set[str]:
        """The figures the article names who ever held an office of this head word and nationality
        ("ministro" and "italiano": "ministro dell'Ambiente italiano")."""
        named = self.named_in[article]
        return {entity for name, entity in self.entity.items() if entity in named
                and any(head in title and nationalities <= title for _, title in self.offices_of[name])}

    def standing_for(self, m: Mention, day: date | None) -> Link | None:
        role = m.role or m.surface
        epithet = self.table.by_epithet(role)
        if epithet:
            figure, only_where_named = epithet
            entity = self.entity.get(figure.name)
            if entity and (not only_where_named or entity in self.named_in[m.article]):
                return Link(entity, "epithet")
            return None
        return self.office_holder(m, role, day)

    def office_holder(self, m: Mention, role: str, day: date | None) -> Link | None:
        """On the article's day, the one holder of the office; with no day, the one figure named
        in the article who ever held it."""
        words = {self.reader.words(r) for r in self.reader.readings(role)}
        holders = {self.entity.get(name) for name, o, title in self.offices
                   if title in words and (o.held_on(day) if day else True)}
        holders.discard(None)
        italian_by_default = self.reader.is_italian_by_default(role)
        if day is None or italian_by_default:
            # "il capo dello Stato" is the Italian president where the article names him; elsewhere
            # it may be the head of the state the article is about, found as a bare title below
            holders &= self.named_in[m.article].keys()
        if not holders and italian_by_default:
            return self.bare_title_holder(m, {self.reader.words(r) for r in self.reader.read_as_written(role)}, day)
        if not holders and not any(self.reader.nationalities_in(w) for w in words):
            return self.bare_title_holder(m, words, day) or self.named_before_holding(m, words, day)
        return Link(holders.pop(), "office-holder") if len(holders) == 1 else None

    def bare_title_holder(self, m: Mention, words: set[frozenset[str]], day: date | None) -> Link | None:
        """"la premier" with no country: the one figure named in the article whose office is that
        title of some country ("premier italiano"), held on the day; of two, the one the article names
        far more often (its subject: "Meloni al Cairo ... la premier aveva visto il primo ministro X")."""
        holders = {self.entity.get(name) for name, o, title in self.offices
                   if any(w < title and self.reader.nationalities_in(title - w) == title - w for w in words)
                   and (o.held_on(day) if day else True)} & self.named_in[m.article].keys()
        holder = clear_winner(Counter({h: self.times_named[(m.article, h)] for h in holders}),
                              self.config.role_holder_margin)
        return Link(holder, "office-holder-in-article") if holder else None

    def named_before_holding(self, m: Mention, words: set[frozenset[str]], day: date | None) -> Link | None:
        """"il ministro" in an article that names one public figure holding an office of that title on
        the day ("ministro dello Sport") before the role: the role takes them up, as a bare title takes up
        a titled name."""
        named = self.named_in[m.article]
        holders = {entity for name, entity in self.entity.items() if named.get(entity, m.start) < m.start
                   and any(any(w <= title for w in words) and (o.held_on(day) if day else True)
                           for o, title in self.offices_of[name])}
        return Link(holders.pop(), "office-holder-named-before") if len(holders) == 1 else None


class Titles:
    """The titles written next to people's names (TitleRow), by article and by word, the nationalities
    each person's titles give, and the people whose given names are men's."""

    def __init__(self, rows: list[TitleRow], reader: RoleReader,
                 config: ResolverConfig, named_at: dict[str, list[tuple[int, str]]] | None = None) -> None:
        self.rows, self.reader, self.config = rows, reader, config
        self.named_at = named_at or {}      # article -> (where, person) of each name written, in order
        self.by_article: dict[str, list[tuple]] = defaultdict(list)
        self.by_word: dict[str, list[tuple]] = defaultdict(list)
        self.nationalities: dict[str, frozenset[str]] = defaultdict(frozenset)
        self.men: set[str] = set()
        self.holders_in_set: dict[frozenset[str], str | None] = {}
        for row in rows:
            self.index(row)

    def index(self, row: TitleRow) -> None:
        self.by_article[row.article].append(row)
        for word in row.words:
            self.by_word[word].append(row)
        self.nationalities[row.entity] |= self.reader.nationalities_in(row.words)
        if row.man:
            self.men.add(row.entity)

    def holding(self, words: frozenset[str], article: str | None) -> list[tuple]:
        """The rows, in their order, whose title has all these words: of `article`, or of the whole
        set (found from the rows of the rarest word: a title with all the words has that one)."""
        if article is not None:
            rows = self.by_article.get(article, [])
        elif words:
            rows = min((self.by_word.get(w, []) for w in words), key=len)
        else:
            rows = self.rows
        return [row for row in rows if words <= row.words]

    def holder_in_set(self, words: frozenset[str]) -> str | None:
        """The clear holder of a title across the set: the same for every mention, so found once."""
        if words not in self.holders_in_set:
            self.holders_in_set[words] = clear_winner(Counter(row.entity for row in self.holding(words, None)),
                                                      self.config.role_holder_margin)
        return self.holders_in_set[words]


def holder_of(m: Mention, role: str, titled: Titles, figures: "FigureEntities", across_articles: bool = True
              ) -> str | None:
    words = titled.reader.words(role)
    holder = role_holder(m, titled, words, same_article=True, min_words=min(len(words), 2))
    unnamed = titled.reader.words(role, names=False)
    if holder is None and unnamed != words:
        # "l'inviato di Trump": in its article, the one "inviato" other than Trump himself;
        # "la segretaria del Pd": the one "segretario" whose titles name no other body
        holder = of_nationality(role_holder(m, titled, unnamed, same_article=True, min_words=1) if names_a_person(
            role, figures.table) else holder_of_body(m, titled, unnamed, words - unnamed), words, titled, figures)
    if holder is None:
        holder = holder_by_nationality(m, words, titled, figures)
    # across articles only a role its country or body pins down ("il presidente russo", "il portavoce
    # del Cremlino"): many hold "l'amministratore delegato" or "il segretario generale"
    if holder is None and across_articles and len(words) >= titled.config.min_role_words_across_articles \
            and (unnamed != words or titled.reader.nationalities_in(words)):
        holder = role_holder(m, titled, words, same_article=False,
                             min_words=titled.config.min_role_words_across_articles)
    return holder


def names_a_person(role: str, figures: PublicFigures) -> bool:
    """"l'inviato del presidente Trump", "l'inviato di Trump": the role's complement names a person,
    with a title or as a public figure, not a body ("la segretaria del Pd")."""
    words = elided_words(role)[1:]
    return any(fold(w) in ROLE_NOUNS for w in words) or any(w[:1].isupper() and figures.has_surname(w) for w in words)


def holder_of_body(m: Mention, titled: Titles, head: frozenset[str], body: frozenset[str]) -> str | None:
    """The one in the article titled with the role's head ("segretario") whose titles name this body or
    none: "la segretaria del Pd" is not the one titled "segretario di Più Europa", nor "il presidente
    dell'Associazione magistrati" the one titled "presidente italiano" (a country is a body too; a role
    that names one is read as its nationality and never comes here)."""
    nationalities = titled.reader.nationalities_in(body)

    def fits(title: frozenset[str]) -> bool:
        # the country in a body's name is no nationality: "il presidente di Forza Italia" is not the
        # one titled "presidente italiano"
        other = title - head
        return not other or bool((other & body) - nationalities)
    return clear_winner(Counter(row.entity for row in titled.holding(head, m.article) if fits(row.words)),
                        titled.config.role_holder_margin)


def of_nationality(holder: str | None, words: frozenset[str], titled: Titles, figures: "FigureEntities"
                   ) -> str | None:
    """The holder, unless the role's nationality is not one of theirs: "il ministro degli Esteri
    italiano" is never the one titled "ministro degli Esteri francese", nor "il ministro della Difesa
    ucraino" the Italian public figure titled "ministro" alone."""
    nationalities = titled.reader.nationalities_in(words)
    theirs = titled.nationalities[holder] | figures.nationalities_of(holder) if holder else frozenset()
    if holder is None or not nationalities or not theirs:
        return holder
    return holder if nationalities & theirs else None


def holder_by_nationality(m: Mention, words: frozenset[str], titled: Titles, figures: "FigureEntities"
                          ) -> str | None:
    """"il ministro ucraino" in an article that titles one minister, "ministro della Difesa", whose
    titles in the whole set give one nationality, Ukrainian, or that names one public figure who is
    a Ukrainian minister: that minister. Of two, the one named last before the role."""
    nationalities = titled.reader.nationalities_in(words)
    if len(nationalities) != 1 or len(words) != 2:
        return None
    head = next(iter(words - nationalities))
    titled_so = Counter(row.entity for row in titled.by_article.get(m.article, [])
                        if head in row.words and titled.nationalities[row.entity] == nationalities)
    holders = set(titled_so) | figures.holding_in_article(m.article, head, nationalities)
    if len(holders) == 1:
        return holders.pop()
    return clear_winner(titled_so, titled.config.role_holder_margin) if titled_so.keys() == holders \
        else named_last(m, holders, titled.named_at.get(m.article, []), titled.config.role_antecedent_chars)


def role_holder(m: Mention, titled: Titles, words: frozenset[str], *, same_article: bool, min_words: int
                ) -> str | None:
    if len(words) < min_words:
        return None
    if not same_article:
        return titled.holder_in_set(words)
    rows = titled.holding(words, m.article)
    if m.feminine and any(row.woman for row in rows):
        rows = [row for row in rows if row.woman]       # "la premier": the one titled "la presidente del Consiglio"
    # a tie is broken only among those titled exactly so ("vicepremier" and "vicepremier"), not by
    # one who holds a narrower title ("la premier" is not the last named "premier giapponese")
    alike = {row.entity for row in rows if row.words == words}
    return titled_before(m, rows) \
        or clear_winner(Counter(row.entity for row in rows), titled.config.role_holder_margin) \
        or named_last(m, alike, titled.named_at.get(m.article, []), titled.config.role_antecedent_chars)


def titled_before(m: Mention, rows: list[TitleRow]) -> str | None:
    """A bare role takes up someone already introduced: of those its article titles so, the one
    titled before it ("il ministro dell'Interno X ... Il ministro ha ricordato ...", though the
    article titles a second minister further on)."""
    before = {row.entity for row in rows if row.start < m.start}
    return before.pop() if len(before) == 1 else None


def named_last(m: Mention, holders: set[str], named_at: list[tuple[int, str]], reach: int) -> str | None:
    """Of holders no count tells apart, the one named last before the role, within `reach` characters,
    by a name written without a title: the subject the text goes on about ("Più cauto Salvini. Il
    vicepremier ha spiegato ..."), not one more holder introduced with the title."""
    before = [(at, person) for at, person in named_at if at < m.start and person in holders]
    return before[-1][1] if before and m.start - before[-1][0] <= reach else None


def people_in_order(mentions: list[Mention], links: dict[tuple, Link]) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PER" and not m.role and key(m) in links:
            found[m.article].append((m.start, links[key(m)].entity))
    return found


def clear_winner(counts: Counter, margin: int) -> str | None:
    """The most frequent holder, if it is at least `margin` times as frequent as the next."""
    ranked = sorted(counts.items(), key=lambda c: (-c[1], c[0]))[:2]     # a tie never to the first counted
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= margin * ranked[1][1]:
        return ranked[0][0]
    return None

