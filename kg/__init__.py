"""kg: knowledge graphs from Chinese local-government news.

    >>> import kg
    >>> graph = kg.build(["seeds/"], home_city="乌海市")   # a networkx.MultiDiGraph
"""
from kg.builder import build

__version__ = "0.1.0"
__all__ = ["build"]
