"""Meetings over time as a picture: one lane per actor, a dot per meeting on its date, a line joining
the participants of one meeting, the dot's colour its place (with a key), a label with the place where it
fits, the year on the time axis, and the undated meetings listed under the picture. Pure: rows in, a PNG
or SVG file out (matplotlib's Agg renderer, no window, no global pyplot state). `kg report timeline --png
FILE` feeds it the rows of cypher/meetings_timeline.cypher."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from kg.text import counted

# The report whose rows plot_rows() reads, and the reports that `kg report NAME --png` draws with it.
PLOT_REPORT = "meetings-timeline"
PLOTTED_REPORTS = ("timeline", "meetings-timeline")
FORMATS = {".png": "png", ".svg": "svg"}
DEFAULT_LANES = 12
MAX_UNDATED_LISTED = 15

HELD, PLANNED = "held", "planned"
# One colour per place, the places with most meetings first; the rest share OTHER_PLACES, and a meeting
# with no known place is NO_PLACE.
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22"]
OTHER_PLACES, NO_PLACE = "#b0b0b0", "#555555"
INK, MUTED, BAND = "#222222", "#666666", "#f3f4f6"
LANE_INCHES, KEY_INCHES, NOTE_LINE_INCHES = 0.48, 0.4, 0.2


@dataclass(frozen=True)
class Meeting:
    date: dt.date | None
    status: str
    title: str
    participants: tuple[str, ...]
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlotSummary:
    path: Path
    meetings: int        # dated meetings drawn
    undated: int         # meetings with no date: listed under the picture
    actors: int          # actors in the drawn meetings
    lanes: int           # actors given a lane (the ones with most meetings)

    def __str__(self) -> str:
        text = f"Wrote {self.path}: {counted(self.meetings, 'meeting')}, {counted(self.lanes, 'actor')}"
        if self.lanes < self.actors:
            text += f" (the {self.lanes} with most meetings of {self.actors})"
        if self.undated:
            text += f"; {counted(self.undated, 'undated meeting')} listed under the picture"
        return text + "."


def image_format(path: str | Path) -> str:
    """'png' or 'svg' from the file name; ValueError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot draw {Path(path).name}: the file name must end in .png or .svg")
    return FORMATS[suffix]


def meetings_from_rows(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Meeting]:
    """The rows of a report with columns date, status, meeting, participants and, if given, places (others
    are ignored)."""
    missing = {"date", "status", "meeting", "participants"} - set(headers)
    if missing:
        raise ValueError(f"cannot draw these rows: no column {', '.join(sorted(missing))}")
    col = {h: i for i, h in enumerate(headers)}
    meetings = []
    for row in rows:
        day = row[col["date"]]
        participants = names_in(row[col["participants"]])
        meetings.append(Meeting(date=parse_day(day), status=row[col["status"]] or "",
                                title=row[col["meeting"]] or "", participants=tuple(participants),
                                places=tuple(names_in(row[col["places"]]) if "places" in col else ())))
    return meetings


def names_in(cell: Any) -> list[str]:
    """A list cell as JSON gives it, or as CSV writes it ("a, b")."""
    if isinstance(cell, str):
        return [p.strip() for p in cell.split(",") if p.strip()]
    return list(cell or [])


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
    """Draw the dated meetings into path (.png or .svg): held meetings filled, planned ones hollow, each
    in its place's colour. Undated meetings are listed under the picture; `note` (e.g. the filters) ends
    the subtitle."""
    fmt = image_format(path)
    path = Path(path)
    dated = sorted((m for m in meetings if m.date is not None), key=lambda m: (m.date, m.title))
    undated = [m for m in meetings if m.date is None]
    names, counts = lanes_of(dated, lanes)
    notes = undated_lines(undated)

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    plot_inches = max(1.6, 1.0 + LANE_INCHES * max(len(names), 1))
    heights = [plot_inches, KEY_INCHES] + ([NOTE_LINE_INCHES * len(notes) + 0.1] if notes else [])
    fig = Figure(figsize=(11, sum(heights) + 1.0), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    grid = fig.add_gridspec(len(heights), 1, height_ratios=heights)
    ax, key_ax = fig.add_subplot(grid[0]), fig.add_subplot(grid[1])
    # Title and subtitle both start at the plot's left edge, above it.
    ax.set_title(subtitle(dated, len(undated), len(names), len(counts), note), loc="left", fontsize=9.5,
                 color=MUTED, pad=12)
    ax.annotate(title, (0, 1), xycoords="axes fraction", xytext=(0, 30), textcoords="offset points", ha="left",
                va="bottom", fontsize=15, fontweight="bold", color=INK)
    plain_axes(ax)
    if notes:
        list_undated(fig.add_subplot(grid[2]), notes)

    if not dated:
        ax.set_yticks([])
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        ax.text(0.5, 0.5, "No dated meetings to draw", transform=ax.transAxes, ha="center", va="center",
                fontsize=12, color=MUTED)
        key_ax.set_axis_off()
        fig.savefig(path, format=fmt, facecolor="white")
        return PlotSummary(path, 0, len(undated), 0, 0)

    colours = place_colours(dated)
    draw_lanes(ax, names, counts)
    set_time_axis(ax, dated[0].date, dated[-1].date)
    tops = draw_meetings(ax, dated, {name: i for i, name in enumerate(names)}, colours)
    label_meetings(ax, tops)
    draw_key(key_ax, colours, dated)
    fig.savefig(path, format=fmt, facecolor="white", metadata={"Date": None} if fmt == "svg" else None)
    return PlotSummary(path, len(dated), len(undated), len(counts), len(names))


def plain_axes(ax) -> None:
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    ax.spines["bottom"].set_color("#999999")
    ax.tick_params(axis="y", length=0)
    ax.tick_params(axis="x", colors=INK, labelsize=9)


def draw_lanes(ax, names: Sequence[str], counts: Counter) -> None:
    """One lane per actor, the actor with most meetings on top, a light band every other lane."""
    for i in range(0, len(names), 2):
        ax.axhspan(i - 0.5, i + 0.5, color=BAND, zorder=0, linewidth=0)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels([f"{n}  ({counts[n]})" for n in names], fontsize=10, color=INK)


def place_of(m: Meeting) -> str | None:
    return m.places[0] if m.places else None


def place_colours(meetings: Sequence[Meeting]) -> dict[str | None, str]:
    """A colour for each of the places with most meetings (ties: the earlier first meeting); the other
    places share OTHER_PLACES, and meetings with no place (None) NO_PLACE."""
    counts = Counter(place_of(m) for m in meetings if place_of(m))
    ranked = sorted(counts, key=lambda p: (-counts[p], next(i for i, m in enumerate(meetings) if place_of(m) == p)))
    colours: dict[str | None, str] = {p: PALETTE[i] for i, p in enumerate(ranked[:len(PALETTE)])}
    colours.update({p: OTHER_PLACES for p in ranked[len(PALETTE):]})
    colours[None] = NO_PLACE
    return colours


def draw_meetings(ax, dated: Sequence[Meeting], lane: dict[str, int], colours: dict[str | None, str]
                  ) -> list[tuple[float, int, Meeting]]:
    """A dot on each participant's lane, a line joining them; meetings on the same day sit side by side.
    Returns where each meeting's top dot is, for its label."""
    import matplotlib.dates as mdates
    span = max((dated[-1].date - dated[0].date).days, 1)
    same_day = Counter(m.date for m in dated)
    seen: Counter = Counter()
    tops = []
    for m in dated:
        k, total = seen[m.date], same_day[m.date]
        seen[m.date] += 1
        x = mdates.date2num(m.date) + (k - (total - 1) / 2) * span * 0.012
        ys = sorted({lane[p] for p in m.participants if p in lane})
        if not ys:
            continue
        colour = colours.get(place_of(m), OTHER_PLACES)
        if len(ys) > 1:
            ax.plot([x, x], [ys[0], ys[-1]], color=colour, linewidth=2.2, alpha=0.55, zorder=2,
                    solid_capstyle="round")
        ax.plot([x] * len(ys), ys, linestyle="none", marker="o", markersize=11, markeredgewidth=2.2,
                markeredgecolor=colour, markerfacecolor=colour if m.status == HELD else "white", zorder=3)
        tops.append((x, ys[0], m))
    return tops


def meeting_label(m: Meeting, shown: set[str]) -> str:
    """The place, and the participants who have no lane ("+ Yuri Ushakov")."""
    hidden = [p for p in dict.fromkeys(m.participants) if p not in shown]
    parts = [", ".join(m.places)] if m.places else []
    if hidden:
        parts.append("+ " + ", ".join(hidden))
    return " · ".join(parts)


# Where a meeting's label may go, all above its top dot: centred on it, else starting or ending at it.
LABEL_SPOTS = (((0, 8), "center"), ((-6, 8), "left"), ((6, 8), "right"))
LABEL_OVERHANG = 5      # points a label may reach above the plot, into the gap under the subtitle


def label_meetings(ax, tops: Sequence[tuple[float, int, Meeting]]) -> None:
    """A label at each meeting's top dot, in the first spot where it fits: inside the plot and clear of
    the labels already written (earlier meetings first). A label that fits nowhere is left out."""
    shown = {t.get_text().rsplit("  (", 1)[0] for t in ax.get_yticklabels()}
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    taken = []
    for x, y, m in tops:
        text = meeting_label(m, shown)
        for offset, align in LABEL_SPOTS if text else ():
            label = ax.annotate(text, (x, y), xytext=offset, textcoords="offset points", ha=align, va="bottom",
                                fontsize=8, color=INK, zorder=4)
            box = label.get_window_extent(renderer)
            overhang = LABEL_OVERHANG * ax.figure.dpi / 72
            if frame.x0 <= box.x0 and box.x1 <= frame.x1 and box.y1 <= frame.y1 + overhang and not any(
                    box.overlaps(other) for other in taken):
                taken.append(box)
                break
            label.remove()


def set_time_axis(ax, first: dt.date, last: dt.date) -> None:
    """Dates on the x axis, a little room at both ends, the year under the first tick and wherever it changes."""
    import matplotlib.dates as mdates
    pad = dt.timedelta(days=max(1.0, (last - first).days * 0.05))
    start, end = (dt.datetime.combine(day, dt.time()) for day in (first - pad, last + pad))
    ax.set_xlim(start, end)
    ticks = mdates.AutoDateLocator(minticks=3, maxticks=10).tick_values(start, end)
    days = [d for d in (mdates.num2date(t).date() for t in ticks) if start.date() <= d <= end.date()]
    ax.set_xticks(days, tick_labels(days))
    ax.grid(axis="x", color="#dddddd", linewidth=0.8, zorder=1)
    ax.set_axisbelow(True)


def tick_labels(days: Sequence[dt.date]) -> list[str]:
    """Labels for ticks on these days: "Jan" for ticks on the first of months, "22 Jan" otherwise, "2026"
    for ticks on the first of years; the year below the first label and below each label where it changes."""
    if days and all(d.month == 1 and d.day == 1 for d in days):
        return [str(d.year) for d in days]
    months = all(d.day == 1 for d in days)
    labels, year = [], None
    for d in days:
        labels.append((f"{d:%b}" if months else f"{d.day} {d:%b}") + (f"\n{d.year}" if d.year != year else ""))
        year = d.year
    return labels


def draw_key(key_ax, colours: dict[str | None, str], dated: Sequence[Meeting]) -> None:
    """The key under the plot: what filled and hollow dots and the lines mean, and each colour's place."""
    from matplotlib.lines import Line2D

    def dot(colour: str, filled: bool, label: str) -> Line2D:
        return Line2D([], [], linestyle="none", marker="o", markersize=9, markeredgewidth=2, color=colour,
                      markerfacecolor=colour if filled else "white", label=label)

    used = {place_of(m) if place_of(m) in colours else "other" for m in dated}
    handles = [dot(INK, True, "held"), dot(INK, False, "planned"),
               Line2D([], [], color=MUTED, linewidth=2.2, alpha=0.7, label="same meeting")]
    handles += [dot(c, True, p) for p, c in colours.items() if p is not None and c != OTHER_PLACES and p in used]
    if OTHER_PLACES in colours.values():
        handles.append(dot(OTHER_PLACES, True, "other places"))
    if None in used:
        handles.append(dot(NO_PLACE, True, "place unknown"))
    key_ax.set_axis_off()
    key_ax.legend(handles=handles, loc="upper left", ncols=min(len(handles), 7), frameon=False, fontsize=9,
                  handletextpad=0.4, columnspacing=1.4, borderaxespad=0)


def undated_lines(undated: Sequence[Meeting]) -> list[str]:
    """One line per undated meeting (title and status), at most MAX_UNDATED_LISTED, under a heading."""
    if not undated:
        return []
    lines = [f"{counted(len(undated), 'undated meeting')}, not drawn:"]
    lines += [f"   {m.title} ({m.status})" for m in undated[:MAX_UNDATED_LISTED]]
    if len(undated) > MAX_UNDATED_LISTED:
        lines.append(f"   … and {len(undated) - MAX_UNDATED_LISTED} more: kg report meetings-timeline lists them")
    return lines


def list_undated(notes_ax, lines: Sequence[str]) -> None:
    notes_ax.set_axis_off()
    notes_ax.text(0, 1, "\n".join(lines), transform=notes_ax.transAxes, ha="left", va="top", fontsize=8.5,
                  color=INK, linespacing=1.5)


def subtitle(dated: Sequence[Meeting], undated: int, lanes: int, actors: int, note: str) -> str:
    parts = []
    if dated:
        first, last = dated[0].date, dated[-1].date
        when = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
        parts.append(f"{counted(len(dated), 'dated meeting')}, {when}")
        parts.append(f"the {lanes} actors with most meetings of {actors}" if lanes < actors
                     else f"{counted(actors, 'actor')} (meetings in brackets)")
    parts.append(f"{counted(undated, 'undated meeting')} listed below" if undated else "no undated meetings")
    if note:
        parts.append(note)
    return "  ·  ".join(parts)
