import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli

ARTICLE = (" date 2026-01-21 Vertice a Berlino\n\nIl presidente ucraino Volodymyr Zelensky incontrerà domani "
           "a Berlino l'inviato americano Steve Witkoff.\n")


def all_commands(group=cli, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from all_commands(command, (*prefix, name))


def test_the_command_starts_without_spacy():
    """spaCy is imported where a pipeline is built (kg/pipeline/reader.py): `kg reload` reads the graph
    and the files while its reader process imports it, and a run with nothing to read never does."""
    code = "import sys, kg.cli.commands; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


@pytest.mark.parametrize("command", list(all_commands()), ids=" ".join)
def test_commands_have_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4


def test_extract_json_needs_no_database(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["articles"][0]["published"] == "2026-01-21"
    assert sorted(a["name"] for a in out["actors"]) == ["Steve Witkoff", "Volodymyr Zelensky"]
    [meeting] = out["meetings"]
    assert (meeting["date"], meeting["status"]) == ("2026-01-22", "planned")
    assert [loc["name"] for loc in out["locations"] if loc["id"] == meeting["location"]] == ["Berlin"]
    mention = out["mentions"][0]
    assert ARTICLE[mention["start"]:mention["end"]] == mention["surface"]


def test_extract_reads_stdin():
    result = CliRunner().invoke(cli, ["extract", "-", "--json", "--model", "blank"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"][0]["source"] == "<stdin>"


@pytest.mark.parametrize("content,problem", [(b"", "empty file"), (b"\x00\x01\x02", "binary file")])
def test_bad_article_is_one_line_naming_the_file(tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["extract", str(bad), "--json", "--model", "blank"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bad}: {problem}" + (", expected UTF-8 text" if "binary" in problem else "")


def test_missing_path_is_an_error():
    result = CliRunner().invoke(cli, ["extract", "no/such/file.txt", "--model", "blank"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no/such/file.txt: no such file or folder"


def test_neo4j_not_running_names_the_uri():
    result = CliRunner().invoke(cli, ["report", "who-met-whom", "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_model_is_a_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", str(tmp_path / "no-model")])
    assert result.exit_code == 1
    assert "cannot load the spaCy pipeline" in result.output


def test_report_list_shows_questions():
    result = CliRunner().invoke(cli, ["report", "--list"])
    assert result.exit_code == 0, result.output
    assert "who-met-whom" in result.output and "Who met whom" in result.output


def test_explain_shows_the_rule_behind_each_alias(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2026-01-21 X\n\nIl portavoce Dmitri Peskov ha parlato. Il portavoce Dmitrij Peskov "
                       "ha taciuto.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", "Dmitry Peskov", str(article), "--model", "blank", "--format", "csv",
                                      "--corrections", str(tmp_path / "none.json")])
    assert result.exit_code == 0, result.output
    # the longer spelling came first and made the entity, and names it (each written once: a tie goes
    # to the longer name, whichever came first); the other joined it on the same key
    assert result.output.splitlines()[:3] == ["entity,alias,rule,score", "Dmitrij Peskov,Dmitri Peskov,same-key,100.0",
                                              "Dmitrij Peskov,Dmitrij Peskov,new-entity,100.0"]


def test_merge_and_split_are_remembered_and_applied(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2026-01-21 X\n\nL'inviato Steve Witkoff e il consigliere Yuri Sokolov.\n",
                       encoding="utf-8")
    corrections = str(tmp_path / "fixes.json")
    result = CliRunner().invoke(cli, ["merge", "Steve Witkoff", "Yuri Sokolov", "--corrections", corrections])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(cli, ["extract", str(article), "--json", "--model", "blank", "--corrections", corrections])
    assert [a["name"] for a in json.loads(out.output)["actors"]] == ["Steve Witkoff"]
    CliRunner().invoke(cli, ["split", "Steve Witkoff", "Yuri Sokolov", "--corrections", corrections])
    out = CliRunner().invoke(cli, ["extract", str(article), "--json", "--model", "blank", "--corrections", corrections])
    assert len(json.loads(out.output)["actors"]) == 2
