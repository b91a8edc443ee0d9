"""spaCy reading articles: in batches, in this process or in `--jobs` worker processes.

Either way a batch of articles goes through `nlp.pipe` (long ones in pieces, kg/ingest/pieces.py)
and kg/extract in one process, and only Extractions (small dataclasses) come back, in the
articles' order: a Doc never crosses a process, and none outlives its batch. Workers are forked
from the process that built the pipeline: they start at once, and share its memory (the model's
weights, the tables) instead of copying it. What fails, in spaCy or in kg's rules, fails for one
article alone: it comes back as an ArticleFailed that names it.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterator

from spacy.language import Language
from spacy.util import minibatch

from kg.extract import extract
from kg.ingest.pieces import joined, pieces_of
from kg.kept import long_lived
from kg.knowledge import Knowledge
from kg.model import Article, Extraction
from kg.nlp import build_pipeline


@dataclass(frozen=True)
class SpacyBatches:
    """How the articles spaCy reads go through it."""
    # Texts spaCy holds at once (articles, or the 10,000-character pieces of a long one), each about
    # 1 MB per 1,000 characters until the batch is through. On DICE, 8 keeps a process near 0.4 GB;
    # 32 reads 5% more words/s for 120 MB more; one at a time reads 20% fewer (the model's own
    # 1,000 held 2.6 GB for 500 articles).
    texts_at_once: int = 8
    # Articles a process takes at a time; one that fails makes it read them again one by one.
    articles_per_task: int = 32
    # Processes (`--jobs`). Each takes whole tasks, so fewer tasks than processes leave some idle;
    # a fork costs a few tenths of a second.
    jobs: int = 1

    def processes_for(self, articles: int) -> int:
        return max(1, min(self.jobs, articles // self.articles_per_task))


class ArticleFailed(Exception):
    """One article's extraction failed; the message names its file and the error. Plain strings,
    so that a worker process can send it back."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(source, problem)
        self.source, self.problem = source, problem

    def __str__(self) -> str:
        return f"{self.source}: extraction failed ({self.problem})"


def failure(article: Article, error: Exception) -> ArticleFailed:
    first_line = (str(error).strip() or "no message").split("\n", 1)[0]
    failed = ArticleFailed(article.source, f"{type(error).__name__}: {first_line}")
    failed.__cause__ = error        # for KG_DEBUG's traceback (in this process only)
    return failed


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


def extracted_in_batches(articles: list[Article], knowledge: Knowledge, model: str | None,
                         batches: SpacyBatches) -> Iterator[Extraction | ArticleFailed]:
    """Each article's Extraction (or what failed), in order, as soon as its task is read."""
    tasks = minibatch(articles, batches.articles_per_task)
    processes = batches.processes_for(len(articles))
    read = BatchReader(model, knowledge, batches.texts_at_once)
    if processes == 1:
        for task in tasks:
            yield from read(task)
        return
    # fork: the workers start with this process's pipeline and Knowledge, their memory shared. A
    # worker that dies (killed for memory) is BrokenProcessPool here, never a wait without end.
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"),
                               initializer=start_worker, initargs=(read,))
    try:
        for task, results in zip(minibatch(articles, batches.articles_per_task), pool.map(read_in_worker, tasks)):
            # this process's own Article (the worker sent back a copy of its text)
            yield from (dataclasses.replace(x, article=a) if isinstance(x, Extraction) else x
                        for a, x in zip(task, results))
    finally:
        pool.shutdown(cancel_futures=True)      # stopped early (--strict): the tasks not begun are dropped


# The pipeline of a worker process, given by start_worker when the pool starts it.
_worker_reader: BatchReader | None = None


def start_worker(reader: BatchReader) -> None:
    global _worker_reader
    _worker_reader = reader


def read_in_worker(articles: list[Article]) -> list[Extraction | ArticleFailed]:
    assert _worker_reader is not None, "start_worker gives each worker the pipeline"
    return _worker_reader(articles)
