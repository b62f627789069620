// Programme timeline: what was done about a programme (policy, campaign, project,
// document), by whom and when, in date order, and the figures reported about it
// (through MEASURES). Matches the canonical name or any alias; scope tells apart
// programmes of one name.
//
// @param name (string, example 临时价格补贴): name or alias of a programme
MATCH (g:Programme)<-[r]-(s)
WHERE (g.name = $name OR $name IN coalesce(g.aliases, []))
  AND type(r) IN ['PRESIDED', 'ATTENDED', 'SPOKE', 'HELD', 'DONATED', 'ISSUED',
                  'DISBURSED', 'VISITED', 'ACTED']
OPTIONAL MATCH (a:Article {id: r.article})
RETURN g.name AS programme, g.scope AS scope,
       coalesce(r.date, a.date) AS date, 'action' AS kind, s.name AS who,
       type(r) + ' ' + coalesce(r.verb, '') AS what, null AS value, null AS unit,
       r.evidence AS evidence, a.title AS article
UNION ALL
MATCH (g:Programme)<-[m:MEASURES]-(f:Figure)
WHERE g.name = $name OR $name IN coalesce(g.aliases, [])
OPTIONAL MATCH (a:Article)-[:REPORTS]->(f)
RETURN g.name AS programme, g.scope AS scope,
       coalesce(f.as_of, a.date) AS date, 'figure' AS kind, f.metric AS who, f.text AS what,
       f.value AS value, f.unit AS unit, m.evidence AS evidence, a.title AS article
