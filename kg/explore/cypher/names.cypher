// The names the explorer's search box finds among the nodes of one label ({label}, put in
// from kg.schema only): id, canonical name (an article's title) and aliases of each, in
// one row, since the store sends one long row much faster than many short ones.
MATCH (n:`{label}`)
RETURN collect([n.id, coalesce(n.name, n.title, n.id), n.aliases]) AS names
