"""spaCy reading articles: in batches, in this process or in `--jobs` worker processes.

Either way each batch goes through `nlp.pipe` and kg/extract in one process, and only the
Extractions (small dataclasses) come back, in the articles' order: a Doc never crosses a process,
and none outlives its batch. Workers are forked from the process that built the pipeline: they
start at once, and share its memory (the model's weights, the tables) instead of copying it.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from dataclasses import dataclass
from typing import Iterator

from spacy.language import Language
from spacy.util import minibatch

from kg.extract import extract
from kg.knowledge import Knowledge
from kg.model import Article, Extraction
from kg.nlp import build_pipeline


@dataclass(frozen=True)
class SpacyBatches:
    """How the articles spaCy reads go through it."""
    # spaCy keeps a batch's Docs, with their tensors, until the whole batch is through: the shipped
    # model's own batch of 1000 took 2.6 GB for 500 DICE articles; 32 keeps a process near 0.5 GB
    # whatever the number of articles, and reads 20% more words/s than one article at a time.
    batch_size: int = 32
    # Processes (`--jobs`). Each takes whole batches, so fewer batches than processes leave some
    # idle, and a fork costs a few tenths of a second.
    jobs: int = 1

    def processes_for(self, articles: int) -> int:
        return max(1, min(self.jobs, articles // self.batch_size))


class BatchReader:
    """One process's pipeline, reading a batch of articles into their Extractions."""

    def __init__(self, model: str | None, knowledge: Knowledge) -> None:
        self.nlp: Language = build_pipeline(model, knowledge=knowledge)
        self.knowledge = knowledge

    def __call__(self, batch: list[Article]) -> list[Extraction]:
        docs = self.nlp.pipe((a.text for a in batch), batch_size=len(batch))
        return [extract(article, doc, self.knowledge) for article, doc in zip(batch, docs)]


def extracted_in_batches(articles: list[Article], knowledge: Knowledge, model: str | None,
                         batches: SpacyBatches) -> Iterator[Extraction]:
    """Each article's Extraction, in order, as soon as its batch is read."""
    chunks = minibatch(articles, batches.batch_size)
    processes = batches.processes_for(len(articles))
    read = BatchReader(model, knowledge)
    if processes == 1:
        for chunk in chunks:
            yield from read(chunk)
        return
    # fork: the workers start with this process's pipeline and Knowledge, their memory shared
    with multiprocessing.get_context("fork").Pool(processes, initializer=start_worker, initargs=(read,)) as pool:
        for chunk, extractions in zip(minibatch(articles, batches.batch_size), pool.imap(read_in_worker, chunks)):
            # this process's own Article (the worker sent back a copy of its text)
            yield from (dataclasses.replace(x, article=a) for a, x in zip(chunk, extractions))


# The pipeline of a worker process, given by start_worker when the pool starts it.
_worker_reader: BatchReader | None = None


def start_worker(reader: BatchReader) -> None:
    global _worker_reader
    _worker_reader = reader


def read_in_worker(batch: list[Article]) -> list[Extraction]:
    assert _worker_reader is not None, "start_worker builds the pipeline of each worker"
    return _worker_reader(batch)
