"""Files kg keeps beside its articles: the extraction cache and its headings, the resolution state,
the graph's snapshot, the user's corrections. Each is written whole or not at all (a reader finds the
old file or the new one, never half of one), a kept pickle that cannot be read is no file (it is made
again), and a digest of the source that wrote a file tells whether this code may read it.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

# What a damaged, truncated or outdated pickle raises when read.
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError)


@contextmanager
def replaced_whole(path: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """A temporary file beside `path`, renamed over it when the block ends without error, else removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def keep_pickle(path: Path, value: Any) -> None:
    with replaced_whole(path) as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)


def kept_pickle(path: Path) -> Any | None:
    """The value pickled in `path`; None when there is none or it cannot be read."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except UNREADABLE:
        return None


@functools.lru_cache(maxsize=None)
def sources_digest(root: Path, patterns: tuple[str, ...]) -> bytes:
    """A digest of the files matching `patterns` under `root`, their names and contents: the code
    does not change while kg runs, so each set is read once per process."""
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            digest.update(f"\n{path.relative_to(root)}\n".encode())
            digest.update(path.read_bytes())
    return digest.digest()
