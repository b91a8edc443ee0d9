"""The resolution state (state.py) on disk, beside the extraction cache: one pickle, written
atomically, valid for one resolver (the source of kg/resolve and kg/dating), one configuration and
one set of corrections. Anything else found there is ignored (the set is resolved again)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from kg.corrections import Corrections
from kg.kept import keep_pickle_aside, kept_pickle, sources_digest
from kg.resolve.config import ResolverConfig
from kg.resolve.state import ResolveState

KG_DIR = Path(__file__).resolve().parents[1]
# (kg/knowledge too: names.py says which names are one person's)
RESOLVER_SOURCES = ("model.py", "resolve/*.py", "dating/*.py", "knowledge/*.py")
STATE_FILE = "resolution.pickle"


def resolver_key(config: ResolverConfig, corrections: Corrections | None) -> str:
    digest = hashlib.sha256(repr((config, corrections and (corrections.merges, corrections.splits))).encode())
    digest.update(sources_digest(KG_DIR, RESOLVER_SOURCES))
    return digest.hexdigest()[:16]


def load_state(folder: Path, key: str) -> ResolveState | None:
    kept = kept_pickle(folder / STATE_FILE)
    return kept[1] if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key else None


def save_state(folder: Path, key: str, state: ResolveState) -> None:
    keep_pickle_aside(folder / STATE_FILE, (key, state))
