"""The graph in a Cypher store: the embedded ArcadeDB (default) or the user's Neo4j, over Bolt."""

from kg.store.connection import Endpoint, StoreError
from kg.store.session import Store, open_store
from kg.store.writer import LoadStats, load_graph, write_graph

__all__ = [
    "Endpoint",
    "LoadStats",
    "Store",
    "StoreError",
    "load_graph",
    "open_store",
    "write_graph",
]
