"""Meetings over time as a picture: one lane per actor, a dot per meeting on its date, a line joining
the participants of one meeting. Pure: rows in, a PNG or SVG file out (matplotlib's Agg renderer, no
window, no global pyplot state). `kg report timeline --png FILE` feeds it the rows of
cypher/meetings_timeline.cypher."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from kg.text import plural

# The report whose rows plot_rows() reads, and the reports that `kg report NAME --png` draws with it.
PLOT_REPORT = "meetings-timeline"
PLOTTED_REPORTS = ("timeline", "meetings-timeline")
FORMATS = {".png": "png", ".svg": "svg"}
DEFAULT_LANES = 12

HELD, PLANNED = "held", "planned"
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#bcbd22", "#7f7f7f"]
INK, MUTED, BAND = "#222222", "#666666", "#f3f4f6"


@dataclass(frozen=True)
class Meeting:
    date: dt.date | None
    status: str
    title: str
    participants: tuple[str, ...]


@dataclass(frozen=True)
class PlotSummary:
    path: Path
    meetings: int        # dated meetings drawn
    undated: int         # meetings left out: no date
    actors: int          # actors in the drawn meetings
    lanes: int           # actors given a lane (the ones with most meetings)

    def __str__(self) -> str:
        text = f"Wrote {self.path}: {self.meetings} meetings, {self.lanes} actors"
        if self.lanes < self.actors:
            text += f" (the {self.lanes} with most meetings of {self.actors})"
        if self.undated:
            text += f"; {self.undated} undated {plural(self.undated, 'meeting')} left out"
        return text + "."


def image_format(path: str | Path) -> str:
    """'png' or 'svg' from the file name; ValueError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot draw {Path(path).name}: the file name must end in .png or .svg")
    return FORMATS[suffix]


def meetings_from_rows(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Meeting]:
    """The rows of a report with columns date, status, meeting and participants (others are ignored)."""
    missing = {"date", "status", "meeting", "participants"} - set(headers)
    if missing:
        raise ValueError(f"cannot draw these rows: no column {', '.join(sorted(missing))}")
    col = {h: i for i, h in enumerate(headers)}
    meetings = []
    for row in rows:
        day = row[col["date"]]
        participants = row[col["participants"]] or []
        if isinstance(participants, str):
            participants = [p.strip() for p in participants.split(",") if p.strip()]
        meetings.append(Meeting(date=parse_day(day), status=row[col["status"]] or "",
                                title=row[col["meeting"]] or "", participants=tuple(participants)))
    return meetings


def parse_day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def plot_rows(headers: Sequence[str], rows: Iterable[Sequence[Any]], path: str | Path, **options) -> PlotSummary:
    return plot_meetings(meetings_from_rows(headers, rows), path, **options)


def lanes_of(meetings: Sequence[Meeting], top: int) -> tuple[list[str], Counter]:
    """The `top` actors with most meetings (ties: the earlier first meeting, then the name), and every count."""
    counts: Counter = Counter()
    first: dict[str, dt.date] = {}
    for m in meetings:
        for name in dict.fromkeys(m.participants):
            counts[name] += 1
            first[name] = min(first.get(name, m.date), m.date)
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n], n))
    return ranked[:top], counts


def plot_meetings(meetings: Sequence[Meeting], path: str | Path, *, lanes: int = DEFAULT_LANES,
                  title: str = "Who met whom, and when", note: str = "") -> PlotSummary:
    """Draw the dated meetings into path (.png or .svg): held meetings filled, planned ones hollow.
    Undated meetings are left out and counted in the subtitle; `note` (e.g. the filters) is added to it."""
    fmt = image_format(path)
    path = Path(path)
    dated = sorted((m for m in meetings if m.date is not None), key=lambda m: (m.date, m.title))
    undated = len(meetings) - len(dated)
    names, counts = lanes_of(dated, lanes)
    lane = {name: i for i, name in enumerate(names)}

    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    height = max(3.4, 1.9 + 0.48 * max(len(names), 1))
    fig = Figure(figsize=(11, height), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    # Title and subtitle both start at the plot's left edge, above it.
    ax.set_title(subtitle(dated, undated, len(names), len(counts), note), loc="left", fontsize=9.5, color=MUTED,
                 pad=12)
    ax.annotate(title, (0, 1), xycoords="axes fraction", xytext=(0, 30), textcoords="offset points", ha="left",
                va="bottom", fontsize=15, fontweight="bold", color=INK)

    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    ax.spines["bottom"].set_color("#999999")
    ax.tick_params(axis="y", length=0)
    ax.tick_params(axis="x", colors=INK, labelsize=9)

    if not dated:
        ax.set_yticks([])
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        ax.text(0.5, 0.5, "No dated meetings to draw", transform=ax.transAxes, ha="center", va="center",
                fontsize=12, color=MUTED)
        fig.savefig(path, format=fmt, facecolor="white")
        return PlotSummary(path, 0, undated, 0, 0)

    # Lanes: the actor with most meetings on top, a light band every other lane.
    for i in range(len(names)):
        if i % 2 == 0:
            ax.axhspan(i - 0.5, i + 0.5, color=BAND, zorder=0, linewidth=0)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels([f"{n}  ({counts[n]})" for n in names], fontsize=10, color=INK)

    first, last = dated[0].date, dated[-1].date
    span = max((last - first).days, 1)
    pad = dt.timedelta(days=max(1.0, span * 0.05))
    ax.set_xlim(first - pad, last + pad)

    # Meetings on the same day sit side by side, a little apart.
    same_day = Counter(m.date for m in dated)
    seen: Counter = Counter()
    step = span * 0.012
    for n, m in enumerate(dated):
        k, total = seen[m.date], same_day[m.date]
        seen[m.date] += 1
        x = mdates.date2num(m.date) + (k - (total - 1) / 2) * step
        colour = PALETTE[n % len(PALETTE)]
        ys = sorted({lane[p] for p in m.participants if p in lane})
        if not ys:
            continue
        if len(ys) > 1:
            ax.plot([x, x], [ys[0], ys[-1]], color=colour, linewidth=2.2, alpha=0.55, zorder=2,
                    solid_capstyle="round")
        held = m.status == HELD
        ax.plot([x] * len(ys), ys, linestyle="none", marker="o", markersize=11, markeredgewidth=2.2,
                markeredgecolor=colour, markerfacecolor=colour if held else "white", zorder=3)
        hidden = len(set(m.participants)) - len(ys)
        if hidden:
            ax.annotate(f"+{hidden}", (x, ys[-1]), xytext=(0, -13), textcoords="offset points", ha="center",
                        va="top", fontsize=7.5, color=MUTED)

    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd", linewidth=0.8, zorder=1)
    ax.set_axisbelow(True)

    legend = [Line2D([], [], linestyle="none", marker="o", markersize=9, markeredgewidth=2, color=INK,
                     markerfacecolor=INK, label="held"),
              Line2D([], [], linestyle="none", marker="o", markersize=9, markeredgewidth=2, color=INK,
                     markerfacecolor="white", label="planned"),
              Line2D([], [], color=MUTED, linewidth=2.2, alpha=0.7, label="same meeting")]
    fig.legend(handles=legend, loc="outside lower right", ncols=3, frameon=False, fontsize=9)

    fig.savefig(path, format=fmt, facecolor="white", metadata={"Date": None} if fmt == "svg" else None)
    return PlotSummary(path, len(dated), undated, len(counts), len(names))


def subtitle(dated: Sequence[Meeting], undated: int, lanes: int, actors: int, note: str) -> str:
    parts = []
    if dated:
        first, last = dated[0].date, dated[-1].date
        when = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
        parts.append(f"{len(dated)} dated {plural(len(dated), 'meeting')}, {when}")
        parts.append(f"the {lanes} actors with most meetings of {actors}" if lanes < actors
                     else f"{actors} {plural(actors, 'actor')} (meetings in brackets)")
    parts.append(f"{undated} undated {plural(undated, 'meeting')} left out" if undated else "no undated meetings")
    if note:
        parts.append(note)
    return "  ·  ".join(parts)
