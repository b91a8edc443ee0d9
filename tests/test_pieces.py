"""Long articles in pieces (kg/ingest/pieces.py), and one failing article among others (kg/pipeline)."""
import pytest
from spacy.language import Language

from kg import pipeline
from kg.pipeline import reader
from kg.extract import extract
from kg.ingest import parse_article
from kg.ingest.pieces import PIECE_CHARS, cut_points, joined, pieces_of
from kg.knowledge import load_knowledge
from kg.nlp import BLANK
from kg.nlp.pipeline import build_pipeline

KNOWLEDGE = load_knowledge()

PARAGRAPH = ("Il cancelliere austriaco Carlo Bassi ha incontrato ieri a Vienna l'inviato belga Piet Vos. "
             "«Il confronto prosegue», ha detto il portavoce della cancelleria Luca Neri.\n\n")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(BLANK, knowledge=KNOWLEDGE)


def test_a_news_article_is_one_piece():
    article = parse_article(PARAGRAPH * 3, "a.txt")
    [piece] = pieces_of(article)
    assert (piece.article, piece.offset) == (article, 0)


@pytest.mark.parametrize("text", [PARAGRAPH * 40, "parola " * 2000, "x" * 5000, ("Frase breve. " * 50 + "\n") * 20])
def test_pieces_are_short_and_put_back_give_the_text(text):
    ends = cut_points(text, 1000)
    starts = [0, *ends[:-1]]
    assert ends[-1] == len(text)
    assert all(0 < end - start <= 1000 for start, end in zip(starts, ends))
    assert "".join(text[s:e] for s, e in zip(starts, ends)) == text


def test_pieces_end_at_a_paragraph_break_when_there_is_one():
    text = PARAGRAPH * 40
    assert all(text[:end].endswith("\n\n") for end in cut_points(text, 1000)[:-1])


def test_pieces_of_a_text_without_breaks_grow_linearly():
    assert len(cut_points("x" * (10 * PIECE_CHARS), PIECE_CHARS)) == 10


def test_the_pieces_extractions_joined_point_into_the_whole_text(nlp):
    article = parse_article(PARAGRAPH * 30, "long.txt")
    pieces = pieces_of(article, max_chars=1000)
    assert len(pieces) > 5
    whole = joined(article, [(p, extract(p.article, nlp(p.article.text), KNOWLEDGE)) for p in pieces])
    in_one_go = extract(article, nlp(article.text), KNOWLEDGE)
    assert [(m.surface, m.start, m.end) for m in whole.mentions] == \
        [(m.surface, m.start, m.end) for m in in_one_go.mentions]
    assert len(whole.meetings) == len(in_one_go.meetings) == 30
    assert len(whole.claims) == len(in_one_go.claims) == 30
    for m in [*whole.mentions, *(p for x in whole.meetings for p in x.participants),
              *(x.location for x in whole.meetings), *(c.speaker for c in whole.claims)]:
        assert article.text[m.start:m.end] == m.surface


def test_a_long_article_goes_through_in_pieces():
    article = parse_article(PARAGRAPH * 200, "long.txt")          # 33,000 characters: 4 pieces
    [extraction] = pipeline.extractions_of([article], KNOWLEDGE, model=BLANK)
    assert len(extraction.meetings) == 200
    assert all(article.text[m.start:m.end] == m.surface for m in extraction.mentions)


def test_an_article_that_fails_is_named_and_the_others_go_on(monkeypatch):
    good, bad = parse_article(PARAGRAPH, "good.txt"), parse_article("Testo che fa fallire.", "bad.txt")
    real = reader.extract

    def failing(article, doc, knowledge):
        if article.source == "bad.txt":
            raise IndexError("list index out of range")
        return real(article, doc, knowledge)
    monkeypatch.setattr(reader, "extract", failing)
    failures = []
    extractions = pipeline.extractions_of([bad, good], KNOWLEDGE, model=BLANK, on_failure=failures.append)
    assert [x.article.source for x in extractions] == ["good.txt"]
    assert [str(f) for f in failures] == ["bad.txt: extraction failed (IndexError: list index out of range)"]
    with pytest.raises(pipeline.ArticleFailed, match="bad.txt: extraction failed"):
        pipeline.extractions_of([bad, good], KNOWLEDGE, model=BLANK)


def test_a_failed_article_is_not_cached(monkeypatch, tmp_path):
    bad = parse_article("Testo che fa fallire.", "bad.txt")
    monkeypatch.setattr(reader, "extract", lambda article, doc, knowledge: 1 / 0)
    assert pipeline.extractions_of([bad], KNOWLEDGE, model=BLANK, cache_dir=str(tmp_path),
                                   on_failure=lambda f: None) == []
    assert list(tmp_path.rglob("*.json")) == []


def test_an_article_that_fails_in_spacy_stops_no_other(monkeypatch):
    def failing_pipeline(model, knowledge):
        nlp = build_pipeline(model, knowledge=knowledge)

        @Language.component("test_fails_on_fallire")
        def fails(doc):
            if "fallire" in doc.text:
                raise ValueError("[E1010] Unable to set entity information\nfor token 7")
            return doc
        nlp.add_pipe("test_fails_on_fallire")
        return nlp
    monkeypatch.setattr(reader, "build_pipeline", failing_pipeline)
    good, bad = parse_article(PARAGRAPH, "good.txt"), parse_article("Testo che fa fallire.", "bad.txt")
    failures = []
    extractions = pipeline.extractions_of([good, bad, good], KNOWLEDGE, model=BLANK, on_failure=failures.append)
    assert [x.article.source for x in extractions] == ["good.txt", "good.txt"]
    assert [str(f) for f in failures] == ["bad.txt: extraction failed (ValueError: [E1010] Unable to set entity information)"]
