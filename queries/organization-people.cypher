// Organisation people: who holds a post in an organisation (title as written) and
// which bodies are part of it, directly or through other parts; with the article
// each fact comes from. Matches the canonical name or any alias: 市委 answers every
// paper's 市委 (乌海市委, …), each row naming the organisation and its scope.
//
// @param name (string, example 市委): name or alias of an organisation
MATCH (o:Organization)<-[h:HOLDS_POSITION]-(p:Person)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'person' AS kind, p.name AS name, h.title AS title, o.name AS within,
       o.name AS organization, o.scope AS scope, h.article AS article_id
UNION ALL
MATCH (o:Organization)<-[:PART_OF*0..3]-(parent:Organization)<-[part:PART_OF]-(u:Organization)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'part' AS kind, u.name AS name, null AS title, parent.name AS within,
       o.name AS organization, o.scope AS scope, part.article AS article_id
UNION ALL
MATCH (o:Organization)<-[:PART_OF*1..4]-(u:Organization)<-[h:HOLDS_POSITION]-(p:Person)
WHERE o.name = $name OR $name IN coalesce(o.aliases, [])
RETURN 'person' AS kind, p.name AS name, h.title AS title, u.name AS within,
       o.name AS organization, o.scope AS scope, h.article AS article_id
