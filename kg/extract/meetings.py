"""Meetings: sentences that hold a meeting cue (kg_meeting_cues) and two or more people, with
their participants, place, date and status (planned or held).

This module reads the article sentence by sentence; each part of a meeting has its own module:
meeting_cues.py (which meeting words set a meeting), meeting_participants.py, meeting_place.py,
meeting_date.py and meeting_status.py.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.dating import dates
from kg.extract.meeting_cues import (MEETING_LABELS, SEEN_GAP_BREAK, is_denied, is_guest, meeting_words,
                                     names_no_set_meeting, outside_calls, sets_no_meeting, sounds_hypothetical,
                                     tells_history, text_between, titled_start)
from kg.extract.meeting_date import date_from_context, dateable_text, in_article, meeting_date
from kg.extract.meeting_participants import (AT_THE_MEETING, MEETING_TOLD_AGAIN, carried_subject, delegation_heads,
                                             first_person_speaker, joined_by_delegations, lists_who_was_there,
                                             organisations_met,
                                             participants, receives_a_body, talked_of_in_quotes_left_out,
                                             without_people_of_wished_meetings)
from kg.extract.meeting_senses import bare_participle, receives_a_thing, sees_a_thing
from kg.extract.meeting_place import (LOCAL_OFFICE, PLACE_FROM_SENTENCES_AWAY, PLACE_PREPOSITIONS, could_be_place,
                                      dateline_city, is_city, meeting_place, place_rank, places_better,
                                      preposition_before)
from kg.extract.meeting_status import (announced_before, day_direction, meeting_status, meeting_tense, surnames,
                                      tells_a_past)
from kg.extract.sentences import SentenceView, relative_clauses_apart_from, without_names_in
from kg.extract.speech_patterns import speech_verb_after
from kg.ingest import header_date_span
from kg.knowledge.lexicon import ARTICULATED_DA, GENITIVE_PREPOSITIONS, LOCAL_BODY_NOUNS, elided_words
from kg.knowledge.names import fold
from kg.knowledge.places import Gazetteer
from kg.model import Article, ClaimMention, MeetingMention, Mention

# "da quando ...", "l'ultima volta", "nel 2019", "ha ricordato l'incontro": a meeting recalled, not one
# reported on its day.
RECALLED = re.compile(r"\b(?:da quando|l['’]ultima volta|in passato|anni fa|mesi fa|l['’]anno scorso|lo scorso anno|"
                      r"(?:del|nel|dal)\s+(?:19|20)\d\d|"
                      r"ricordat\w*\s+(?:l['’]|il|la|i)\s*(?:incontr|colloqu|vertic)\w*)\b", re.IGNORECASE)
# "Dopo il colloquio con Milei, Meloni incontra Lula", "A seguito dell'incontro con X, ...": a
# meeting told in an opening phrase, before the sentence's own; the phrase runs to its first comma.
# The sentences before a meeting's that may give it their day ("Lunedì è cominciato il negoziato. I
# colloqui si sono svolti ...").
CONTEXT_SENTENCES = 2
# "il tavolo", "al tavolo", "all'incontro", "dell'incontro": a meeting noun the article told before
DEFINITE_LEADS = frozenset("il lo la l al allo alla all del dello della dell nel nello nella nell".split())
# "a margine del vertice", "a margine dei lavori": a meeting held beside a summit
SIDELINES = re.compile(r"\ba\s+margine\s+d(?:el|ei|ella|elle|egli|ello|ell['’])", re.IGNORECASE)
SUMMIT_NOUNS = frozenset({"vertice", "summit", "conferenza", "forum", "assemblea"})
OPENING_MEETING = re.compile(r"^\W*(?:dopo|al\s+termine\s+d\w*['’]?|a\s+margine\s+d\w*['’]?|a\s+seguito\s+d\w*['’]?|"
                             r"in\s+seguito\s+a\w*['’]?|all['’]indomani\s+d\w*['’]?)\s*"
                             r"(?:(?:il|lo|la|l['’]|i|gli|le|un|una|uno)\s*)?(?:\w+\s+){0,2}?"
                             r"(?:incontr[oi]|colloqui[o]?|faccia\s+a\s+faccia|bilateral[ei]|vertice|riunione)\s+"
                             r"(?:con|tra|fra)\b[^,;:]*,", re.IGNORECASE)

# "Prima di vedere X, Y ha incontrato Z", "In vista del vertice con X, Y ...": an opening phrase that
# tells what comes later, whose people are not at the sentence's own meeting.
LATER_MEETING_OPENING = re.compile(r"^\W*(?:prima\s+d|in\s+vista\s+d)\w*['’]?\s*[^,;:]*,", re.IGNORECASE)


# "lo scontro alla Casa Bianca tra X e Y": the place a row is put in stands this near its word (not
# "ha tolto la vita a Gabriele ... al termine dell'ennesimo litigio", whose place is far before)
CLASH_PLACE_CHARS = 40
# "accolto", "ricevuta", "ospitati": participles of receiving; "è stato accolto", "ha ricevuto", "viene accolta"
PARTICIPLE_ENDING = re.compile(r"(?:accolt|ricevut|ospitat)[oaie]$")
AUXILIARIES_OF_RECEIVING = frozenset("""ha hanno aveva avevano avrà avranno è e' sono era erano sarà saranno stato stata
stati state viene vengono verrà verranno fu furono essere stati già poi ieri oggi anche""".split())
# "ha ricevuto [stamane al Quirinale una delegazione dell'Anci guidata dal presidente] X"
GUESTS_LED_BY = re.compile(r"[^.;:]{0,40}?\b(?:una|la|le|i|gli)\s+(?:delegazion[ei]|gruppo|rappresentanza)\b"
                           r"[^.;:]{0,50}?"
                           r"\b(?:guidat|capeggiat)[aoie]\s+(?:da|dal|dalla|dallo|dall['’])\s*(?:[a-zà-ù]+\s+){0,3}",
                           re.IGNORECASE)
# "atteso dal presidente": the host follows "da"
AGENT_PREPOSITIONS = frozenset({"da"}) | ARTICULATED_DA
# "dal capo della polizia X": the words of a title between "da" and the name
TITLE_WORDS_MAX = 4
# Streets, squares and buildings of a town: a meeting put in one is in the town ("in piazza Cordusio")
TOWN_SITE_NOUNS = frozenset("""via viale piazza piazzale corso largo vicolo lungotevere lungomare palazzo sede sala
aula teatro stadio museo biblioteca auditorium hotel albergo ristorante villa castello residenza""".split())
# ... and the last word of a building's English name ("State House", "Lancaster House", "Grand Hotel")
TOWN_SITE_LAST_WORDS = frozenset("house palace hall hotel centre center".split())
# "Y ha poi voluto ribadire": the characters after a name that hold its speech verb
SPEECH_VERB_REACH = 40


def meetings_in(article: Article, doc: Doc, sentences: list[SentenceView], reporters: set[Mention],
                gazetteer: Gazetteer, claims: list[ClaimMention] = ()) -> list[MeetingMention]:
    found: list[MeetingMention] = []
    at_sentence: dict[int, int] = {}      # meeting -> the sentence it came from
    list_after: dict[int, int | None] = {}  # meeting -> where the sentence that may list its people starts
    heads = delegation_heads(article, sentences)
    for i, sentence in enumerate(sentences):
        following = who_was_there_after(sentences, i)
        previous = sentences[i - 1] if i else None
        speaker = first_person_speaker(doc, sentence, claims) or carried_subject(doc, sentence, previous)
        view = replace(sentence, mentions=[speaker] + sentence.mentions) \
            if speaker and speaker not in sentence.mentions else sentence
        opening = opening_meeting(doc, view, gazetteer)
        phrase, view = opening or (None, without_a_later_meeting(view))
        meeting = meeting_in(article, doc, view, reporters - {speaker}, sentences[:i], following,
                             found, heads, gazetteer)
        # the sentence's own meeting first: a place the next sentences name is more likely its
        for m in (*(split for dated in one_per_dated_guest(article, meeting, view.span)
                    for by_partner in one_per_partner(article.text, doc, dated, view.span, gazetteer)
                    for split in one_per_host(article.text, doc, by_partner, view.span)),
                  phrase and meeting_before(article, doc, phrase, view, reporters, gazetteer)):
            if m and not lists_the_meeting_before_again(m, found, list_after, sentence):
                found.append(m)
                at_sentence[len(found) - 1] = i
                list_after[len(found) - 1] = following and following.span.start_char
    found = placed_by_nearby_sentences(article, doc, sentences, found, at_sentence, gazetteer)
    found = placed_at_the_event(article, doc, sentences, found, gazetteer)
    # the city a sentence puts something in ("A Kiev, intanto, ..."), not one completing a title ("la sindaca di X")
    cities_told = [next((m for m in sentences[at_sentence[k]].mentions
                         if is_city(m, gazetteer) and preposition_before(doc, m)), None) for k in range(len(found))]
    found = placed_in_town(found, cities_told, dateline_city(article, gazetteer), gazetteer)
    found = cities_of_countries(found, [m for s in sentences for m in s.mentions], gazetteer)
    found = headlines_dated_by_the_body(article, sentences, found, at_sentence)
    return joined_by_delegations(sentences, reporters, found, at_sentence)


def without_the_occasion(sentence: SentenceView, cue_at: int) -> SentenceView:
    """"A margine della cena offerta da Macron ai leader, Meloni ha visto Modi": the people of the
    occasion a side meeting was held on the margins of are not at the side meeting, if two others are."""
    text, offset = sentence.span.text, sentence.span.start_char
    margins = SIDELINES.search(text, 0, max(cue_at - offset, 0))
    if margins is None:
        return sentence
    ends = text.find(",", margins.end())
    if ends < 0 or offset + ends > cue_at:
        return sentence
    outside = without_names_in(sentence, [(offset + margins.start(), offset + ends)])
    return outside if len({m.surface for m in outside.people}) >= 2 else sentence


def headlines_dated_by_the_body(article: Article, sentences: list[SentenceView], found: list[MeetingMention],
                                at_sentence: dict[int, int]) -> list[MeetingMention]:
    """"Meloni vede Starmer" over "La premier vedrà domani a Downing Street il primo ministro Keir
    Starmer": a headline's meeting with no day of its own, of people the body reports meeting, is the
    body's meeting told again: it takes that meeting's day and status (its present tense would make
    it another meeting, of the day of the news)."""
    if not sentences or not is_headline_only(article, sentences[0]):
        return found
    body = [m for k, m in enumerate(found) if at_sentence[k] != 0]
    return [replace(m, when=told.when, status=told.status, on_publication_day=told.on_publication_day)
            if at_sentence[k] == 0 and m.when is None
            and (told := next((b for b in body if surnames(m.participants) <= surnames(b.participants)), None)) else m
            for k, m in enumerate(found)]


def is_headline_only(article: Article, sentence: SentenceView) -> bool:
    """The sentence is the article's title and nothing more (a feed may glue a title to its first line)."""
    header = header_date_span(article.text)
    start = max(sentence.span.start_char, header[1]) if header else sentence.span.start_char
    words = " ".join(article.text[start:sentence.span.end_char].split())
    return bool(words) and words in " ".join(article.title.split())


def without_a_later_meeting(sentence: SentenceView) -> SentenceView:
    """The sentence without the people of an opening phrase that tells a later meeting ("Prima di
    incontrare X,")."""
    found = LATER_MEETING_OPENING.match(sentence.span.text)
    if not found:
        return sentence
    return without_names_in(sentence, [(sentence.span.start_char, sentence.span.start_char + found.end())])


def one_per_dated_guest(article: Article, meeting: MeetingMention | None, sentence: Span) -> list[MeetingMention]:
    """"per incontrare il ministro X, mercoledì sera, e la premier Y ieri": guests each followed by
    a day of their own are met on different days, one meeting each with the others; else the meeting
    as it is (or none)."""
    if meeting is None:
        return []
    tense = meeting.when.tense if meeting.when else None
    found = dates.find_time_expressions(dateable_text(article, sentence), article.published, tense=tense)
    days = [e for e in found if e.precision == "day" or dates.counts_from_publication(e.text)]
    own_day = {p: day for p in meeting.participants
               if (day := next((d for d in days if follows_the_name(article.text, p, d.start + sentence.start_char)),
                               None))}
    if len(own_day) < 2 or len({d.text for d in own_day.values()}) < len(own_day):
        return [meeting]
    others = tuple(p for p in meeting.participants if p not in own_day)
    return [replace(meeting, participants=(*others, guest), when=in_article(day, sentence.start_char).mention,
                    on_publication_day=False) for guest, day in own_day.items()]


# "un bilaterale con il presidente X": a meeting noun, then "con" and the title and name of its partner
PARTNER_AFTER_NOUN = re.compile(r"^\s*(?:\w+\s+){0,3}?con\s+(?:[^\s,.;:]+\s+){0,6}?$", re.IGNORECASE)


def one_per_partner(text: str, doc: Doc, meeting: MeetingMention, sentence: Span, gazetteer: Gazetteer
                    ) -> list[MeetingMention]:
    """"ha avuto un bilaterale con X, accompagnato dal ministro Z, e un breve colloquio con Y": meeting
    nouns each with a partner of its own after "con" are meetings of their own, each of the others
    with that partner and those with it; the partner of a meeting word that sets none ("salta
    l'incontro con Y") is at none of them. Else the meeting as it is."""
    partners, away = [], set()      # (partner, where its noun ends) of each meeting noun that sets one
    for cue in meeting_words(doc, sentence):
        partner = partner_after(text, cue, meeting.participants)
        if partner is not None and sets_no_meeting(cue, gazetteer):
            away.add(partner)
        elif partner is not None and partner not in [p for p, _ in partners]:
            partners.append((partner, cue.end_char))
    there = tuple(p for p in meeting.participants if p not in away or p in [q for q, _ in partners])
    if len(there) < 2:
        return [meeting]
    others = tuple(p for p in there if partners and p.start < partners[0][1])
    if len(partners) < 2 or not others:
        return [replace(meeting, participants=there)]
    ends = [at for _, at in partners[1:]] + [sentence.end_char]
    return [replace(meeting, participants=(*others, *(p for p in there if start <= p.start < end)))
            for (_, start), end in zip(partners, ends)]


def one_per_host(text: str, doc: Doc, meeting: MeetingMention, sentence: Span) -> list[MeetingMention]:
    """"sarà ricevuto dal premier X e, nel pomeriggio, dalla presidente Y": hosts a comma sets apart,
    each after "da", receive the guest one at a time, a meeting each (not "dal presidente X e dal
    premier Y", received together). Else the meeting as it is."""
    for cue in meeting_words(doc, sentence, labels=("HOST",)):
        guests = tuple(p for p in meeting.participants if p.end <= cue.start_char)
        # (not "accompagnate dal presidente": another verb's agent)
        hosts = [p for p in meeting.participants if p.start >= cue.end_char and by_host(sentence, cue, p)
                 and introduced_by_agent(sentence, cue, p)]
        if guests and len(hosts) >= 2 and all("," in text[a.end:b.start] for a, b in zip(hosts, hosts[1:])):
            return [replace(meeting, participants=(*guests, host)) for host in hosts]
    return [meeting]


def partner_after(text: str, cue: Span, people: tuple[Mention, ...]) -> Mention | None:
    return next((p for p in people if p.start > cue.end_char and PARTNER_AFTER_NOUN.match(text[cue.end_char:p.start])),
                None)


def follows_the_name(text: str, person: Mention, at: int) -> bool:
    """The words at `at` come right after the name, set off by a comma at most ("X, mercoledì sera")."""
    return at > person.end and text[person.end:at].strip(" ,") == ""


def who_was_there_after(sentences: list[SentenceView], i: int) -> SentenceView | None:
    """The sentence after the one at i, or the one after that when it lists who was there and the
    sentence between tells no meeting of its own ("... dopo il colloquio con le associazioni.
    «Un confronto utile», ha detto. «Per il governo c'erano la premier X e il ministro Y»")."""
    following = through_semicolons(sentences, i + 1)
    if following is None or lists_who_was_there(following.span.text) \
            or meeting_words(following.span.doc, following.span, labels=MEETING_LABELS):
        return following
    after = through_semicolons(sentences, end_of_semicolons(sentences, i + 1) + 1)
    return after if after is not None and lists_who_was_there(after.span.text) else following


def through_semicolons(sentences: list[SentenceView], i: int) -> SentenceView | None:
    """The sentence at i, and those after it that the parser cut at a semicolon: "presenti il
    premier e diversi ministri; il sindaco X, il prefetto Y" is one list."""
    if i >= len(sentences):
        return None
    last = end_of_semicolons(sentences, i)
    doc = sentences[i].span.doc
    return replace(sentences[i], span=doc[sentences[i].span.start:sentences[last].span.end],
                   mentions=[m for s in sentences[i:last + 1] for m in s.mentions])


def end_of_semicolons(sentences: list[SentenceView], i: int) -> int:
    """The last sentence of the run that starts at i and that semicolons join."""
    last = i
    while last + 1 < len(sentences) and sentences[last].span.text.rstrip().endswith(";"):
        last += 1
    return last


def meeting_in(article: Article, doc: Doc, sentence: SentenceView, reporters: set[Mention],
               before: list[SentenceView], following: SentenceView | None,
               earlier: list[MeetingMention], heads: list[Mention], gazetteer: Gazetteer) -> MeetingMention | None:
    """A sentence with a meeting word and two or more people."""
    read = read_cues(doc, sentence.span, sentence.people, gazetteer, sentence.mentions)
    cues = first_of_each_label(read)
    call_clauses = []
    if "CALL" in cues:
        cues, sentence, call_clauses = outside_calls(doc, sentence, [cue for cue, label in read if label == "MEETING"])
    if "MEETING" not in cues or sounds_hypothetical(doc, sentence.span) or tells_history(sentence.span):
        return None
    if names_no_set_meeting(doc, sentence.span, gazetteer):
        if "RECEIVES" not in cues:
            return None
        # only the guest received sets the meeting ("una visita in Turchia di X, che sarà ricevuto da Y")
        cues = {**cues, "MEETING": cues["RECEIVES"]}
    at = cues["MEETING"]
    sentence = without_people_of_wished_meetings(doc, talked_of_in_quotes_left_out(doc, sentence, at))
    sentence = without_the_occasion(sentence, at)
    people = participants(sentence, reporters, following, earlier, heads)
    cue = doc.char_span(at, at + 1, alignment_mode="expand")
    if len({m.surface for m in people}) == 1:
        people = [*people, *organisations_met(sentence, cue.end_char, people, gazetteer)]
    if len({m.surface for m in people}) < 2:
        return None
    # their times and places are not the meeting's
    meeting_words_at = tuple(c.start for c, label in read if label == "MEETING") or (cue.start,)
    asides = relative_clauses_apart_from(sentence, meeting_words_at)
    tense = meeting_tense(cue, sentence.span, asides)
    direction = day_direction(cue, tense)
    text = dateable_text(article, sentence.span, call_clauses + asides)
    when = meeting_date(text, article, direction, near=at - sentence.span.start_char, at=sentence.span.start_char)
    dated_by_its_words = when is not None
    # "il loro incontro a dicembre": a sentence that names a period takes no day from the one before
    period = when is None and names_a_period(text, article)
    when = when or (None if period else date_from_context(article, before[-CONTEXT_SENTENCES:], direction)
                    or day_the_meeting_was_told(article, doc, cue, before, direction))
    status = meeting_status(tense, when, article)
    if status == "held" and (when is None or when.value == article.published) and not tells_a_past(cue) \
            and announced_before(people, earlier):
        status = "planned"      # "oggi incontrerà Vos ... I colloqui si svolgono mentre ..."
    # A meeting reported as done, with no day written: news reports it on the day it happened
    # (not one recalled: "da quando la cancelliera si è incontrata con il presidente cinese a Pechino").
    on_publication_day = when is None and status == "held" and article.published is not None \
        and not RECALLED.search(sentence.span.text) and not period
    found = MeetingMention(article=article.id, participants=tuple(people),
                           location=meeting_place(article, doc, without_names_in(sentence, asides), at, gazetteer),
                           when=when and when.mention, status=status, evidence=sentence.span.text.strip(),
                           on_publication_day=on_publication_day,
                           on_the_margins=SIDELINES.search(sentence.span.text) is not None)
    return found if dated_by_its_words else as_the_meeting_told(found, earlier, sentence.span.text)


def lists_the_meeting_before_again(meeting: MeetingMention, found: list[MeetingMention],
                                   list_after: dict[int, int | None], sentence: SentenceView) -> bool:
    """"Il tavolo si è svolto ieri. Al tavolo erano presenti X e Y": the list the meeting before took
    its people from is that meeting, not another."""
    return bool(found) and list_after[len(found) - 1] == sentence.span.start_char \
        and lists_who_was_there(sentence.span.text) \
        and {p.surface for p in found[-1].participants} == {p.surface for p in meeting.participants}


def as_the_meeting_told(meeting: MeetingMention, earlier: list[MeetingMention], text: str) -> MeetingMention:
    """"All'incontro hanno preso parte anche X e Y", "L'incontro è durato due ore": a sentence on the
    meeting just told, adding its people and no day of its own, has that meeting's day, status and place."""
    last = earlier[-1] if earlier else None
    if last is None or not (AT_THE_MEETING.match(text) or MEETING_TOLD_AGAIN.search(text)) \
            or not {p.surface for p in last.participants} <= {p.surface for p in meeting.participants}:
        return meeting
    return replace(meeting, when=last.when, status=last.status, on_publication_day=last.on_publication_day,
                   location=meeting.location or last.location, on_the_margins=last.on_the_margins)


def day_the_meeting_was_told(article: Article, doc: Doc, cue: Span, before: list[SentenceView],
                             direction: str | None) -> dates.TimeExpression | None:
    """"Il tavolo si è tenuto ieri a Palazzo Lombardia ... ¶ Al tavolo si sono seduti X e Y": a
    meeting noun with the definite article refers to the one the article told before: the day of the
    last sentence that names it."""
    word = cue.root
    if word.pos_ != "NOUN" or word.i == 0 or word.nbor(-1).lower_.rstrip("'’") not in DEFINITE_LEADS:
        return None
    for sentence in reversed(before):
        told = next((t for t in sentence.span if t.lemma_ == word.lemma_ and t.pos_ == "NOUN"), None)
        if told is not None:
            return meeting_date(dateable_text(article, sentence.span), article, direction,
                                near=told.idx - sentence.span.start_char, at=sentence.span.start_char)
    return None


def names_a_period(text: str, article: Article) -> bool:
    """"la settimana scorsa", "a fine mese", "a marzo": time words that name no day, so the meeting
    did not take place on the day of the news either."""
    return any(e.precision != "day" for e in dates.find_time_expressions(text, article.published))


def opening_meeting(doc: Doc, sentence: SentenceView, gazetteer: Gazetteer) -> tuple[SentenceView, SentenceView] | None:
    """The opening phrase that tells an earlier meeting ("Dopo il colloquio con Milei,") and the rest
    of the sentence, when the rest tells a meeting of its own ("Meloni incontra anche Lula") or opens
    on someone speaking ("Meloni ha detto che ..."): who is named in what they said did not meet."""
    found = OPENING_MEETING.match(sentence.span.text)
    if not found:
        return None
    cut = doc.char_span(sentence.span.start_char + found.end(), sentence.span.end_char, alignment_mode="expand")
    if cut is None or not len(cut):
        return None
    phrase = doc[sentence.span.start:cut.start]
    rest = replace(sentence, span=cut, mentions=[m for m in sentence.mentions if m.start >= cut.start_char])
    if "MEETING" not in cues_in(doc, rest.span, rest.people, gazetteer, rest.mentions) \
            and not (rest.people and speaks_next(doc.text, rest.people[0])):
        return None
    return replace(sentence, span=phrase, mentions=[m for m in sentence.mentions if m.start < cut.start_char]), rest


def meeting_before(article: Article, doc: Doc, phrase: SentenceView, rest: SentenceView,
                   reporters: set[Mention], gazetteer: Gazetteer) -> MeetingMention | None:
    """The meeting of the opening phrase: the rest's subject (its first person) with the people the
    phrase names, already held; its place only if the phrase names one. The subject may go on to speak
    ("Dopo i colloqui con X, Y ha detto che ...")."""
    subject = next((m for m in rest.people if m not in reporters or speaks_next(article.text, m)), None)
    guests = [m for m in phrase.people if m not in reporters]
    if subject is None or not guests:
        return None
    cue = next(iter(meeting_words(doc, phrase.span)), None)
    place = meeting_place(article, doc, phrase, cue.start_char, gazetteer) if cue else None
    whole = doc[phrase.span.start:rest.span.end]
    # when the rest only says what the subject said, its time words are the phrase's ("Al termine
    # dell'incontro con X, venerdì scorso, Y ha spiegato"); with none, the meeting is the day's news
    only_said = speaks_next(article.text, subject)
    when = meeting_date(dateable_text(article, whole), article, "past", at=whole.start_char) if only_said else None
    return MeetingMention(article=article.id, participants=(subject, *guests), location=place,
                          when=when and when.mention, status="held", evidence=whole.text.strip(),
                          on_publication_day=only_said and when is None and article.published is not None)


def speaks_next(text: str, m: Mention) -> bool:
    """The name is the subject of the speech verb right after it: "Y ha detto", "Y ha poi spiegato"."""
    return speech_verb_after(text, m.end, SPEECH_VERB_REACH)


def cues_in(doc: Doc, sent: Span, people: list[Mention], gazetteer: Gazetteer, mentions: list[Mention] = ()
            ) -> dict[str, int]:
    """Cue label -> character offset of its first cue in the sentence (read_cues)."""
    return first_of_each_label(read_cues(doc, sent, people, gazetteer, mentions))


def first_of_each_label(read: list[tuple[Span, str]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for cue, label in read:
        found.setdefault(label, cue.start_char)
    return found


def read_cues(doc: Doc, sent: Span, people: list[Mention], gazetteer: Gazetteer, mentions: list[Mention] = ()
              ) -> list[tuple[Span, str]]:
    """The sentence's cue words, each with what it says there. A receiving verb counts as a meeting
    word when a person follows it closely ("ha ricevuto il presidente ucraino"), and then also as
    RECEIVES; a seeing verb when the person is its object ("vedrà il presidente russo")."""
    found: list[tuple[Span, str]] = []
    for cue in meeting_words(doc, sent, labels=(*MEETING_LABELS, "CALL")):
        label = cue.label_
        if label in ("HOST", "SEE") and is_denied(cue):
            label = None            # "non vedrà Xi", "non ha ricevuto il ministro"
        elif label == "HOST":
            label = "MEETING" if not describes_a_thing(cue) and not received_by_agent_alone(sent, cue, people) and (any(
                is_guest(sent, cue, m) and not received_thing(sent, cue, m)
                and (not is_expectation(cue) or by_host(sent, cue, m)) for m in people)
                or receives_a_body(doc.text, cue.end_char, mentions)
                or any(heads_the_guests(sent, cue, m) for m in people)
                or passive_reception(sent, cue, people)) else None
            if label:
                # a guest received ("sarà ricevuto dal presidente X") is a meeting whatever the
                # sentence's other meeting words are ("una visita in Turchia")
                found.append((cue, "RECEIVES"))
        elif label == "CLASH":      # a row counts where it is put in a place: "lo scontro alla Casa Bianca"
            label = "MEETING" if any(could_be_place(m, gazetteer) and place_rank(m, gazetteer) is not None
                                     and preposition_before(doc, m) and abs(m.start - cue.end_char) <= CLASH_PLACE_CHARS
                                     for m in mentions) else None
        elif label == "SEE":
            label = "MEETING" if not sees_a_thing(cue) and not bare_participle(cue) and any(
                is_guest(sent, cue, m) and not SEEN_GAP_BREAK.search(
                text_between(sent, cue.end_char, m.start)) for m in people) else None
        elif cue[0].lower_ == "si" and cue[-1].lower_ != "con" and sum(m.start < cue.start_char for m in people) < 2:
            label = None            # "si vedono quattro ladri": no two people see each other ("si è visto con" one)
        if label:
            found.append((cue, label))
    return found


def cities_of_countries(found: list[MeetingMention], mentions: list[Mention], gazetteer: Gazetteer
                        ) -> list[MeetingMention]:
    """"Il colloquio in Oman con X" in an article that says the premier landed at Mascate: a
    meeting put in a country took place in the one city of that country the article names."""
    def city_in(country: Mention) -> Mention | None:
        cities = {gazetteer.lookup(m.surface).id: m for m in mentions
                  if m.label == "LOC" and gazetteer.lies_in(m.surface, country.surface)
                  and gazetteer.lookup(m.surface).kind == "city"}
        return next(iter(cities.values())) if len(cities) == 1 else None
    return [replace(m, location=city) if m.location is not None and gazetteer.demonym_of(m.location.surface)
            and (city := city_in(m.location)) else m for m in found]


def describes_a_thing(cue: Span) -> bool:
    """"la pena accolta dal giudice", "chiesta dall'avvocato e accolta dal giudice": a participle
    of receiving with no auxiliary before it (adverbs aside: "sarà invece ricevuto"), nor the comma of
    an apposition to a person ("Meloni, accolta dal presidente"), describes what was received, a
    request or a thing, not a guest; so does a verb whose object or passive subject is a thing ("è
    stata accolta dal giudice la richiesta")."""
    doc = cue.doc
    if receives_a_thing(cue):
        return True
    if not PARTICIPLE_ENDING.search(cue.text.lower()) or cue.start == 0:
        return False
    i = cue.start - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1          # "sarà invece ricevuto", "è stato poi accolto"
    before = doc[i]
    # "Sinner ricevuto al Quirinale": a headline's person right before the participle is its guest
    return before.lower_ not in AUXILIARIES_OF_RECEIVING and before.text != "," and before.ent_type_ != "PER"


def received_by_agent_alone(sent: Span, cue: Span, people: list[Mention]) -> bool:
    """"È stata accolta dal giudice X la richiesta ...": in the passive the person after "da" is the one
    who receives; with no one before the verb and no one else close after it, nobody was received."""
    if not any(t.dep_ == "aux:pass" for t in cue.root.children):
        return False
    return not any(m.start < cue.start_char for m in people) \
        and all(by_host(sent, cue, m) for m in people if is_guest(sent, cue, m))


def passive_reception(sent: Span, cue: Span, people: list[Mention]) -> bool:
    """"X è stato ricevuto ieri a Roma dal ministro per lo Sport e i giovani Y": in the passive the guest
    is a person before the verb and the host the one "da" brings in after it, however long the title
    between; no other verb stands between the two."""
    if not any(t.dep_ == "aux:pass" for t in cue.root.children) or not any(m.end <= cue.start_char for m in people):
        return False
    return any(m.start >= cue.end_char and introduced_by_agent(sent, cue, m) for m in people)


def introduced_by_agent(sent: Span, cue: Span, m: Mention) -> bool:
    between = sent.doc.char_span(cue.end_char, m.start, alignment_mode="contract")
    return between is not None and any(t.lower_ in AGENT_PREPOSITIONS for t in between) \
        and not any(acts_as_verb(t) or t.text in (";", ":") for t in between)


def acts_as_verb(token: Token) -> bool:
    """A verb of the sentence, not a title's adjective tagged as one ("il presidente egiziano": a
    nationality in -ano reads like a verb in the plural, but the parser hangs it on the noun)."""
    return token.pos_ in ("VERB", "AUX") and not token.dep_.startswith(("flat", "amod"))


def received_thing(sent: Span, cue: Span, m: Mention) -> bool:
    """"la struttura che ospita la rivendita di scarpe Rossi": a thing "di" something stands between
    the verb and the name, so the name is no guest (titles are left out: "il presidente del Cile X"; so
    is where: "ha accolto all'aeroporto di Ciampino il presidente X")."""
    gap = elided_words(text_between(sent, cue.end_char, titled_start(sent, m)).lower())
    where = next((i for i, w in enumerate(gap) if w in PLACE_PREPOSITIONS or w.replace("’", "'") in ("all'", "nell'")),
                 len(gap))
    return any(w in GENITIVE_PREPOSITIONS for w in gap[:where])


def heads_the_guests(sent: Span, cue: Span, m: Mention) -> bool:
    """"ha ricevuto al Quirinale una delegazione dell'Anci guidata dal presidente X": the person at the
    head of the group received is a guest."""
    return GUESTS_LED_BY.fullmatch(text_between(sent, cue.end_char, titled_start(sent, m))) is not None


def is_expectation(cue: Span) -> bool:
    return cue.text.lower().startswith("attes")


def by_host(sent: Span, cue: Span, m: Mention) -> bool:
    """"è atteso a Parigi dal presidente Macron", "accolta dal gup X": the one who expects or receives
    the guest follows "da", with at most a title between (which the NER may not have read as a role)."""
    gap = elided_words(text_between(sent, cue.end_char, titled_start(sent, m)).lower())
    agent = max((i for i, w in enumerate(gap) if w in AGENT_PREPOSITIONS), default=None)
    return agent is not None and all(w.isalpha() for w in gap[agent + 1:]) and len(gap) - agent - 1 <= TITLE_WORDS_MAX


def placed_at_the_event(article: Article, doc: Doc, sentences: list[SentenceView], found: list[MeetingMention],
                        gazetteer: Gazetteer) -> list[MeetingMention]:
    """"Al via il vertice di Ankara ... A margine dei lavori X ha avuto un bilaterale con Y": a meeting
    on the sidelines with no place of its own is where the article's summit is, the first the
    article places; else where the article's first placed meeting is ("I colloqui si sono tenuti ad
    Abu Dhabi ... A margine dei lavori X ha ricevuto Y")."""
    if not any(m.location is None and SIDELINES.search(m.evidence) for m in found):
        return found
    place = next((where for sentence in sentences for cue in meeting_words(doc, sentence.span)
                  if cue.root.lemma_.lower() in SUMMIT_NOUNS
                  and (where := meeting_place(article, doc, sentence, cue.start_char, gazetteer))), None) \
        or next((m.location for m in found if m.location is not None and not SIDELINES.search(m.evidence)), None)
    return [replace(m, location=place) if place and m.location is None and SIDELINES.search(m.evidence) else m
            for m in found]


def placed_in_town(found: list[MeetingMention], cities_told: list[Mention | None], dateline: Mention | None,
                   gazetteer: Gazetteer) -> list[MeetingMention]:
    """A meeting put in a street, a building or a local body no table places ("in piazza Cordusio", "in
    Regione") is in the city its sentence names, else in the one the story is filed from ("MILANO, 3 DIC
    -"), the site kept as its venue. So is a held meeting the story puts in no place ("BEIRUT, 4 DIC - Il
    presidente Aoun ha ricevuto ieri l'inviato X"); one planned may be anywhere, unless it is set in a
    town's own office ("sarà ricevuto venerdì in prefettura")."""
    placed = []
    # a dateline in small letters may be a wire desk's ("Roma, 19 mag. (askanews) -"): a story of it that
    # puts a meeting elsewhere is not about where it is filed from
    dateline = None if dateline and not dateline.surface.isupper() and any(
        m.location and placed_elsewhere(m.location, dateline, gazetteer) for m in found) else dateline
    for m, told in zip(found, cities_told):
        if m.location is not None and in_town(m.location, gazetteer) and (told or dateline):
            m = replace(m, location=told or dateline, site=m.location, placed_by_dateline=not told)
        elif m.location is None and dateline and (m.status == "held" or LOCAL_OFFICE.search(m.evidence)):
            m = replace(m, location=dateline, placed_by_dateline=True)
        placed.append(m)
    return placed


def placed_elsewhere(location: Mention, dateline: Mention, gazetteer: Gazetteer) -> bool:
    """"in Vaticano", "alla Casa Bianca" in a story filed from Rome: a place (or a venue's city) that is
    not the dateline's city, nor its country or region."""
    venue_city = gazetteer.venues.city_of(location.surface) if gazetteer.venues else None
    place = gazetteer.place_named(venue_city) if venue_city else gazetteer.lookup(location.surface)
    home = gazetteer.lookup(dateline.surface)
    return place is not None and home is not None and place.id != home.id \
        and not (place.kind != "city" and place.country == home.country)


def in_town(place: Mention, gazetteer: Gazetteer) -> bool:
    """"in Regione", "in piazza Cordusio", "a Palazzo di Città": a town's own body, or a street or a
    building no table places, which says no town."""
    words = place.surface.split()
    return fold(place.surface) in LOCAL_BODY_NOUNS or (
        len(words) > 1 and (fold(words[0]) in TOWN_SITE_NOUNS or fold(words[-1]) in TOWN_SITE_LAST_WORDS)
        and gazetteer.lookup(place.surface) is None and not gazetteer.is_venue(place.surface))


def placed_by_nearby_sentences(article: Article, doc: Doc, sentences: list[SentenceView],
                               found: list[MeetingMention], at_sentence: dict[int, int], gazetteer: Gazetteer
                               ) -> list[MeetingMention]:
    """"Un incontro tra Meloni e Orbán ... Il bilaterale, che si è tenuto ieri a Budapest, è
    durato due ore": a sentence that puts a meeting word in a place but names no two people places the
    nearest meeting of the article that has no place (the one before first), only a country the
    place lies in ("ha incontrato in Francia Vos ... il colloquio ha avuto luogo a Lione"), or a
    hotel, whose name says no city ("all'Hotel Excelsior ... i colloqui di Lisbona")."""
    found = list(found)
    for i, sentence in enumerate(sentences):
        cues = cues_in(doc, sentence.span, sentence.people, gazetteer)
        if "MEETING" not in cues or "CALL" in cues or len({m.surface for m in sentence.people}) >= 2 \
                or sounds_hypothetical(doc, sentence.span) or names_no_set_meeting(doc, sentence.span, gazetteer):
            continue        # ("non ha partecipato a Shanghai ai colloqui": no place of a meeting held)
        place = meeting_place(article, doc, sentence, cues["MEETING"], gazetteer)
        unplaced = [k for k, m in enumerate(found) if abs(at_sentence[k] - i) <= PLACE_FROM_SENTENCES_AWAY
                    and (m.location is None or place and places_better(place, m.location, gazetteer))]
        if place and unplaced:
            nearest = min(unplaced, key=lambda k: (abs(at_sentence[k] - i), at_sentence[k] > i))
            found[nearest] = replace(found[nearest], location=place)
    return found
