"""The `kg` command (commands.py); rendering of tables, CSV, JSON (output.py) and the timeline (plot.py)."""
from kg.cli.commands import cli

__all__ = ["cli"]
