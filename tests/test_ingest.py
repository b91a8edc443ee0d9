import io
from datetime import date
from pathlib import Path

import pytest

from kg.ingest import IngestError, Skipped, find_sources, parse_article, publication_date, read_articles


def test_header_gives_date_and_title():
    article = parse_article(" date 2026-01-21 Austria, domani a Vienna il colloquio decisivo\n\nTesto.", "a.txt")
    assert article.published == date(2026, 1, 21)
    assert article.title == "Austria, domani a Vienna il colloquio decisivo"


def test_month_header_alone_gives_no_day():
    article = parse_article(" date 2025-03 Washington e Kiev d'accordo su una pausa\n\nTesto.", "a.txt")
    assert article.published is None
    assert article.published_month == date(2025, 3, 1)


def test_month_header_and_short_dateline_give_the_day():
    text = " date 2025-02 Al via il negoziato in Arabia Saudita Riad, 18 feb. (askanews) - Si apre il tavolo."
    assert publication_date(text).value == date(2025, 2, 18)


@pytest.mark.parametrize("text,expected", [
    ("Vienna, 28 gennaio 2026 – La cancelleria ribadisce l’offerta.", date(2026, 1, 28)),
    ("Mercoledì 14 Gennaio 2026\n\n×\n\nEsteri\n\nI due inviati attesi a Mosca", date(2026, 1, 14)),
    ("Roma, 4 aprile 2025 - Mosca non ferma i raid sulle città.", date(2025, 4, 4)),
    ("Crisi in Austria, il mediatore belga Vos oggi vedrà il cancelliere.", None),
])
def test_publication_date_from_the_first_lines(text, expected):
    assert parse_article(text, "a.txt").published == expected


def test_id_comes_from_content_only():
    a = parse_article("Witkoff incontra Putin.", "one.txt")
    b = parse_article("Witkoff incontra Putin.", "two.txt")
    assert a.id == b.id and a.source != b.source


def test_bom_is_dropped_and_offsets_stay_on_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffPutin a Mosca.".encode("utf-8"))
    [article] = read_articles([str(path)])
    assert article.text == "Putin a Mosca."


def test_folders_are_read_recursively_and_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Secondo articolo.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Primo articolo.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("non un articolo", encoding="utf-8")
    assert [a.title for a in read_articles([str(tmp_path)])] == ["Secondo articolo.", "Primo articolo."]


def test_stdin_is_an_article():
    [article] = read_articles(["-"], stdin_text="Zelensky a Berlino.")
    assert article.source == "<stdin>" and article.text == "Zelensky a Berlino."


@pytest.mark.parametrize("content,problem", [
    (b"", "empty file"),
    (b"  \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    (b"caff\xe8 latin-1", "not UTF-8 text"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=problem) as err:
        read_articles([str(path)])
    assert str(path) in str(err.value)


def test_missing_path_is_named(tmp_path):
    with pytest.raises(IngestError, match="no such file or folder"):
        read_articles([str(tmp_path / "nope.txt")])


def test_dateline_without_year_takes_the_latest_year_the_article_names():
    text = "(PRIMANOTIZIE) ISTANBUL, 16 MAG – Sarà Medinsky a guidare la delegazione. Nel 2022 e nel 2025 ..."
    assert parse_article(text, "a.txt").published == date(2025, 5, 16)


def test_a_yearless_dateline_takes_the_latest_such_day_before_the_newest_article_of_the_load(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2025-08-17 Vertice\n\nTesto.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("(PRIMANOTIZIE) ISTANBUL, 16 MAG – Sarà Medinsky a guidare la delegazione.",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Roma, 19 set. (askanews) – Testo.", encoding="utf-8")
    (tmp_path / "d.txt").write_text("(ANSA) - ROMA, 12 MAR - Testo.", encoding="utf-8")
    published = {Path(a.source).name: a.published for a in read_articles([str(tmp_path)])}
    assert published == {"a.txt": date(2025, 8, 17), "b.txt": date(2025, 5, 16), "c.txt": date(2024, 9, 19),
                         "d.txt": date(2025, 3, 12)}


def test_a_yearless_dateline_alone_stays_undated(tmp_path):
    (tmp_path / "b.txt").write_text("ISTANBUL, 16 MAG – Testo.", encoding="utf-8")
    assert [a.published for a in read_articles([str(tmp_path)])] == [None]


def test_a_day_a_title_speaks_of_is_no_dateline(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2025-08-17 Vertice\n\nTesto.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Si riparte dalla sessione dello scorso 16 maggio\n\nSul Bosforo.",
                                    encoding="utf-8")
    assert [a.published for a in read_articles([str(tmp_path)])] == [date(2025, 8, 17), None]


# --- what cannot be read ---------------------------------------------------------------

def test_an_unreadable_file_is_named(tmp_path, unreadable):
    path = tmp_path / "locked.txt"
    path.write_text("Putin a Mosca.", encoding="utf-8")
    unreadable(path)
    with pytest.raises(IngestError) as err:
        read_articles([str(path)])
    assert str(err.value) == f"{path}: cannot read this file (permission denied)"


def test_an_unreadable_subfolder_is_skipped_and_named(tmp_path, unreadable):
    (tmp_path / "ok.txt").write_text("Putin a Mosca.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text("Witkoff a Berlino.", encoding="utf-8")
    unreadable(tmp_path / "locked")
    found = find_sources([str(tmp_path)])
    assert found.files == [str(tmp_path / "ok.txt")]
    assert found.skipped == [Skipped(str(tmp_path / "locked"), "permission denied")]


def test_an_unreadable_folder_given_is_an_error(tmp_path, unreadable):
    unreadable(tmp_path)
    with pytest.raises(IngestError, match="cannot read this folder"):
        find_sources([str(tmp_path)])


def test_links_are_followed_once_and_loops_and_broken_links_named(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Putin a Mosca.", encoding="utf-8")
    (tmp_path / "news" / "up").symlink_to(tmp_path)                 # a loop
    (tmp_path / "elsewhere").symlink_to(tmp_path / "news")          # the same folder again
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    found = find_sources([str(tmp_path)])
    assert found.files == [str(tmp_path / "news" / "a.txt")]
    assert found.skipped == [Skipped(str(tmp_path / "elsewhere"), "link to a folder already searched"),
                             Skipped(str(tmp_path / "gone.txt"), "broken or looping link"),
                             Skipped(str(tmp_path / "news" / "up"), "link to a folder already searched"),
                             Skipped(str(tmp_path / "self.txt"), "broken or looping link")]


def test_a_link_to_a_folder_outside_is_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Putin a Mosca.", encoding="utf-8")
    (tmp_path / "load").mkdir()
    (tmp_path / "load" / "news").symlink_to(tmp_path / "real")
    assert find_sources([str(tmp_path / "load")]).files == [str(tmp_path / "load" / "news" / "a.txt")]


@pytest.mark.parametrize("data,problem", [
    (b"caff\xe8", "not UTF-8 text (bad byte at offset 4); convert it, e.g. iconv -f latin1 -t utf-8"),
    (b"\x00\x01", "binary file, expected UTF-8 text"),
    ("Putin".encode("utf-16"), "UTF-16 text, expected UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8"),
])
def test_stdin_bytes_are_checked_like_a_file(monkeypatch, data, problem):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(IngestError) as err:
        read_articles(["-"])
    assert str(err.value) == f"<stdin>: {problem}"


def test_a_subfolder_that_cannot_be_looked_at_is_skipped(tmp_path, monkeypatch):
    import kg.ingest
    (tmp_path / "ok.txt").write_text("Putin a Mosca.", encoding="utf-8")
    (tmp_path / "odd").mkdir()
    real = kg.ingest.folder_identity

    def identity(folder):
        if str(folder).endswith("odd"):
            raise PermissionError(13, "Permission denied", folder)
        return real(folder)
    monkeypatch.setattr(kg.ingest, "folder_identity", identity)
    found = find_sources([str(tmp_path)])
    assert (found.files, found.skipped) == ([str(tmp_path / "ok.txt")],
                                            [Skipped(str(tmp_path / "odd"), "permission denied")])


def test_the_title_is_the_headline_not_a_section_label_nor_the_standfirst():
    from kg.ingest import title_of
    text = "Sabato 7 Marzo 2026\n\n×\n\nPolitica estera\n\nMacron e Merz a Roma: vertice sulla difesa europea\n\nIl testo."
    assert title_of(text) == "Macron e Merz a Roma: vertice sulla difesa europea"
    # a headline run together with its standfirst ends at its first full stop
    assert title_of("Vertice a Roma tra Macron e Merz. I due leader parlano di difesa e di energia\n") == \
        "Vertice a Roma tra Macron e Merz."
    # a short headline of its own is still the title
    assert title_of("Tregua a Gaza\n\nIl testo dell'articolo, che è lungo.") == "Tregua a Gaza"


def test_a_dateline_after_a_long_headline_and_subheading_dates_the_article():
    text = ("Il sindaco incontra i commercianti del centro storico: «Nessuna chiusura delle strade prima di Natale»\n"
            "Duecento negozianti in piazza per chiedere tempi certi. In serata la riunione con la giunta comunale, "
            "domani il voto sul piano del traffico\n\n"
            "CITTÀ DI CASTELLO, 13 maggio 2026 - Il sindaco ha ricevuto i commercianti in municipio.")
    assert parse_article(text, "a.txt").published == date(2026, 5, 13)
