"""Loading a pipeline's lookup tables (the lemmatizer's: 750,000 Italian word forms) without
building spaCy's Table: the pipeline stores each table as a dict of string hashes, which is used as
it comes (spaCy's Table copies it an entry at a time into an OrderedDict and a Bloom filter: 0.6 s
of the 1 s a pipeline takes to load)."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import srsly
from spacy.lookups import Lookups
from spacy.strings import get_string_id


class HashedTable(dict):
    """spaCy's Table as its readers use it (get, [], in, set; a key is a string or its hash), on the
    dict of hashes the pipeline stores. No Bloom filter: it only spared Table a dict look-up."""

    def __init__(self, name: str, data: dict) -> None:
        super().__init__(data)
        self.name = name

    def __getitem__(self, key: str | int) -> Any:
        return dict.__getitem__(self, get_string_id(key))

    def get(self, key: str | int, default: Any = None) -> Any:
        return dict.get(self, get_string_id(key), default)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, get_string_id(key))

    def __setitem__(self, key: str | int, value: Any) -> None:
        dict.__setitem__(self, get_string_id(key), value)

    def set(self, key: str | int, value: Any) -> None:
        self[key] = value


def lookups_from_bytes(self: Lookups, bytes_data: bytes, **kwargs) -> Lookups:
    self._tables = {name: HashedTable(name, data) for name, data in srsly.msgpack_loads(bytes_data).items()}
    return self


@contextlib.contextmanager
def quick_lookups() -> Iterator[None]:
    """Lookups.from_bytes replaced while a pipeline loads."""
    original = Lookups.from_bytes
    Lookups.from_bytes = lookups_from_bytes
    try:
        yield
    finally:
        Lookups.from_bytes = original
