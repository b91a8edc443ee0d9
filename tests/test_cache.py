"""kg/extract/cache.py: extractions on disk, no database, no trained pipeline."""
from dataclasses import replace
from datetime import date

import pytest

from kg.pipeline import cache
from kg.pipeline.cache import ExtractionCache, cached_extractions, from_json, pipeline_fingerprint, to_json
from kg.ingest import parse_article
from kg.model import ClaimMention, Extraction, MeetingMention, Mention, TimeMention
from kg.nlp import PipelineError

TEXT = "date 2026-01-21 Vertice a Mosca\nDomani a Mosca l'incontro privato tra Putin e Witkoff. «Vogliamo la pace», ha detto Peskov."
TOMORROW = TimeMention("Domani", TEXT.index("Domani"), TEXT.index("Domani") + 6, "relative_day", offset=1,
                       qualifier="future", tense="future")


def an_extraction(source: str = "news/a.txt") -> Extraction:
    article = parse_article(TEXT, source=source)
    putin = Mention(article.id, "Putin", 70, 75, "PER")
    witkoff = Mention(article.id, "Witkoff", 78, 85, "PER", role="inviato di Trump")
    moscow = Mention(article.id, "Mosca", 41, 46, "LOC")
    peskov = Mention(article.id, "Peskov", 120, 126, "PER", principal_of_role=True)
    return Extraction(
        article=article,
        mentions=[moscow, putin, witkoff, peskov],
        meetings=[MeetingMention(article.id, (putin, witkoff), moscow, TOMORROW, "planned",
                                 "Domani a Mosca l'incontro privato tra Putin e Witkoff.")],
        claims=[ClaimMention(article.id, peskov, "Vogliamo la pace", "«Vogliamo la pace», ha detto Peskov.")])


def test_json_round_trip_gives_back_the_same_extraction():
    extraction = an_extraction()
    back = from_json(to_json(extraction))
    assert back == extraction
    assert isinstance(back.meetings[0].participants, tuple) and back.meetings[0].when == TOMORROW
    assert isinstance(back.meetings[0].when, TimeMention) and back.article.published == date(2026, 1, 21)


def test_cache_hit_carries_the_current_source(tmp_path):
    store = ExtractionCache(tmp_path, "fp")
    store.put(an_extraction("old/place.txt"))
    moved = parse_article(TEXT, source="new/place.txt")
    hit = store.get(moved)
    assert hit == replace(an_extraction(), article=moved)
    assert hit.article.source == "new/place.txt"
    assert [p.name for p in (tmp_path / "fp").iterdir()] == [f"{moved.content_hash}-2026-01-21.json"]


def test_another_fingerprint_or_text_is_a_miss(tmp_path):
    ExtractionCache(tmp_path, "fp").put(an_extraction())
    assert ExtractionCache(tmp_path, "other").get(an_extraction().article) is None
    assert ExtractionCache(tmp_path, "fp").get(parse_article(TEXT + " Altro.", source="news/a.txt")) is None


def test_the_same_text_dated_otherwise_is_a_miss_and_both_datings_stay_cached(tmp_path):
    store = ExtractionCache(tmp_path, "fp")
    store.put(an_extraction())
    redated = replace(an_extraction(), article=replace(an_extraction().article, published=date(2025, 1, 21)))
    assert store.get(redated.article) is None
    store.put(redated)
    assert store.get(redated.article) == redated and store.get(an_extraction().article) == an_extraction()


def test_a_broken_entry_is_a_miss(tmp_path):
    store = ExtractionCache(tmp_path, "fp")
    store.put(an_extraction())
    store.path(an_extraction().article).write_text('{"article": {"id": ', encoding="utf-8")
    assert store.get(an_extraction().article) is None


def test_only_misses_are_extracted_and_then_cached(tmp_path):
    store = ExtractionCache(tmp_path, "fp")
    cached = an_extraction("a.txt")
    store.put(cached)
    fresh = parse_article("Putin ha incontrato Witkoff a Mosca.", source="b.txt")
    asked = []

    def extract_missing(articles):
        asked.append([a.source for a in articles])
        return [Extraction(article=a) for a in articles]

    extractions, stats = cached_extractions([fresh, cached.article], store, extract_missing)
    assert asked == [["b.txt"]]
    assert [x.article.source for x in extractions] == ["b.txt", "a.txt"]
    assert (stats.hits, stats.extracted) == (1, 1)
    assert store.get(fresh) == Extraction(article=fresh)
    _, again = cached_extractions([fresh, cached.article], store, extract_missing)
    assert (again.hits, again.extracted, len(asked)) == (2, 0, 1)


def test_fingerprint_follows_the_pipeline_and_the_cache_version(monkeypatch):
    shipped = pipeline_fingerprint(None)
    assert shipped == pipeline_fingerprint(None)
    assert pipeline_fingerprint("blank") != shipped
    monkeypatch.setattr(cache, "CACHE_VERSION", cache.CACHE_VERSION + 1)
    assert pipeline_fingerprint(None) != shipped


def test_fingerprint_of_a_missing_pipeline_says_so():
    with pytest.raises(PipelineError, match="no_such_pipeline"):
        pipeline_fingerprint("no_such_pipeline")
