// Top mentioned: the entities named most often, per label, counting every mention
// (MENTIONS count) and the number of articles naming them.
//
// @param label (string, optional, example Person): only this label (Person, Organization, Place, Programme, Event)
// @param limit (integer, default 10, example 5): how many per label
MATCH (a:Article)-[m:MENTIONS]->(e)
WITH labels(e)[0] AS label, e, sum(coalesce(m.count, 1)) AS mentions, count(DISTINCT a) AS articles
WHERE $label IS NULL OR label = $label
ORDER BY label, mentions DESC, articles DESC, e.name
WITH label, collect({name: e.name, scope: e.scope, mentions: mentions, articles: articles}) AS ranked
UNWIND ranked[0..$limit] AS top
RETURN label, top.name AS name, top.scope AS scope, top.mentions AS mentions, top.articles AS articles
ORDER BY label, mentions DESC, articles DESC, name
