"""Meetings: sentences that hold a meeting cue (kg_meeting_cues) and two or more people, with
their participants, place, date and status (planned or held).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.dating import dates
from kg.extract.mentions import ARTICLES, GENITIVE_PREPOSITIONS, INDEFINITE_ARTICLES
from kg.extract.sentences import SentenceView, is_person
from kg.ingest import header_date_span
from kg.model import Article, ClaimMention, MeetingMention, Mention
from kg.nlp.meetings import MEETING_SPANS_KEY
from kg.nlp.name_ruler import ROLE_WINDOW
from kg.nlp.quotes import QUOTES_SPANS_KEY
from kg.knowledge.places import load_gazetteer


DISCUSSING_VERB_STEMS = ("discut", "parl", "trattar", "tratter")
REPORTING_VERB_STEMS = ("conferm", "smentit", "smentisc", "smenti", "annunci", "comment", "rivelat", "rivela")
MEETING_PREPOSITIONS = frozenset({"tra", "fra", "con"})
MEETING_COMPLEMENT_WINDOW = 6      # "l'incontro di domani a Mosca tra Putin e Witkoff"
# A meeting asked for, offered or sought is not one that is set (kg keeps announced ones as planned).
WISHED_MEETING_ADJECTIVES = frozenset({"nuovo", "nuova"})
FUTURE_MEETING_ADJECTIVES = frozenset({"futuro", "futura"})
WISHED_AFTER_PREPOSITIONS = frozenset({"per", "di"})
WISHING_VERBS = frozenset({"chiedere", "proporre", "cercare", "volere", "auspicare", "sollecitare", "offrire",
                           "sperare", "desiderare"})
# The lemmatizer may miss a participle ("chiesto"): its stem still tells.
WISHING_VERB_STEMS = ("chies", "chied", "propo", "cerc", "auspic", "sollecit", "offr", "sper")
# Meetings only talked of as possible are not annotated as meetings (FORMAT.md: "held" or "planned").
HYPOTHETICAL_WORDS = frozenset("""
proposta proposto ipotesi ipotizzato ipotizza eventuale eventualmente possibile possibilità probabile invito invita
invitato disponibilità disponibile escludere esclude pronto pronta pronti
""".split())
HYPOTHETICAL = re.compile(r"\b(?:" + "|".join(sorted(HYPOTHETICAL_WORDS)) + r")\b", re.IGNORECASE)
# "Erano presenti il ministro della Difesa Guido Crosetto e ...": the people at the meeting just named.
PRESENT_AT = re.compile(r"(?:erano |sono |saranno )?(?:presenti|presente|partecipano|parteciperanno|"
                        r"hanno partecipato|al tavolo|tra i partecipanti|per la (?:russia|ucraina|turchia|delegazione))\b",
                        re.IGNORECASE)
# "I due leader si sono poi visti da soli per un'ora": the two people of the meeting before.
THE_TWO = re.compile(r"\b(?:i|dei|ai|tra i|fra i) due (?:leader|presidenti|capi di stato|ministri|inviati)\b",
                     re.IGNORECASE)
# "la guerra in Ucraina", "la pace in Medio Oriente": the place is the subject matter, not the venue.
TOPIC_PLACE = re.compile(r"\b(?:guerra|pace|conflitto|tregua|fuoco|crisi|invasione|situazione|offensiva)\s+"
                         r"(?:in|nel|nella|nell['’]|del|della|dell['’]|sul|sulla|sull['’])\s*$", re.IGNORECASE)
# "ha ricevuto in udienza al Palazzo Apostolico il presidente del Cile Gabriel Boric"
GUEST_AFTER_HOST_CHARS = 40
# Between "vedrà" and the one seen: only their article, role and adverbs, no punctuation or verb.
SEEN_GAP_BREAK = re.compile(r"[,;:.!?«»“”\"]|\b(?:ha|hanno|è|sono|che)\b")
# Talks between delegations, whose members the sentence does not name.
# "il primo round di colloqui", "tre ore di colloquio": a meeting, not a topic
MIN_SHARED_PEOPLE = 2
# Cue labels of words that may announce a meeting (kg_meeting_cues); "CALL" marks calls.
MEETING_LABELS = ("MEETING", "HOST", "SEE", "CLASH")
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})
# A word of possibility this many words from a meeting word makes it hypothetical.
HYPOTHESIS_WINDOW = 8
# A negation this many words before a meeting word governs it; "nessun incontro" right before.
NEGATION_WINDOW = 5
NO_ANY = frozenset("nessun nessuna nessuno alcun alcuna".split())
ROUNDS_OF_TALKS = frozenset("round tornata ciclo giro sessione serie ore minuti giorni giornate settimane".split())
RECALLED = re.compile(r"\b(?:da quando|l['’]ultima volta|in passato|anni fa|mesi fa)\b", re.IGNORECASE)
# "Il precedente vertice si era tenuto a Ginevra": the same people's earlier meeting.
SAME_PEOPLE_AGAIN = re.compile(r"\b(?:il|l['’]|del|dell['’]|al|all['’])\s*(?:precedente|ultimo|loro)\s+"
                               r"(?:incontro|colloquio|vertice|faccia a faccia|summit)\b", re.IGNORECASE)
DELEGATIONS = re.compile(r"\bdelegazion[ei]\b", re.IGNORECASE)
# "i colloqui russo-americani", "il vertice Usa-Russia": talks between two sides the sentence names no one of.
_SIDE = r"(?:russ|ucrain|american|statunitens|usa|europe|turc|cines|saudit|russia|ucraina|ue)\w*"
SIDES_TALKS = re.compile(rf"\b{_SIDE}-{_SIDE}\b", re.IGNORECASE)
# "vicino al presidente Volodymyr Zelensky", "l'assistente di Vladimir Putin": a member's patron, no member.
SOMEONES = re.compile(r"\b(?:di|del|dello|della|dell['’]|al|allo|alla|all['’])\s*(?:(?:presidente|leader|premier)\s+"
                      r"(?:\w+\s+)?)?$", re.IGNORECASE)
# "La delegazione ucraina era composta da ...", "Quest'ultima comprende ...", "ai due leader si sono uniti ..."
DELEGATION_MEMBERS = re.compile(r"\b(?:delegazion[ei]|quest['’]ultim[ao]|(?:la|una) (?:squadra|parte) \w+)\b[^.;]*"
                                r"\b(?:compost[ao]|comprende(?:va)?|include(?:va)?|formata|rappresentat[ao]|"
                                r"guidat[ao])\b|\bsi (?:sono uniti|è unito|è unita|sono unite)\b", re.IGNORECASE)
# "... guidata da Medinsky, quella ucraina dal ministro della Difesa Umerov": the second head's verb left out
HEADS_DELEGATION = re.compile(r"(?:guidat[aoie]|capeggiat[aoie]|presieduta|\bquell[ao]\s+\w+)\s+(?:da|dal|dalla|dall['’])\b[^.;]*$"
                              r"|\bcap[oi]\s+(?:della\s+|delle\s+)?delegazion[ei]\b[^.;]*$", re.IGNORECASE)
DELEGATION_WINDOW_CHARS = 60
PATRON_WINDOW_CHARS = 30
# Buildings and sites where meetings are held; a name starting with one is a venue.
VENUE_WORDS = frozenset("""
cremlino casa palazzo villa basilica eliseo quirinale vaticano hotel base studio residenza castello
ambasciata downing
""".split())
# A sentence that places a meeting word but names no participants places a meeting this near.
PLACE_FROM_SENTENCES_AWAY = 3
VENUE_TO_CITY = re.compile(r"\s+(?:di|a|ad)\s+")
# "nella regione di Kursk": an area named by its place
AREA_NOUNS = frozenset("regione provincia città oblast distretto".split())
# Prepositions that put a meeting in a place: "a Mosca", "ad Abu Dhabi", "in Alaska", "al Cremlino".
PLACE_PREPOSITIONS = frozenset("a ad in al allo alla all' all’ nel nella nello presso".split())
FUTURE_WORDS = frozenset("""
previsto prevista previsti previste atteso attesa attesi attese programmato programmata possibile possibili
potrebbe potrebbero dovrebbe dovrebbero ipotesi ipotizzato proposta proposto invito invitato prossimo prossima
prossimi domani dopodomani annunciato annunciata vuole vorrebbe intende organizzare fissato fissata
""".split())
FUTURE_ENDING = re.compile(r"\w(erà|eranno|irà|iranno|arà|aranno|remo|rete|erò|irò|arò)$")
# "confermato dal portavoce del Cremlino", "secondo il consigliere presidenziale", at the end of
# the words before a name.
REPORTED_BY = re.compile(
    r"(?:\b(?:confermat|annunciat|riferit|dichiarat|dett|comunicat|precisat|smentit|rivelat|spiegat|"
    r"sottolineat|affermat|ricordat)[oaie]\s+"
    r"(?:da|dal|dalla|dallo|dall['’])|\bsecondo)\b[^,;:.]*$", re.IGNORECASE)


def meeting_in(article: Article, doc: Doc, sentence: SentenceView, reporters: set[Mention],
               before: list[SentenceView], following: SentenceView | None,
               earlier: list[MeetingMention], heads: list[Mention]) -> MeetingMention | None:
    """A sentence with a meeting word and two or more people."""
    cues = cues_in(doc, sentence.span, sentence.people, sentence.mentions)
    call_clauses = []
    if "CALL" in cues:
        cues, sentence, call_clauses = outside_calls(doc, sentence, cues)
    if "MEETING" not in cues or sounds_hypothetical(doc, sentence.span) \
            or tells_history(sentence.span) or names_no_set_meeting(doc, sentence.span):
        return None
    sentence = without_people_of_wished_meetings(doc, talked_of_in_quotes_left_out(doc, sentence, cues["MEETING"]))
    people = participants(sentence, reporters, following, earlier, heads)
    if len({m.surface for m in people}) < 2:
        return None
    cue = doc.char_span(cues["MEETING"], cues["MEETING"] + 1, alignment_mode="expand")
    tense = "future" if cue and is_eve(cue) or sounds_future(sentence.span) and not (cue and is_after(cue)) else None
    when = meeting_date(dateable_text(article, sentence.span, call_clauses), article, tense) \
        or date_from_context(article, before, tense)
    status = meeting_status(tense, when, article)
    if status == "held" and (when is None or when.value == article.published) and not tells_a_past(cue) \
            and announced_before(people, earlier):
        status = "planned"      # "oggi incontrerà Putin ... I colloqui si svolgono in un momento in cui ..."
    day, date_text = (when.value, when.text) if when else (None, None)
    if day is None and status == "held" and article.published and not RECALLED.search(sentence.span.text):
        # A meeting reported as done, with no day written: news reports it on the day it happened
        # (not one recalled: "da quando la cancelliera si è incontrata con il presidente cinese a Pechino").
        day = article.published
    return MeetingMention(article=article.id, participants=tuple(people),
                          location=meeting_place(article, doc, sentence, cues["MEETING"]), date=day, date_text=date_text,
                          status=status, evidence=sentence.span.text.strip())


def tells_a_past(cue: Span | None) -> bool:
    """The verb of the meeting word (itself, or the one its noun depends on) is in a past tense:
    "ha incontrato", "si sono visti", "il colloquio è avvenuto"; not "i colloqui si svolgono". Or
    the meeting noun follows "dopo": what comes after it is told, so it took place."""
    if cue is None:
        return True
    if is_after(cue):
        return True
    verb = cue.root if cue.root.pos_ in ("VERB", "AUX") else cue.root.head
    return any("Past" in t.morph.get("Tense") for t in (verb, *verb.children) if t.pos_ in ("VERB", "AUX"))


def is_eve(cue: Span) -> bool:
    """"alla vigilia dell'incontro a Riad": the meeting is still to come."""
    return cue.root.head.lower_ == "vigilia"


def is_after(cue: Span) -> bool:
    """"Dopo l'acceso colloquio a Parigi tra i due ministri degli Esteri, ...": the meeting noun
    follows "dopo", so what the sentence says comes after it, and it took place."""
    return any(t.lower_ == "dopo" and t.dep_ == "case" for t in cue.root.children)


def announced_before(people: list[Mention], earlier: list[MeetingMention]) -> bool:
    """The article announced a meeting of these people as planned in an earlier sentence."""
    surnames = {m.surface.split()[-1] for m in people}
    return any(m.status == "planned" and len(surnames & {p.surface.split()[-1] for p in m.participants})
               >= MIN_SHARED_PEOPLE for m in earlier)


def outside_calls(doc: Doc, sentence: SentenceView, cues: dict[str, int]
                  ) -> tuple[dict[str, int], SentenceView, list[tuple[int, int]]]:
    """"Dopo la telefonata con Putin, Trump ha incontrato Zelensky": a meeting word in a clause of
    its own (set off by punctuation) from every call word is a meeting, without the people and the
    days of the call's clause; "il colloquio telefonico", "la riunione in videoconferenza" are calls."""
    calls = meeting_words(doc, sentence.span, labels=("CALL",))
    meetings = [c for c in meeting_words(doc, sentence.span, labels=MEETING_LABELS)
                if not any(same_clause(doc, c, call) for call in calls)]
    if not meetings:
        return {}, sentence, []
    call_clauses = [clause_of(doc, call) for call in calls]
    return {"MEETING": meetings[0].start_char}, without_names_in(sentence, call_clauses), call_clauses


def blanked(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """`text` (starting at document offset `offset`) with the given spans blanked, offsets kept."""
    for start, end in spans:
        start, end = max(start - offset, 0), min(end - offset, len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def same_clause(doc: Doc, a: Span, b: Span) -> bool:
    first, second = sorted((a, b), key=lambda span: span.start)
    return not any(t.text in CLAUSE_BREAKS for t in doc[first.end:second.start])


def clause_of(doc: Doc, cue: Span) -> tuple[int, int]:
    """Character offsets of the clause around a word: between the punctuation marks before and after it."""
    sent = cue.sent
    start = next((t.idx + 1 for t in reversed(doc[sent.start:cue.start]) if t.text in CLAUSE_BREAKS), sent.start_char)
    end = next((t.idx for t in doc[cue.end:sent.end] if t.text in CLAUSE_BREAKS), sent.end_char)
    return start, end


def without_people_of_wished_meetings(doc: Doc, sentence: SentenceView) -> SentenceView:
    """"al vertice saranno presenti Sybiha e Umerov, in sostituzione di Zelensky, che aveva chiesto
    un incontro diretto con Putin": whom a meeting only asked for was with is not at the one set."""
    wished = [c for c in meeting_words(doc, sentence.span) if is_wished_for(c)]
    if not wished:
        return sentence
    return without_names_in(sentence, [(c.end_char, doc[min(c.end + MEETING_COMPLEMENT_WINDOW, len(doc)) - 1].idx + 1)
                                       for c in wished])


def talked_of_in_quotes_left_out(doc: Doc, sentence: SentenceView, cue_at: int) -> SentenceView:
    """"l'incontro tra Putin e l'inviato di Trump, un'occasione «per trasmettere ... al presidente
    Trump»": told outside quotes, a meeting's people are those named outside them, if two are."""
    quotes = [(q.start_char, q.end_char) for q in doc.spans[QUOTES_SPANS_KEY]
              if sentence.span.start_char <= q.start_char < sentence.span.end_char]
    if not quotes or any(start <= cue_at < end for start, end in quotes):
        return sentence
    outside = without_names_in(sentence, quotes)
    return outside if len({m.surface for m in outside.people}) >= 2 else sentence


def without_names_in(sentence: SentenceView, stretches: list[tuple[int, int]]) -> SentenceView:
    """The sentence without the names that start inside the given (start, end) character stretches."""
    return SentenceView(sentence.span, [m for m in sentence.mentions
                                        if not any(start <= m.start < end for start, end in stretches)])


def meetings_in(article: Article, doc: Doc, sentences: list[SentenceView], reporters: set[Mention],
                claims: list[ClaimMention] = ()) -> list[MeetingMention]:
    found: list[MeetingMention] = []
    at_sentence: dict[int, int] = {}      # meeting -> the sentence it came from
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
            at_sentence[len(found) - 1] = i
    found = placed_by_nearby_sentences(article, doc, sentences, found, at_sentence)
    return joined_by_delegations(sentences, reporters, found, at_sentence)


def joined_by_delegations(sentences: list[SentenceView], reporters: set[Mention], found: list[MeetingMention],
                          at_sentence: dict[int, int]) -> list[MeetingMention]:
    """"Sono iniziate le trattative tra Ucraina e Stati Uniti ... La delegazione ucraina era composta
    da Andriy Yermak, Andrii Sybiha e Rustem Umerov": the people of a sentence that lists who made
    up a delegation, told no meeting of its own, join the nearest meeting before it."""
    found = list(found)
    told_meetings = set(at_sentence.values())
    for i, sentence in enumerate(sentences):
        if i in told_meetings or not DELEGATION_MEMBERS.search(sentence.span.text):
            continue
        before = [k for k in at_sentence if 0 < i - at_sentence[k] <= PLACE_FROM_SENTENCES_AWAY]
        members = [m for m in sentence.people if m not in reporters and is_member(m, sentence.span.doc.text)]
        if before and members:
            nearest = max(before, key=lambda k: at_sentence[k])
            known = {p.surface for p in found[nearest].participants}
            joining = tuple(m for m in members if m.surface not in known)
            found[nearest] = replace(found[nearest], participants=found[nearest].participants + joining)
    return found


def placed_by_nearby_sentences(article: Article, doc: Doc, sentences: list[SentenceView],
                               found: list[MeetingMention], at_sentence: dict[int, int]) -> list[MeetingMention]:
    """"Un incontro tra Meloni e Orbán ... Il bilaterale, che si è tenuto ieri a Budapest, è
    durato due ore": a sentence that puts a meeting word in a place but names no two people places the
    nearest meeting of the article that has no place (the one before first), or only a country the
    place lies in ("ha incontrato in Spagna Sánchez ... l'incontro si è svolto a Siviglia")."""
    found = list(found)
    for i, sentence in enumerate(sentences):
        cues = cues_in(doc, sentence.span, sentence.people)
        if "MEETING" not in cues or "CALL" in cues or len({m.surface for m in sentence.people}) >= 2 \
                or sounds_hypothetical(doc, sentence.span):
            continue
        place = meeting_place(article, doc, sentence, cues["MEETING"])
        unplaced = [k for k, m in enumerate(found) if abs(at_sentence[k] - i) <= PLACE_FROM_SENTENCES_AWAY
                    and (m.location is None or place and load_gazetteer().lies_in(place.surface, m.location.surface))]
        if place and unplaced:
            nearest = min(unplaced, key=lambda k: (abs(at_sentence[k] - i), at_sentence[k] > i))
            found[nearest] = replace(found[nearest], location=place)
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
    text = sentence.span.text
    if (DELEGATIONS.search(text) or SIDES_TALKS.search(text)) and len({m.surface for m in heads}) >= 2:
        return heads
    return sentence.people


def delegation_heads(article: Article, sentences: list[SentenceView]) -> list[Mention]:
    """People the article puts in a delegation: its heads ("la delegazione russa guidata da
    Vladimir Medinsky", "il capo delegazione ucraino Rustem Umerov") first, then its members ("La
    squadra americana è composta da ...", "La parte russa sarà rappresentata da ...")."""
    heads, members = [], []
    announced = False       # "La delegazione francese è composta da tre diplomatici:" and the list after it
    for sentence in sentences:
        lists_members = announced or DELEGATION_MEMBERS.search(sentence.span.text)
        announced = bool(lists_members) and sentence.span.text.rstrip().endswith(":")
        for m in sentence.people:
            before = article.text[max(0, m.start - DELEGATION_WINDOW_CHARS):m.start]
            if m.label == "PER" and HEADS_DELEGATION.search(before):
                heads.append(m)
            elif lists_members and is_member(m, article.text):
                members.append(m)
    people: dict[str, Mention] = {}
    for m in heads + members:
        people.setdefault(m.surface, m)
    return list(people.values())


def is_member(m: Mention, text: str) -> bool:
    """A person a delegation sentence lists as a member, not as someone's patron ("vicino al
    presidente Volodymyr Zelensky")."""
    return m.label == "PER" and not SOMEONES.search(text[max(0, m.start - PATRON_WINDOW_CHARS):m.start])


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


def cues_in(doc: Doc, sent: Span, people: list[Mention], mentions: list[Mention] = ()) -> dict[str, int]:
    """Cue label -> character offset of its first cue in the sentence. A receiving verb counts as
    a meeting word when a person follows it closely ("ha ricevuto il presidente ucraino"), a seeing
    verb when the person is its object ("vedrà il presidente russo")."""
    found: dict[str, int] = {}
    for cue in meeting_words(doc, sent, labels=(*MEETING_LABELS, "CALL")):
        label = cue.label_
        if label == "HOST":
            label = "MEETING" if any(is_guest(sent, cue, m) for m in people) else None
        elif label == "CLASH":      # a row counts where it is put in a place: "lo scontro alla Casa Bianca"
            label = "MEETING" if any(could_be_place(m) and place_rank(m) is not None and preposition_before(doc, m)
                                     for m in mentions) else None
        elif label == "SEE":
            label = "MEETING" if any(is_guest(sent, cue, m) and not SEEN_GAP_BREAK.search(
                text_between(sent, cue.end_char, m.start)) for m in people) else None
        if label:
            found.setdefault(label, cue.start_char)
    return found


def is_guest(sent: Span, cue: Span, m: Mention) -> bool:
    """The person (with the title written before them) follows the receiving verb closely."""
    return 0 < titled_start(sent, m) - cue.end_char <= GUEST_AFTER_HOST_CHARS


def titled_start(sent: Span, m: Mention) -> int:
    """Where a name starts with the title written right before it: "riceverà stasera al Cremlino
    [l'inviato speciale della Casa Bianca] Steve Witkoff" is close to its verb."""
    before = text_between(sent, sent.start_char, m.start).rstrip(" ,")
    return sent.start_char + len(before) - len(m.role) if m.role and before.endswith(m.role) else m.start


def text_between(sent: Span, start: int, end: int) -> str:
    """Text of the sentence between two document offsets (doc.text would rebuild the whole text)."""
    return sent.text[max(start - sent.start_char, 0):max(end - sent.start_char, 0)]


def meeting_words(doc: Doc, sent: Span, labels: tuple[str, ...] = ("MEETING",)) -> list[Span]:
    return [c for c in doc.spans[MEETING_SPANS_KEY] if sent.start <= c.start < sent.end and c.label_ in labels]


def names_no_set_meeting(doc: Doc, sent: Span) -> bool:
    """Every meeting word of the sentence is of a kind that sets no meeting: asked for ("aveva
    chiesto un incontro"), only confirmed or denied ("Rubio non ha né confermato né smentito
    l'incontro": he reports it, he was not there), a topic ("in materia di negoziati", "discutere
    dell'incontro"), negated ("non ha in programma incontri") or a visit to a place."""
    cues = meeting_words(doc, sent)
    return bool(cues) and all(any(is_kind(c) for is_kind in NO_SET_MEETING) for c in cues)


def is_discussed(cue: Span) -> bool:
    """"potrebbero discutere dell'incontro tra Putin e Trump": a meeting that is what people will
    talk about is not one being reported."""
    doc, i = cue.doc, cue.start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in GENITIVE_PREPOSITIONS:
        return False
    return doc[i - 1].lower_.startswith(DISCUSSING_VERB_STEMS)


def is_place_visit(cue: Span) -> bool:
    """"la visita a Mosca dell'inviato Witkoff": a visit to a place says nothing of whom it meets."""
    doc = cue.doc
    return cue.root.lower_.startswith("visit") and cue.end + 1 < len(doc) \
        and doc[cue.end].lower_ in ("a", "in", "ad") and load_gazetteer().is_place(doc[cue.end + 1].text)


def is_denied(cue: Span) -> bool:
    """"Putin non ha in programma incontri con Zelensky", "non incontrerà", "nessun incontro": a
    negation governs the meeting word (same clause, a few words before; not "non solo")."""
    doc = cue.doc
    before = doc[max(cue.sent.start, cue.start - NEGATION_WINDOW):cue.start]
    if len(before) and before[-1].lower_ in NO_ANY:
        return True
    negation = next((t for t in reversed(before) if t.lower_ == "non"), None)
    return negation is not None and not any(t.is_punct for t in doc[negation.i:cue.start]) \
        and negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ not in ("solo", "soltanto")


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


def is_topic(cue: Span) -> bool:
    """A bare noun after "di" with nobody meeting after it: "uno degli uomini più vicini al
    presidente in materia di negoziati informali" (but "il secondo round di negoziati tra le
    delegazioni" is a meeting)."""
    doc = cue.doc
    return cue.start > 1 and doc[cue.start - 1].lower_ == "di" and doc[cue.start - 2].lower_ not in ROUNDS_OF_TALKS \
        and not any(t.lower_ in MEETING_PREPOSITIONS for t in doc[cue.end:min(cue.end + MEETING_COMPLEMENT_WINDOW,
                                                                              cue.sent.end)])


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


# Each kind of meeting word that sets no meeting; a sentence whose meeting words are all of them has none.
NO_SET_MEETING = (is_wished_for, is_reported_object, is_topic, is_denied, is_discussed, is_place_visit)


def sounds_hypothetical(doc: Doc, sent: Span) -> bool:
    """A word of possibility near a meeting word ("un possibile incontro", "l'ipotesi di un vertice");
    not one about something else in the sentence ("dopo lo scontro alla Casa Bianca ..., la tregua
    è ora possibile")."""
    return any(HYPOTHETICAL.search(doc[max(sent.start, cue.start - HYPOTHESIS_WINDOW):
                                       min(sent.end, cue.end + HYPOTHESIS_WINDOW)].text)
               for cue in meeting_words(doc, sent, labels=MEETING_LABELS))


def sounds_future(sent: Span) -> bool:
    return any(t.lower_ in FUTURE_WORDS or FUTURE_ENDING.search(t.lower_) for t in sent)


def dateable_text(article: Article, sent: Span, also_blank: list[tuple[int, int]] = ()) -> str:
    """The sentence's text with the header's "date YYYY-MM-DD" (and `also_blank`, document offsets)
    blanked out: same length, same offsets."""
    header = header_date_span(article.text)
    return blanked(sent.text, sent.start_char, [*([header] if header else []), *also_blank])


def meeting_date(text: str, article: Article, tense: str | None) -> dates.TimeExpression | None:
    found = dates.find_time_expressions(text, article.published, tense=tense)
    day = next((e for e in found if e.precision == "day" and e.value), None)
    if day or article.published:
        return day
    if article.published_month:
        # "l'11 aprile" in an article dated only " date 2025-04": the words need just the year
        in_month = dates.find_time_expressions(text, article.published_month, tense=tense)
        day = next((e for e in in_month if e.precision == "day" and e.value and dates.names_its_day(e)), None)
    # "oggi", "ieri": no day yet, but kept (value None): another article of the load may date the
    # meeting, and so this article (kg/event_days.py)
    return day or next((e for e in found if dates.counts_from_publication(e.text)), None)


def date_from_context(article: Article, before: list[SentenceView], tense: str | None
                      ) -> dates.TimeExpression | None:
    """A sentence that names no day often continues one that does, in its paragraph:
    "Lunedì a Vienna è cominciato il negoziato. I colloqui si sono svolti in un albergo del centro ..." """
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
    candidates = [m for m in sentence.mentions if could_be_place(m) and place_rank(m) is not None
                  and not TOPIC_PLACE.search(text[max(0, m.start - 30):m.start])]
    cities_of_venues = [m for m in candidates if names_where_the_venue_is(doc, m, candidates)]
    if cities_of_venues:
        return cities_of_venues[0]      # "nel Palazzo Ciragan di Istanbul": the city
    places = [m for m in candidates if preposition_before(doc, m) or completes_a_meeting_or_area(doc, m, sentence)]
    return min(places, key=lambda m: (place_rank(m), abs(m.start - cue_at)), default=None)


def names_where_the_venue_is(doc: Doc, m: Mention, candidates: list[Mention]) -> bool:
    """"nel Palazzo Ciragan di Istanbul", "alla base Elmendorf-Richardson ad Anchorage": the city
    right after the venue the meeting is put in."""
    return is_city(m) and any(is_venue(v) and preposition_before(doc, v) and VENUE_TO_CITY.fullmatch(doc.text[v.end:m.start])
                              for v in candidates if v is not m)


def completes_a_meeting_or_area(doc: Doc, m: Mention, sentence: SentenceView) -> bool:
    """"il vertice di Anchorage", "nella regione di Kursk": a place after "di" that completes a
    meeting word, or an area the meeting is put in."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "di":
        return False
    head = doc[span.start - 2]
    if head.lower_ in AREA_NOUNS:
        return head.i > 0 and doc[head.i - 1].lower_ in PLACE_PREPOSITIONS
    return any(cue.end == head.i + 1 for cue in meeting_words(doc, sentence.span))


def is_venue(m: Mention) -> bool:
    return m.label != "PER" and m.surface.split()[0].lower() in VENUE_WORDS


def is_city(m: Mention) -> bool:
    place = load_gazetteer().lookup(m.surface)
    return place is not None and place.kind == "city"


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
