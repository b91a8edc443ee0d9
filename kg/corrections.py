"""A user's corrections to entity resolution, kept in a small JSON file, read and checked here and
applied by kg/resolve/corrections.py on every run:
`kg merge A B` (B is the same as A) and `kg split A ALIAS` (ALIAS is someone else than A).

    {"merge": [["Dmitry Peskov", "Peskov D."]], "split": [["Jared Kushner", "Kushner"]]}

"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kg.kept import replaced_whole

DEFAULT_FILE = "kg-corrections.json"


class CorrectionsError(Exception):
    pass


@dataclass
class Corrections:
    merges: list[tuple[str, str]] = field(default_factory=list)
    splits: list[tuple[str, str]] = field(default_factory=list)


def load_corrections(path: Path) -> Corrections:
    """The corrections in `path` (none if there is no such file), checked: one error naming the
    file and what is wrong in it."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return Corrections()
    except OSError as e:
        raise CorrectionsError(f"{path}: cannot read the corrections file ({(e.strerror or str(e)).lower()})") from e
    except UnicodeDecodeError as e:
        raise CorrectionsError(f"{path}: not a corrections file (not UTF-8 text)") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CorrectionsError(f"{path}: not a corrections file (not JSON: {e})") from e
    problem = shape_problem(data)
    if problem:
        raise CorrectionsError(f"{path}: not a corrections file ({problem}); expected {EXPECTED}")
    return Corrections([tuple(p) for p in data.get("merge", [])], [tuple(p) for p in data.get("split", [])])


EXPECTED = '{"merge": [["NAME", "OTHER"], ...], "split": [["NAME", "ALIAS"], ...]}'


def corrections_digest(corrections: Corrections) -> str:
    """A short hash of what the corrections say: the graph keeps the one it was resolved with."""
    return hashlib.sha256(json.dumps(as_data(corrections), ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def shape_problem(data: object) -> str | None:
    """What keeps `data` from being {"merge": [[name, name], ...], "split": [[name, name], ...]}."""
    if not isinstance(data, dict):
        return f"a JSON {json_type(data)}, not an object"
    unknown = sorted(set(data) - {"merge", "split"})
    if unknown:
        return f"unknown key {unknown[0]!r}"
    for name, pairs in data.items():
        if not isinstance(pairs, list):
            return f"{name!r} is a JSON {json_type(pairs)}, not a list"
        for i, pair in enumerate(pairs, 1):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, str) and n.strip() for n in pair)):
                return f"{name!r} entry {i} is {json.dumps(pair, ensure_ascii=False)[:60]}, not two names"
    return None


def json_type(value: object) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def update_corrections(path: Path, change: Callable[[Corrections], None]) -> None:
    """Read, change and write the corrections under a lock on their folder, so concurrent `kg merge`
    and `kg split` each keep their entry; the file is replaced whole, never left half-written."""
    try:
        with locked_folder(path.parent):
            corrections = load_corrections(path)
            change(corrections)
            save_corrections(path, corrections)
    except OSError as e:
        raise CorrectionsError(f"{path}: cannot write the corrections file ({(e.strerror or str(e)).lower()})") from e


def save_corrections(path: Path, corrections: Corrections) -> None:
    with replaced_whole(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(as_data(corrections), ensure_ascii=False, indent=1) + "\n")


def as_data(corrections: Corrections) -> dict[str, list[list[str]]]:
    return {"merge": [list(p) for p in corrections.merges], "split": [list(p) for p in corrections.splits]}


@contextmanager
def locked_folder(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder itself (flock on its descriptor): no lock file is left behind."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)        # closing releases the lock
