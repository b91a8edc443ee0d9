"""Doc + Article -> mentions, meetings and claims, each with the sentence it came from.

Names come from doc.ents (NER + kg_name_ruler); meetings from sentences holding a meeting cue
(kg_meeting_cues) and two or more people; claims from quoted passages (kg_quotes) and reported
speech ("ha detto che", "secondo X"). Who is who across mentions is kg/resolve's job.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg import dates
from kg.ingest import header_date_span
from kg.model import Article, ClaimMention, Extraction, MeetingMention, Mention
from kg.nlp.meetings import MEETING_SPANS_KEY
from kg.nlp.name_ruler import (DASHES, NAME_PARTICLES, ROLE_NOUNS, ROLE_WINDOW, VENUE_NOUNS_IN_NAME,
                               is_agency_credit)
from kg.nlp.quotes import QUOTES_SPANS_KEY
from kg.places import load_gazetteer

SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "”", "\"", "'", ")"}
# spaCy labels -> kg labels; KIND and it_core_news use PER/LOC/ORG, English-style pipelines PERSON/GPE.
LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
MAX_NAME_CHARS = 60
MAX_CAPS_WORDS = 2          # "ONU", "NATO", "KEIR STARMER": longer runs in capitals are headlines
CALENDAR_WORDS = frozenset(dates.MONTHS) | frozenset(dates.WEEKDAYS) | {d.replace("ì", "i") for d in dates.WEEKDAYS}
EDGE_JUNK = "«»“”\"'’‘()[]-–—,.;:!? "

PLURAL_DETERMINERS = frozenset("i gli le dei degli delle ai agli alle dai dagli dalle nei negli nelle".split())
DETERMINERS = frozenset("il lo la l' l’ i gli le del dello della dell' dell’ dei degli delle al allo alla all' all’ "
                        "dal dallo dalla dall' dall’ col nel nello nella".split())   # not "un": no one in particular
REPORTING_VERB_STEMS = ("conferm", "smentit", "smentisc", "smenti", "annunci", "comment", "rivelat", "rivela")
MEETING_PREPOSITIONS = frozenset({"tra", "fra", "con"})
MEETING_COMPLEMENT_WINDOW = 6      # "l'incontro di domani a Mosca tra Putin e Witkoff"
# A meeting asked for, offered or sought is not one that is set (kg keeps announced ones as planned).
INDEFINITE_ARTICLES = frozenset({"un", "una", "un'", "un’"})
WISHED_MEETING_ADJECTIVES = frozenset({"nuovo", "nuova"})
FUTURE_MEETING_ADJECTIVES = frozenset({"futuro", "futura"})
WISHED_AFTER_PREPOSITIONS = frozenset({"per", "di"})
WISHING_VERBS = frozenset({"chiedere", "proporre", "cercare", "volere", "auspicare", "sollecitare", "offrire",
                           "sperare", "desiderare"})
# The lemmatizer may miss a participle ("chiesto"): its stem still tells.
WISHING_VERB_STEMS = ("chies", "chied", "propo", "cerc", "auspic", "sollecit", "offr", "sper")
COUNTERPART_NOUNS = frozenset({"omologo", "omologa"})
ROLE_COMPLEMENT_PREPOSITIONS = frozenset("di del della dello dei degli delle d' d’ per".split())
ADJECTIVE_ENDINGS = ("o", "a", "i", "e")
# Meetings only talked of as possible are not annotated as meetings (FORMAT.md: "held" or "planned").
HYPOTHETICAL_WORDS = frozenset("""
proposta proposto ipotesi ipotizzato ipotizza eventuale eventualmente possibile possibilità probabile invito invita
invitato disponibilità disponibile escludere esclude pronto pronta pronti
""".split())
HYPOTHETICAL = re.compile(r"\b(?:" + "|".join(sorted(HYPOTHETICAL_WORDS)) + r")\b", re.IGNORECASE)
# "Presenti il ministro degli Esteri russo Sergey Lavrov e ...": the people at the meeting just named.
PRESENT_AT = re.compile(r"(?:erano |sono |saranno )?(?:presenti|presente|partecipano|parteciperanno|"
                        r"hanno partecipato|al tavolo|tra i partecipanti|per la (?:russia|ucraina|turchia|delegazione))\b",
                        re.IGNORECASE)
# "I due leader hanno avuto un primo faccia a faccia": the two people of the meeting before.
THE_TWO = re.compile(r"\b(?:i|dei|ai|tra i|fra i) due (?:leader|presidenti|capi di stato|ministri|inviati)\b",
                     re.IGNORECASE)
# "la guerra in Ucraina", "la pace in Medio Oriente": the place is the subject matter, not the venue.
TOPIC_PLACE = re.compile(r"\b(?:guerra|pace|conflitto|tregua|fuoco|crisi|invasione|situazione|offensiva)\s+"
                         r"(?:in|nel|nella|nell['’]|del|della|dell['’]|sul|sulla|sull['’])\s*$", re.IGNORECASE)
GENITIVE_PREPOSITIONS = frozenset("di del della dello dei degli delle d' d’".split())
MEETING_NOUN = re.compile(r"(incontr|colloqu|vertic|summit|riunion|trattativ|negoziat|bilateral|visit|faccia)")
# "ha ricevuto in udienza in Vaticano il vicepresidente degli Stati Uniti JD Vance"
GUEST_AFTER_HOST_CHARS = 40
# Talks between delegations, whose members the sentence does not name.
ROUNDS_OF_TALKS = frozenset("round tornata ciclo giro sessione serie".split())    # "il primo round di colloqui"
RECALLED = re.compile(r"\b(?:da quando|l['’]ultima volta|in passato|anni fa|mesi fa)\b", re.IGNORECASE)
# "Il precedente incontro si era svolto a San Pietroburgo": the same people's earlier meeting.
SAME_PEOPLE_AGAIN = re.compile(r"\b(?:il|l['’]|del|dell['’]|al|all['’])\s*(?:precedente|ultimo|loro)\s+"
                               r"(?:incontro|colloquio|vertice|faccia a faccia|summit)\b", re.IGNORECASE)
DELEGATIONS = re.compile(r"\bdelegazion[ei]\b", re.IGNORECASE)
HEADS_DELEGATION = re.compile(r"(?:guidat[aoie]|capeggiat[aoie]|presieduta)\s+(?:da|dal|dalla|dall['’])\b[^.;]*$"
                              r"|\bcap[oi]\s+(?:della\s+|delle\s+)?delegazion[ei]\b[^.;]*$", re.IGNORECASE)
DELEGATION_WINDOW_CHARS = 60
# Buildings and sites where meetings are held; a name starting with one is a venue.
VENUE_WORDS = frozenset("""
cremlino casa palazzo villa basilica eliseo quirinale vaticano hotel base studio residenza castello
ambasciata downing
""".split())
# Prepositions that put a meeting in a place: "a Mosca", "ad Abu Dhabi", "in Alaska", "al Cremlino".
PLACE_PREPOSITIONS = frozenset("a ad in al allo alla all' all’ nel nella nello presso".split())
FUTURE_WORDS = frozenset("""
previsto prevista previsti previste atteso attesa attesi attese programmato programmata possibile possibili
potrebbe potrebbero dovrebbe dovrebbero ipotesi ipotizzato proposta proposto invito invitato prossimo prossima
prossimi domani dopodomani annunciato annunciata vuole vorrebbe intende organizzare fissato fissata
""".split())
FUTURE_ENDING = re.compile(r"\w(erà|eranno|irà|iranno|arà|aranno|remo|rete|erò|irò|arò)$")
MIN_QUOTE_WORDS = 2
ARTICLES = frozenset("il lo la i gli le l' l’ un una".split())
PREPOSITIONS = frozenset("""di del della dello dei degli delle per gli le con su sul sulla da dal dalla a al alla ai
agli in nel nella tra fra d' d’ dell' dell’""".split())
# A quote whose sentence names nobody continues a speaker of at most this many sentences before.
CONTINUATION_SENTENCES = 2
# ", ha detto X" or ", secondo X" must follow the closing quote closely to name its speaker.
VERB_AFTER_QUOTE_CHARS = 40
# The speaker's name follows the verb closely: ", ha detto il consigliere presidenziale Yuri Ushakov".
NAME_AFTER_VERB_CHARS = 45
# An institution named this close after the verb is its subject: ", ha affermato la Tass".
SUBJECT_AFTER_VERB_CHARS = 6
SPEECH_PARTICIPLES = (
    "detto|affermato|dichiarato|sottolineato|spiegato|aggiunto|ribadito|confermato|annunciato|riferito|"
    "precisato|osservato|avvertito|assicurato|evidenziato|chiarito|ammesso|fatto sapere|scritto|commentato|"
    "replicato|risposto|sostenuto|ricordato|garantito|denunciato|definito|parlato|insistito|"
    "promesso|urlato|twittato|postato|rimarcato|descritto|interpretato|suggerito|ammesso|avvisato")
SPEECH_PRESENT = (
    "afferma|dice|dichiara|sottolinea|spiega|aggiunge|ribadisce|conferma|annuncia|riferisce|precisa|osserva|"
    "avverte|assicura|evidenzia|chiarisce|ammette|scrive|commenta|replica|risponde|sostiene|ricorda|"
    "garantisce|denuncia|definisce|rimarca|insiste|urla|incalza|descrive|prosegue|conclude|accusa|"
    "affermando|spiegando|sottolineando|aggiungendo|dichiarando|ribadendo|precisando|avvertendo|assicurando")
# "ha detto", "ha invece confermato", "ha poi aggiunto", "dice", "spiegando"
SPEECH_VERB = re.compile(
    rf"\b(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+)?(?:{SPEECH_PARTICIPLES})"
    r"|si\s+(?:è|e'|sono)\s+(?:\w+\s+)?(?:dett|dichiarat)[oaie]"       # "si è detto contrario"
    rf"|(?:{SPEECH_PRESENT}))\b", re.IGNORECASE)
THAT = re.compile(r"\bche\b", re.IGNORECASE)
LO_HA_DETTO = re.compile(rf"(?:lo|l['’])\s*(?:(?:ha|hanno|avrebbe)\s+\w+|(?:{SPEECH_PRESENT})\b)", re.IGNORECASE)
# "confermato dal portavoce del Cremlino", "secondo il consigliere presidenziale", at the end of
# the words before a name.
REPORTED_BY = re.compile(
    r"(?:\b(?:confermat|annunciat|riferit|dichiarat|dett|comunicat|precisat|smentit|rivelat|spiegat|"
    r"sottolineat|affermat|ricordat)[oaie]\s+"
    r"(?:da|dal|dalla|dallo|dall['’])|\bsecondo)\b[^,;:.]*$", re.IGNORECASE)
INTERJECTION = re.compile(r"\s[-–—]\s*(?:ha|hanno)\s+\w+[^-–—]{0,60}[-–—]\s")
WORDS_OF = re.compile(r"\b(?:dichiarazioni|parole|intervista)\s+(?:del|della|dello|dell['’]|di|a|al|alla)\b",
                      re.IGNORECASE)
RELATIVE_CHE = re.compile(r"\bche\s+(?:(?:lo|la|li|le|gli|ne|ci|si|mi|ti|vi)\s+)*$", re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r"\s*(?:quale|quali|cui)\b\s*", re.IGNORECASE)     # after "secondo il"
ACCORDING_TO = re.compile(r"\bsecondo\s+(?:il|la|lo|l['’])?\s*", re.IGNORECASE)


def extract(article: Article, doc: Doc) -> Extraction:
    mentions = sorted(mentions_of(article, doc) + role_mentions(article, doc), key=lambda m: m.start)
    sentences = [SentenceView(sent, [m for m in mentions if sent.start_char <= m.start < sent.end_char])
                 for sent in sentences_of(doc)]
    claims = claims_in(article, doc, sentences)
    reporters = {c.speaker for c in claims} | reporting_sources(doc, mentions)
    return Extraction(article=article, mentions=mentions,
                      meetings=meetings_in(article, doc, sentences, reporters, claims),
                      claims=claims)


def sentences_of(doc: Doc) -> list[Span]:
    """The parser's sentences, rejoined where it cut inside one: a sentence that does not end in
    final punctuation or a line break runs on ("... Italia (la premier Giorgia Meloni), Germania
    (il cancelliere Olaf Scholz), Spagna ...")."""
    joined: list[Span] = []
    for sent in doc.sents:
        if joined and runs_on(joined[-1]):
            joined[-1] = doc[joined[-1].start:sent.end]
        else:
            joined.append(sent)
    return joined


def runs_on(sent: Span) -> bool:
    last_token = sent[-1]
    return not (last_token.text in SENTENCE_END or "\n" in last_token.whitespace_ or "\n" in last_token.text
                or last_token.i + 1 >= len(sent.doc) or "\n" in last_token.text_with_ws)


@dataclass(frozen=True)
class SentenceView:
    span: Span
    mentions: list[Mention]

    @property
    def people(self) -> list[Mention]:
        """Who may take part in a meeting or speak: people and roles, not a role's principal
        ("Trump" of "l'inviato di Trump")."""
        roles = [m for m in self.mentions if m.label == "ROLE"]
        return [m for m in self.mentions if m.label in ("PER", "ROLE") and not m.principal_of_role
                and not any(r.start <= m.start and m.end <= r.end for r in roles if r is not m)]


# --- mentions -------------------------------------------------------------------------

def mentions_of(article: Article, doc: Doc) -> list[Mention]:
    found = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        start, end = trimmed(article.text, ent.start_char, ent.end_char)
        surface = article.text[start:end]
        if not label or not (is_name(surface) or label == "LOC" and is_lower_case_place(surface)
                             or label == "ORG" and len(ent) == 1 and is_agency_credit(ent[0])):
            continue        # lower case: "la capitale russa", "il palazzo Ciragan", "(askanews)"
        if label == "PER" and len(ent) == 1 and ent[0].lower_ in ROLE_NOUNS:
            if names_follow(doc, role_phrase_end(doc, ent.start)):
                continue            # "il Segretario di Stato Usa, Marco Rubio": the title of a name
            label = "ROLE"          # "il Segretario" tagged as a name is a role standing for one
        role = (role_of(doc, ent) or title_in_name(ent)) if label == "PER" else (surface if label == "ROLE" else None)
        found.append(Mention(article.id, surface, start, end, label, role,
                             principal_of_role=label == "PER" and (names_a_principal(doc, ent) or is_genitive(doc, ent))))
    return found


def role_mentions(article: Article, doc: Doc) -> list[Mention]:
    """Roles standing for a name ("il presidente russo", "il capo del Cremlino"), label ROLE.
    kg/resolve links each to the person who holds that role, or drops it."""
    found = []
    for token in doc:
        if is_role_head(token) and token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS \
                and not token.ent_type_ and not is_plural(token, doc[token.i - 1]):
            end = role_phrase_end(doc, token.i + 1 if token.lower_ == "numero" else token.i)
            if (end - token.i > 1 or stands_alone(doc, end)) and not names_follow(doc, end) \
                    and not in_apposition(doc, token.i):
                span = doc[token.i:end]
                role = counterpart_role(doc, span) or span.text
                found.append(Mention(article.id, span.text, span.start_char, span.end_char, "ROLE", role))
    return found


def counterpart_role(doc: Doc, span: Span) -> str | None:
    """"tra il presidente americano e l'omologo russo": a counterpart holds the role named
    before it in the sentence, in another country ("presidente russo")."""
    if span[0].lower_ not in COUNTERPART_NOUNS:
        return None
    earlier = [t for t in doc[span.sent.start:span.start] if t.lower_ in ROLE_NOUNS - COUNTERPART_NOUNS]
    return " ".join([earlier[-1].text, *[t.text for t in span[1:]]]) if earlier else None


def is_role_head(token) -> bool:
    """A role noun, or "numero" of "il numero uno ucraino" (the country's leader)."""
    return token.lower_ in ROLE_NOUNS or token.lower_ == "numero" and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ == "uno"


def in_apposition(doc: Doc, i: int) -> bool:
    """"Kirill Dmitriev, il rappresentante speciale del Cremlino": the role of the name before
    (role_after gives it to that person), not a second person."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ARTICLES:
        j -= 1
    return j >= 1 and doc[j].text == "," and doc[j - 1].ent_type_ == "PER"


def is_plural(noun, determiner) -> bool:
    """"i leader europei", "gli inviati": a group, not one person."""
    return "Plur" in noun.morph.get("Number") or determiner.lower_ in PLURAL_DETERMINERS


def stands_alone(doc: Doc, end: int) -> bool:
    """A bare role noun names someone only when nothing qualifies it: "ha detto il consigliere."
    but not "il consigliere per la sicurezza nazionale"."""
    return end >= len(doc) or doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADV")


def role_phrase_end(doc: Doc, start: int, limit: int | None = None) -> int:
    """The role noun, then adjectives ("russo", "speciale americano") and one complement
    ("del Cremlino", "degli Stati Uniti", "del presidente Trump"), then adjectives ("degli Esteri russo")."""
    limit = len(doc) if limit is None else limit
    end = adjectives_end(doc, start + 1, limit)
    if end < limit and is_country_tag(doc[end]):
        end += 1        # "l'inviato speciale Usa Steve Witkoff"
    if end + 1 < limit and doc[end].lower_ in ROLE_COMPLEMENT_PREPOSITIONS:
        name_at = end + 2 if doc[end + 1].lower_ in ROLE_NOUNS else end + 1
        if name_at > end + 1 and (name_at >= limit or not doc[name_at].text[:1].isupper()):
            return adjectives_end(doc, name_at, limit)      # "del presidente russo": a principal by role
        if name_at < limit and doc[name_at].text[:1].isupper():
            end = name_at
            if doc[name_at].ent_iob_ == "B" and doc[name_at].ent_type_ == "PER":
                end = min(entity_end(doc, name_at), limit)    # the principal: "l'inviato di Donald Trump"
            while end < limit and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_type_ != "PER":
                end += 1
            end = adjectives_end(doc, end, limit)
    return end


def entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def is_country_tag(token) -> bool:
    """A short country or body name used like an adjective: "Usa", "Ue", "NATO"."""
    return len(token.text) <= 4 and token.text[:1].isupper() and token.is_alpha \
        and (token.text.isupper() or load_gazetteer().is_place(token.text))


def adjectives_end(doc: Doc, end: int, limit: int) -> int:
    for _ in range(2):
        if end < limit and is_adjective(doc[end]):
            end += 1
    return end


def is_adjective(token) -> bool:
    if token.is_lower and load_gazetteer().demonyms.country(token.text):
        return True         # "ucraino" in "il ministro degli Esteri ucraino", whatever the tagger says
    if token.pos_:
        return token.pos_ == "ADJ"
    return token.is_alpha and token.is_lower and token.lower_.endswith(ADJECTIVE_ENDINGS) \
        and token.lower_ not in STOP_WORDS


def names_follow(doc: Doc, end: int) -> bool:
    """The role is a title of the name after it ("il presidente russo Vladimir Putin" or
    "il presidente russo, Vladimir Putin"), not a name of its own."""
    for i in (end, end + 1):
        if i < len(doc) and doc[i].ent_type_ == "PER":
            return i == end or doc[end].text == ","
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in EDGE_JUNK:
        end -= 1
    return start, end


def is_lower_case_place(surface: str) -> bool:
    """"la capitale russa" (the gazetteer knows it), "il palazzo Ciragan" (a venue's name)."""
    return load_gazetteer().is_place(surface) or surface.split()[0].lower() in VENUE_NOUNS_IN_NAME


def is_name(surface: str) -> bool:
    """Not a month or weekday ("Gennaio"), nor a shouted headline ("STEVE WITKOFF INVIATO SPECIALE")."""
    words = surface.split()
    first = next((w for w in words if w.lower() not in NAME_PARTICLES), surface)     # "von der Leyen"
    return 1 < len(surface) <= MAX_NAME_CHARS and first[0].isupper() and "\n" not in surface \
        and surface.lower() not in CALENDAR_WORDS and not (surface.isupper() and len(words) > MAX_CAPS_WORDS)


def role_of(doc: Doc, ent: Span) -> str | None:
    """The title written before the name ("il portavoce del Cremlino Dmitri Peskov") or in
    apposition after it ("Steve Witkoff, inviato del presidente ..."), as written."""
    return role_before(doc, ent) or role_across_principal(doc, ent) or role_after(doc, ent)


def role_across_principal(doc: Doc, ent: Span) -> str | None:
    """"l'inviato del presidente Usa Donald Trump, Steve Witkoff": a role whose complement names
    its principal, then a comma, then the name that holds it."""
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != "PER":
        return None
    principal = next(e for e in doc.ents if e.start <= ent.start - 2 < e.end)
    if not names_a_principal(doc, principal):
        return None
    holder_role = None
    for r in range(principal.start - 1, max(-1, principal.start - ROLE_WINDOW - 5), -1):
        if doc[r].is_punct or doc[r].pos_ in ("VERB", "AUX") and doc[r].lower_ not in ROLE_NOUNS:
            break
        if doc[r].lower_ in ROLE_NOUNS:
            holder_role = r          # the farthest: "inviato", not the principal's "presidente"
    return doc[holder_role:ent.start - 1].text if holder_role is not None else None


def title_in_name(ent: Span) -> str | None:
    """"Papa Leone XIV": a title written as part of the name is also the person's role."""
    return ent[0].text if len(ent) > 1 and ent[0].lower_ in ROLE_NOUNS else None


def role_before(doc: Doc, ent: Span) -> str | None:
    """The role phrase that ends right where the name starts: "il portavoce del Cremlino Dmitri
    Peskov", "il presidente russo Vladimir Putin". The nearest role noun wins: "l'inviato del
    presidente USA Donald Trump" gives Trump "presidente USA"."""
    for i in range(ent.start - 1, max(-1, ent.start - 1 - ROLE_WINDOW), -1):
        if doc[i].lower_ in ROLE_NOUNS:
            if (role_phrase_end(doc, i, limit=ent.start) == ent.start or is_nominal_complement(doc[i + 1:ent.start])) \
                    and not names_a_principal(doc, ent):
                return doc[i:ent.start].text
            return None
    return None


def is_nominal_complement(words: Span) -> bool:
    """"(il capo) dell’amministrazione militare della città (Oleksandr Vilkul)": prepositions,
    articles, nouns and adjectives in lower case, nothing else."""
    return len(words) > 1 and words[0].pos_ == "ADP" and all(
        t.is_lower and t.pos_ in ("ADP", "DET", "NOUN", "ADJ") for t in words)


def names_a_principal(doc: Doc, ent: Span) -> bool:
    """"l'inviato del presidente degli Stati Uniti Donald Trump", "consigliere di Putin": the name
    completes another person's role (a role noun, a preposition, then nothing but adjectives or a
    second role before the name). Not so in "il portavoce del Cremlino Dmitri Peskov", where an
    institution completes the role and the name holds it."""
    for r in range(ent.start - 1, max(-1, ent.start - ROLE_WINDOW - 5), -1):
        token = doc[r]
        if token.lower_ in ROLE_NOUNS:      # before the verb test: the tagger reads "inviato" as a verb
            p = adjectives_end(doc, r + 1, ent.start)
            if p < ent.start and doc[p].lower_ in ROLE_COMPLEMENT_PREPOSITIONS:
                between = doc[p + 1:ent.start]
                if all(is_adjective(t) for t in between) or any(t.lower_ in ROLE_NOUNS for t in between):
                    return True
        elif token.is_punct or token.pos_ in ("VERB", "AUX", "CCONJ") or token.ent_type_ == "PER":
            return False        # "il ministro degli Esteri Andrii Sybiha e il ministro della Difesa Rustem Umerov"
    return False


def is_genitive(doc: Doc, ent: Span) -> bool:
    """"i funerali di Papa Francesco", "il rilascio di Fogel": the name completes a noun that is
    neither a role nor a meeting, so the person is talked about, not present."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ROLE_NOUNS:          # "di Papa Francesco" keeps its title
        i -= 1
    if i < 1 or doc[i].lower_ not in GENITIVE_PREPOSITIONS:
        return False
    noun = doc[i - 1]
    return noun.pos_ == "NOUN" and noun.lower_ not in ROLE_NOUNS and not MEETING_NOUN.match(noun.lower_)


def role_after(doc: Doc, ent: Span) -> str | None:
    """"Steve Witkoff, inviato del presidente degli Stati Uniti, ...", "Kirill Dmitriev, il
    rappresentante speciale del Cremlino": a role in apposition."""
    start = ent.end + 1
    if start < len(doc) and doc[start].lower_ in ARTICLES:
        start += 1
    if start >= len(doc) or doc[ent.end].text != "," or doc[start].lower_ not in ROLE_NOUNS:
        return None
    end = role_phrase_end(doc, start)
    if end < len(doc) and not (doc[end].is_punct or doc[end].ent_type_ == "PER" or doc[end].pos_ == "ADP"):
        return None         # a further complement may follow: "... del Cremlino per la cooperazione"
    return doc[start:end].text


# --- meetings -------------------------------------------------------------------------

def meeting_in(article: Article, doc: Doc, sentence: SentenceView, reporters: set[Mention],
               before: list[SentenceView], following: SentenceView | None,
               earlier: list[MeetingMention], heads: list[Mention]) -> MeetingMention | None:
    """A sentence with a meeting word and two or more people."""
    cues = cues_in(doc, sentence.span, sentence.people)
    if "MEETING" not in cues or "CALL" in cues or HYPOTHETICAL.search(sentence.span.text) \
            or tells_history(sentence.span) or only_wished_for(doc, sentence.span) \
            or only_reported(doc, sentence.span) or only_generic(doc, sentence.span):
        return None
    people = participants(sentence, reporters, following, earlier, heads)
    if len({m.surface for m in people}) < 2:
        return None
    tense = "future" if sounds_future(sentence.span) else None
    when = meeting_date(dateable_text(article, sentence.span), article, tense) \
        or date_from_context(article, before, tense)
    status = meeting_status(tense, when, article)
    day, date_text = (when.value, when.text) if when else (None, None)
    if day is None and status == "held" and article.published and not RECALLED.search(sentence.span.text):
        # A meeting reported as done, with no day written: news reports it on the day it happened
        # (not one recalled: "da quando il leader russo si è incontrato con Joe Biden a Ginevra").
        day = article.published
    return MeetingMention(article=article.id, participants=tuple(people),
                          location=meeting_place(article, doc, sentence, cues["MEETING"]), date=day, date_text=date_text,
                          status=status, evidence=sentence.span.text.strip())


def meetings_in(article: Article, doc: Doc, sentences: list[SentenceView], reporters: set[Mention],
                claims: list[ClaimMention] = ()) -> list[MeetingMention]:
    found: list[MeetingMention] = []
    heads = delegation_heads(article, sentences)
    for i, sentence in enumerate(sentences):
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        speaker = first_person_speaker(doc, sentence, claims)
        view = SentenceView(sentence.span, sentence.mentions + [speaker]) \
            if speaker and speaker not in sentence.mentions else sentence
        meeting = meeting_in(article, doc, view, reporters - {speaker}, sentences[max(0, i - 2):i], following,
                             found, heads)
        if meeting:
            found.append(meeting)
    return found


def first_person_speaker(doc: Doc, sentence: SentenceView, claims: list[ClaimMention]) -> Mention | None:
    """«Questo pomeriggio accoglierò Volodymyr Zelensky a Bruxelles», says von der Leyen: a meeting
    verb in the first person inside a quote has its speaker as a participant."""
    quotes = [q for q in doc.spans[QUOTES_SPANS_KEY] if sentence.span.start <= q.start < sentence.span.end]
    for cue in meeting_words(doc, sentence.span, labels=("MEETING", "HOST")):
        quote = next((q for q in quotes if q.start <= cue.start < q.end), None)
        if quote is not None and "1" in cue.root.morph.get("Person"):
            return next((c.speaker for c in claims if quote.text in c.text and c.speaker.label == "PER"), None)
    return None


def participants(sentence: SentenceView, reporters: set[Mention], following: SentenceView | None,
                 earlier: list[MeetingMention], heads: list[Mention]) -> list[Mention]:
    """The people of the meeting sentence, less those who only report it ("confermato dal
    portavoce del Cremlino Dmitri Peskov", "secondo Ushakov") when two others remain; else those
    the next sentence lists ("Sono iniziati i colloqui. Presenti il ministro ... Lavrov e ...
    Rubio"); else, for "i due leader" or "il precedente incontro", the people of the article's previous meeting; else, for
    talks between delegations, the heads of delegation the article names."""
    people = [m for m in sentence.people if m not in reporters]
    if len({m.surface for m in people}) >= 2:
        return people
    if people and len({m.surface for m in sentence.people}) >= 2:
        return sentence.people      # "Lo ha detto Trump, in conferenza stampa con Putin": one reporter is there
    if following is not None and PRESENT_AT.match(following.span.text.lstrip()):
        return sentence.people + following.people
    if (THE_TWO.search(sentence.span.text) or SAME_PEOPLE_AGAIN.search(sentence.span.text)) and earlier:
        return list(earlier[-1].participants)
    if DELEGATIONS.search(sentence.span.text) and len({m.surface for m in heads}) >= 2:
        return heads
    return sentence.people


def delegation_heads(article: Article, sentences: list[SentenceView]) -> list[Mention]:
    """People the article puts at the head of a delegation: "la delegazione russa guidata da
    Vladimir Medinsky", "il capo delegazione ucraino Rustem Umerov"."""
    heads = []
    for sentence in sentences:
        for m in sentence.people:
            before = article.text[max(0, m.start - DELEGATION_WINDOW_CHARS):m.start]
            if m.label == "PER" and HEADS_DELEGATION.search(before) and m.surface not in {h.surface for h in heads}:
                heads.append(m)
    return heads


def reporting_sources(doc: Doc, mentions: list[Mention]) -> set[Mention]:
    """People named as the source of the news: "confermato dal portavoce ... X", "secondo X"."""
    sources = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and is_person(m):
            before = doc[max(0, span.start - ROLE_WINDOW - 2):span.start].text
            if REPORTED_BY.search(before):
                sources.add(m)
    return sources


def tells_history(sent: Span) -> bool:
    """News tells its own events in the passato prossimo; a passato remoto ("le trattative
    iniziarono") recalls history, not the meeting being reported."""
    return any(t.pos_ in ("VERB", "AUX") and "Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm")
               and "Ind" in t.morph.get("Mood") for t in sent)


def cues_in(doc: Doc, sent: Span, people: list[Mention]) -> dict[str, int]:
    """Cue label -> character offset of its first cue in the sentence. A receiving verb counts as
    a meeting word when a person follows it closely ("ha ricevuto il presidente ucraino")."""
    found: dict[str, int] = {}
    for cue in doc.spans[MEETING_SPANS_KEY]:
        if sent.start <= cue.start < sent.end:
            label = cue.label_
            if label == "HOST":
                label = "MEETING" if any(0 < m.start - cue.end_char <= GUEST_AFTER_HOST_CHARS for m in people) else None
            if label:
                found.setdefault(label, cue.start_char)
    return found


def meeting_words(doc: Doc, sent: Span, labels: tuple[str, ...] = ("MEETING",)) -> list[Span]:
    return [c for c in doc.spans[MEETING_SPANS_KEY] if sent.start <= c.start < sent.end and c.label_ in labels]


def only_wished_for(doc: Doc, sent: Span) -> bool:
    """Every meeting word of the sentence names a meeting someone asks for, not one that is set:
    "aveva chiesto un incontro", "cercare un accordo per un incontro tra Putin e Zelensky"."""
    cues = meeting_words(doc, sent)
    return bool(cues) and all(is_wished_for(c) for c in cues)


def only_reported(doc: Doc, sent: Span) -> bool:
    """Every meeting word is what someone confirms or denies, with nobody named as meeting:
    "Rubio non ha né confermato né smentito l'incontro" (Rubio reports it; he was not there)."""
    cues = meeting_words(doc, sent)
    return bool(cues) and all(is_reported_object(c) for c in cues)


def is_reported_object(cue: Span) -> bool:
    """The verb right before the meeting word (past its article) confirms or denies it, and no
    "tra"/"con" names who met. Read from the words, not the parse, which varies here."""
    doc, i = cue.doc, cue.start - 1
    while i >= 0 and doc[i].pos_ == "DET" or i >= 0 and doc[i].lower_ in ("l'", "l’"):
        i -= 1
    if i < 0 or not doc[i].lower_.startswith(REPORTING_VERB_STEMS):
        return False
    after = doc[cue.end:cue.sent.end]
    return not any(t.lower_ in MEETING_PREPOSITIONS for t in after[:MEETING_COMPLEMENT_WINDOW])


def only_generic(doc: Doc, sent: Span) -> bool:
    """Every meeting word is a bare noun after "di" with nobody meeting after it: "uno degli uomini
    più vicini al presidente in materia di negoziati informali" (but "il secondo round di
    negoziati tra le delegazioni" is a meeting)."""
    cues = meeting_words(doc, sent)
    return bool(cues) and all(c.start > 1 and doc[c.start - 1].lower_ == "di"
                              and doc[c.start - 2].lower_ not in ROUNDS_OF_TALKS
                              and not any(t.lower_ in MEETING_PREPOSITIONS
                                          for t in doc[c.end:min(c.end + MEETING_COMPLEMENT_WINDOW, sent.end)])
                              for c in cues)


def is_wished_for(cue: Span) -> bool:
    doc, i = cue.doc, cue.start - 1
    future = i >= 0 and doc[i].lower_ in FUTURE_MEETING_ADJECTIVES
    if i >= 0 and doc[i].lower_ in WISHED_MEETING_ADJECTIVES | FUTURE_MEETING_ADJECTIVES:
        i -= 1
    if i < 1 or doc[i].lower_ not in INDEFINITE_ARTICLES:
        return False
    if future:
        return True         # "un futuro incontro tra Putin e Trump": none is set yet
    governor = doc[i - 1]
    if governor.lower_ in WISHED_AFTER_PREPOSITIONS:    # "un accordo per un incontro", "la richiesta di un vertice"
        return i > 1 and doc[i - 2].pos_ == "NOUN"
    return governor.lemma_.lower() in WISHING_VERBS or governor.lower_.startswith(WISHING_VERB_STEMS)


def sounds_future(sent: Span) -> bool:
    return any(t.lower_ in FUTURE_WORDS or FUTURE_ENDING.search(t.lower_) for t in sent)


def dateable_text(article: Article, sent: Span) -> str:
    """The sentence's text with the header's "date YYYY-MM-DD" blanked out (same length, same offsets)."""
    text, header = sent.text, header_date_span(article.text)
    if not header or header[0] >= sent.end_char or header[1] <= sent.start_char:
        return text
    start, end = max(header[0] - sent.start_char, 0), min(header[1] - sent.start_char, len(text))
    return text[:start] + " " * (end - start) + text[end:]


def meeting_date(text: str, article: Article, tense: str | None) -> dates.TimeExpression | None:
    found = dates.find_time_expressions(text, article.published, tense=tense)
    day = next((e for e in found if e.precision == "day" and e.value), None)
    if day is None and article.published is None and article.published_month:
        # "l'11 aprile" in an article dated only " date 2025-04": the words need just the year
        found = dates.find_time_expressions(text, article.published_month, tense=tense)
        day = next((e for e in found if e.precision == "day" and e.value and dates.names_its_day(e)), None)
    return day


def date_from_context(article: Article, before: list[SentenceView], tense: str | None
                      ) -> dates.TimeExpression | None:
    """A sentence that names no day often continues one that does, in its paragraph:
    "Ieri a Gedda sono iniziate le trattative. I colloqui si sono svolti a porte chiuse ..." """
    for sentence in reversed(before):
        if "\n\n" in sentence.span.text_with_ws or sentence.span.text.strip().endswith(("?", "!")):
            return None
        when = meeting_date(dateable_text(article, sentence.span), article, tense)
        if when:
            return when
    return None


def meeting_status(tense: str | None, when: dates.TimeExpression | None, article: Article) -> str:
    if when and when.value and article.published:
        if when.value == article.published and tense == "future":
            return "planned"        # "questo pomeriggio accoglierò": later today
        return "planned" if when.value > article.published else "held"
    return "planned" if tense == "future" or (when and when.tense == "future") else "held"


def meeting_place(article: Article, doc: Doc, sentence: SentenceView, cue_at: int) -> Mention | None:
    """The most precise place the sentence puts the meeting in: a venue ("al Cremlino") or a
    city before a region, a region before a country ("a Riad, in Arabia Saudita" -> Riad); of
    two cities, the one nearer the meeting word ("scalo a San Pietroburgo ... a Mosca, dove incontrerà")."""
    text = article.text     # the same as doc.text, which spaCy rebuilds on every call
    places = [m for m in sentence.mentions if could_be_place(m) and preposition_before(doc, m)
              and place_rank(m) is not None and not TOPIC_PLACE.search(text[max(0, m.start - 30):m.start])]
    return min(places, key=lambda m: (place_rank(m), abs(m.start - cue_at)), default=None)


def could_be_place(m: Mention) -> bool:
    """A place or a venue; also a known place the NER took for a person ("a Riad")."""
    return m.label in ("LOC", "ORG") or (m.label == "PER" and load_gazetteer().is_place(m.surface))


def place_rank(mention: Mention) -> int | None:
    if mention.surface.split()[0].lower() in VENUE_WORDS:
        return 0
    place = load_gazetteer().lookup(mention.surface)
    if place is None:       # a place the gazetteer lacks is mostly a small one: "a Castel Gandolfo"
        return 0 if mention.label == "LOC" else None
    return {"city": 0, "region": 2, "country": 3}.get(place.kind, 2)


def preposition_before(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    return before in PLACE_PREPOSITIONS or before.startswith("all'") or before.startswith("all’")


# --- claims ---------------------------------------------------------------------------

def claims_in(article: Article, doc: Doc, sentences: list[SentenceView]) -> list[ClaimMention]:
    """Quoted and reported statements, in text order. A quote whose sentence names nobody
    ("«è stato epico», ha assicurato") continues the last speaker of the sentences just before."""
    quotes = [(q.start_char, q.end_char) for q in doc.spans[QUOTES_SPANS_KEY]]
    quotes_by_sentence = defaultdict(list)
    for quote in doc.spans[QUOTES_SPANS_KEY]:
        if is_statement(quote.text):
            quotes_by_sentence[sentence_index(sentences, quote.start)].append(quote)
    claims, recent, continued = [], RecentSpeaker(), set()
    for i, sentence in enumerate(sentences):
        found = [c for q in quotes_by_sentence.get(i, []) if (c := quoted_claim(article, q, sentences, i, quotes, recent))]
        for q in quotes_by_sentence.get(i, []):
            continued.update(range(i + 1, (sentence_index(sentences, q.end - 1) or i) + 1))
        # A sentence a quote runs into is that quote's, not a statement of its own.
        if not found and i not in continued and (claim := reported_claim(article, sentence, quotes,
                                                                          recent.at(i) or first_person(sentences[i - 1:i]))
                                                 or unnamed_reported_claim(article, sentence, recent.at(i)
                                                                           or first_person(sentences[i - 1:i]))):
            before = next((s for s in reversed(sentences[:i]) if s.span.text.strip()), None)
            found = [attributed_to_sentence_before(claim, before) if before and says_nothing(claim) else claim]
        for claim in found:
            recent.said(claim.speaker, i)
        if not found and (announced := words_announced_of(sentence)):
            recent.said(announced, i)       # "Dichiarazioni di Medinsky": the quotes that follow are his
        claims.extend(found)
    return joined_by_speaker(claims)


def words_announced_of(sentence: SentenceView) -> Mention | None:
    """"Dichiarazioni del capo delegazione russo Medinsky", "Le parole di Zelensky": a headline
    that announces someone's words."""
    found = WORDS_OF.search(sentence.span.text)
    if not found:
        return None
    at = sentence.span.start_char + found.end()
    return next((m for m in sentence.people if m.start >= at and m.label == "PER"), None)


def says_nothing(claim: ClaimMention) -> bool:
    """"— ha aggiunto Medinsky.": a line that opens with a dash and only attributes; what was said
    is the sentence before."""
    rest = claim.text.replace(claim.speaker.surface, "")
    return claim.evidence.lstrip()[:1] in DASHES and not any(ch.isalnum() for ch in rest)


def attributed_to_sentence_before(claim: ClaimMention, before: SentenceView) -> ClaimMention:
    said = before.span.text.strip()
    return replace(claim, text=said, evidence=f"{said}\n{claim.evidence}")


def joined_by_speaker(claims: list[ClaimMention]) -> list[ClaimMention]:
    """Quotes of one speaker in one sentence are one claim: "«...», ha detto X, «...»"."""
    joined: dict[tuple, ClaimMention] = {}
    for c in claims:
        key = (c.evidence, c.speaker.start)
        if key in joined:
            joined[key] = replace(joined[key], text=f"{joined[key].text} … {c.text}")
        else:
            joined[key] = c
    return list(joined.values())


@dataclass
class RecentSpeaker:
    """The last speaker and the sentence they spoke in, for quotes that name nobody."""
    speaker: Mention | None = None
    sentence: int = -99

    def said(self, speaker: Mention, sentence: int) -> None:
        self.speaker, self.sentence = speaker, sentence

    def at(self, sentence: int) -> Mention | None:
        return self.speaker if sentence - self.sentence <= CONTINUATION_SENTENCES else None


def is_statement(text: str) -> bool:
    """Not a title or a name in quotes (“Al Arabiya”, “Pursuing Peace”)."""
    words = text.split()
    return len(words) >= MIN_QUOTE_WORDS and not all(w[:1].isupper() for w in words)


def sentence_index(sentences: list[SentenceView], token_index: int) -> int | None:
    return next((i for i, s in enumerate(sentences) if s.span.start <= token_index < s.span.end), None)


def quoted_claim(article: Article, quote: Span, sentences: list[SentenceView], index: int,
                 quotes: list[tuple[int, int]], recent: RecentSpeaker) -> ClaimMention | None:
    """The speaker stands in the sentences the quote spans, or says it in the sentence after
    ("Lo ha detto X"), or announces it just before ("X ha detto:"), or spoke just before."""
    last_index = sentence_index(sentences, quote.end - 1) or index
    spanned = sentences[index:last_index + 1]
    if INTERJECTION.search(quote.text):
        speaker = interjected_speaker(quote, spanned, quotes) or speaker_announced_before(sentences, index, quotes) \
            or recent.at(index)
    else:
        speaker = (quote_speaker(spanned, quote.start_char, quote.end_char, quotes)
                   or speaker_named_after(sentences, last_index, quotes)
                   or speaker_announced_before(sentences, index, quotes)
                   or recent.at(index)
                   or (first_person(sentences[index - 1:index]) if set_off_verb_before(quote, spanned) else None))
    if speaker is None or not is_person(speaker):     # an institution's words are no person's claim
        return None
    evidence = doc_text(spanned)
    # A bare role ("ha detto il tycoon") may find no holder; the speaker just before is the best guess.
    fallback = recent.at(index) if speaker.label == "ROLE" and speaker is not recent.at(index) else None
    return ClaimMention(article.id, speaker, quote.text, evidence, article.published, fallback_speaker=fallback)


def set_off_verb_before(quote: Span, sentences: list[SentenceView]) -> bool:
    """"Il colloquio, ha assicurato, «...»": a speech verb between commas, its subject unsaid."""
    head = quote.doc.text[sentences[0].span.start_char:quote.start_char]
    verb = last_match(SPEECH_VERB, head)
    return bool(verb) and head[:verb.start()].rstrip().endswith(",") and head[verb.end():].lstrip().startswith(",")


def doc_text(sentences: list[SentenceView]) -> str:
    first, last_sentence = sentences[0].span, sentences[-1].span
    return first.doc[first.start:last_sentence.end].text.strip()


def speakers_in(sentences: list[SentenceView], quotes: list[tuple[int, int]]) -> list[Mention]:
    """People named outside quoted passages: a name inside a quote is not its speaker."""
    return [m for m in names_outside(sentences, quotes) if is_person(m)]


def names_outside(sentences: list[SentenceView], quotes: list[tuple[int, int]]) -> list[Mention]:
    return [m for s in sentences for m in s.mentions
            if not m.principal_of_role and not any(qs <= m.start < qe for qs, qe in quotes)]


def is_person(m: Mention) -> bool:
    """A person or a role; not a name the NER took for a person that the gazetteer knows as a place."""
    return m.label == "ROLE" or (m.label == "PER" and not load_gazetteer().is_place(m.surface))


def quote_speaker(sentences: list[SentenceView], start: int, end: int,
                  quotes: list[tuple[int, int]]) -> Mention | None:
    """The name after a speech verb that follows the quote (", ha detto Witkoff", ", secondo
    Ushakov"), else the subject of a speech verb before it ("Trump ha definito Meloni «...»",
    "Secondo Witkoff, «...»"), else the name before a colon that opens it ("Zelensky ha reagito:
    «...»"). A speech verb whose subject is an institution ("Il Cremlino definisce «utile»") gives
    that institution (so no person's claim); a verb set off by commas ("Putin, ha spiegato, agisce «in buona fede»") speaks for
    the speaker before, not for the name next to it."""
    names = names_outside(sentences, quotes)
    text, offset = doc_text(sentences), sentences[0].span.start_char
    verb_after = first_verb(text, end - offset)
    if verb_after and verb_after.start() + offset - end <= VERB_AFTER_QUOTE_CHARS:
        # Not a name after a preposition, which completes the verb: "ha scritto su X", "ha
        # dichiarato durante l'incontro con la presidente ... Ursula von der Leyen".
        after = [m for m in names if m.start >= offset + verb_after.end()
                 and not after_preposition(text[:m.start - offset], m)]
        distance = [m.start - offset - verb_after.end() for m in after]
        if after and not is_person(after[0]) and distance[0] <= SUBJECT_AFTER_VERB_CHARS:
            return after[0]             # "ha affermato la Tass": an institution speaks
        # ", ha detto Witkoff"; "afferma ... il segretario di Stato Usa, Marco Rubio"
        person = next((m for m, d in zip(after, distance) if is_person(m) and d <= 2 * NAME_AFTER_VERB_CHARS), None)
        if person:
            return person
    head = text[:max(start - offset, 0)]
    verb_before = last_match(SPEECH_VERB, head) or last_match(ACCORDING_TO, head)
    if verb_before:
        if head[:verb_before.start()].rstrip().endswith(",") and head[verb_before.end():].lstrip().startswith(","):
            return None
        before = subjects([m for m in names if m.end <= offset + verb_before.start()], text, offset)
        between = subjects([m for m in names if offset + verb_before.end() <= m.start < start and is_person(m)],
                           text, offset)      # "ha detto al presidente: «...»" is said to him
        if verb_before.re is ACCORDING_TO:
            return between[0] if between else None
        if before:
            return before[-1]           # a person, or an institution: "Il Cremlino definisce «utile»"
        return between[-1] if between else None
    if head.rstrip(" «“\"").endswith(":"):
        before = [m for m in names if m.end <= start]
        return before[-1] if before and is_person(before[-1]) else None
    return None


def after_preposition(before: str, m: Mention) -> bool:
    """The name, with its role and article, completes a preposition: "con la presidente X"."""
    before = before.rstrip(" ,")
    if m.role and before.endswith(m.role):
        before = before[:-len(m.role)]
    words = before.replace("’", "' ").replace("'", "' ").split()
    while words and words[-1].lower() in ARTICLES:
        words.pop()
    return bool(words) and words[-1].lower() in PREPOSITIONS - {"gli", "le"}


def interjected_speaker(quote: Span, sentences: list[SentenceView], quotes) -> Mention | None:
    """"La situazione - ha sottolineato Putin - è legata ...": the speaker named inside the quote."""
    found = INTERJECTION.search(quote.text)
    if not found:
        return None
    at, until = quote.start_char + found.start(), quote.start_char + found.end()
    return next((m for s in sentences for m in s.people if at <= m.start < until), None)


def first_verb(text: str, at: int) -> re.Match | None:
    found = [m for m in (SPEECH_VERB.search(text, at), ACCORDING_TO.search(text, at)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def speaker_announced_before(sentences: list[SentenceView], index: int, quotes) -> Mention | None:
    """'Peskov ha detto:' ends the sentence before the quote."""
    previous = next((s for s in reversed(sentences[:index]) if s.span.text.strip(" \n“«\"")), None)
    if previous is not None and previous.span.text.rstrip().endswith(":"):
        before = previous.span       # its subject, not "ha detto al presidente:"
        return last(subjects(speakers_in([previous], quotes), before.text, before.start_char))
    return None


def speaker_named_after(sentences: list[SentenceView], index: int, quotes) -> Mention | None:
    """'"Abbiamo avuto un incontro molto produttivo". Lo ha detto il presidente Donald Trump.'"""
    if index + 1 < len(sentences):
        following = sentences[index + 1]
        if LO_HA_DETTO.match(following.span.text.lstrip()):
            people = speakers_in([following], quotes)
            return people[0] if people else None
    return None


def last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def reported_claim(article: Article, sentence: SentenceView, quotes: list[tuple[int, int]],
                   recent: Mention | None = None) -> ClaimMention | None:
    """"X ha detto che ...", "secondo X, ...", "... ha spiegato X". Not "Lo ha detto X", which
    names the speaker of the sentence before. "X, secondo il quale ..." is X's; a verb set off by
    commas with nobody after it ("Putin, ha spiegato, agisce ...") is the speaker's just before."""
    text, offset = sentence.span.text, sentence.span.start_char
    verb = next((v for v in SPEECH_VERB.finditer(text) if not v.group().endswith("ndo")), None) \
        or ACCORDING_TO.search(text)
    if not verb or LO_HA_DETTO.match(text.lstrip()):
        return None                 # a gerund ("sottolineando che") belongs to another clause's subject
    if text.rstrip().endswith(":") and not text[:verb.start()].rstrip().endswith(","):
        return None                 # "ha detto al presidente:" announces the quote that follows; not
                                    # "oltre 40 persone sono rimaste ferite, ha dichiarato X:"
    names = names_outside([sentence], quotes)
    before = [m for m in names if m.end <= offset + verb.start()]
    after = [m for m in names if m.start >= offset + verb.end()]
    close_after = after[0] if after and gap_without_role(text[verb.end():after[0].start - offset], after[0]) \
        <= NAME_AFTER_VERB_CHARS and not THAT.search(text[verb.end():after[0].start - offset]) else None  # "ha detto che Kiev ..."
    set_off = text[:verb.start()].rstrip().endswith((",", "come"))
    if verb.re is ACCORDING_TO and RELATIVE_PRONOUN.match(text, verb.end()):
        speaker = last([m for m in before if is_person(m)])     # "Zelensky, secondo il quale ..."
    elif verb.re is ACCORDING_TO or (set_off and close_after and is_person(close_after)):
        speaker = close_after       # "La Russia, ha ribadito Ushakov, ..."; "come ha ammesso Ushakov"
    elif set_off and text[verb.end():].lstrip().startswith(","):
        speaker = recent            # "Putin, ha spiegato, agisce ...": the one who was speaking
    else:
        speaker = relative_antecedent(before, text[:verb.start()]) or last(subjects(before, text, offset)) \
            or close_after
    if speaker is None or not is_person(speaker):
        return None
    said = text[verb.end():].lstrip(" ,:").removeprefix("che ").strip()
    if RELATIVE_PRONOUN.match(said):
        said = RELATIVE_PRONOUN.sub("", said, count=1).strip()
    # "Il ministro ucraino ... ha spiegato che": if no one is known to hold the role, the one speaking before
    fallback = recent if speaker.label == "ROLE" and recent is not speaker else None
    return ClaimMention(article.id, speaker, said, text.strip(), article.published, fallback_speaker=fallback)


def gap_without_role(gap: str, m: Mention) -> int:
    """Characters between a verb and a name, the name's own role left out: "ha dichiarato il
    portavoce del ministero degli Esteri turco, Oncu Keceli" is close."""
    gap = gap.rstrip(" ,")
    return len(gap[:-len(m.role)] if m.role and gap.endswith(m.role) else gap)


def relative_antecedent(before: list[Mention], head: str) -> Mention | None:
    """"... con il vicepresidente Vance che lo accusa di ...": the subject of a verb opening a
    relative clause is the person just before "che", whatever preposition comes before them."""
    if not RELATIVE_CHE.search(head):
        return None
    return last([m for m in before if is_person(m)])


def first_person(sentences: list[SentenceView]) -> Mention | None:
    """The first person named in the sentence before: most often its subject."""
    return next((m for s in sentences for m in s.people), None)


def unnamed_reported_claim(article: Article, sentence: SentenceView, recent: Mention | None) -> ClaimMention | None:
    """"Ha dichiarato ai giornalisti che ...": a sentence that opens with a speech verb and names
    no one continues the speaker just before, or the subject of the sentence before."""
    text = sentence.span.text.strip()
    verb = SPEECH_VERB.match(text)
    if recent is None or not verb:
        return None
    said = text[verb.end():].lstrip(" ,:").strip()
    return ClaimMention(article.id, recent, said, text, article.published)


def subjects(names: list[Mention], text: str, offset: int) -> list[Mention]:
    """Names that can be a verb's subject: not those after a preposition, which complete a
    description ("Dmitriev, direttore del Fondo Russo per gli Investimenti Diretti, ha parlato")."""
    return [m for m in names if not after_preposition(text[:m.start - offset], m)]


def last(items: list[Mention]) -> Mention | None:
    return items[-1] if items else None
