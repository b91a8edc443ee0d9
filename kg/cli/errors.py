"""What goes wrong, in one line: a URI that is not Neo4j's, the driver's and the server's errors,
the file system's. The URI's password is always masked, the run's password never shown."""
from __future__ import annotations

import os
from urllib.parse import urlsplit

import click
import neo4j

from kg.ingest import os_problem

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# Where the --uri and --password callbacks leave the run's connection settings for the messages.
CONNECTION_KEY = "kg.connection"
MASK = "***"


def connection(ctx: click.Context) -> dict:
    """The connection settings of this run, shared by every context of the command line."""
    return ctx.meta.setdefault(CONNECTION_KEY, {})


def uri_problem(uri: str) -> str | None:
    try:
        parts = urlsplit(uri)
        parts.port      # raises ValueError on a port that is not a number
    except ValueError as e:
        return f"not a URI ({e})"
    if parts.scheme not in NEO4J_SCHEMES:
        hint = " (7474 is the Browser's HTTP port; Bolt is 7687)" if parts.scheme in ("http", "https") else ""
        return f"not a Neo4j address{hint}: write bolt://HOST:7687 or neo4j://HOST:7687"
    if not parts.hostname:
        return "no host: write bolt://HOST:7687"
    if parts.username or parts.password:
        return "put the user and password in NEO4J_USER and NEO4J_PASSWORD (or --user/--password), not in the URI"
    return None


def mask_uri(uri: str) -> str:
    """The URI with any password in it replaced by ***."""
    try:
        parts = urlsplit(uri)
        password = parts.password
    except ValueError:
        return MASK if "@" in uri else uri
    if not password:
        return uri
    return parts._replace(netloc=parts.netloc.replace(f":{password}@", f":{MASK}@", 1)).geturl()


def without_secrets(message: str, ctx: click.Context | None) -> str:
    """message with the run's password and the password of any URI in it masked."""
    settings = connection(ctx) if ctx else {}
    uri, password = settings.get("uri"), settings.get("password")
    if uri:
        message = message.replace(uri, mask_uri(uri))
    if password:
        message = message.replace(password, MASK)
    return message


def neo4j_problem(e: Exception, uri: str, password_given: bool = True) -> str:
    """One line for an error of the driver or the server, naming the (masked) URI and what to do."""
    where = f"Neo4j at {mask_uri(uri)}"
    code = getattr(e, "code", None) or ""
    if isinstance(e, neo4j.exceptions.AuthError) and not password_given:
        return f"{where} wants a login: set NEO4J_USER and NEO4J_PASSWORD (or --user/--password)."
    if code.endswith("CredentialsExpired"):
        return (f"{where} wants this user's password changed before any use (CredentialsExpired): change it "
                "in Neo4j Browser or cypher-shell, then set NEO4J_PASSWORD.")
    if code.endswith("AuthenticationRateLimit"):
        return (f"{where} refused the login: too many failed attempts (AuthenticationRateLimit). Wait a few "
                "seconds, then check NEO4J_USER and NEO4J_PASSWORD (or --user/--password).")
    if isinstance(e, neo4j.exceptions.AuthError):
        return f"{where} refused the login ({type(e).__name__}): check NEO4J_USER and NEO4J_PASSWORD (or --user/--password)."
    if isinstance(e, (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired)):
        return (f"lost {where} ({type(e).__name__}): is it still running? Run the command again when it "
                "answers: loading twice changes nothing.")
    if isinstance(e, neo4j.exceptions.Neo4jError):
        return f"{where} refused a query ({code or type(e).__name__}): {first_line(e.message or str(e))}"
    return f"{where}: {type(e).__name__}: {first_line(str(e))}"


def first_line(text: str, limit: int = 200) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit] + "…"


class OneLineErrors(click.Group):
    """The `kg` group: what goes wrong talking to Neo4j or to the file system is one line, never a
    traceback, with the URI masked and no password (KG_DEBUG=1 shows the traceback)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as e:
            settings = connection(ctx)
            raise self.one_line(ctx, e, neo4j_problem(e, settings.get("uri", "?"), bool(settings.get("password")))) from e
        except OSError as e:
            raise self.one_line(ctx, e, f"{e.filename}: {os_problem(e)}" if e.filename else
                                f"{type(e).__name__}: {os_problem(e)}") from e
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as e:  # a bug: still one line for the user, the traceback with KG_DEBUG=1
            raise self.one_line(ctx, e, f"internal error, please report it: {type(e).__name__}: {first_line(str(e))} "
                                        "(KG_DEBUG=1 shows where)") from e

    @staticmethod
    def one_line(ctx: click.Context, error: Exception, message: str) -> click.ClickException:
        if os.environ.get("KG_DEBUG"):
            raise error
        return click.ClickException(without_secrets(message, ctx))


