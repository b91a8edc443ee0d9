"""kg/progress.py: a progress line on terminals, silence elsewhere."""
import io

from kg.cli.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_on_a_terminal_shows_count_and_rate():
    now = [0.0]
    out = Terminal()
    with Progress(4, "extracting", "articles", stream=out, clock=lambda: now[0]) as progress:
        for _ in range(4):
            now[0] += 0.5
            progress.advance()
    assert out.getvalue().split("\r")[1:] == [
        "extracting 1/4 articles (2.0/s)\x1b[K", "extracting 2/4 articles (2.0/s)\x1b[K",
        "extracting 3/4 articles (2.0/s)\x1b[K", "extracting 4/4 articles (2.0/s)\x1b[K\n"]


def test_progress_redraws_at_most_every_interval_but_always_the_last():
    now = [0.0]
    out = Terminal()
    with Progress(100, stream=out, clock=lambda: now[0], min_interval=1.0) as progress:
        for _ in range(100):
            now[0] += 0.1
            progress.advance()
    lines = out.getvalue().split("\r")[1:]
    assert len(lines) == 11 and lines[-1] == "extracting 100/100 articles (10/s)\x1b[K\n"


def test_progress_is_silent_when_not_a_terminal():
    out = io.StringIO()
    with Progress(3, stream=out) as progress:
        progress.advance(3)
    assert out.getvalue() == ""
