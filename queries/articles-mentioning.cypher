// Articles mentioning an entity: title, date, source, section and how often the
// article names it, most mentions first. Matches the canonical name or any alias.
//
// @param name (string, example 李春晓): name or alias of any entity
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE e.name = $name OR $name IN coalesce(e.aliases, [])
RETURN e.name AS entity, a.title AS article, a.date AS date, a.source AS source,
       a.section AS section, m.count AS mentions, a.id AS article_id
ORDER BY mentions DESC, date, article
