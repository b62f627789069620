// The relationships of one node (either direction) and the nodes at their other end,
// with the article each relationship was read from. {label} is the node's label, put in
// from kg.schema only, so that the store finds the node by its id index.
// Parameters: $id (the node's id); $types, $labels, $others (lists, or null for all:
// relationship types, labels of the other end, ids the other end must have);
// $from, $to (ISO dates or null: the relationship's date, else its article's);
// $limit (how many relationships at most).
MATCH (n:`{label}` {id: $id})-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  AND ($others IS NULL OR m.id IN $others)
OPTIONAL MATCH (a:Article {id: r.article})
WITH n, r, m, a, coalesce(r.date, a.date) AS date
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN n, r, m, date, a.title AS article_title, a.date AS article_date,
       a.source AS article_source
LIMIT $limit
