"""render(headers, rows, fmt): the one place that turns rows into table, CSV or JSON text;
and extraction_json(): a Resolution as the `kg extract --json` contract (design.md)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from typing import Any

from kg.model import Resolution

FORMATS = ["table", "csv", "json"]
MIN_COLUMN = 8
MIN_TABLE_WIDTH = 40
DEFAULT_TERMINAL = (120, 24)   # columns, lines: when the output is not a terminal and COLUMNS is unset


def render(headers: list[str], rows: list[list[Any]], fmt: str, *, width: int | None = None,
           full: bool = False) -> str:
    """Rows as a table, CSV or JSON. `width` and `full` shape the table only: CSV and JSON are always whole."""
    if fmt == "json":
        return json.dumps([dict(zip(headers, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([[csv_cell(c) for c in row] for row in rows])
        return out.getvalue().rstrip("\n")
    return table(headers, rows, width, full=full)


def table(headers: list[str], rows: list[list[Any]], width: int | None = None, *, full: bool = False) -> str:
    """A plain text table `width` characters wide (default: the terminal's). The widest columns are
    narrowed to fit; their long cells are cut with '…', or with `full` wrapped onto more lines, and then
    a blank line parts the rows."""
    width = width or shutil.get_terminal_size(DEFAULT_TERMINAL).columns
    cells = [[cell_text(c) for c in row] for row in [headers, *rows]]
    widths = column_widths(cells, width)
    if not full:
        lines = [format_row(r, widths) for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)
    blocks = [wrapped_row(r, widths) for r in cells]
    gap = [""] if any(len(block) > 1 for block in blocks[1:]) else []
    body = [line for block in blocks[1:] for line in gap + block][len(gap):]
    return "\n".join(blocks[0] + ["  ".join("-" * w for w in widths)] + body)


def column_widths(cells: list[list[str]], width: int) -> list[int]:
    """Each column as wide as its widest cell; then the widest column is narrowed, one character at a
    time, until the row (two spaces between columns) fits in `width`. No column gets narrower than its
    header or MIN_COLUMN."""
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    floors = [min(w, max(MIN_COLUMN, len(header))) for w, header in zip(widths, cells[0])]
    while sum(widths) + 2 * (len(widths) - 1) > width:
        narrowable = [i for i, (w, floor) in enumerate(zip(widths, floors)) if w > floor]
        if not narrowable:
            break
        widths[max(narrowable, key=lambda i: widths[i])] -= 1
    return widths


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value).replace("\n", " ")


def csv_cell(value: Any) -> Any:
    """A list (a report's participants) as one cell "a, b", as the table shows it, not Python's repr."""
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def format_row(cells: list[str], widths: list[int]) -> str:
    return "  ".join((c if len(c) <= w else c[:w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()


def wrapped_row(cells: list[str], widths: list[int]) -> list[str]:
    """One row as as many lines as its longest cell needs, each cell wrapped within its column."""
    columns = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
    height = max(len(col) for col in columns)
    return ["  ".join((col[i] if i < len(col) else "").ljust(w) for col, w in zip(columns, widths)).rstrip()
            for i in range(height)]


def extraction_json(res: Resolution) -> str:
    doc = {
        "articles": [{"id": a.id, "source": a.source, "title": a.title,
                      "published": a.published.isoformat() if a.published else None} for a in res.articles],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "roles": a.roles,
                    "side": a.side}
                   for a in res.actors],
        "locations": [{"id": loc.id, "name": loc.name, "aliases": loc.aliases} for loc in res.locations],
        "mentions": [{"article": m.article, "entity": m.entity, "surface": m.surface, "start": m.start,
                      "end": m.end} for m in res.mentions],
        "meetings": [{"id": m.id, "participants": m.participants, "date": m.date and m.date.isoformat(),
                      "location": m.location, "venue": m.venue, "status": m.status, "title": m.title,
                      "reports": [{"article": r.article, "evidence": r.evidence, "date_text": r.date_text}
                                  for r in m.reports]} for m in res.meetings],
        "claims": [{"id": c.id, "speaker": c.speaker, "text": c.text, "article": c.article,
                    "evidence": c.evidence, "date": c.date and c.date.isoformat()} for c in res.claims],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)
