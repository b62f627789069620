// How many nodes the store holds: the explorer reads the names again when it changes
// (both stores count nodes without reading them).
MATCH (n)
RETURN count(n) AS nodes
