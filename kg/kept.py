"""Files kg keeps beside its articles: the extraction cache and its headings, the resolution state,
the graph's snapshot, the user's corrections. Each is written whole or not at all (a reader finds the
old file or the new one, never half of one), a kept pickle that cannot be read is no file (it is made
again), and a digest of the source that wrote a file tells whether this code may read it.
"""
from __future__ import annotations

import fcntl
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
    """keep_pickle in a forked process, while this one goes on and ends: the resolution state of
    10,000 articles takes 0.3 s to pickle, and a reload's user need not wait for it. The process holds
    a lock beside `path` until the file is written: whoever reads `path` next, this process or the next
    run, waits for it (kept_pickle). A write that fails leaves the old file, which the next run finds is
    not the graph's, and a note that the next reader of `path` prints on stderr."""
    wait_for_writes(path)
    lock = locked(path, fcntl.LOCK_EX)
    pid = os.fork()
    if pid == 0:
        os._exit(written_here(path, value))     # not the parent's exit: its handlers, its buffers
    if lock is not None:
        os.close(lock)      # the lock is the forked process's now, released when it ends
    # the value is held until the process is done: freed here meanwhile, its pages would be copied
    _writing[path] = (pid, value)


def written_here(path: Path, value: Any) -> int:
    """keep_pickle as a forked process's whole work, its output nobody's (the run that forked it may
    be gone, and a pipe to its reader must close with it): its exit status."""
    try:
        quiet = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(quiet, fd)
        keep_pickle(path, value)
        return 0
    except BaseException as e:  # noqa: BLE001  noted for the next reader
        try:
            failure_note(path).write_text(f"kg: could not keep {path}: {e}\n", encoding="utf-8")
        except OSError:
            pass
        return 1


def locked(path: Path, kind: int) -> int | None:
    """A descriptor of the lock file beside `path`, locked (`kind`: fcntl.LOCK_EX to write, LOCK_SH to
    read); None where no lock file can be made (a folder that cannot be written: nothing is written)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.parent / f".{path.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    fcntl.flock(fd, kind)
    return fd


def failure_note(path: Path) -> Path:
    return path.parent / f".{path.name}.failed"


# The files this process's forks are writing (keep_pickle_aside): each process's id and value.
_writing: dict[Path, tuple[int, Any]] = {}


def wait_for_writes(path: Path) -> None:
    """Wait until the processes this one forked to write `path` are done."""
    if path in _writing:
        os.waitpid(_writing.pop(path)[0], 0)


def kept_pickle(path: Path) -> Any | None:
    """The value pickled in `path`, kept until the run ends (long_lived); None when there is none or it
    cannot be read. Waits for a process still writing it; a note that the last write failed goes to
    stderr once."""
    wait_for_writes(path)
    lock = locked(path, fcntl.LOCK_SH) if path.parent.is_dir() else None
    try:
        report_failed_write(path)
        with open(path, "rb") as f, collector_paused():
            return long_lived(pickle.load(f))
    except UNREADABLE:
        return None
    finally:
        if lock is not None:
            os.close(lock)


def report_failed_write(path: Path) -> None:
    note = failure_note(path)
    if note.exists():
        print(note.read_text(encoding="utf-8").rstrip(), file=sys.stderr)
        note.unlink(missing_ok=True)


@contextmanager
def collector_paused() -> Iterator[None]:
    """For work that makes millions of objects and no garbage cycles (unpickling, resolving): the cyclic
    collector's passes over them, triggered by the allocations alone, find nothing and took much of the
    time (unpickling 10,000 articles' resolution state: 0.8 s with them, 0.3 s without; resolving those
    articles: 6.4-7.4 s with them, 5.4-5.8 s without, and gc.collect() found nothing after)."""
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
