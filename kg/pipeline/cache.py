"""Each article's Extraction on disk, so `kg load` and `kg reload` run spaCy only on new text.

An entry is keyed by the article's content hash and a pipeline fingerprint: the spaCy pipeline's
meta.json, the spaCy version, CACHE_VERSION and the source of the modules extraction runs
(EXTRACTION_SOURCES). Changing any of them starts a new cache folder, so a stale extraction is
never served. Layout: <cache dir>/<fingerprint>/<content hash>[-<publication day>].json, written
atomically: the same text dated two ways (by a yearless dateline, or by its meetings, from the
articles loaded with it) has two entries.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from kg.kept import keep_pickle, kept_pickle, replaced_whole, sources_digest
from kg.model import Article, Extraction
from kg.nlp import BLANK, SHIPPED_MODEL, PipelineError

# Bump when extraction rules change in a way the source digest below would not see (data outside kg/).
CACHE_VERSION = 2   # 2: meetings keep their time words unresolved (TimeMention), claims no day
KG_DIR = Path(__file__).resolve().parents[1]
# What an Extraction depends on besides the text and the spaCy pipeline (globs under kg/).
EXTRACTION_SOURCES = ("model.py", "ingest/*.py", "dating/*.py", "extract/*.py", "knowledge/*.py", "nlp/*.py",
                      "data/*.tsv", "data/*.txt", "data/*.gz")
FINGERPRINT_CHARS = 16


def pipeline_fingerprint(model: str | None) -> str:
    """A short hash of everything besides the text that decides an article's Extraction."""
    digest = hashlib.sha256(f"kg-cache {CACHE_VERSION} spacy {version('spacy')}\n".encode())
    digest.update(model_meta(model or str(SHIPPED_MODEL)))
    digest.update(sources_digest(KG_DIR, EXTRACTION_SOURCES))
    return digest.hexdigest()[:FINGERPRINT_CHARS]


def model_meta(model: str) -> bytes:
    """The pipeline's meta.json as bytes (name, version, and the scores that change on retraining)."""
    if model == BLANK:
        return b"blank it"
    path = Path(model)
    if not path.exists():
        try:
            import spacy.util      # here only: a run whose articles are all cached never imports spaCy
            path = spacy.util.get_package_path(model)
        except (ModuleNotFoundError, ImportError) as e:
            raise PipelineError(f"cannot find the spaCy pipeline {model!r}: {e}. "
                                "Give a path or an installed package (KG_SPACY_MODEL or --model).") from e
    meta = path / "meta.json"
    if not meta.is_file():
        raise PipelineError(f"the spaCy pipeline {model!r} has no meta.json in {path}")
    return meta.read_bytes()


# --- Extraction <-> JSON ------------------------------------------------------------------

def to_json(extraction: Extraction) -> str:
    return json.dumps(dataclasses.asdict(extraction), ensure_ascii=False, default=_encode)


def from_json(text: str) -> Extraction:
    return decode(Extraction, json.loads(text))


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the extraction cache")


@functools.cache
def field_types(tp: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields and their types, read once (typing.get_type_hints is slow)."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))


def decode(tp: Any, value: Any) -> Any:
    """A JSON value back into the type `tp` of kg/model.py: dataclasses, lists, tuple[X, ...],
    X | None, date, and plain values. A field the JSON lacks takes its default."""
    return decoder(tp)(value)


@functools.cache
def decoder(tp: Any) -> Callable[[Any], Any]:
    """decode() for one type, its fields' types looked at once: asking typing about each value took
    most of the time of reading 10,000 cached extractions. Every decoder gives None for None."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return dataclass_decoder(tp)
    if origin in (typing.Union, types.UnionType):
        return decoder(next(a for a in args if a is not type(None)))
    if origin in (list, tuple):
        return sequence_decoder(origin, decoder(args[0]))
    if tp is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    return as_it_is


def as_it_is(value: Any) -> Any:
    return value


def dataclass_decoder(tp: type) -> Callable[[Any], Any]:
    fields = [(name, decoder(field_type)) for name, field_type in field_types(tp)]

    def decode_dataclass(value: Any) -> Any:
        if value is None:
            return None
        return tp(**{name: decode_field(value[name]) for name, decode_field in fields if name in value})
    return decode_dataclass


def sequence_decoder(kind: type, decode_item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if decode_item is as_it_is:
        return lambda value: None if value is None else kind(value)

    def decode_sequence(value: Any) -> Any:
        return None if value is None else kind([decode_item(v) for v in value])
    return decode_sequence


# --- the cache ------------------------------------------------------------------------------

@dataclass
class CacheStats:
    hits: int = 0
    extracted: int = 0


class ExtractionCache:
    """Extractions under `directory`/`fingerprint`/, one JSON file per article text."""

    def __init__(self, directory: Path | str, fingerprint: str) -> None:
        self.folder = Path(directory) / fingerprint

    def path(self, article: Article) -> Path:
        return self.path_of(article.content_hash, article.published)

    def path_of(self, content_hash: str, published: date | None) -> Path:
        day = f"-{published.isoformat()}" if published else ""
        return self.folder / f"{content_hash}{day}.json"

    def stored(self, content_hash: str, published: date | None) -> Extraction | None:
        """The extraction kept for this text and day, with the article as it was read then; None if absent."""
        try:
            return from_json(self.path_of(content_hash, published).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction of this text, with `article` (its current source) in it; None if absent."""
        try:
            cached = from_json(self.path(article).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, AttributeError):
            # A truncated or outdated entry is a miss: the article is extracted again and the entry rewritten.
            return None
        if cached.article.content_hash != article.content_hash or cached.article.published != article.published:
            return None         # the same text dated otherwise (a yearless dateline, by its load): dates differ
        return dataclasses.replace(cached, article=article)

    def put(self, extraction: Extraction) -> None:
        with replaced_whole(self.path(extraction.article), "w", encoding="utf-8") as f:
            f.write(to_json(extraction))


def cached_extractions(articles: list[Article], cache: ExtractionCache | None,
                       extract_missing: Callable[[list[Article]], Iterable[Extraction | None]]
                       ) -> tuple[list[Extraction], CacheStats]:
    """One Extraction per article, in order: cache hits as they are, the rest from `extract_missing`
    (called once, with the misses in order; each result is cached as soon as it comes, so an
    interrupted run keeps what it did)."""
    found: list[Extraction | None] = [cache.get(a) if cache else None for a in articles]
    misses = [i for i, x in enumerate(found) if x is None]
    stats = CacheStats(hits=len(articles) - len(misses))
    if misses:
        for i, extraction in zip(misses, _checked(extract_missing([articles[i] for i in misses]), len(misses))):
            if cache and extraction is not None:    # None: failed, named by extract_missing, left out
                cache.put(extraction)
            found[i] = extraction
            stats.extracted += 1
    return [x for x in found if x is not None], stats


def _checked(extractions: Iterable[Extraction], expected: int) -> Iterator[Extraction]:
    n = 0
    for n, x in enumerate(extractions, 1):
        yield x
    if n != expected:
        raise RuntimeError(f"extraction returned {n} results for {expected} articles")


# --- the titles and days of texts read before (kg/ingest read_articles' headings) -------------

HEADINGS_FILE = "headings.pickle"


def load_headings(folder: Path) -> dict[str, tuple]:
    found = kept_pickle(folder / HEADINGS_FILE)
    return found if isinstance(found, dict) else {}


def save_headings(folder: Path, headings: dict[str, tuple]) -> None:
    keep_pickle(folder / HEADINGS_FILE, headings)
