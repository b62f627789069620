// Person profile: what the graph knows about one person, one fact per row:
// posts held (title at organisation), actions (type, verb, object), articles that
// mention or were written by them, and the people mentioned in the same articles.
// Matches the canonical name or any alias; people of one name in different papers
// are different people unless linked (linked_by): scope tells them apart.
//
// @param name (string, example 李春晓): name or alias of a person
MATCH (p:Person)-[h:HOLDS_POSITION]->(o)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN 'post' AS kind, p.name AS person, p.scope AS scope,
       h.title AS detail, o.name AS about, h.article AS article_id
UNION ALL
MATCH (p:Person)-[r]->(o)
WHERE (p.name = $name OR $name IN coalesce(p.aliases, []))
  AND type(r) IN ['PRESIDED', 'ATTENDED', 'SPOKE', 'HELD', 'DONATED', 'ISSUED',
                  'DISBURSED', 'VISITED', 'ACTED']
RETURN 'action' AS kind, p.name AS person, p.scope AS scope,
       type(r) + ' ' + coalesce(r.verb, '') AS detail, o.name AS about, r.article AS article_id
UNION ALL
MATCH (a:Article)-[m:MENTIONS]->(p:Person)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN 'mentioned in' AS kind, p.name AS person, p.scope AS scope,
       toString(coalesce(m.count, 1)) + 'x' AS detail, a.title AS about, a.id AS article_id
UNION ALL
MATCH (p:Person)-[w:WROTE]->(a:Article)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN 'wrote' AS kind, p.name AS person, p.scope AS scope,
       w.role AS detail, a.title AS about, a.id AS article_id
UNION ALL
MATCH (p:Person)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(q:Person)
WHERE (p.name = $name OR $name IN coalesce(p.aliases, [])) AND q <> p
RETURN 'co-mentioned' AS kind, p.name AS person, p.scope AS scope,
       q.name AS detail, a.title AS about, a.id AS article_id
