// Who did what: every action of a person or organisation (presided, attended, spoke,
// held, donated, issued, disbursed, visited, or another verb) with its object, date,
// the sentence it was read from and the article. A place acting as its government
// (我市 -> 乌海市) is answered too. Matches the canonical name or any alias.
//
// @param name (string, example 李春晓): name or alias of a person or organisation
MATCH (s)-[r]->(o)
WHERE (s.name = $name OR $name IN coalesce(s.aliases, []))
  AND type(r) IN ['PRESIDED', 'ATTENDED', 'SPOKE', 'HELD', 'DONATED', 'ISSUED',
                  'DISBURSED', 'VISITED', 'ACTED']
OPTIONAL MATCH (a:Article {id: r.article})
RETURN s.name AS who, s.scope AS scope, type(r) AS action, r.verb AS verb, labels(o)[0] AS object_type,
       o.name AS object, coalesce(r.date, o.date, a.date) AS date, r.amount AS amount,
       r.evidence AS evidence, a.title AS article, r.article AS article_id
ORDER BY date, article_id, action, object
