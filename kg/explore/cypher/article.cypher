// One article: title, date, source, section, where it was read from and its text.
// Parameter: $id (the article's id).
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source,
       a.section AS section, a.path AS path, a.text AS text
