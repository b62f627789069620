// Reporters: who covered what. Each byline (reporter, photographer, author) with the
// article's title, date and section; optionally for one person only.
//
// @param name (string, optional, example 王超): name or alias of one reporter
MATCH (p:Person)-[w:WROTE]->(a:Article)
WHERE $name IS NULL OR p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN p.name AS reporter, p.scope AS scope, w.role AS role, a.title AS article, a.date AS date,
       a.section AS section, a.source AS source
ORDER BY reporter, date, article
