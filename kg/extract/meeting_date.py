"""Meeting date: the words of the meeting sentence that name its day, or those of the sentences just
before it in the paragraph (kg/dating/dates.py reads the Italian time words). Extraction keeps the
words (a TimeMention); kg/dating turns them into the day after resolution. Choosing among several
expressions, and the meeting's status, still read them against the publication day here.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.dating import dates
from kg.extract.sentences import SentenceView, relative_clauses_apart_from
from kg.ingest import header_date_span
from kg.knowledge.lexicon import DAY_WORDS, PARTS_OF_DAY
from kg.model import Article


def meeting_date(text: str, article: Article, tense: str | None, near: int | None = None, at: int = 0
                 ) -> dates.TimeExpression | None:
    """The day the words name; of several, the one nearest the meeting word at `near` ("È di ieri la
    notizia ... che sabato prossimo sarà ricevuto": sabato), else the first. `text` starts at `at` in
    the article: the expression's mention keeps article offsets."""
    return in_article(day_words(text, article, tense, near), at)


def in_article(expression: dates.TimeExpression | None, at: int) -> dates.TimeExpression | None:
    if expression is None:
        return None
    mention = expression.mention
    return replace(expression, mention=replace(mention, start=mention.start + at, end=mention.end + at))


def day_words(text: str, article: Article, tense: str | None, near: int | None) -> dates.TimeExpression | None:
    found = dates.find_time_expressions(text, article.published, tense=tense)
    days = [e for e in found if e.precision == "day" and e.value]
    named = [e for e in days if not is_bare_part_of_day(e.text)]
    if named:
        days = named        # "Domani ... dove in mattinata incontrerà": the morning of the day named
    day = min(days, key=lambda e: abs(e.start - near)) if days and near is not None else next(iter(days), None)
    if day or article.published:
        return day
    if article.published_month:
        # "l'11 aprile" in an article dated only " date 2025-04": the words need just the year, and
        # a tense cannot tell which side of a day of that month the article stands
        in_month = dates.find_time_expressions(text, article.published_month)
        day = next((e for e in in_month if e.precision == "day" and e.value and dates.names_its_day(e)), None)
    # "oggi", "ieri": no day yet, but kept (value None): another article of the load may date the
    # meeting (kg/dating/meetings.py)
    return day or next((e for e in found if dates.counts_from_publication(e.text)), None)


def is_bare_part_of_day(words: str) -> bool:
    """"in mattinata", "nel pomeriggio": a part of a day that names no day ("ieri sera" does)."""
    folded = words.lower().split()
    return any(w in PARTS_OF_DAY for w in folded) and not any(w in DAY_WORDS for w in folded)


def date_from_context(article: Article, before: list[SentenceView], tense: str | None
                      ) -> dates.TimeExpression | None:
    """A sentence that names no day often continues one that does, in its paragraph:
    "Lunedì a Vienna è cominciato il negoziato. I colloqui si sono svolti in un albergo del centro ...".
    A meeting told in a past tense does not take a day still to come ("Domani il voto. Dopo un
    incontro tra X e Y, il partito ha detto sì")."""
    for sentence in reversed(before):
        if "\n\n" in sentence.span.text_with_ws or sentence.span.text.strip().endswith(("?", "!")):
            return None
        when = meeting_date(dateable_text(article, sentence.span, relative_clauses_apart_from(sentence)), article,
                            tense, at=sentence.span.start_char)
        if when:
            return None if tense == "past" and when.tense == "future" else when
    return None


def dateable_text(article: Article, sent: Span, also_blank: list[tuple[int, int]] = ()) -> str:
    """The sentence's text with the header's "date YYYY-MM-DD" (and `also_blank`, document offsets)
    blanked out: same length, same offsets."""
    header = header_date_span(article.text)
    return blanked(sent.text, sent.start_char, [*([header] if header else []), *also_blank])


def blanked(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """`text` (starting at document offset `offset`) with the given spans blanked, offsets kept."""
    for start, end in spans:
        start, end = max(start - offset, 0), min(end - offset, len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text
