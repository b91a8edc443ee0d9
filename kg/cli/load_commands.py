"""`kg load` and `kg reload`: both resolve every article the graph holds or the run reads, together,
and write in one transaction (kg/graph/sync.py), so any sequence of loads ends in the graph one load
of all the articles builds, and a load stopped halfway leaves the graph as it was."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import click

from kg import pipeline
from kg.cli.options import connect, loading_options
from kg.cli.steps import (
    DEFAULT_PATHS,
    SKIPPED_SHOWN,
    corrections_or_fail,
    read_or_fail,
    reload_records,
)
from kg.corrections import Corrections, corrections_digest
from kg.graph.changes import (
    STDIN_SOURCE,
    Plan,
    Snapshot,
    article_path,
    article_path_rows,
    as_given,
    plan_reload,
    roots_of,
    snapshot_of,
    summarize,
    summary_json,
    summary_text,
    unique_articles,
    within,
)
from kg.graph.load import LoadStats, ReloadWrite, graph_counts, read_snapshot, read_write_token, write_reload
from kg.graph.predict import predict
from kg.graph.snapshot_cache import keep_snapshot, kept_snapshot
from kg.graph.sync import entities_to_retire, kept_articles, meetings_to_reset, needs_resolution
from kg.model import Extraction
from kg.pipeline.jobs import ReaderAhead, SpacyBatches, reader_ahead
from kg.text import counted


@dataclasses.dataclass(frozen=True)
class RunOptions:
    """What the pipeline needs besides the articles."""
    model: str | None
    fixes: Corrections
    strict: bool
    cache_dir: str | None
    jobs: int
    ahead: ReaderAhead | None = None    # the spaCy pipeline, started before the articles are read


@click.command()
@click.argument("paths", nargs=-1)
@loading_options
def load(paths, cache_dir, model, corrections, strict, uri, user, password, database, jobs):
    """Extract articles and load them into Neo4j (default PATHS: seeds/).

    The new articles are resolved together with every article loaded before (the files and folders
    loaded before are read again, the others come from the extraction cache), so loading A then B
    builds the graph that loading A and B at once does. Loading the same articles again changes
    nothing. Writes in one transaction: a load stopped halfway leaves the graph as it was.
    The paths are remembered for `kg reload`, and each extraction is cached (--cache-dir).
    An article whose extraction fails is named and left out (--strict: the run stops instead).

    Example:

    \b
        kg load seeds/ more-articles/
    """
    paths = paths or DEFAULT_PATHS
    opts = RunOptions(model, corrections_or_fail(corrections), strict, cache_dir, jobs)
    with connect(uri, user, password) as driver:
        before = graph_snapshot(driver, database, cache_dir)
        earlier = [p for p in before.loaded_paths if os.path.exists(p)]   # a folder gone: its articles kept
        articles = unique_articles(read_or_fail([*paths, *(as_given(p) for p in earlier)], cache_dir, model))
        roots = sorted(set(roots_of(paths)) | set(before.loaded_paths))
        plan = plan_reload(before, articles, roots, prune=False)
        change = planned_write(before, plan, roots, opts)
        stats = LoadStats()
        if not change.is_empty():
            stats = write_reload(driver, change, database=database)
            keep(cache_dir, predict(before, change))
        totals = graph_counts(driver, database=database)
    given = [a for a in articles if given_in(a.source, paths)]
    click.echo(f"Loaded {counted(len(given), 'article')}: {counted(stats.nodes_created, 'node')} and "
               f"{counted(stats.relationships_created, 'relationship')} created.")
    # graph_counts' keys are plural nouns: "articles", "relationships"
    click.echo("Graph now: " + ", ".join(counted(v, k.removesuffix("s")) for k, v in totals.items()))


def given_in(source: str, paths: tuple[str, ...]) -> bool:
    """Whether an article read from `source` is one of the files or folders `paths` name."""
    if source == STDIN_SOURCE:
        return "-" in paths
    return within(article_path(source), roots_of(paths))


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--prune", is_flag=True, help="Remove the facts of articles whose file is gone (default: keep them)")
@click.option("--dry-run", is_flag=True, help="Show what would change, write nothing")
@click.option("--format", "fmt", type=click.Choice(["text", "json"], case_sensitive=False), default="text",
              show_default=True, help="Summary format")
@loading_options
def reload(paths, prune, dry_run, fmt, cache_dir, model, corrections, strict, uri, user, password, database,
           jobs):
    """Load what changed since the last load (default PATHS: those loaded before).

    An article is known by its file's path and its text's hash. Only new or edited texts go through
    spaCy: the others come from the extraction cache that `kg load` and `kg reload` fill. All the
    articles are resolved together, those of the graph no file holds (stdin, a file gone) from the
    cache; an edited article's facts replace its old ones, and the facts the new resolution sees
    otherwise are written again; an article whose file is gone is kept unless --prune. The
    corrections (`kg merge`, `kg split`) count as a change: reload applies them. Writes in one
    transaction, or nothing when nothing changed. Prints the articles new, changed and unchanged, the
    actors, places and meetings new or gone, meetings gone from planned to held, and new names of
    known people.

    Example:

    \b
        kg reload                      # the files and folders loaded before
        kg reload news/ --dry-run      # what loading news/ again would change
        kg reload --prune --format json
    """
    fixes = corrections_or_fail(corrections)
    with reader_ahead(model) as ahead, connect(uri, user, password) as driver:
        opts = RunOptions(model, fixes, strict, cache_dir, jobs, ahead)
        before = graph_snapshot(driver, database, cache_dir)
        if not paths and not before.loaded_paths:
            raise click.UsageError("nothing was loaded with `kg load` or `kg reload` yet: give PATHS to load")
        roots = roots_of(paths) if paths else before.loaded_paths
        gone = [] if paths else [p for p in roots if not os.path.exists(p)]
        plan = plan_reload(before, read_or_fail(paths or [as_given(p) for p in roots if p not in gone], cache_dir,
                                                model), roots, prune=prune)
        change = planned_write(before, plan, roots, opts, forget_paths=gone if prune else [], dry_run=dry_run)
        write = not dry_run and not change.is_empty()
        stats = write_reload(driver, change, database=database) if write else None
        after = predict(before, change)
        if write:
            keep(cache_dir, after)
    summary = summarize(before, after, plan, change.clear_articles, dry_run=dry_run, written=write,
                        writes=stats and stats.writes(),
                        paths_recorded=len(change.article_paths) + len(change.loaded_paths))
    click.echo(summary_json(summary) if fmt == "json" else summary_text(summary))


def graph_snapshot(driver, database: str | None, cache_dir: str | None) -> Snapshot:
    """The graph's snapshot: the one the last write kept in the cache folder while the graph's write token
    is still the one kept with it (one small query), else the whole graph, read (and kept for next time)."""
    kept = kept_snapshot(Path(cache_dir)) if cache_dir else None
    if kept and kept.write_token and kept.write_token == read_write_token(driver, database=database):
        return kept
    snapshot = snapshot_of(read_snapshot(driver, database=database))
    if snapshot.write_token:
        keep(cache_dir, snapshot)
    return snapshot


def keep(cache_dir: str | None, snapshot: Snapshot) -> None:
    """Keep the graph's snapshot for the next run. A cache: when it cannot be written the next run reads
    the graph, and the graph, already written, must not look as if the run failed."""
    if not cache_dir:
        return
    try:
        keep_snapshot(Path(cache_dir), snapshot)
    except OSError:
        pass


def planned_write(before: Snapshot, plan: Plan, roots: list[str], opts: RunOptions,
                  forget_paths: list[str] | None = None, dry_run: bool = False) -> ReloadWrite:
    """What one load or reload writes: when articles come or go or the corrections changed, the
    records of the articles resolved together, and what of the old resolution they replace (kg/pipeline/reload.py:
    when articles are only added and the cache holds the graph's resolution state, the new ones are
    resolved against it and only what changed is written)."""
    change = ReloadWrite(article_paths=article_path_rows(before, plan),
                         loaded_paths=[p for p in roots if p not in before.loaded_paths],
                         forget_paths=forget_paths or [])
    digest = corrections_digest(opts.fixes)
    if not needs_resolution(before, plan, digest):
        return change
    known = kept_extractions(before, plan, opts)
    batches = SpacyBatches(jobs=opts.jobs, ahead=opts.ahead)
    change.records, change.clear_articles = reload_records(before, plan, opts.model, opts.fixes, opts.strict,
                                                           opts.cache_dir, batches, dry_run, known=known)
    change.delete_articles = [s.id for s in plan.deleted]
    change.retire_actors, change.retire_places = entities_to_retire(before, change.records)
    change.reset_meetings = meetings_to_reset(before, change.records)
    change.corrections = digest
    return change


def kept_extractions(before: Snapshot, plan: Plan, opts: RunOptions) -> list[Extraction]:
    """The cached extractions of the graph's articles this run did not read (stdin, a file gone), each
    with the source the graph gives it. Those the cache lacks keep their facts as written before: one
    line on stderr names them."""
    kept = kept_articles(before, plan)
    keys = [(s.content_hash, s.published) for s in kept if s.content_hash]
    stored = pipeline.stored_extractions(keys, model=opts.model, cache_dir=opts.cache_dir) if opts.cache_dir else {}
    known = [dataclasses.replace(x, article=dataclasses.replace(x.article, source=s.source))
             for s in kept if (x := stored.get((s.content_hash, s.published)))]
    lacking = [s.source for s in kept if (s.content_hash, s.published) not in stored]
    if lacking:
        more = f" and {len(lacking) - SKIPPED_SHOWN} more" if len(lacking) > SKIPPED_SHOWN else ""
        click.echo(f"Kept {counted(len(lacking), 'article')} as loaded before, not resolved again: neither a file "
                   f"nor the extraction cache holds {'it' if len(lacking) == 1 else 'them'} "
                   f"(--cache-dir {opts.cache_dir}): {', '.join(lacking[:SKIPPED_SHOWN])}{more}", err=True)
    return known
