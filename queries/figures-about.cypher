// Figures about an entity: every reported quantity that MEASURES it (value, unit,
// what is counted, as written), with the sentence and the article reporting it.
// Matches the canonical name or any alias of any kind of entity; scope tells apart
// entities of one name.
//
// @param name (string, example 乌海市): name or alias of a person, organisation, place, programme or event
MATCH (f:Figure)-[m:MEASURES]->(e)
WHERE e.name = $name OR $name IN coalesce(e.aliases, [])
OPTIONAL MATCH (a:Article {id: m.article})
RETURN e.name AS about, e.scope AS scope, f.metric AS metric, f.value AS value, f.unit AS unit,
       f.text AS text, coalesce(f.as_of, a.date) AS date, m.evidence AS evidence, a.title AS article
ORDER BY metric, value
