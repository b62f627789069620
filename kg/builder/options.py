"""What a build is asked to do: one frozen record instead of a dozen parameters.

``kg build`` fills it from its options, ``kg.build(paths, **kwargs)`` from its
keyword arguments; ``run_build`` and ``extract_articles`` take it whole, and
extraction worker processes get it (or what they need of it) once, when they
start. Frozen, so that a worker cannot change what the parent meant.

The record checks its fields when it is made (a wrong type or value is an
``OptionError`` naming the field), and ``check_files`` checks what the build
will read and write (the gazetteer, the cache folder) before any long work:
a typo found after an hour of extraction, or never when the cache is warm,
costs the user more than one found at once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from kg.errors import UsageError
from kg.link.scope import SCOPE_BY
from kg.read.decode import cleaned, mend_surrogates
from kg.read.discover import iso_date

TYPE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")  # what a store takes as a relationship type


class OptionError(UsageError, ValueError):
    """A build option (or the inputs) of the wrong type or value; ``option`` names it."""

    def __init__(self, option: str, problem: str):
        super().__init__(f"{option}: {problem}")
        self.option = option
        self.problem = problem


@dataclass(frozen=True)
class BuildOptions:
    """home_city: the city 我市/本市 mean, for articles whose metadata does not say;
    source, date: for articles that do not give one (date as YYYY-MM-DD or 2023年1月5日);
    gazetteer: path of the user's dictionary (TSV name<TAB>label[<TAB>alias|alias]);
    workers: extraction processes; cache_dir: the extraction cache folder, None for none;
    statistical: run the statistical NER (False: the rule components only);
    show_progress: a progress line on stderr while extracting;
    scope_by: what scopes ambiguous names (县委, 王伟, 城关镇) when linking across articles:
    each paper's home_city (the default), its source, or none (names alone, one paper);
    cluster: a Dask scheduler's address (tcp://HOST:8786) to extract on instead of ``workers``."""

    home_city: str | None = None
    source: str | None = None
    date: str | None = None
    gazetteer: str | None = None
    workers: int = 1
    cache_dir: str | Path | None = None
    statistical: bool = True
    show_progress: bool = False
    scope_by: str = "home_city"
    cluster: str | None = None

    def __post_init__(self) -> None:
        for name in ("home_city", "source", "date", "gazetteer"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, (str, os.PathLike)):
                raise OptionError(name, f"expected text, not {type(value).__name__}")
            if name != "gazetteer" and isinstance(value, str) and not writable(value):
                raise OptionError(
                    name, f"{value!r} holds control characters or bytes that are not UTF-8 text"
                )
        if self.date and not iso_date(str(self.date)):
            raise OptionError("date", f"{self.date!r} is not a date; expected YYYY-MM-DD")
        if isinstance(self.workers, bool) or not isinstance(self.workers, int) or self.workers < 1:
            raise OptionError(
                "workers", f"expected a whole number of at least 1, not {self.workers!r}"
            )
        if self.cache_dir is not None and not isinstance(self.cache_dir, (str, os.PathLike)):
            raise OptionError(
                "cache_dir", f"expected a folder, not {type(self.cache_dir).__name__}"
            )
        for name in ("statistical", "show_progress"):
            if not isinstance(getattr(self, name), bool):
                raise OptionError(name, f"expected True or False, not {getattr(self, name)!r}")
        if self.cluster is not None and (not isinstance(self.cluster, str) or not self.cluster):
            raise OptionError("cluster", f"expected a scheduler address, not {self.cluster!r}")
        if self.cluster and self.workers > 1:
            raise OptionError(
                "cluster", "give --cluster or --workers, not both: the cluster's workers extract"
            )
        if self.scope_by not in SCOPE_BY:
            raise OptionError(
                "scope_by", f"{self.scope_by!r}: expected one of {', '.join(SCOPE_BY)}"
            )

    @classmethod
    def from_keywords(cls, options: dict) -> BuildOptions:
        """The record from ``kg.build``'s keywords; an unknown keyword is an ``OptionError``."""
        known = [f.name for f in fields(cls)]
        for name in options:
            if name not in known:
                raise OptionError(name, f"no such option; the options are {', '.join(known)}")
        return cls(**options)


def writable(text: str) -> bool:
    """Text the graph files and the store can hold as it is."""
    return cleaned(text)[1] == 0 and mend_surrogates(text)[1] == 0 and "\n" not in text


def input_paths(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str | Path]:
    """The inputs as a list: one path, or an iterable of paths (a string is one path, not
    the characters of one)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    try:
        items = list(paths)
    except TypeError:
        raise OptionError(
            "paths", f"expected a path or a list of paths, not {type(paths).__name__}"
        ) from None
    for item in items:
        if not isinstance(item, (str, os.PathLike)) or not str(item):
            raise OptionError("paths", f"expected a path or a list of paths; got {item!r} in it")
    if not items:
        raise OptionError("paths", "no inputs given")
    return items


def check_files(options: BuildOptions) -> None:
    """The user's dictionaries are readable and well formed (the gazetteer, ``$KG_GAZETTEER``,
    ``$KG_TRIGGERS``) and the cache folder can be written, before extraction starts."""
    from kg.nlp.gazetteer import read_gazetteer

    gazetteer = options.gazetteer or os.environ.get("KG_GAZETTEER")
    if gazetteer:
        option = "gazetteer" if options.gazetteer else "$KG_GAZETTEER"
        for label, name in read_gazetteer(existing(gazetteer, option)).values():
            if not writable(name):
                raise OptionError(
                    option, f"{str(gazetteer)!r}: the {label} {name!r} holds control characters"
                )
    if os.environ.get("KG_TRIGGERS"):
        check_triggers(existing(os.environ["KG_TRIGGERS"], "$KG_TRIGGERS"))
    if options.cache_dir is not None:
        from kg.builder.outputs import check_writable_folder

        check_writable_folder(options.cache_dir, "cache_dir")


def existing(path: str | os.PathLike, option: str) -> Path:
    if not Path(path).is_file():
        raise OptionError(option, f"{str(path)!r}: no such file")
    return Path(path)


def check_triggers(path: Path) -> None:
    """Rows ``verb<TAB>TYPE[<TAB>object labels[<TAB>clause]]`` (kg.nlp.triggers), the type one
    a store can take (签约<TAB>ACTED, not 签约<TAB>签约)."""
    from kg.nlp.lexicon import read_lines  # as kg.nlp.triggers reads it

    try:
        rows = read_lines(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise OptionError(
            "$KG_TRIGGERS", f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    for row in rows:
        verb, _, rest = row.partition("\t")
        rel = rest.split("\t")[0]
        if verb.strip() and rel.strip() and not TYPE_NAME.match(rel.strip().upper()):
            raise OptionError(
                "$KG_TRIGGERS",
                f"{path}: in {row!r} the relationship type {rel.strip()!r} is not a plain name "
                "(letters, digits, _), which a graph store requires",
            )
