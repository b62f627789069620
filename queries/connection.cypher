// Connection: the shortest chain of relationships (in either direction, at most
// 8 steps) linking two named entities, e.g. a person to a reporter through the
// article both appear in. Matches canonical names or aliases.
//
// @param from (string, example 李春晓): name or alias of the first entity
// @param to (string, example 王超): name or alias of the second entity
MATCH (a) WHERE a.name = $from OR $from IN coalesce(a.aliases, [])
MATCH (b) WHERE (b.name = $to OR $to IN coalesce(b.aliases, [])) AND b <> a
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.id)] AS path,
       [n IN nodes(p) | n.scope] AS scopes,
       [r IN relationships(p) | type(r)] AS relationships
ORDER BY hops
LIMIT 5
