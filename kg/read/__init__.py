"""Readers: files and folders in, ``Article`` records out, one bad file never stops a batch."""

from kg.read.discover import iter_articles
from kg.read.reports import InputError, InputNote

__all__ = ["InputError", "InputNote", "iter_articles"]
