"""The `kg` command (commands.py); rendering of tables, CSV, JSON (output.py) and the timeline (plot.py)."""
from __future__ import annotations

import os
import sys


def main() -> None:
    """The `kg` console script. `kg reload` forks the process that builds the spaCy pipeline
    (kg/pipeline/jobs.py, ReaderAhead) before the command's modules are imported: the pipeline is
    ready sooner, and the fork happens before any driver thread exists."""
    if sys.argv[1:2] == ["reload"]:
        from kg.pipeline.jobs import start_reading_ahead
        start_reading_ahead(os.environ.get("KG_SPACY_MODEL") or None)
    from kg.cli.commands import cli
    cli()


def __getattr__(name: str):
    """`from kg.cli import cli` without importing the command's modules on `import kg.cli` (main)."""
    if name == "cli":
        from kg.cli.commands import cli
        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
