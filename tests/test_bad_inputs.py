"""Bad input gets one line naming the file (or the URI, its password masked) and a non-zero exit,
never a traceback; what can be skipped is skipped and listed in one line. The files are in
tests/bad_inputs/; the cases that need a state (permissions, links, a server) are built here.
Neo4j's answers are played by a fake driver: the messages are checked against a real server in
test_load.py and by hand (README)."""
import json
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from kg.pipeline import reader
from kg.cli import cli

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
SHAPE = 'expected {"merge": [["NAME", "OTHER"], ...], "split": [["NAME", "ALIAS"], ...]}'
GOOD = str(CORPUS / "closing-quote-title.txt")
UNREACHABLE = "bolt://127.0.0.1:1"


def run(args, **kwargs):
    return CliRunner().invoke(cli, args, **kwargs)


def assert_one_error_line(result, line):
    assert (result.exit_code, result.stdout, result.stderr.strip()) == (1, "", line), result.output
    assert "Traceback" not in result.output


# --- article files ----------------------------------------------------------------------

@pytest.mark.parametrize("name,problem", [
    ("latin1.txt", "not UTF-8 text (bad byte at offset 11); convert it, e.g. iconv -f latin1 -t utf-8"),
    ("windows-1252.txt", "not UTF-8 text (bad byte at offset 21); convert it, e.g. iconv -f latin1 -t utf-8"),
    ("binary.txt", "binary file, expected UTF-8 text"),
    ("nul-inside.txt", "binary file, expected UTF-8 text"),
    ("utf16.txt", "UTF-16 text, expected UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8"),
    ("empty.txt", "empty file"),
    ("blank.txt", "empty file"),
])
def test_a_bad_article_file_is_one_line_and_nothing_is_extracted(name, problem):
    path = CORPUS / name
    assert_one_error_line(run(["extract", GOOD, str(path), "--json", "--model", "blank"]), f"Error: {path}: {problem}")


@pytest.mark.parametrize("data,problem", [
    ("Il sindaco è a Modena.".encode("latin-1"), "not UTF-8 text (bad byte at offset 11); convert it, e.g. iconv -f latin1 -t utf-8"),
    (b"\x00\x01\x02\x03", "binary file, expected UTF-8 text"),
    (b"", "empty file"),
])
def test_bad_bytes_on_stdin_are_one_line(data, problem):
    assert_one_error_line(run(["extract", "-", "--model", "blank"], input=data), f"Error: <stdin>: {problem}")


def test_a_missing_file_is_one_line():
    assert_one_error_line(run(["extract", "no/such/article.txt", "--model", "blank"]),
                          "Error: no/such/article.txt: no such file or folder")


def test_an_unreadable_file_is_one_line(tmp_path, unreadable):
    path = tmp_path / "locked.txt"
    path.write_text("Il sindaco a Modena.", encoding="utf-8")
    unreadable(path)
    assert_one_error_line(run(["extract", str(path), "--model", "blank"]),
                          f"Error: {path}: cannot read this file (permission denied)")


def test_an_unreadable_folder_given_is_one_line(tmp_path, unreadable):
    unreadable(tmp_path)
    assert_one_error_line(run(["extract", str(tmp_path), "--model", "blank"]),
                          f"Error: {tmp_path}: cannot read this folder (permission denied)")


def test_folders_that_cannot_be_searched_are_skipped_in_one_line(tmp_path, unreadable):
    (tmp_path / "a.txt").write_text("Il sindaco a Modena.", encoding="utf-8")
    for name in ("locked", "also-locked"):
        (tmp_path / name).mkdir()
        unreadable(tmp_path / name)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = run(["extract", str(tmp_path), "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert [a["source"] for a in json.loads(result.stdout)["articles"]] == [str(tmp_path / "a.txt")]
    assert result.stderr.strip() == (
        f"Skipped 4 paths that could not be searched: {tmp_path}/also-locked (permission denied), "
        f"{tmp_path}/gone.txt (broken or looping link), {tmp_path}/locked (permission denied) and 1 more")


def test_a_million_characters_go_through_in_pieces(tmp_path):
    # No meeting: the same meeting told 12,000 times is grouped by kg/resolve in quadratic time.
    paragraph = "Il sindaco Mario Rossi ha parlato ieri a Modena della nuova piazza, con il prefetto Anna Bianchi.\n\n"
    path = tmp_path / "long.txt"
    path.write_text((paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000], encoding="utf-8")
    result = run(["extract", str(path), "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert len(out["mentions"]) > 20_000 and out["mentions"][-1]["end"] <= 1_000_000


# --- extraction that fails --------------------------------------------------------------

@pytest.fixture
def fails_on_one(monkeypatch):
    real = reader.extract

    def extract(article, doc, knowledge):
        if article.source.endswith("bad.txt"):
            raise IndexError("list index out of range")
        return real(article, doc, knowledge)
    monkeypatch.setattr(reader, "extract", extract)


def test_an_article_that_fails_is_named_and_skipped(tmp_path, fails_on_one):
    for name in ("a.txt", "bad.txt"):
        (tmp_path / name).write_text("Il sindaco Mario Rossi a Modena.", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Un altro testo.", encoding="utf-8")
    result = run(["extract", str(tmp_path), "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert [a["source"] for a in json.loads(result.stdout)["articles"]] == [str(tmp_path / "a.txt")]
    assert result.stderr.strip() == (f"Skipped {tmp_path}/bad.txt: extraction failed (IndexError: list index out "
                                     "of range) (--strict stops the run instead)")


def test_strict_makes_a_failing_article_stop_the_run(tmp_path, fails_on_one):
    (tmp_path / "bad.txt").write_text("Un altro testo.", encoding="utf-8")
    assert_one_error_line(run(["extract", str(tmp_path), "--json", "--model", "blank", "--strict"]),
                          f"Error: {tmp_path}/bad.txt: extraction failed (IndexError: list index out of range)")


# --- the corrections file ---------------------------------------------------------------

@pytest.mark.parametrize("name,problem", [
    ("list.json", f"a JSON list, not an object); {SHAPE}"),
    ("null.json", f"a JSON null, not an object); {SHAPE}"),
    ("merge-is-a-string.json", f"'merge' is a JSON string, not a list); {SHAPE}"),
    ("one-name.json", f"""'merge' entry 1 is ["Peskov"], not two names); {SHAPE}"""),
    ("three-names.json", f"""'split' entry 1 is ["Jared Kushner", "Kushner", "J. Kushner"], not two names); {SHAPE}"""),
    ("number-name.json", f"""'merge' entry 1 is ["Peskov", 42], not two names); {SHAPE}"""),
    ("blank-name.json", f"""'merge' entry 1 is ["Peskov", "  "], not two names); {SHAPE}"""),
    ("unknown-key.json", f"unknown key 'merges'); {SHAPE}"),
    ("not-json.json", "not JSON: Expecting ',' delimiter: line 2 column 1 (char 39))"),
    ("latin1.json", "not UTF-8 text)"),
])
def test_a_corrections_file_of_the_wrong_shape_is_one_line(name, problem):
    path = CORPUS / "corrections" / name
    expected = f"Error: {path}: not a corrections file ({problem}"
    assert_one_error_line(run(["extract", GOOD, "--model", "blank", "--corrections", str(path)]), expected)
    assert_one_error_line(run(["merge", "A", "B", "--corrections", str(path)]), expected)
    # checked before anything else, even when reload would have nothing to do
    assert_one_error_line(run(["reload", "--corrections", str(path), "--uri", UNREACHABLE]), expected)


def test_a_corrections_path_that_is_a_folder_is_one_line(tmp_path):
    assert_one_error_line(run(["extract", GOOD, "--model", "blank", "--corrections", str(tmp_path)]),
                          f"Error: {tmp_path}: cannot read the corrections file (is a directory)")


def test_an_unreadable_corrections_file_is_one_line(tmp_path, unreadable):
    path = tmp_path / "fixes.json"
    path.write_text('{"merge": []}', encoding="utf-8")
    unreadable(path)
    assert_one_error_line(run(["extract", GOOD, "--model", "blank", "--corrections", str(path)]),
                          f"Error: {path}: cannot read the corrections file (permission denied)")


def test_a_merge_into_a_missing_folder_is_one_line(tmp_path):
    path = tmp_path / "no" / "fixes.json"
    assert_one_error_line(run(["merge", "A", "B", "--corrections", str(path)]),
                          f"Error: {path}: cannot write the corrections file (no such file or directory)")


# --- the URI ----------------------------------------------------------------------------

@pytest.mark.parametrize("uri,problem", [
    ("notauri", "notauri: not a Neo4j address: write bolt://HOST:7687 or neo4j://HOST:7687"),
    ("http://localhost:7474", "http://localhost:7474: not a Neo4j address (7474 is the Browser's HTTP port; "
                              "Bolt is 7687): write bolt://HOST:7687 or neo4j://HOST:7687"),
    ("bolt://", "bolt://: no host: write bolt://HOST:7687"),
    ("bolt://localhost:99999", "bolt://localhost:99999: not a URI (Port out of range 0-65535)"),
    ("bolt://[::1", "bolt://[::1: not a URI (Invalid IPv6 URL)"),
    ("bolt://neo4j:s3cr3t-pw@localhost:7687", "bolt://neo4j:***@localhost:7687: put the user and password in "
     "NEO4J_USER and NEO4J_PASSWORD (or --user/--password), not in the URI"),
])
@pytest.mark.parametrize("command", [["report", "who-met-whom"], ["load", GOOD], ["reload"]])
def test_a_uri_that_is_not_neo4j_is_one_line(command, uri, problem):
    result = run([*command, "--uri", uri])
    assert_one_error_line(result, f"Error: --uri/NEO4J_URI {problem}")
    assert "s3cr3t-pw" not in result.output


def test_a_password_in_neo4j_uri_is_masked(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://kg:s3cr3t-pw@db.example.org:7687")
    result = run(["report", "who-met-whom"])
    assert_one_error_line(result, "Error: --uri/NEO4J_URI neo4j://kg:***@db.example.org:7687: put the user and "
                                  "password in NEO4J_USER and NEO4J_PASSWORD (or --user/--password), not in the URI")


def test_a_server_that_does_not_answer_is_one_line():
    assert_one_error_line(run(["load", GOOD, "--model", "blank", "--uri", UNREACHABLE]),
                          f"Error: cannot reach Neo4j at {UNREACHABLE}: ServiceUnavailable. Is it running? "
                          "Start it with `kg db start` (see README).")


# --- what the server answers (a fake driver) ----------------------------------------------

def server_error(code: str, message: str) -> neo4j.exceptions.Neo4jError:
    return neo4j.exceptions.Neo4jError._hydrate_neo4j(code=code, message=message)


# The one row of cypher/snapshot.cypher on an empty graph.
EMPTY_GRAPH = {"articles": [], "actors": [], "locations": [], "meetings": [], "claims": [], "loaded_paths": [],
               "corrections": None}


class FakeDriver:
    def __init__(self, login_error=None):
        self.login_error = login_error

    def verify_connectivity(self):
        if self.login_error:
            raise self.login_error

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@pytest.mark.parametrize("error,message", [
    (server_error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."),
     "refused the login (AuthError): check NEO4J_USER and NEO4J_PASSWORD (or --user/--password)."),
    (server_error("Neo.ClientError.Security.AuthenticationRateLimit",
                  "The client has provided incorrect authentication details too many times in a row."),
     "refused the login: too many failed attempts (AuthenticationRateLimit). Wait a few seconds, then check "
     "NEO4J_USER and NEO4J_PASSWORD (or --user/--password)."),
])
def test_a_refused_login_is_one_line_without_the_password(monkeypatch, error, message):
    monkeypatch.setattr("kg.cli.options.open_driver", lambda uri, user, password: FakeDriver(error))
    result = run(["load", GOOD, "--model", "blank", "--uri", "bolt://db.example.org:7687",
                  "--password", "s3cr3t-pw"])
    assert_one_error_line(result, f"Error: Neo4j at bolt://db.example.org:7687 {message}")
    assert "s3cr3t-pw" not in result.output


def test_a_login_without_password_says_to_set_one(monkeypatch):
    error = server_error("Neo.ClientError.Security.Unauthorized", "Unsupported authentication token.")
    monkeypatch.setattr("kg.cli.options.open_driver", lambda uri, user, password: FakeDriver(error))
    assert_one_error_line(run(["report", "who-met-whom", "--uri", "bolt://db.example.org:7687"]),
                          "Error: Neo4j at bolt://db.example.org:7687 wants a login: set NEO4J_USER and "
                          "NEO4J_PASSWORD (or --user/--password).")


def test_a_password_that_must_be_changed_is_one_line(monkeypatch):
    monkeypatch.setattr("kg.cli.options.open_driver", lambda uri, user, password: FakeDriver())

    def refuse(*args, **kwargs):
        raise server_error("Neo.ClientError.Security.CredentialsExpired",
                           "ACCESS on database 'neo4j' is not allowed.\n\nThe credentials you provided were valid")
    monkeypatch.setattr("kg.cli.load_commands.read_snapshot", refuse)
    monkeypatch.setattr("kg.cli.load_commands.read_write_token", refuse)    # a snapshot kept in the cache
    assert_one_error_line(run(["load", GOOD, "--model", "blank", "--password", "s3cr3t-pw"]),
                          "Error: Neo4j at bolt://localhost:7687 wants this user's password changed before any "
                          "use (CredentialsExpired): change it in Neo4j Browser or cypher-shell, then set NEO4J_PASSWORD.")


def test_a_server_that_stops_during_the_load_is_one_line(monkeypatch):
    monkeypatch.setattr("kg.cli.options.open_driver", lambda uri, user, password: FakeDriver())

    def die(*args, **kwargs):
        raise neo4j.exceptions.ServiceUnavailable("Failed to read from defunct connection "
                                                  "IPv4Address(('db.example.org', 7687)) (s3cr3t-pw)")
    monkeypatch.setattr("kg.cli.load_commands.read_snapshot", die)
    monkeypatch.setattr("kg.cli.load_commands.read_write_token", die)    # a snapshot kept in the cache
    result = run(["load", GOOD, "--model", "blank", "--uri", "bolt://db.example.org:7687", "--password", "s3cr3t-pw"])
    assert_one_error_line(result, "Error: lost Neo4j at bolt://db.example.org:7687 (ServiceUnavailable): is it "
                                  "still running? Run the command again when it answers: loading twice changes nothing.")


def test_a_cache_folder_that_is_a_file_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.cli.options.open_driver", lambda uri, user, password: FakeDriver())
    monkeypatch.setattr("kg.cli.load_commands.read_snapshot", lambda driver, database: EMPTY_GRAPH)
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    result = run(["load", GOOD, "--model", "blank", "--cache-dir", str(cache)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {cache}/") and result.stderr.endswith(": not a directory\n")
