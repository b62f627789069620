"""Writing and reading the graph as files (GraphML, node-link JSON), kept apart from building it."""

from kg.write.files import read_graph, write_graphml, write_node_link

__all__ = ["read_graph", "write_graphml", "write_node_link"]
