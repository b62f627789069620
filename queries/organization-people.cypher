// Organisation people: who holds a post in an organisation (title as written) and
// which bodies are part of it, directly or through other parts; with the article
// each fact comes from. Matches the canonical name or any alias.
//
// @param name (string, example 市委): name or alias of an organisation
MATCH (o:Organization)<-[h:HOLDS_POSITION]-(p:Person)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'person' AS kind, p.name AS name, h.title AS title, o.name AS within, h.article AS article_id
UNION ALL
MATCH (o:Organization)<-[:PART_OF*0..3]-(parent:Organization)<-[part:PART_OF]-(u:Organization)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'part' AS kind, u.name AS name, null AS title, parent.name AS within, part.article AS article_id
UNION ALL
MATCH (o:Organization)<-[:PART_OF*1..4]-(u:Organization)<-[h:HOLDS_POSITION]-(p:Person)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'person' AS kind, p.name AS name, h.title AS title, u.name AS within, h.article AS article_id
