"""Article shapes from real news that once stopped extraction (our own sentences, same shape)."""
import spacy
from click.testing import CliRunner
from spacy.tokens import Span

from kg.cli import cli
from kg.extract.mentions import mentions_of
from kg.ingest import parse_article
from kg.knowledge import load_knowledge

# A title in quotes that opens with a closing quote mark, then a word in single quotes with a space
# before the closing one: the tagger took the lone "‘" for a place (IndexError in is_lower_case_place).
CLOSING_QUOTE_FIRST = ("CARPI. Uscito il nuovo disco di Anna Rossi, “Onde”. L'autrice spiega: "
                       "«” Onde” è un disco di ‘onde '. Una raccolta di canzoni».")


def test_a_name_of_quote_marks_alone_is_no_mention():
    article = parse_article(CLOSING_QUOTE_FIRST, "t.txt")
    doc = spacy.blank("it")(article.text)
    quote = next(t for t in doc if t.text == "‘")
    doc.ents = [Span(doc, quote.i, quote.i + 1, label="LOC")]
    assert mentions_of(article, doc, load_knowledge().gazetteer) == []


def test_extract_goes_through_a_title_opening_with_a_closing_quote(tmp_path):
    (tmp_path / "a.txt").write_text(CLOSING_QUOTE_FIRST, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
