"""kg's command line: commands only. Parse options, call the stages, render, turn errors into messages."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click
from dotenv import load_dotenv

from kg import pipeline
from kg.cli.graph_commands import browser_favorites, db, report
from kg.cli.errors import OneLineErrors
from kg.cli.options import (
    cache_option,
    connect,
    corrections_option,
    format_option,
    jobs_option,
    model_option,
    neo4j_options,
    strict_option,
)
from kg.cli.output import extraction_json, render
from kg.cli.progress import Progress
from kg.graph.changes import (
    article_path_rows,
    as_given,
    path_rows,
    plan_reload,
    predict,
    roots_of,
    snapshot_of,
    summarize,
    summary_json,
    summary_text,
    unique_articles,
)
from kg.graph.load import (
    ReloadWrite,
    graph_counts,
    load_records,
    read_snapshot,
    record_loaded,
    write_reload,
)
from kg.graph.records import graph_records
from kg.ingest import IngestError, Skipped, find_sources, read_articles
from kg.model import Article, Resolution
from kg.extract.cache import load_headings, pipeline_fingerprint, save_headings
from kg.nlp import PipelineError
from kg.reload import reload_changes
from kg.resolve.corrections import Corrections, CorrectionsError, load_corrections, update_corrections
from kg.resolve.corrections import explain as explain_name
from kg.text import counted

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
DEFAULT_PATHS = ("seeds",)
SKIPPED_SHOWN = 3       # paths named when folders or links are skipped; the rest are counted


@click.group(cls=OneLineErrors, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="kg")
def cli():
    """kg: Italian news articles into a Neo4j knowledge graph of who met whom, when, where,
    and who said what.

    \b
    Typical use:
        kg db start                      # a local Neo4j (or use docker compose up -d)
        kg load seeds/                   # extract and load articles
        kg report who-met-whom           # a canned report
        kg extract article.txt --json    # the extraction alone, no database

    Settings come from the environment and from a .env file in the current folder (README).
    """
    # The current folder's .env only: not kg's install folder, nor a parent folder's. The environment
    # and the command-line flags win over it.
    load_dotenv(Path.cwd() / ".env")
    quiet_driver_retries()


def quiet_driver_retries() -> None:
    """The driver warns on stderr at each retry ("Transaction failed and will be retried"): the error
    that ends them is the one line the user needs (KG_DEBUG=1 keeps the warnings)."""
    driver_log = logging.getLogger("neo4j")
    if not os.environ.get("KG_DEBUG") and not driver_log.handlers:
        driver_log.addHandler(logging.NullHandler())


# --- extraction ---------------------------------------------------------------------------

def run_pipeline(articles: list[Article], model: str | None, corrections: Corrections, strict: bool,
                 cache_dir: str | None = None, jobs: int = 1) -> Resolution:
    """kg/pipeline (every stage but the loader), its errors as one-line messages. An article whose
    extraction fails is named on stderr and left out, or stops the run if `strict`."""
    try:
        return pipeline.run(articles, model=model, cache_dir=cache_dir, corrections=corrections,
                            progress=lambda total: Progress(total, "extracting", "articles"),
                            on_failure=None if strict else report_failure, batches=pipeline.SpacyBatches(jobs=jobs))
    except (PipelineError, pipeline.ArticleFailed) as e:
        raise click.ClickException(str(e)) from e


def reload_records(before, plan, model: str | None, corrections: Corrections, strict: bool, cache_dir: str | None,
                   jobs: int, dry_run: bool):
    """kg/reload.py (what changed, resolved against what the graph holds), errors as in run_pipeline."""
    try:
        return reload_changes(before, plan, model=model, cache_dir=cache_dir, corrections=corrections,
                              progress=lambda total: Progress(total, "extracting", "articles"),
                              on_failure=None if strict else report_failure, batches=pipeline.SpacyBatches(jobs=jobs),
                              keep_state=not dry_run)
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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the extraction contract of design.md as JSON")
@model_option
@corrections_option
@strict_option
@jobs_option
def extract(paths, as_json, model, corrections, strict, jobs):
    """Extract actors, places, meetings and claims from articles, without a database.

    PATHS are .txt files, folders (searched recursively) or - for standard input.

    Example:

    \b
        kg extract seeds/ --json > extraction.json
    """
    fixes = corrections_or_fail(corrections)
    res = run_pipeline(read_or_fail(paths), model, fixes, strict, jobs=jobs)
    if as_json:
        click.echo(extraction_json(res))
        return
    rows = [[m.date and m.date.isoformat(), m.title, m.status, len(m.reports)] for m in res.meetings]
    click.echo(render(["date", "meeting", "status", "reports"], rows, "table"))
    click.echo("\n" + ", ".join(counted(len(items), noun) for items, noun in [
        (res.articles, "article"), (res.actors, "actor"), (res.locations, "place"), (res.meetings, "meeting"),
        (res.claims, "claim")]))


def read_or_fail(paths, cache_dir: str | None = None, model: str | None = None) -> list[Article]:
    """The articles under paths; a bad file is one error line, folders that cannot be searched one
    warning line on stderr. With a cache, the titles and days of texts read before come from it."""
    try:
        folder = Path(cache_dir) / pipeline_fingerprint(model) if cache_dir else None
    except PipelineError as e:
        raise click.ClickException(str(e)) from e
    headings = load_headings(folder) if folder else None
    known = len(headings or ())
    try:
        sources = find_sources(paths)
        articles = read_articles(sources.files, headings=headings)
    except IngestError as e:
        raise click.ClickException(str(e)) from e
    if folder and len(headings) != known:
        save_headings(folder, headings)
    if sources.skipped:
        click.echo(skipped_line(sources.skipped), err=True)
    return articles


def skipped_line(skipped: list[Skipped]) -> str:
    named = ", ".join(f"{s.path} ({s.reason})" for s in skipped[:SKIPPED_SHOWN])
    more = f" and {len(skipped) - SKIPPED_SHOWN} more" if len(skipped) > SKIPPED_SHOWN else ""
    return f"Skipped {counted(len(skipped), 'path')} that could not be searched: {named}{more}"


@cli.command()
@click.argument("paths", nargs=-1)
@cache_option
@model_option
@neo4j_options
@corrections_option
@strict_option
@jobs_option
def load(paths, cache_dir, model, corrections, strict, uri, user, password, database, jobs):
    """Extract articles and load them into Neo4j (default PATHS: seeds/).

    Loading the same articles again changes nothing: every write is a MERGE on a stable id.
    The paths are remembered for `kg reload`, and each extraction is cached (--cache-dir).
    An article whose extraction fails is named and left out (--strict: the run stops instead).

    Example:

    \b
        kg load seeds/ more-articles/
    """
    paths = paths or DEFAULT_PATHS
    articles = unique_articles(read_or_fail(paths, cache_dir, model))
    fixes = corrections_or_fail(corrections)
    with connect(uri, user, password) as driver:
        res = run_pipeline(articles, model, fixes, strict, cache_dir, jobs)
        stats = load_records(driver, graph_records(res), database=database)
        record_loaded(driver, path_rows(articles), roots_of(paths), database=database)
        totals = graph_counts(driver, database=database)
    click.echo(f"Loaded {counted(len(res.articles), 'article')}: {counted(stats.nodes_created, 'node')} and "
               f"{counted(stats.relationships_created, 'relationship')} created.")
    # graph_counts' keys are plural nouns: "articles", "relationships"
    click.echo("Graph now: " + ", ".join(counted(v, k.removesuffix("s")) for k, v in totals.items()))


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--prune", is_flag=True, help="Remove the facts of articles whose file is gone (default: keep them)")
@click.option("--dry-run", is_flag=True, help="Show what would change, write nothing")
@click.option("--format", "fmt", type=click.Choice(["text", "json"], case_sensitive=False), default="text",
              show_default=True, help="Summary format")
@cache_option
@model_option
@neo4j_options
@corrections_option
@strict_option
@jobs_option
def reload(paths, prune, dry_run, fmt, cache_dir, model, corrections, strict, uri, user, password, database,
           jobs):
    """Load what changed since the last load (default PATHS: those loaded before).

    An article is known by its file's path and its text's hash. Only new or edited texts go through
    spaCy: the others come from the extraction cache that `kg load` and `kg reload` fill. All the
    articles are resolved together; an edited article's facts replace its old ones, leaving the
    others' alone; an article whose file is gone is kept unless --prune. Writes in one transaction,
    or nothing when nothing changed. Prints the articles new, changed and unchanged, the actors,
    places and meetings new or gone, meetings gone from planned to held, and new names of known people.

    Example:

    \b
        kg reload                      # the files and folders loaded before
        kg reload news/ --dry-run      # what loading news/ again would change
        kg reload --prune --format json
    """
    fixes = corrections_or_fail(corrections)
    with connect(uri, user, password) as driver:
        before = snapshot_of(read_snapshot(driver, database=database))
        if not paths and not before.loaded_paths:
            raise click.UsageError("nothing was loaded with `kg load` or `kg reload` yet: give PATHS to load")
        roots = roots_of(paths) if paths else before.loaded_paths
        gone = [] if paths else [p for p in roots if not os.path.exists(p)]
        plan = plan_reload(before, read_or_fail(paths or [as_given(p) for p in roots if p not in gone], cache_dir,
                                                model), roots, prune=prune)
        change = ReloadWrite(article_paths=article_path_rows(before, plan),
                             loaded_paths=[p for p in roots if p not in before.loaded_paths],
                             forget_paths=gone if prune else [])
        if plan.changes_articles:
            change.records, change.clear_articles = reload_records(before, plan, model, fixes, strict, cache_dir,
                                                                       jobs, dry_run)
            change.delete_articles = [s.id for s in plan.deleted]
        write = not dry_run and not change.is_empty()
        stats = write_reload(driver, change, database=database) if write else None
        # What the write left, from what it wrote: reading the graph again costs a second snapshot
        after = predict(before, change.records, deleted=change.delete_articles, cleared=change.clear_articles)
    summary = summarize(before, after, plan, change.clear_articles, dry_run=dry_run, written=write,
                        writes=stats and stats.writes(),
                        paths_recorded=len(change.article_paths) + len(change.loaded_paths))
    click.echo(summary_json(summary) if fmt == "json" else summary_text(summary))


# --- entity resolution: look and correct ------------------------------------------------------

@cli.command()
@click.argument("name")
@click.argument("paths", nargs=-1)
@model_option
@corrections_option
@format_option
@strict_option
def explain(name, paths, model, corrections, fmt, strict):
    """Which entity NAME resolves to in PATHS (default: seeds/), each way it is written, and the
    rule and score that joined it, as resolution recorded them.

    Rules: new-entity (the first name of the entity); for people same-key, given-name-compatible,
    fuzzy-full-name (kg/knowledge/names.py), surname-in-article, surname-in-set, given-name-in-article,
    given-name-of-named-person; for places gazetteer; for organisations and unknown places
    same-key, same-spelling, short-form-in-article, short-form-in-set, bracketed-acronym; roles
    standing for the person role-holder, else (kg/data/public_figures.tsv) epithet or
    office-holder, and a public figure's other names public-figure; a user's user-merge and
    user-split. Titles written next
    to the name are listed last, as "title".

    Example:

    \b
        kg explain Peskov news/
    """
    fixes = corrections_or_fail(corrections)
    rows = explain_name(run_pipeline(read_or_fail(paths or DEFAULT_PATHS), model, fixes, strict), name)
    if not rows:
        raise click.ClickException(f"no entity is written {name!r} in {', '.join(paths or DEFAULT_PATHS)}")
    click.echo(render(["entity", "alias", "rule", "score"], [[e, a, r, round(sc, 1)] for e, a, r, sc in rows], fmt))


@cli.command()
@click.argument("name")
@click.argument("other")
@corrections_option
def merge(name, other, corrections):
    """Say that OTHER is the same entity as NAME; applied from the next extract, load or reload.

    Example:

    \b
        kg merge "Dmitry Peskov" "D. Peskov" && kg reload
    """
    note_correction(corrections, lambda c: c.merges.append((name, other)), f"{other} is {name}")


@cli.command()
@click.argument("name")
@click.argument("alias")
@corrections_option
def split(name, alias, corrections):
    """Say that ALIAS, joined to NAME, is someone else; applied from the next extract, load or reload.

    Example:

    \b
        kg split "Jared Kushner" "Kushner" && kg reload
    """
    note_correction(corrections, lambda c: c.splits.append((name, alias)), f"{alias} is not {name}")


def note_correction(corrections: str, change, what: str) -> None:
    try:
        update_corrections(Path(corrections), change)
    except CorrectionsError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"Noted in {corrections}: {what}. Run `kg reload` to apply it to the graph.")


for command in (report, browser_favorites, db):
    cli.add_command(command)


def main():  # pragma: no cover
    cli(prog_name=Path(sys.argv[0]).name)
