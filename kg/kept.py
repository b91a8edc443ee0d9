"""Files kg keeps beside its articles: the extraction cache and its headings, the resolution state,
the graph's snapshot, the user's corrections. Each is written whole or not at all (a reader finds the
old file or the new one, never half of one), a kept pickle that cannot be read is no file (it is made
again), and a digest of the source that wrote a file tells whether this code may read it.
"""
from __future__ import annotations

import atexit
import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

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


def keep_pickle_aside(path: Path, value: Any) -> None:
    """keep_pickle in a forked process, while this one goes on (the graph's write, its summary): the
    resolution state of 10,000 articles takes 0.3 s to pickle. This process waits for it before it
    reads `path` again and before it exits. A write that fails says so on stderr and leaves the old
    file, which the next run finds is not the graph's."""
    wait_for_writes(path)
    pid = os.fork()
    if pid == 0:
        os._exit(written_here(path, value))     # not the parent's exit: its handlers, its buffers
    # the value is held until the process is done: freed here meanwhile, its pages would be copied
    _writing[path] = (pid, value)


def written_here(path: Path, value: Any) -> int:
    """keep_pickle as a forked process's whole work: its exit status."""
    try:
        keep_pickle(path, value)
        return 0
    except BaseException as e:  # noqa: BLE001  reported, for the parent to go on
        print(f"kg: could not keep {path}: {e}", file=sys.stderr, flush=True)
        return 1


# The files forked processes are writing (keep_pickle_aside): each process's id and value.
_writing: dict[Path, tuple[int, Any]] = {}


@atexit.register
def wait_for_writes(path: Path | None = None) -> None:
    """Wait until the forked processes writing `path` (or any file) are done."""
    for written in [p for p in _writing if path is None or p == path]:
        os.waitpid(_writing.pop(written)[0], 0)


def kept_pickle(path: Path) -> Any | None:
    """The value pickled in `path`, kept until the run ends (long_lived); None when there is none or it
    cannot be read."""
    wait_for_writes(path)
    try:
        with open(path, "rb") as f, collector_paused():
            return long_lived(pickle.load(f))
    except UNREADABLE:
        return None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Unpickling makes millions of objects and no garbage: the cyclic collector's passes over them,
    triggered by the allocations alone, took more than half the time (0.8 s of 10,000 articles'
    resolution state, 0.3 s without them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


T = TypeVar("T")


def long_lived(value: T) -> T:
    """`value`, which the run keeps until it ends (the resolution state, the graph's snapshot, the
    articles read, the tables, the spaCy pipeline): gc.freeze() takes it, and whatever else lives now,
    out of the cyclic collector's reach, so that no later pass walks it again (those passes took 0.5 s
    of a reload into 10,000 articles). What the run drops is still freed as usual, by its reference
    count: only garbage cycles among these objects would stay, and plain data makes none."""
    gc.freeze()
    return value


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
