"""A user's corrections to entity resolution, kept in a small JSON file and applied on every run:
`kg merge A B` (B is the same as A) and `kg split A ALIAS` (ALIAS is someone else than A).

    {"merge": [["Dmitry Peskov", "Peskov D."]], "split": [["Jared Kushner", "Kushner"]]}

Names are matched on their transliteration key (kg.names.name_key), so spelling variants count.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_FILE = "kg-corrections.json"


class CorrectionsError(Exception):
    pass


@dataclass
class Corrections:
    merges: list[tuple[str, str]] = field(default_factory=list)
    splits: list[tuple[str, str]] = field(default_factory=list)


def load_corrections(path: Path) -> Corrections:
    if not path.exists():
        return Corrections()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Corrections([tuple(p) for p in data.get("merge", [])], [tuple(p) for p in data.get("split", [])])
    except (json.JSONDecodeError, TypeError, ValueError) as e:
        raise CorrectionsError(f"{path}: not a corrections file ({e})") from e


def save_corrections(path: Path, corrections: Corrections) -> None:
    data = {"merge": [list(p) for p in corrections.merges], "split": [list(p) for p in corrections.splits]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
