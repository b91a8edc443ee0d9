"""One process's spaCy pipeline reading articles into their Extractions (kg/pipeline/jobs.py runs
it in one process or several)."""
from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.ingest.pieces import joined, pieces_of
from kg.kept import long_lived
from kg.knowledge import Knowledge
from kg.model import Article, ArticleFailed, Extraction
from kg.nlp.pipeline import build_pipeline


class BatchReader:
    """One process's pipeline, reading a task's articles into their Extractions."""

    def __init__(self, model: str | None, knowledge: Knowledge, texts_at_once: int) -> None:
        self.nlp: Language = long_lived(build_pipeline(model, knowledge=knowledge))
        self.knowledge, self.texts_at_once = knowledge, texts_at_once

    def __call__(self, articles: list[Article]) -> list[Extraction | ArticleFailed]:
        try:
            return self.read(articles)
        except Exception:  # noqa: BLE001  which article failed is not known: read them one at a time
            return [self.read_alone(article) for article in articles]

    def read(self, articles: list[Article]) -> list[Extraction]:
        pieces = [pieces_of(article) for article in articles]
        docs = self.nlp.pipe((piece.article.text for parts in pieces for piece in parts),
                             batch_size=self.texts_at_once)
        return [joined(article, [(piece, extract(piece.article, next(docs), self.knowledge)) for piece in parts])
                for article, parts in zip(articles, pieces)]

    def read_alone(self, article: Article) -> Extraction | ArticleFailed:
        try:
            return self.read([article])[0]
        except Exception as e:  # one article's bug must not stop the others: named, never silent
            return failure(article, e)


def failure(article: Article, error: Exception) -> ArticleFailed:
    first_line = (str(error).strip() or "no message").split("\n", 1)[0]
    failed = ArticleFailed(article.source, f"{type(error).__name__}: {first_line}")
    failed.__cause__ = error        # for KG_DEBUG's traceback (in this process only)
    return failed
