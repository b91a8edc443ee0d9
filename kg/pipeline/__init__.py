"""Articles -> Resolution: the one entry the CLI, the benchmarks and the tests call.

    Article (kg/ingest) -> Doc (kg/nlp, spaCy + kg's components) -> Extraction (kg/extract, kept in
    kg/pipeline/cache) -> Resolved (kg/resolve) -> Resolution (kg/dating) -> graph records (kg/graph)

Each stage runs once: an article goes through spaCy once (or not at all when the cache has its
extraction), and the whole set is resolved once. Nothing loops back.
"""
from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Callable, ContextManager, Iterable, Iterator

from kg.corrections import Corrections
from kg.dating import date_meetings
from kg.pipeline.cache import (
    ExtractionCache,
    cached_extractions,
    load_headings,
    pipeline_fingerprint,
    save_headings,
)
from kg.ingest import Sources, find_sources, read_files
from kg.kept import collector_paused, long_lived
from kg.knowledge import Knowledge, load_knowledge
from kg.model import Article, ArticleFailed, Extraction, Resolution
from kg.pipeline.jobs import SpacyBatches, extracted_in_batches
from kg.resolve import resolve
from kg.resolve.config import DEFAULT_CONFIG, ResolverConfig

# Where `kg load` and `kg reload` keep each article's extraction (relative to the working folder).
DEFAULT_CACHE_DIR = ".kg-cache"


class NoProgress:
    def advance(self) -> None:
        pass


def no_progress(total: int) -> ContextManager:
    return contextlib.nullcontext(NoProgress())


def run(articles: list[Article], *, model: str | None = None, cache_dir: str | None = None,
        corrections: Corrections | None = None, progress: Callable[[int], ContextManager] = no_progress,
        on_failure: Callable[[ArticleFailed], None] | None = None, batches: SpacyBatches = SpacyBatches(),
        known: Iterable[Extraction] = ()) -> Resolution:
    """Every stage but the loader; extraction and resolution read the same Knowledge. An article
    whose extraction fails raises ArticleFailed, or, with `on_failure`, is handed to it and left out
    while the others go on. `known`: extractions at hand (stdin articles of earlier loads), resolved
    with the others. The set is resolved in the order of article ids, so that the order the articles
    were given in never changes an entity."""
    knowledge = tables()
    extractions = extractions_of(articles, knowledge, model=model, cache_dir=cache_dir, progress=progress,
                                 on_failure=on_failure, batches=batches)
    extractions = sorted([*extractions, *known], key=lambda x: x.article.id)
    return resolution_of(extractions, knowledge=knowledge, corrections=corrections)


def tables() -> Knowledge:
    """kg/data's tables (kg/knowledge), read once per process: the stages are handed them from here,
    and spaCy's components through their initialize() (kg/nlp/tables.py)."""
    return long_lived(load_knowledge())


def read_sources(paths: Iterable[str], *, cache_dir: str | None = None, model: str | None = None
                 ) -> tuple[list[Article], Sources]:
    """The articles under `paths`, and the files and skipped folders they came from (kg/ingest). With a
    cache, the titles and days of texts read before come from it, and those of new texts go to it."""
    folder = Path(cache_dir) / pipeline_fingerprint(model) if cache_dir else None
    headings = load_headings(folder) if folder else None
    known = len(headings or ())
    sources = find_sources(paths)
    articles = long_lived(read_files(sources.files, headings=headings))
    if folder and len(headings) != known:
        save_headings(folder, headings)
    return articles, sources


def stored_extractions(keys: Iterable[tuple[str, date | None]], *, model: str | None, cache_dir: str
                       ) -> dict[tuple[str, date | None], Extraction]:
    """The cached extraction of each (content hash, publication day) the cache holds, by that key."""
    cache = ExtractionCache(cache_dir, pipeline_fingerprint(model))
    return {k: x for k in keys if (x := cache.stored(*k)) is not None}


def extractions_of(articles: list[Article], knowledge: Knowledge, *, model: str | None = None,
                   cache_dir: str | None = None, progress: Callable[[int], ContextManager] = no_progress,
                   on_failure: Callable[[ArticleFailed], None] | None = None,
                   batches: SpacyBatches = SpacyBatches()) -> list[Extraction]:
    """One Extraction per article: from the cache when this text was extracted before by the same
    pipeline (if `cache_dir`), else by spaCy, loaded only then. The articles stream through spaCy
    in batches, long ones in pieces, in `batches.jobs` processes (kg/pipeline/jobs.py), and each extraction
    is cached as it comes: memory holds the extractions, never more than a batch of Docs.
    `progress(n)` is told of each of the n articles spaCy reads."""
    def extract_missing(missing: list[Article]) -> Iterator[Extraction | None]:
        with progress(len(missing)) as bar:
            for result in extracted_in_batches(missing, knowledge, model, batches):
                bar.advance()
                yield kept(result, on_failure)
    cache = ExtractionCache(cache_dir, pipeline_fingerprint(model)) if cache_dir else None
    return cached_extractions(articles, cache, extract_missing)[0]


def kept(result: Extraction | ArticleFailed, on_failure: Callable[[ArticleFailed], None] | None
         ) -> Extraction | None:
    """An extraction as it is; a failure raised, or handed to `on_failure` and left out (None)."""
    if not isinstance(result, ArticleFailed):
        return result
    if on_failure is None:
        raise result
    on_failure(result)
    return None


def resolution_of(extractions: list[Extraction], *, knowledge: Knowledge | None = None,
                  corrections: Corrections | None = None, config: ResolverConfig = DEFAULT_CONFIG) -> Resolution:
    """Extractions -> one entity per referent (kg/resolve) -> meetings with their days (kg/dating)."""
    with collector_paused():
        resolved = resolve(extractions, knowledge or tables(), corrections, config)
        return date_meetings(resolved, config)
