"""render(headers, rows, fmt): the one place that turns rows into table, CSV or JSON text;
and extraction_json(): a Resolution as the `kg extract --json` contract (design.md)."""
from __future__ import annotations

import csv
import io
import json
import shutil
from typing import Any

from kg.model import Resolution

FORMATS = ["table", "csv", "json"]
MIN_COLUMN = 8


def render(headers: list[str], rows: list[list[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(headers, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([[csv_cell(c) for c in row] for row in rows])
        return out.getvalue().rstrip("\n")
    return table(headers, rows)


def table(headers: list[str], rows: list[list[Any]], width: int | None = None) -> str:
    """A plain text table that fits the terminal: the widest columns are cut with '…'."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[cell_text(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > MIN_COLUMN:
        widths[widths.index(max(widths))] -= 1
    lines = [format_row(r, widths) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


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
