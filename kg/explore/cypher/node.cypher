// One node by label and id: what a search result or a query answer is drawn from
// before its relationships are asked for. {label} comes from kg.schema only.
// Parameter: $id (the node's id).
MATCH (n:`{label}` {id: $id})
RETURN n
