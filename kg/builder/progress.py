"""Progress on long runs: the build's counters, and tqdm's line on stderr while it extracts.

``Progress`` counts what the build reports at the end (articles, characters,
cache hits, seconds of extraction). The line is tqdm's: characters done of
the estimated total, the rate, time left and the articles so far. It shows
only once extraction has run ``interval`` seconds (a short build prints
nothing), is redrawn at most every ``interval`` seconds (a batch job's log
gets a line per interval, not a flood), and is off when ``enabled`` is False
(``kg build --quiet``).
"""

from __future__ import annotations

import sys
import time

from tqdm import tqdm


class Line(tqdm):
    """tqdm without its monitor thread: the build forks extraction workers, and a process that
    forks should hold no threads."""

    monitor_interval = 0


class Progress:
    def __init__(
        self, total_chars: int = 0, interval: float = 2.0, stream=sys.stderr, enabled: bool = True
    ):
        self.total_chars = total_chars
        self.interval = interval
        self.stream = stream
        self.enabled = enabled
        self.start = time.monotonic()
        self.articles = 0
        self.chars = 0
        self.cache_hits = 0
        self.repeats = 0  # articles the build skipped as reached before
        self.bar: Line | None = None

    def restart(self) -> None:
        """Start the clock and the line now (after the models are loaded), so rates mean
        extraction."""
        self.close()
        self.start = time.monotonic()
        if self.enabled:
            self.bar = Line(
                total=self.total_chars or None,
                initial=self.chars,
                desc="kg",
                unit=" chars",
                unit_scale=True,
                mininterval=self.interval,
                delay=self.interval,
                file=self.stream,
                dynamic_ncols=True,
            )

    def update(self, articles: int = 1, chars: int = 0) -> None:
        self.articles += articles
        self.chars += chars
        if self.bar is None:
            return
        if self.bar.total and self.chars > self.bar.total:
            self.bar.total = self.chars  # the total is estimated from file sizes
        self.bar.set_postfix_str(f"{self.articles} articles", refresh=False)
        self.bar.update(chars)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def done(self) -> float:
        """Seconds since the start; the line, if shown, is finished."""
        seconds = time.monotonic() - self.start
        self.close()
        return seconds
