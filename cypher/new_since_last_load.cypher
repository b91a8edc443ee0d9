// Report: What did the latest load bring: its articles and the meetings and claims they report?
// Parameters: none. The latest load is the latest Article.loaded_at (set when an article is
// first loaded; loading it again keeps the old value).
// Columns: article (its title), file (its file name), kind (meeting | claim; empty when the article
// reports neither), date, what (the meeting's title, or "speaker: what was said").
// Example: kg report new-since-last-load    (right after kg load today/)
// In Neo4j Browser: paste it as is.
MATCH (latest:Article)
WITH max(latest.loaded_at) AS loaded
MATCH (art:Article) WHERE art.loaded_at = loaded
CALL (art) {
  OPTIONAL MATCH (m:Meeting)-[:REPORTED_IN]->(art)
  RETURN m.date AS day, CASE WHEN m IS NULL THEN null ELSE 'meeting' END AS kind, m.title AS what
  UNION ALL
  OPTIONAL MATCH (s:Actor)-[:SAID]->(c:Claim)-[:REPORTED_IN]->(art)
  RETURN c.date AS day, CASE WHEN c IS NULL THEN null ELSE 'claim' END AS kind, s.name + ': ' + c.text AS what
}
WITH art, day, kind, what
WITH art, collect(CASE WHEN kind IS NULL THEN null ELSE {day: day, kind: kind, what: what} END) AS facts
UNWIND CASE WHEN size(facts) = 0 THEN [null] ELSE facts END AS fact
RETURN art.title AS article, last(split(art.source, '/')) AS file, fact.kind AS kind, toString(fact.day) AS date,
       fact.what AS what
ORDER BY art.published IS NULL, art.published, article, file, kind DESC, fact.day IS NULL, fact.day, what
