"""Commands on the graph and the server: canned reports, Browser favorites, `kg db`."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click
import neo4j

from kg import server
from kg.cli import plot
from kg.cli.options import connect, format_option, neo4j_options, table_options
from kg.cli.output import render
from kg.graph.cypher import graph_views, reports, write_browser_favorites
from kg.graph.load import run_report
from kg.text import counted


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[name] = value
    return params


@click.command()
@click.argument("name", required=False, type=click.Choice([r.name for r in reports()]))
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A report parameter, e.g. -p actor=Putin -p since=2026-01-01")
@click.option("--list", "list_reports", is_flag=True, help="List the reports and the question each answers")
@click.option("--png", "image", metavar="FILE", type=click.Path(dir_okay=False),
              help="timeline and meetings-timeline only: draw the meetings over time into FILE instead of "
                   "printing rows (PNG; SVG if FILE ends in .svg). One lane per actor, the 12 with most "
                   "meetings; a dot's colour is its place; the rows of meetings-timeline, with its -p filters "
                   "actor, since, until. Undated meetings are listed under the picture.")
@format_option
@table_options
@neo4j_options
def report(name, params, list_reports, image, fmt, width, full, uri, user, password, database):
    """Run a canned report: cypher/NAME.cypher, with "-" for "_".

    Tables fit the terminal and cut long cells with '…': --full shows them whole, --width sets the width.

    Example:

    \b
        kg report who-met-whom
        kg report who-met-whom -p actor=Putin -p since=2026-01-01 --format csv
        kg report claims-by-speaker -p speaker=Witkoff --full
        kg report timeline --png meetings.png     # a picture: who met whom, when
        kg report --list
    """
    if list_reports or not name:
        click.echo(render(["report", "question"], [[r.name, r.question] for r in reports()], "table",
                          width=width, full=full))
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
    click.echo(render(headers, rows, fmt, width=width, full=full))


@click.command("browser-favorites")
@click.option("--out", default="kg-favorites.zip", show_default=True, type=click.Path(dir_okay=False),
              help="The zip file to write")
def browser_favorites(out):
    """Write the graph views and the canned reports as a zip that Neo4j Browser imports as Favorites.

    Drop the file on the Browser window (or, in the Favorites drawer, the star in the left sidebar,
    click the import icon and pick it). The queries appear in a folder "kg", each named by its
    question: first the graph views (who met whom, the meetings with their places), then the reports.
    Set a report's parameters with the ":params" line in its header before you run it (docs/browser.md).

    Example:

    \b
        kg browser-favorites --out kg-favorites.zip
    """
    try:
        names = write_browser_favorites(out)
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from e
    views = len(graph_views())
    click.echo(f"Wrote {counted(views, 'graph view')} and {counted(len(names) - views, 'report')} to {out}: "
               "drop it on the Neo4j Browser window, and they appear as Favorites in a folder kg.")


# --- the local server ----------------------------------------------------------------------

@click.group()
def db():
    """Start, stop and check the project's local Neo4j (no Docker needed).

    The first start fetches the Neo4j 5.26 jars from Maven Central into .neo4j/ (once).
    """


BROWSER_STYLE = server.PROJECT_ROOT / "docs" / "browser-style.grass"


def browser_help(cfg: server.ServerConfig) -> str:
    """Where Neo4j Browser is, how it connects, and how to get kg's captions: what `kg db start` prints."""
    connect_lines = [
        "          This link connects by itself. On the Browser's connect form, choose Authentication type",
        '          "No authentication" (the server runs without a password) and click Connect.'] if not cfg.password else [
        f"          Authentication is on: on the Browser's connect form, log in as {server.USER} with the password",
        "          of NEO4J_PASSWORD; kg's commands use NEO4J_USER and NEO4J_PASSWORD."]
    return "\n".join([
        f"Bolt:     {cfg.bolt_uri}",
        f"Browser:  {cfg.browser_url}",
        *connect_lines,
        f"Captions: drop {BROWSER_STYLE} on the Browser window, once:",
        "          names, and the date, place and status of each meeting (docs/browser.md).",
    ])


def server_options(fn):
    """--home, --bolt-port, --http-port of `kg db start|stop|status`, and the password from NEO4J_PASSWORD
    (never a flag: it would show in the shell's history and in the process list)."""
    default = server.ServerConfig()
    for opt in reversed([
        click.option("--home", envvar="KG_NEO4J_HOME", default=str(default.home), show_default=True,
                     type=click.Path(file_okay=False), help="The server's folder: its jars, settings, data and logs"),
        click.option("--bolt-port", envvar="NEO4J_BOLT_PORT", type=click.IntRange(1, 65535),
                     default=default.bolt_port, show_default=True, help="Bolt port (kg: NEO4J_URI=bolt://localhost:PORT)"),
        click.option("--http-port", envvar="NEO4J_HTTP_PORT", type=click.IntRange(1, 65535),
                     default=default.http_port, show_default=True, help="HTTP port, where Neo4j Browser is"),
    ]):
        fn = opt(fn)

    @functools.wraps(fn)
    def with_config(home, bolt_port, http_port, **kwargs):
        cfg = server.ServerConfig(home=Path(home), bolt_port=bolt_port, http_port=http_port,
                                  password=os.environ.get("NEO4J_PASSWORD") or None)
        return fn(cfg=cfg, **kwargs)
    return with_config


@db.command("start")
@server_options
def db_start(cfg):
    """Start the local Neo4j and wait until it answers (bolt://localhost:7687 unless --bolt-port); print
    the address of Neo4j Browser, which connects by itself.

    Authentication is off, unless NEO4J_PASSWORD is set (in the environment or .env): then the
    server asks for the user neo4j and that password (8 characters or more), which the first start
    with a password sets; `kg load` and the other commands log in with NEO4J_USER and NEO4J_PASSWORD.
    The first start fetches the server's jars from Maven Central into the home (about a minute).

    Example:

    \b
        kg db start
        NEO4J_PASSWORD=... kg db start --bolt-port 7697 --http-port 7484 --home /srv/kg-neo4j
    """
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
    click.echo(browser_help(cfg))


@db.command("stop")
@server_options
def db_stop(cfg):
    """Stop the local Neo4j started by `kg db start` (the one of --home)."""
    try:
        stopped = server.stop(cfg)
    except server.ServerError as e:
        raise click.ClickException(str(e)) from e
    click.echo("Neo4j stopped." if stopped else "Neo4j was not running.")


@db.command("status")
@server_options
def db_status(cfg):
    """Say whether the local Neo4j runs and answers, and where Neo4j Browser is."""
    status = server.status(cfg)
    if status.running:
        click.echo(f"Neo4j is running (pid {status.pid}) and {'answers' if status.answering else 'does not answer yet'}"
                   f" at {status.bolt_uri}.")
    elif status.answering:
        click.echo(f"A Neo4j that kg did not start answers at {status.bolt_uri}.")
    else:
        click.echo("Neo4j is not running. Start it with `kg db start`.")
    if status.answering:
        click.echo(f"Browser: {cfg.browser_url}")
    sys.exit(0 if status.answering else 3)
