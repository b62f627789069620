"""What a build is asked to do: one frozen record instead of a dozen parameters.

``kg build`` fills it from its options, ``kg.build(paths, **kwargs)`` from its
keyword arguments; ``run_build`` and ``extract_articles`` take it whole, and
extraction worker processes get it (or what they need of it) once, when they
start. Frozen, so that a worker cannot change what the parent meant.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import UsageError
from kg.link.scope import SCOPE_BY


@dataclass(frozen=True)
class BuildOptions:
    """home_city: the city 我市/本市 mean, for articles whose metadata does not say;
    source, date: for articles that do not give one (date as YYYY-MM-DD or 2023年1月5日);
    gazetteer: path of the user's dictionary (TSV name<TAB>label[<TAB>alias|alias]);
    workers: extraction processes; cache_dir: the extraction cache folder, None for none;
    statistical: run the statistical NER (False: the rule components only);
    show_progress: a progress line on stderr while extracting;
    scope_by: what scopes ambiguous names (县委, 王伟, 城关镇) when linking across articles:
    each paper's home_city (the default), its source, or none (names alone, one paper)."""

    home_city: str | None = None
    source: str | None = None
    date: str | None = None
    gazetteer: str | None = None
    workers: int = 1
    cache_dir: str | Path | None = None
    statistical: bool = True
    show_progress: bool = False
    scope_by: str = "home_city"

    def __post_init__(self):
        if self.scope_by not in SCOPE_BY:
            raise UsageError(f"scope_by {self.scope_by!r}: expected one of {', '.join(SCOPE_BY)}")
