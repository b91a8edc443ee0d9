"""kg's command line: commands only. Parse options, call the stages, render, turn errors into messages."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click
from dotenv import load_dotenv

from kg.cli.errors import OneLineErrors
from kg.cli.graph_commands import browser_favorites, db, report
from kg.cli.load_commands import load, reload
from kg.cli.options import (
    corrections_option,
    format_option,
    jobs_option,
    model_option,
    strict_option,
)
from kg.cli.output import extraction_json, render
from kg.cli.steps import DEFAULT_PATHS, corrections_or_fail, read_or_fail, run_pipeline
from kg.corrections import CorrectionsError, update_corrections
from kg.resolve.corrections import explain as explain_name
from kg.text import counted

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


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


MERGE_HELP = """Say that OTHER is the same entity as NAME; applied from the next extract, load or reload.

    Example:

    \b
        kg merge "Dmitry Peskov" "D. Peskov" && kg reload
    """
SPLIT_HELP = """Say that ALIAS, joined to NAME, is someone else; applied from the next extract, load or reload.

    Example:

    \b
        kg split "Jared Kushner" "Kushner" && kg reload
    """


def correction_command(verb: str, other: str, pairs: str, noted: str, help_text: str) -> click.Command:
    """`kg merge` and `kg split`: one pair of names added to the corrections file's `pairs` list;
    `noted` tells the user what was noted ({name}, {other})."""
    @cli.command(verb, help=help_text)
    @click.argument("name")
    @click.argument("other", metavar=other)
    @corrections_option
    def command(name, other, corrections):
        pair = (name, other)
        note_correction(corrections, lambda c: getattr(c, pairs).append(pair), noted.format(name=name, other=other))
    return command


merge = correction_command("merge", "OTHER", "merges", "{other} is {name}", MERGE_HELP)
split = correction_command("split", "ALIAS", "splits", "{other} is not {name}", SPLIT_HELP)


def note_correction(corrections: str, change, what: str) -> None:
    try:
        update_corrections(Path(corrections), change)
    except CorrectionsError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"Noted in {corrections}: {what}. Run `kg reload` to apply it to the graph.")


for command in (load, reload, report, browser_favorites, db):
    cli.add_command(command)


def main():  # pragma: no cover
    cli(prog_name=Path(sys.argv[0]).name)
