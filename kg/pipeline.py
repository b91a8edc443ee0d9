"""Articles -> Resolution: the one entry the CLI, the benchmarks and the tests call.

    Article (kg/ingest) -> Doc (kg/nlp, spaCy + kg's components) -> Extraction (kg/extract, kept in
    kg/extract/cache) -> Resolved (kg/resolve) -> Resolution (kg/dating) -> graph records (kg/graph)

Each stage runs once: an article goes through spaCy once (or not at all when the cache has its
extraction), and the whole set is resolved once. Nothing loops back.
"""
from __future__ import annotations

import contextlib
from typing import Callable, ContextManager, Iterator

from spacy.language import Language

from kg.dating import date_meetings
from kg.extract import extract as extract_article
from kg.extract.cache import ExtractionCache, cached_extractions, pipeline_fingerprint
from kg.ingest.pieces import joined, pieces_of
from kg.knowledge import Knowledge, load_knowledge
from kg.model import Article, Extraction, Resolution
from kg.nlp import build_pipeline
from kg.resolve import resolve
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig
from kg.resolve.corrections import Corrections

# Pieces of a long article spaCy holds at once: about 1 MB each per 1,000 characters. Articles go
# through one at a time, so one that fails stops no other (spaCy's default, batches of 1,000 texts,
# took 4.9 GB on 1,000 short articles, and one bad text stopped them all).
NLP_BATCH_SIZE = 8
# Where `kg load` and `kg reload` keep each article's extraction (relative to the working folder).
DEFAULT_CACHE_DIR = ".kg-cache"


class NoProgress:
    def advance(self) -> None:
        pass


def no_progress(total: int) -> ContextManager:
    return contextlib.nullcontext(NoProgress())


class ArticleFailed(Exception):
    """One article's extraction failed; the message names its file and the error."""

    def __init__(self, source: str, error: Exception) -> None:
        first_line = (str(error).strip() or "no message").split("\n", 1)[0]
        super().__init__(f"{source}: extraction failed ({type(error).__name__}: {first_line})")
        self.source = source


def run(articles: list[Article], *, model: str | None = None, cache_dir: str | None = None,
        corrections: Corrections | None = None, progress: Callable[[int], ContextManager] = no_progress,
        on_failure: Callable[[ArticleFailed], None] | None = None) -> Resolution:
    """Every stage but the loader; extraction and resolution read the same Knowledge. An article
    whose extraction fails raises ArticleFailed, or, with `on_failure`, is handed to it and left out
    while the others go on."""
    knowledge = load_knowledge()
    extractions = extractions_of(articles, knowledge, model=model, cache_dir=cache_dir, progress=progress,
                                 on_failure=on_failure)
    return resolution_of(extractions, knowledge=knowledge, corrections=corrections)


def extractions_of(articles: list[Article], knowledge: Knowledge, *, model: str | None = None,
                   cache_dir: str | None = None, progress: Callable[[int], ContextManager] = no_progress,
                   on_failure: Callable[[ArticleFailed], None] | None = None) -> list[Extraction]:
    """One Extraction per article: from the cache when this text was extracted before by the same
    pipeline (if `cache_dir`), else by spaCy, loaded only then, reading long texts in pieces
    (kg/ingest/pieces.py). `progress(n)` is told of each of the n articles spaCy reads."""
    def extract_missing(missing: list[Article]) -> Iterator[Extraction | None]:
        nlp = build_pipeline(model, knowledge=knowledge)
        with progress(len(missing)) as bar:
            for article in missing:
                extraction = extracted(nlp, article, knowledge, on_failure)
                bar.advance()
                yield extraction
    cache = ExtractionCache(cache_dir, pipeline_fingerprint(model)) if cache_dir else None
    return cached_extractions(articles, cache, extract_missing)[0]


def extracted(nlp: Language, article: Article, knowledge: Knowledge,
              on_failure: Callable[[ArticleFailed], None] | None) -> Extraction | None:
    """The article read by spaCy piece by piece and extracted. What fails, in spaCy or in kg's rules,
    fails for this article alone."""
    try:
        pieces = pieces_of(article)
        docs = nlp.pipe((piece.article.text for piece in pieces), batch_size=NLP_BATCH_SIZE)
        return joined(article, [(piece, extract_article(piece.article, doc, knowledge))
                                for piece, doc in zip(pieces, docs)])
    except Exception as e:  # one article's bug must not stop the others: named, never silent
        if on_failure is None:
            raise ArticleFailed(article.source, e) from e
        on_failure(ArticleFailed(article.source, e))
        return None


def resolution_of(extractions: list[Extraction], *, knowledge: Knowledge | None = None,
                  corrections: Corrections | None = None, config: ResolverConfig = DEFAULT_CONFIG) -> Resolution:
    """Extractions -> one entity per referent (kg/resolve) -> meetings with their days (kg/dating)."""
    resolved = resolve(extractions, knowledge or load_knowledge(), corrections, config)
    return date_meetings(resolved, config.min_shared_participants)
