"""query(name): the only code that reads cypher/*.cypher.

A report is a .cypher file whose first line is "// Report: <the question it answers>";
`kg report NAME` runs cypher/NAME.cypher with "-" in NAME read as "_". A graph view is a file whose
first line is "// Graph: <the question it answers>": it returns nodes and relationships for Neo4j
Browser to draw, and takes no parameters. Both go into the Browser favorites.
"""
from __future__ import annotations

import functools
import zipfile
from dataclasses import dataclass
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parents[2] / "cypher"
REPORT_MARK = "// Report:"
GRAPH_MARK = "// Graph:"


@dataclass(frozen=True)
class ReportInfo:
    name: str
    question: str


@functools.cache
def query(name: str) -> str:
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.is_file():
        raise FileNotFoundError(f"no query file {path}")
    return path.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The statements of a multi-statement file (schema.cypher), split on ';'."""
    body = "\n".join(line for line in query(name).splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def reports() -> list[ReportInfo]:
    return marked(REPORT_MARK)


def graph_views() -> list[ReportInfo]:
    """The queries for Neo4j Browser's graph view (cypher/browser_*.cypher), named like reports."""
    return marked(GRAPH_MARK)


def marked(mark: str) -> list[ReportInfo]:
    """The files whose first line starts with `mark`, each with the question that follows it."""
    found = []
    for path in sorted(CYPHER_DIR.glob("*.cypher")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if first.startswith(mark):
            found.append(ReportInfo(path.stem.replace("_", "-"), first[len(mark):].strip()))
    return found


def report_names() -> list[str]:
    return [r.name for r in reports()]


def report_query(name: str) -> str:
    return query(name.replace("-", "_"))


def write_browser_favorites(path: Path | str, folder: str = "kg") -> list[str]:
    """Write the graph views and every report into a zip that Neo4j Browser imports as Favorites (one
    folder, one favorite per file, named by its first line). Returns the file names written."""
    names = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for favorite in graph_views() + reports():
            name = f"{folder}/{favorite.name}.cypher"
            archive.writestr(name, report_query(favorite.name))
            names.append(name)
    return names
