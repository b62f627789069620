"""Readers: files and folders in, ``Article`` records out, one bad file never stops a batch."""

from kg.read.discover import InputError, iter_articles

__all__ = ["InputError", "iter_articles"]
