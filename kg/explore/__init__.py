"""``kg explore``: a local, read-only web page over the graph store (search, neighbourhoods,
evidence, stored queries, export)."""
