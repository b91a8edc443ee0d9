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
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Iterator

from kg.knowledge import Knowledge, load_knowledge
from kg.model import Article, ArticleFailed, Extraction

if TYPE_CHECKING:
    from kg.pipeline.reader import BatchReader


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
    # A pipeline started ahead (ReaderAhead), which reads the articles when one process does.
    ahead: ReaderAhead | None = None

    def processes_for(self, articles: int) -> int:
        return max(1, min(self.jobs, articles // self.articles_per_task))


class ReaderAhead:
    """A BatchReader built in a process forked before the articles to read are known: `kg reload`
    starts one before it reads the graph's snapshot, the files and the resolution state, so that the
    spaCy pipeline (0.6 s to build) is ready when the new articles are known. It reads with kg/data's
    tables (load_knowledge) and the default batch size; stopped when the run ends, used or not."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.here: BatchReader | None = None     # built in this process when the other is gone
        self.sent: list[Article] | None = None   # articles sent ahead (read_soon), their reading not received
        context = multiprocessing.get_context("fork")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=serve_reader, args=(theirs, model, self.connection), daemon=True)
        self.process.start()
        theirs.close()

    def reads_as(self, model: str | None, knowledge: Knowledge, texts_at_once: int) -> bool:
        return (model, texts_at_once) == (self.model, SpacyBatches.texts_at_once) and knowledge is load_knowledge()

    def read_soon(self, articles: list[Article]) -> None:
        """Send articles the run will ask for, so that they are read while it does other work."""
        if self.here is None and self.sent is None and self.process.is_alive():
            try:
                self.connection.send(articles)
                self.sent = articles
            except OSError:
                pass

    def __call__(self, articles: list[Article]) -> list[Extraction | ArticleFailed]:
        """As BatchReader's; an exception the pipeline's building raised there is raised here."""
        if self.here is None:
            try:
                found = self.reading_of(articles)
            except (EOFError, OSError):     # the process is gone (killed for memory): build the pipeline here
                self.here = new_reader(self.model, load_knowledge(), SpacyBatches.texts_at_once)
        if self.here is not None:
            return self.here(articles)
        if isinstance(found, Exception):
            raise found
        return [dataclasses.replace(x, article=a) if isinstance(x, Extraction) else x   # this process's Article
                for a, x in zip(articles, found)]

    def reading_of(self, articles: list[Article]) -> list | Exception:
        """The other process's reading of the articles: the one sent ahead if it was of them."""
        sent, self.sent = self.sent, None
        if sent is not None:
            found = self.connection.recv()
            if [a.id for a in sent] == [a.id for a in articles]:
                return found
        self.connection.send(articles)
        return self.connection.recv()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def serve_reader(connection, model: str | None, other_end) -> None:
    """The process of a ReaderAhead: builds the pipeline, then reads each list of articles it is sent
    until the other end closes, also when the process that started it was killed: the copy of that
    end the fork gave this process is closed first, else it would keep the pipe open for ever."""
    other_end.close()
    try:
        reader: BatchReader | Exception = new_reader(model, load_knowledge(), SpacyBatches.texts_at_once)
    except Exception as e:  # noqa: BLE001  raised in the process that asks, as building there would be
        reader = e
    while True:
        try:
            articles = connection.recv()
        except EOFError:
            return
        connection.send(reader if isinstance(reader, Exception) else reader(articles))


# The ReaderAhead `kg` started as the process began (start_reading_ahead), before its modules were
# imported: one process, one reload.
_started: ReaderAhead | None = None


def start_reading_ahead(model: str | None) -> None:
    global _started
    _started = ReaderAhead(model)


@contextmanager
def reader_ahead(model: str | None) -> Iterator[ReaderAhead]:
    """The ReaderAhead started with the process when it reads with `model`, else a new one."""
    global _started
    ahead, _started = _started, None
    if ahead is None or ahead.model != model:
        if ahead is not None:
            ahead.stop()
        ahead = ReaderAhead(model)
    try:
        yield ahead
    finally:
        ahead.stop()


def new_reader(model: str | None, knowledge: Knowledge, texts_at_once: int) -> BatchReader:
    """A BatchReader. spaCy is imported here, where a pipeline is built, not with this module: the
    process of `kg reload` reads the graph and the files while the reader it forked imports spaCy
    and builds the pipeline (ReaderAhead), and a run with nothing to read never imports it (0.5 s)."""
    from kg.pipeline.reader import BatchReader
    return BatchReader(model, knowledge, texts_at_once)


def in_tasks(articles: list[Article], size: int) -> Iterator[list[Article]]:
    """The articles, `size` at a time."""
    items = iter(articles)
    while task := list(islice(items, size)):
        yield task


def extracted_in_batches(articles: list[Article], knowledge: Knowledge, model: str | None,
                         batches: SpacyBatches) -> Iterator[Extraction | ArticleFailed]:
    """Each article's Extraction (or what failed), in order, as soon as its task is read."""
    tasks = in_tasks(articles, batches.articles_per_task)
    processes = batches.processes_for(len(articles))
    ahead = batches.ahead
    if ahead is not None:
        if processes == 1 and ahead.reads_as(model, knowledge, batches.texts_at_once):
            for task in tasks:
                yield from ahead(task)
            return
        ahead.stop()    # unused: it would only hold its pipeline's memory while others read
    read = new_reader(model, knowledge, batches.texts_at_once)
    if processes == 1:
        for task in tasks:
            yield from read(task)
        return
    # fork: the workers start with this process's pipeline and Knowledge, their memory shared. A
    # worker that dies (killed for memory) is BrokenProcessPool here, never a wait without end.
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"),
                               initializer=start_worker, initargs=(read,))
    try:
        for task, results in zip(in_tasks(articles, batches.articles_per_task), pool.map(read_in_worker, tasks)):
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
