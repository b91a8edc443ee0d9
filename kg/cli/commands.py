"""kg's command line: commands only. Parse options, call the stages, render, turn errors into messages."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import neo4j
from dotenv import load_dotenv

from kg import pipeline, server
from kg.cli import plot
from kg.cli.output import FORMATS, extraction_json, render
from kg.cli.progress import Progress
from kg.graph.changes import (
    article_path_rows,
    as_given,
    facts_to_clear,
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
from kg.graph.cypher import reports, write_browser_favorites
from kg.graph.load import (
    ReloadWrite,
    graph_counts,
    load_records,
    open_driver,
    read_snapshot,
    record_loaded,
    run_report,
    write_reload,
)
from kg.graph.records import graph_records
from kg.ingest import IngestError, read_articles
from kg.model import Article, Resolution
from kg.nlp import PipelineError
from kg.resolve.corrections import DEFAULT_FILE as DEFAULT_CORRECTIONS
from kg.resolve.corrections import CorrectionsError, load_corrections, save_corrections
from kg.resolve.corrections import explain as explain_name

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
DEFAULT_PATHS = ("seeds",)


def neo4j_options(fn):
    """--uri/--user/--password/--database, shared by every command that talks to Neo4j."""
    for opt in reversed([
        click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     help="Bolt URI of the Neo4j server"),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user"),
        click.option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password (never printed)"),
        click.option("--database", envvar="NEO4J_DATABASE", help="Database; the server's default if unset"),
    ]):
        fn = opt(fn)
    return fn


def model_option(fn):
    return click.option("--model", envvar="KG_SPACY_MODEL", default=None,
                        help="spaCy Italian pipeline (package name or path); default: kg's shipped "
                             "kg/models/it_kg_news. 'blank' runs the rules alone.")(fn)


def corrections_option(fn):
    return click.option("--corrections", envvar="KG_CORRECTIONS", default=DEFAULT_CORRECTIONS, show_default=True,
                        type=click.Path(dir_okay=False),
                        help="Your merges and splits of entities (written by `kg merge` / `kg split`)")(fn)


def cache_option(fn):
    return click.option("--cache-dir", envvar="KG_CACHE_DIR", default=pipeline.DEFAULT_CACHE_DIR, show_default=True,
                         type=click.Path(file_okay=False),
                         help="Where each article's extraction is kept, so unchanged text skips spaCy")(fn)


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default="table",
                        show_default=True, help="Output format")(fn)


@click.group(context_settings=CONTEXT_SETTINGS)
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
    """
    load_dotenv()


# --- extraction ---------------------------------------------------------------------------

def run_pipeline(articles: list[Article], model: str | None, corrections: str, cache_dir: str | None = None
                 ) -> Resolution:
    """kg/pipeline (every stage but the loader), its errors as one-line messages."""
    try:
        return pipeline.run(articles, model=model, cache_dir=cache_dir, corrections=load_corrections(Path(corrections)),
                            progress=lambda total: Progress(total, "extracting", "articles"))
    except (PipelineError, CorrectionsError) as e:
        raise click.ClickException(str(e)) from e


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the extraction contract of design.md as JSON")
@model_option
@corrections_option
def extract(paths, as_json, model, corrections):
    """Extract actors, places, meetings and claims from articles, without a database.

    PATHS are .txt files, folders (searched recursively) or - for standard input.

    Example:

    \b
        kg extract seeds/ --json > extraction.json
    """
    res = run_pipeline(read_or_fail(paths), model, corrections)
    if as_json:
        click.echo(extraction_json(res))
        return
    rows = [[m.date and m.date.isoformat(), m.title, m.status, len(m.reports)] for m in res.meetings]
    click.echo(render(["date", "meeting", "status", "reports"], rows, "table"))
    click.echo(f"\n{len(res.articles)} articles, {len(res.actors)} actors, {len(res.locations)} places, "
               f"{len(res.meetings)} meetings, {len(res.claims)} claims")


def read_or_fail(paths) -> list[Article]:
    try:
        return read_articles(paths)
    except IngestError as e:
        raise click.ClickException(str(e)) from e


# --- Neo4j --------------------------------------------------------------------------------

def connect(uri: str, user: str, password: str | None) -> neo4j.Driver:
    driver = open_driver(uri, user, password)
    try:
        driver.verify_connectivity()
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.AuthError, OSError) as e:
        driver.close()
        raise click.ClickException(f"cannot reach Neo4j at {uri}: {type(e).__name__}. "
                                   "Is it running? Start it with `kg db start` (see README).") from e
    return driver


@cli.command()
@click.argument("paths", nargs=-1)
@cache_option
@model_option
@neo4j_options
@corrections_option
def load(paths, cache_dir, model, corrections, uri, user, password, database):
    """Extract articles and load them into Neo4j (default PATHS: seeds/).

    Loading the same articles again changes nothing: every write is a MERGE on a stable id.
    The paths are remembered for `kg reload`, and each extraction is cached (--cache-dir).

    Example:

    \b
        kg load seeds/ more-articles/
    """
    paths = paths or DEFAULT_PATHS
    articles = unique_articles(read_or_fail(paths))
    res = run_pipeline(articles, model, corrections, cache_dir)
    with connect(uri, user, password) as driver:
        stats = load_records(driver, graph_records(res), database=database)
        record_loaded(driver, path_rows(articles), roots_of(paths), database=database)
        totals = graph_counts(driver, database=database)
    click.echo(f"Loaded {len(res.articles)} articles: {stats.nodes_created} nodes and "
               f"{stats.relationships_created} relationships created.")
    click.echo("Graph now: " + ", ".join(f"{v} {k}" for k, v in totals.items()))


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
def reload(paths, prune, dry_run, fmt, cache_dir, model, corrections, uri, user, password, database):
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
    with connect(uri, user, password) as driver:
        before = snapshot_of(read_snapshot(driver, database=database))
        if not paths and not before.loaded_paths:
            raise click.UsageError("nothing was loaded with `kg load` or `kg reload` yet: give PATHS to load")
        roots = roots_of(paths) if paths else before.loaded_paths
        gone = [] if paths else [p for p in roots if not os.path.exists(p)]
        plan = plan_reload(before, read_or_fail(paths or [as_given(p) for p in roots if p not in gone]), roots,
                           prune=prune)
        change = ReloadWrite(article_paths=article_path_rows(before, plan),
                             loaded_paths=[p for p in roots if p not in before.loaded_paths],
                             forget_paths=gone if prune else [])
        if plan.changes_articles:
            change.records = graph_records(run_pipeline(plan.current, model, corrections, cache_dir))
            change.delete_articles = [s.id for s in plan.deleted]
            change.clear_articles = facts_to_clear(before, plan, change.records)
        write = not dry_run and not change.is_empty()
        stats = write_reload(driver, change, database=database) if write else None
        after = (snapshot_of(read_snapshot(driver, database=database)) if write else
                 predict(before, change.records, deleted=change.delete_articles, cleared=change.clear_articles))
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
def explain(name, paths, model, corrections, fmt):
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
    rows = explain_name(run_pipeline(read_or_fail(paths or DEFAULT_PATHS), model, corrections), name)
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
    edit_corrections(corrections, change)
    click.echo(f"Noted in {corrections}: {what}. Run `kg reload` to apply it to the graph.")


def edit_corrections(path: str, change) -> None:
    try:
        corrections = load_corrections(Path(path))
    except CorrectionsError as e:
        raise click.ClickException(str(e)) from e
    change(corrections)
    save_corrections(Path(path), corrections)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[name] = value
    return params


@cli.command()
@click.argument("name", required=False, type=click.Choice([r.name for r in reports()]))
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A report parameter, e.g. -p actor=Putin -p since=2026-01-01")
@click.option("--list", "list_reports", is_flag=True, help="List the reports and the question each answers")
@click.option("--png", "image", metavar="FILE", type=click.Path(dir_okay=False),
              help="timeline and meetings-timeline only: draw the meetings over time into FILE instead of "
                   "printing rows (PNG; SVG if FILE ends in .svg). One lane per actor, the 12 with most "
                   "meetings; the rows of meetings-timeline, with its -p filters actor, since, until. "
                   "Undated meetings are left out.")
@format_option
@neo4j_options
def report(name, params, list_reports, image, fmt, uri, user, password, database):
    """Run a canned report: cypher/NAME.cypher, with "-" for "_".

    Example:

    \b
        kg report who-met-whom
        kg report who-met-whom -p actor=Putin -p since=2026-01-01 --format csv
        kg report timeline --png meetings.png     # a picture: who met whom, when
        kg report --list
    """
    if list_reports or not name:
        click.echo(render(["report", "question"], [[r.name, r.question] for r in reports()], "table"))
        return
    if image:
        if name not in plot.PLOTTED_REPORTS:
            raise click.UsageError(f"--png draws the reports {' and '.join(plot.PLOTTED_REPORTS)} only, not {name}")
        try:
            plot.image_format(image)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--png") from e
    values = parse_params(params)
    with connect(uri, user, password) as driver:
        try:
            headers, rows = run_report(driver, plot.PLOT_REPORT if image else name, values, database=database)
        except ValueError as e:
            raise click.UsageError(str(e)) from e
        except neo4j.exceptions.ClientError as e:
            raise click.ClickException(f"report {name} failed: {e.message}") from e
    if image:
        try:
            summary = plot.plot_rows(headers, rows, image, note=", ".join(f"{k}: {v}" for k, v in values.items()))
        except OSError as e:
            raise click.ClickException(f"cannot write {image}: {e.strerror or e}") from e
        click.echo(str(summary))
        return
    click.echo(render(headers, rows, fmt))


@cli.command("browser-favorites")
@click.option("--out", default="kg-favorites.zip", show_default=True, type=click.Path(dir_okay=False),
              help="The zip file to write")
def browser_favorites(out):
    """Write the canned reports as a zip that Neo4j Browser imports as Favorites.

    In the Browser, open the Favorites drawer (the star in the left sidebar), click the import
    icon and pick the file, or drop the file on that drawer. The reports appear in a folder
    "kg", each named by its question. Set a report's parameters with the ":params" line in its
    header before you run it (docs/browser.md).

    Example:

    \b
        kg browser-favorites --out kg-favorites.zip
    """
    try:
        names = write_browser_favorites(out)
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from e
    click.echo(f"Wrote {len(names)} reports to {out}: import it in Neo4j Browser's Favorites drawer.")


# --- the local server ----------------------------------------------------------------------

@cli.group()
def db():
    """Start, stop and check the project's local Neo4j (no Docker needed).

    The first start fetches the Neo4j 5.26 jars from Maven Central into .neo4j/ (once).
    """


@db.command("start")
def db_start():
    """Start the local Neo4j and wait until it answers on bolt://localhost:7687.

    The first start fetches the server's jars from Maven Central into .neo4j/ (about a minute)."""
    cfg = server.ServerConfig()
    try:
        if not server.installed(cfg):
            click.echo(f"Fetching Neo4j {cfg.version} from Maven Central into {cfg.home} (once, about a minute)...")
        server.install(cfg)
        info = server.start(cfg)
    except server.ServerError as e:
        raise click.ClickException(str(e)) from e
    if info.started:
        click.echo(f"Neo4j started in {info.seconds:.0f} s (pid {info.pid}).")
    else:
        click.echo(info.message or "Neo4j was already running.")
    click.echo(f"Bolt: {cfg.bolt_uri}   Browser: {cfg.http_url}browser/")


@db.command("stop")
def db_stop():
    """Stop the local Neo4j started by `kg db start`."""
    try:
        stopped = server.stop(server.ServerConfig())
    except server.ServerError as e:
        raise click.ClickException(str(e)) from e
    click.echo("Neo4j stopped." if stopped else "Neo4j was not running.")


@db.command("status")
def db_status():
    """Say whether the local Neo4j runs and answers."""
    status = server.status(server.ServerConfig())
    if status.running:
        click.echo(f"Neo4j is running (pid {status.pid}) and {'answers' if status.answering else 'does not answer yet'}"
                   f" at {status.bolt_uri}.")
    elif status.answering:
        click.echo(f"A Neo4j that kg did not start answers at {status.bolt_uri}.")
    else:
        click.echo("Neo4j is not running. Start it with `kg db start`.")
    sys.exit(0 if status.answering else 3)


def main():  # pragma: no cover
    cli(prog_name=Path(sys.argv[0]).name)
