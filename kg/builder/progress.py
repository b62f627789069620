"""Progress on long runs: articles done, rate and time left, on one stderr line."""

from __future__ import annotations

import sys
import time


class Progress:
    """Reports at most every ``interval`` seconds; silent when stderr is not a terminal
    unless ``force`` (so logs of batch jobs get a line every interval, not a flood)."""

    def __init__(
        self, total_chars: int = 0, interval: float = 2.0, stream=sys.stderr, enabled: bool = True
    ):
        self.total_chars = total_chars
        self.interval = interval
        self.stream = stream
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.articles = 0
        self.chars = 0
        self.cache_hits = 0

    def restart(self) -> None:
        """Start the clock now (after the models are loaded), so rates mean extraction."""
        self.start = self.last = time.monotonic()

    def update(self, articles: int = 1, chars: int = 0) -> None:
        self.articles += articles
        self.chars += chars
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self.stream.write(self.line(now) + ("\r" if self.stream.isatty() else "\n"))
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.articles / elapsed
        text = f"kg: {self.articles} articles, {rate:.1f}/s, {self.chars / elapsed:,.0f} chars/s"
        if self.total_chars and self.chars:
            done = min(self.chars / self.total_chars, 1.0)
            text += f", {100 * done:.0f}% done, ~{elapsed * (1 - done) / max(done, 1e-9):.0f}s left"
        return text

    def done(self) -> float:
        if self.enabled and self.stream.isatty():
            self.stream.write("\n")
        return time.monotonic() - self.start
