"""Claims: quoted passages (kg_quotes) and reported speech ("ha detto che", "secondo X"), each
with its speaker.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kg.extract.mentions import ARTICLES
from kg.extract.sentences import SentenceView, is_person
from kg.model import Article, ClaimMention, Mention
from kg.nlp.name_ruler import DASHES, ROLE_NOUNS
from kg.nlp.quotes import QUOTES_SPANS_KEY


MIN_QUOTE_WORDS = 2
# Reported speech states something in at least this many words ("Zelensky accusa Mosca" does not).
MIN_SAID_WORDS = 3
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
    "promesso|urlato|twittato|postato|rimarcato|descritto|interpretato|suggerito|ammesso|avvisato|espresso")
SPEECH_PRESENT = (
    "afferma|dice|dichiara|sottolinea|spiega|aggiunge|ribadisce|conferma|annuncia|riferisce|precisa|osserva|"
    "avverte|assicura|evidenzia|chiarisce|ammette|scrive|commenta|replica|risponde|sostiene|ricorda|"
    "garantisce|denuncia|definisce|rimarca|insiste|urla|incalza|descrive|prosegue|conclude|accusa|esprime|"
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
INTERJECTION = re.compile(r"\s[-–—]\s*(?:ha|hanno)\s+\w+[^-–—]{0,60}[-–—]\s")
WORDS_OF = re.compile(r"\b(?:dichiarazioni|parole|intervista)\s+(?:del|della|dello|dell['’]|di|a|al|alla)\b",
                      re.IGNORECASE)
# "«...», è la ricostruzione del giornalista Sean Hannity", "sono le parole di Zelensky"
WORDS_NAMED = re.compile(r"(?:\b(?:è|sono|era|erano|così)\s+)?\b(?:la|il|le|i|l['’])\s*(?:\w+\s+)?(?:ricostruzione|commento|"
                         r"parole|previsione|versione|analisi|messaggio|appello|avvertimento|replica|risposta|"
                         r"denuncia|accusa)\s+(?:del|della|dello|dell['’]|di)\b", re.IGNORECASE)
RELATIVE_CHE = re.compile(r"\bche\s+(?:(?:lo|la|li|le|gli|ne|ci|si|mi|ti|vi)\s+)*$", re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r"\s*(?:quale|quali|cui)\b\s*", re.IGNORECASE)     # after "secondo il"
# "secondo il portavoce", "a detta di Peskov", "stando a quanto riferito da Ushakov", and "Per Zelensky"
# opening a sentence
ACCORDING_TO = re.compile(r"(?:\bsecondo|\ba\s+detta\s+d(?:i|el|ella|ello|ell['’])|\bstando\s+a\s+quanto\s+"
                          r"(?:riferito|dichiarato|detto|affermato|spiegato)\s+da(?:l|lla|llo|ll['’])?|^\s*per)\s+"
                          r"(?:il|la|lo|l['’])?\s*", re.IGNORECASE)


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
    """Not a title or a name in quotes (“Al Arabiya”, “Pursuing Peace”); a shout is («POSTA ALTA!!!»)."""
    words = text.split()
    return len(words) >= MIN_QUOTE_WORDS and (not all(w[:1].isupper() for w in words)
                                              or text.rstrip().endswith(("!", "?")))


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
                   or (first_person(sentences[index - 1:index])
                       if set_off_verb_before(quote, spanned) or unnamed_verb_after(quote, spanned) else None))
    if speaker is None or not may_be_person(speaker):     # an institution's words are no person's claim
        return None
    evidence = doc_text(spanned)
    # A bare role ("ha detto il tycoon") may find no holder; the speaker just before is the best guess.
    fallback = recent.at(index) if speaker.label == "ROLE" and speaker is not recent.at(index) else None
    return ClaimMention(article.id, speaker, quote.text, evidence, article.published, fallback_speaker=fallback)


def unnamed_verb_after(quote: Span, sentences: list[SentenceView]) -> bool:
    """"«Siamo pronti alla pace», ha aggiunto.": a speech verb right after the quote, its subject
    unsaid (the person the sentence before is about)."""
    tail = quote.doc.text[quote.end_char:sentences[-1].span.end_char]
    verb = SPEECH_VERB.search(tail)
    # nothing after the verb but punctuation: not "hanno affermato congiuntamente i negoziatori"
    return bool(verb) and verb.start() <= VERB_AFTER_QUOTE_CHARS and not verb.group().lower().startswith("hanno") \
        and not any(ch.isalnum() for ch in tail[verb.end():])


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
    """Names outside quotes, less principals of a role and the names inside a role ("Usa" of "il
    vicepresidente Usa"): the role speaks."""
    mentions = [m for s in sentences for m in s.mentions]
    roles = [(m.start, m.end) for m in mentions if m.label == "ROLE"]
    return [m for m in mentions
            if not m.principal_of_role and not any(qs <= m.start < qe for qs, qe in quotes)
            and not (m.label != "ROLE" and any(rs <= m.start and m.end <= re_ for rs, re_ in roles))]


def introduced_name(sentences: list[SentenceView], at: int) -> Mention | None:
    """The person named right where words that introduce a speaker end: "a detta di [Peskov]",
    "le parole di [Zelensky]" (a name after "di" that would otherwise read as someone's principal)."""
    return next((m for s in sentences for m in s.mentions if at <= m.start <= at + 1 and is_person(m)), None)


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
        # dichiarato nel colloquio telefonico con il premier ... Keir Starmer".
        # (After "le parole di", "secondo", the name is the one introduced.)
        introduces = verb_after.re is not SPEECH_VERB
        introduced = introduced_name(sentences, offset + verb_after.end()) if introduces else None
        if introduced:
            return introduced
        after = [m for m in names if m.start >= offset + verb_after.end()
                 and (introduces and is_person(m) or not after_preposition(text[:m.start - offset], m))]
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
        named_after = [m for m in names if offset + verb_before.end() <= m.start < start and is_person(m)]
        if verb_before.re is ACCORDING_TO:      # "secondo Ushakov", "Per Zelensky «...»", "a detta di Peskov"
            first = introduced_name(sentences, offset + verb_before.end()) or next(iter(named_after), None)
            return first if first and (not opens_with_per(verb_before) or names_at(text, verb_before, first, offset)) \
                else None
        between = subjects(named_after, text, offset)      # "ha detto al presidente: «...»" is said to him
        if before:
            return before[-1]           # a person, or an institution: "Il Cremlino definisce «utile»"
        return between[-1] if between else None
    if head.rstrip(" «“\"").endswith(":"):
        # the subject before the colon: "Zelensky su Telegram: «...»" is Zelensky's; "Il Cremlino: «...»" no person's
        before = subjects([m for m in names if m.end <= start], text, offset)
        return before[-1] if before and is_person(before[-1]) else None
    return None


def after_preposition(before: str, m: Mention) -> bool:
    """The name, with its role and article, completes a preposition: "con la presidente X"."""
    words = without_own_role(before, m).replace("’", "' ").replace("'", "' ").split()
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
    found = [m for m in (SPEECH_VERB.search(text, at), ACCORDING_TO.search(text, at), WORDS_NAMED.search(text, at)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def speaker_announced_before(sentences: list[SentenceView], index: int, quotes) -> Mention | None:
    """'Peskov ha detto:' ends the sentence before the quote."""
    previous = next((s for s in reversed(sentences[:index]) if s.span.text.strip(" \n“«\"")), None)
    if previous is not None and previous.span.text.rstrip().endswith(":"):
        before = previous.span       # its subject, not "ha detto al presidente:"
        return last(subjects(speakers_in([previous], quotes), before.text, before.start_char))
    return None


def speaker_named_after(sentences: list[SentenceView], index: int, quotes) -> Mention | None:
    """'"È stata una telefonata molto utile". Lo ha detto il presidente Emmanuel Macron.'"""
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
                                    # "dodici case sono state distrutte, ha dichiarato X:"
    names = names_outside([sentence], quotes)
    before = [m for m in names if m.end <= offset + verb.start()]
    # not an institution completing the role of the name after it: "il portavoce del ministero dell'Interno greco, Nikos Andreou"
    after = [m for m in names if m.start >= offset + verb.end()
             and (is_person(m) or not after_preposition(text[:m.start - offset], m))]
    introduced = introduced_name([sentence], offset + verb.end()) if verb.re is ACCORDING_TO else None
    after = [introduced] + [m for m in after if m is not introduced] if introduced else after
    close_after = after[0] if after and gap_without_role(text[verb.end():after[0].start - offset], after[0]) \
        <= NAME_AFTER_VERB_CHARS and not THAT.search(text[verb.end():after[0].start - offset]) else None  # "ha detto che Kiev ..."
    set_off = text[:verb.start()].rstrip().lower().endswith((",", "come"))
    if verb.re is ACCORDING_TO and RELATIVE_PRONOUN.match(text, verb.end()):
        speaker = last([m for m in before if is_person(m)])     # "Zelensky, secondo il quale ..."
    elif verb.re is ACCORDING_TO and opens_with_per(verb) and not (close_after and names_at(text, verb, close_after, offset)):
        speaker = None              # "Per la Russia, il ministro Lavrov ...": a side, not a source
    elif verb.re is ACCORDING_TO or (set_off and close_after):
        speaker = close_after       # "La Russia, ha ribadito Ushakov, ..."; "come ha ammesso Ushakov";
                                    # "..., ha aggiunto il Cremlino": an institution's, no person's
    elif set_off and text[verb.end():].lstrip().startswith(","):
        speaker = recent            # "Putin, ha spiegato, agisce ...": the one who was speaking
    else:
        speaker = relative_antecedent(before, text[:verb.start()]) or last(subjects(before, text, offset)) \
            or close_after
    if speaker is None or not may_be_person(speaker):
        return None
    said_before = re.sub(r"(?:^|\s)come$", "", text[:verb.start()].rstrip(" ,"), flags=re.IGNORECASE).rstrip(" ,")
    if speaker is close_after and (set_off or len(said_before.split()) >= MIN_SAID_WORDS):
        # "La trattativa non è fallita, ha dichiarato Andreou"; "La Russia, ha ribadito Ushakov,
        # vuole la pace": what was said comes before the verb, and goes on after the name if set off
        rest = text[speaker.end - offset:].lstrip(" ,.") if set_off else ""
        said = " ".join(part for part in (said_before, rest) if part)
    elif verb.re is ACCORDING_TO and speaker is close_after:
        said = text[speaker.end - offset:].lstrip(" ,").strip()      # "Secondo Ushakov, il vertice è utile"
    else:
        said = text[verb.end():].lstrip(" ,:").removeprefix("che ").strip()
    if RELATIVE_PRONOUN.match(said):
        said = RELATIVE_PRONOUN.sub("", said, count=1).strip()
    if said.lower().startswith(("con un", "con una", "con uno")):
        return None                 # "ha risposto con un sorriso": a manner, nothing said
    if len(said.split()) < MIN_SAID_WORDS and text.lstrip()[:1] not in DASHES:
        return None                 # the headline "Zelensky accusa Mosca" says no statement (a dash
                                    # line, "— ha aggiunto Medinsky.", attributes the sentence before)
    # "Il ministro ucraino ... ha spiegato che": if no one is known to hold the role, the one speaking before
    fallback = recent if speaker.label == "ROLE" and recent is not speaker else None
    return ClaimMention(article.id, speaker, said, text.strip(), article.published, fallback_speaker=fallback)


def opens_with_per(verb: re.Match) -> bool:
    return verb.group().strip().lower().startswith("per")


def names_at(text: str, verb: re.Match, m: Mention, offset: int) -> bool:
    """The name (with its title) comes right after the words that introduce it: "Per Zelensky"."""
    return gap_without_role(text[verb.end():m.start - offset], m) == 0


def may_be_person(m: Mention) -> bool:
    """A person, or one word the NER took for an organisation ("Ushakov ha spiegato"): kg/resolve
    settles its label across the articles and keeps the claim only if it names a person."""
    return is_person(m) or m.label == "ORG" and " " not in m.surface and not m.surface.isupper()


def gap_without_role(gap: str, m: Mention) -> int:
    """Characters between a verb and a name, the name's own role left out: "ha dichiarato il
    portavoce del ministero dell'Interno greco, Nikos Andreou" is close, whether or not the role was
    read as the name's."""
    rest = without_own_role(gap, m)
    words = rest.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return 0 if words and words[0].lower() in ROLE_NOUNS else len(rest)


def without_own_role(before: str, m: Mention) -> str:
    """The words before a name, less the role written right before it ("la presidente" of X)."""
    before = before.rstrip(" ,")
    return before[:-len(m.role)] if m.role and before.endswith(m.role) else before


def relative_antecedent(before: list[Mention], head: str) -> Mention | None:
    """"... accanto al ministro Crosetto che lo ha difeso davanti a ...": the subject of a verb opening a
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
