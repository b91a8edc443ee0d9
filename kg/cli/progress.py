"""Progress of long work on a terminal: "extracting 120/400 articles (35/s)", rewritten in place.

Prints on stderr only when stderr is a terminal, so piped or captured output stays clean.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

MIN_INTERVAL = 0.2     # seconds between two redraws


class Progress:
    def __init__(self, total: int, action: str = "extracting", unit: str = "articles", *,
                 stream: TextIO | None = None, enabled: bool | None = None,
                 clock: Callable[[], float] = time.monotonic, min_interval: float = MIN_INTERVAL) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.action, self.unit = total, action, unit
        self.clock, self.min_interval = clock, min_interval
        self.done = 0
        self.started = clock()
        self.drawn_at: float | None = None

    def line(self) -> str:
        elapsed = self.clock() - self.started
        per_second = self.done / elapsed if elapsed > 0 else 0.0
        rate = f" ({per_second:.0f}/s)" if per_second >= 10 else f" ({per_second:.1f}/s)" if per_second else ""
        return f"{self.action} {self.done}/{self.total} {self.unit}{rate}"

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if self.enabled and (self.drawn_at is None or now - self.drawn_at >= self.min_interval
                             or self.done == self.total):
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
            self.drawn_at = now

    def close(self) -> None:
        """Ends the progress line, so what is printed next starts on a line of its own."""
        if self.enabled and self.drawn_at is not None:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
