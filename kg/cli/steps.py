"""The steps several commands share, their errors as one-line messages: reading articles, reading the
corrections, running the pipeline."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import click

from kg import pipeline
from kg.cli.progress import Progress
from kg.corrections import Corrections, CorrectionsError, load_corrections
from kg.graph.changes import Plan, Snapshot
from kg.graph.records import GraphRecords
from kg.ingest import IngestError, Skipped
from kg.model import Article, Extraction, Resolution
from kg.nlp import PipelineError
from kg.pipeline.reload import reload_changes
from kg.text import counted

DEFAULT_PATHS = ("seeds",)
SKIPPED_SHOWN = 3       # paths named when folders or links are skipped; the rest are counted


def run_pipeline(articles: list[Article], model: str | None, corrections: Corrections, strict: bool,
                 cache_dir: str | None = None, jobs: int = 1, known: Iterable[Extraction] = ()) -> Resolution:
    """kg/pipeline (every stage but the loader), its errors as one-line messages. An article whose
    extraction fails is named on stderr and left out, or stops the run if `strict`."""
    try:
        return pipeline.run(articles, model=model, cache_dir=cache_dir, corrections=corrections,
                            progress=lambda total: Progress(total, "extracting", "articles"),
                            on_failure=None if strict else report_failure, batches=pipeline.SpacyBatches(jobs=jobs),
                            known=known)
    except (PipelineError, pipeline.ArticleFailed) as e:
        raise click.ClickException(str(e)) from e


def reload_records(before: Snapshot, plan: Plan, model: str | None, corrections: Corrections, strict: bool,
                   cache_dir: str | None, batches: pipeline.SpacyBatches, dry_run: bool,
                   known: Iterable[Extraction] = ()) -> tuple[GraphRecords, list[str]]:
    """kg/pipeline/reload.py (what changed, resolved against what the graph holds, the fast path when only
    articles are added), errors as in run_pipeline."""
    try:
        return reload_changes(before, plan, model=model, cache_dir=cache_dir, corrections=corrections,
                              progress=lambda total: Progress(total, "extracting", "articles"),
                              on_failure=None if strict else report_failure, batches=batches,
                              keep_state=not dry_run, known=known)
    except (PipelineError, pipeline.ArticleFailed) as e:
        raise click.ClickException(str(e)) from e


def report_failure(failure: pipeline.ArticleFailed) -> None:
    click.echo(f"Skipped {failure} (--strict stops the run instead)", err=True)


def corrections_or_fail(path: str) -> Corrections:
    """The user's corrections, checked on every run, before anything is read or written."""
    try:
        return load_corrections(Path(path))
    except CorrectionsError as e:
        raise click.ClickException(str(e)) from e


def read_or_fail(paths, cache_dir: str | None = None, model: str | None = None) -> list[Article]:
    """The articles under paths; a bad file is one error line, folders that cannot be searched one
    warning line on stderr."""
    try:
        articles, sources = pipeline.read_sources(paths, cache_dir=cache_dir, model=model)
    except (IngestError, PipelineError) as e:
        raise click.ClickException(str(e)) from e
    if sources.skipped:
        click.echo(skipped_line(sources.skipped), err=True)
    return articles


def skipped_line(skipped: list[Skipped]) -> str:
    named = ", ".join(f"{s.path} ({s.reason})" for s in skipped[:SKIPPED_SHOWN])
    more = f" and {len(skipped) - SKIPPED_SHOWN} more" if len(skipped) > SKIPPED_SHOWN else ""
    return f"Skipped {counted(len(skipped), 'path')} that could not be searched: {named}{more}"
