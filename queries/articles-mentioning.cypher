// Articles mentioning an entity: title, date, source, section and how often the
// article names it, most mentions first. Matches the canonical name or any alias, so
// one name can answer several entities, told apart by their scope (the paper a 王伟
// or a 县委 belongs to; none for a name that is the same everywhere).
//
// @param name (string, example 李春晓): name or alias of any entity
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE e.name = $name OR $name IN coalesce(e.aliases, [])
RETURN e.name AS entity, e.scope AS scope, a.title AS article, a.date AS date,
       a.source AS source, a.section AS section, m.count AS mentions, a.id AS article_id
ORDER BY mentions DESC, date, article
