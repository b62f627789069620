"""kg: knowledge graphs from Chinese local-government news.

>>> import kg
>>> graph = kg.build(["seeds/"], home_city="乌海市")   # a networkx.MultiDiGraph
"""

__version__ = "0.1.0"
__all__ = ["build"]


def __getattr__(name: str):
    # spaCy loads in seconds: only commands that extract pay for it
    if name == "build":
        from kg.builder.run import build

        return build
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
