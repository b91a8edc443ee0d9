"""kg/cli/output.py: the table's width, cut and --full forms; the counts kg extract prints. No database."""

from kg.cli.output import render, table

HEADERS = ["actor", "article", "file"]
ROWS = [["Vladimir Putin", "Austria, domani a Vienna il colloquio riservato tra Bassi e Vos", "000_seed.txt"],
        ["Steve Witkoff", None, "001_seed.txt"]]


def test_the_table_fits_the_width_and_cuts_the_widest_column():
    lines = table(HEADERS, ROWS, 50).splitlines()
    assert lines == ["actor           article               file",
                     "--------------  --------------------  ------------",
                     "Vladimir Putin  Austria, domani a V…  000_seed.txt",
                     "Steve Witkoff                         001_seed.txt"]
    assert len(lines[1]) == 50


def test_full_wraps_long_cells_within_their_column():
    lines = table(HEADERS, ROWS, 50, full=True).splitlines()
    assert lines == ["actor           article               file",
                     "--------------  --------------------  ------------",
                     "Vladimir Putin  Austria, domani a     000_seed.txt",
                     "                Vienna il colloquio",
                     "                riservato tra Bassi",
                     "                e Vos",
                     "",
                     "Steve Witkoff                         001_seed.txt"]


def test_full_without_long_cells_is_the_plain_table():
    short = [["Putin", "Mosca", "a.txt"], ["Witkoff", "Roma", "b.txt"]]
    assert table(HEADERS, short, 80, full=True) == table(HEADERS, short, 80)


def test_a_wide_table_keeps_every_cell_whole():
    assert "…" not in table(HEADERS, ROWS, 200) and ROWS[0][1] in table(HEADERS, ROWS, 200)


def test_no_column_gets_narrower_than_its_header():
    lines = table(["actor", "meetings_with_link"], [["Vladimir Putin", 5]], 20).splitlines()
    assert lines[0] == "actor     meetings_with_link"


def test_width_and_full_shape_the_table_only():
    assert render(HEADERS, ROWS, "csv", width=40, full=True).splitlines()[1] == (
        "Vladimir Putin,\"Austria, domani a Vienna il colloquio riservato tra Bassi e Vos\",000_seed.txt")
    assert ROWS[0][1] in render(HEADERS, ROWS, "json", width=40)


def test_kg_extract_counts_in_the_singular_too(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    article = tmp_path / "a.txt"
    article.write_text("Oggi a Mosca piove.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("1 article, ")
