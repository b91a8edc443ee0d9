"""The options several kg commands share, and the connection to Neo4j they open."""
from __future__ import annotations

import functools
import os

import click
import neo4j

from kg import pipeline
from kg.cli.errors import connection, mask_uri, neo4j_problem, uri_problem
from kg.cli.output import FORMATS, MIN_TABLE_WIDTH
from kg.corrections import DEFAULT_FILE as DEFAULT_CORRECTIONS
from kg.graph.load import open_driver, uri_and_database


def neo4j_options(fn):
    """--uri/--user/--password/--database, shared by every command that talks to Neo4j. A database
    the URI names (neo4j+s://HOST/DATABASE) is the command's --database."""
    @functools.wraps(fn)
    def with_the_database_of_the_uri(*args, uri: str, database: str | None, **kwargs):
        try:
            uri, database = uri_and_database(uri, database)
        except ValueError as e:
            raise click.UsageError(str(e)) from e
        return fn(*args, uri=uri, database=database, **kwargs)
    command = with_the_database_of_the_uri
    for opt in reversed([
        click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     callback=checked_uri,
                     help="URI of the Neo4j server: bolt:// for one server, neo4j:// (neo4j+s:// for "
                          "Aura) for a cluster; a database may follow the host"),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user"),
        click.option("--password", envvar="NEO4J_PASSWORD", callback=remembered_password,
                     help="Neo4j password (never printed)"),
        click.option("--database", envvar="NEO4J_DATABASE", help="Database; the server's default if unset"),
    ]):
        command = opt(command)
    return command


def checked_uri(ctx: click.Context, param: click.Parameter, uri: str) -> str:
    """A Bolt or Neo4j URI with a host, else one line saying what to write (the password masked)."""
    connection(ctx)["uri"] = uri
    problem = uri_problem(uri)
    if problem:
        raise click.ClickException(f"--uri/NEO4J_URI {mask_uri(uri)}: {problem}")
    return uri


def remembered_password(ctx: click.Context, param: click.Parameter, password: str | None) -> str | None:
    connection(ctx)["password"] = password
    return password


def model_option(fn):
    return click.option("--model", envvar="KG_SPACY_MODEL", default=None,
                        help="spaCy Italian pipeline (package name or path); default: kg's shipped "
                             "kg/models/it_kg_news. 'blank' runs the rules alone.")(fn)


def corrections_option(fn):
    return click.option("--corrections", envvar="KG_CORRECTIONS", default=DEFAULT_CORRECTIONS, show_default=True,
                        type=click.Path(readable=False),     # checked by load_corrections, in one line
                        help="Your merges and splits of entities (written by `kg merge` / `kg split`)")(fn)


def cache_option(fn):
    return click.option("--cache-dir", envvar="KG_CACHE_DIR", default=pipeline.DEFAULT_CACHE_DIR, show_default=True,
                         type=click.Path(),      # a file there is one error line, from the OSError
                         help="Where each article's extraction is kept, so unchanged text skips spaCy")(fn)


def jobs_option(fn):
    return click.option("--jobs", "-j", envvar="KG_JOBS", type=click.IntRange(min=1), default=os.cpu_count() or 1,
                        show_default="the machine's cores",
                        help="Processes reading articles with spaCy; the output is the same for any number")(fn)


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default="table",
                        show_default=True, help="Output format")(fn)


def table_options(fn):
    """--width and --full: how the table format shows long text (CSV and JSON always hold it whole)."""
    for opt in reversed([
        click.option("--width", type=click.IntRange(min=MIN_TABLE_WIDTH), metavar="CHARS",
                     help="Width of the table; default: the terminal's. The widest columns are narrowed to fit."),
        click.option("--full", is_flag=True,
                     help="Show every cell of the table whole, long ones wrapped onto more lines, "
                          "instead of cut with '…'"),
    ]):
        fn = opt(fn)
    return fn


def strict_option(fn):
    return click.option("--strict", is_flag=True,
                        help="Stop at the first article whose extraction fails (default: name it and go on)")(fn)


def connect(uri: str, user: str, password: str | None) -> neo4j.Driver:
    driver = open_driver(uri, user, password)
    try:
        driver.verify_connectivity()
    except (neo4j.exceptions.AuthError, neo4j.exceptions.ClientError) as e:
        driver.close()
        raise click.ClickException(neo4j_problem(e, uri, password_given=bool(password))) from e
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.DriverError, OSError) as e:
        driver.close()
        raise click.ClickException(f"cannot reach Neo4j at {mask_uri(uri)}: {type(e).__name__}. "
                                   "Is it running? Start it with `kg db start` (see README).") from e
    return driver


def loading_options(fn):
    """The options of every command that reads articles into the graph (`kg load`, `kg reload`)."""
    for option in reversed([cache_option, model_option, neo4j_options, corrections_option, strict_option, jobs_option]):
        fn = option(fn)
    return fn

