"""Each report's day from its own words: the TimeMention extraction kept, read against its
article's publication day; a claim's day is its article's."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.dating.dates import names_its_day
from kg.dating.days import expression_of
from kg.model import Article, Claim, MeetingReport, TimeMention


def dated_report(report: MeetingReport, article: Article) -> MeetingReport:
    """The report with its day, and the words that gave it (None when none did)."""
    day, words = day_and_words(report.when, report.on_publication_day, article)
    return replace(report, date=day, report=replace(report.report, date_text=words))


def day_and_words(when: TimeMention | None, on_publication_day: bool, article: Article
                  ) -> tuple[date | None, str | None]:
    """A meeting's day from the words extraction kept (or its article's day, when it was told held
    with no words), and the words as they name it ("venerdì" of "venerdì 14 morti")."""
    if on_publication_day:
        return article.published, None
    expression = when and expression_of(when, anchor_day(when, article))
    if expression is None:
        return None, None
    return (expression.value if expression.precision == "day" else None), expression.text


def anchor_day(words: TimeMention, article: Article) -> date | None:
    """The day the words are read against: the publication day; in an article dated only by its
    month, words that give day and month ("l'11 aprile") need just its year, others have none."""
    if article.published:
        return article.published
    return article.published_month if names_its_day(words) else None


def dated_claim(claim: Claim, article: Article) -> Claim:
    return replace(claim, date=article.published)
