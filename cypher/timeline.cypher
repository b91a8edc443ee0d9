// Report: What did an actor do, day by day: the meetings they attended and what they said?
// Parameters (all optional, null for no filter):
//   $actor  name or alias of the actor (case-insensitive), e.g. "Putin"; null lists every actor
// Columns: date, actor, kind (meeting | claim), what (the meeting's title, or what the actor said),
// article (the title of the earliest article that reports it), file (that article's file name).
// Undated facts come last.
// Example: kg report timeline -p actor=Putin
// In Neo4j Browser: :params {actor: "Putin"}
MATCH (a:Actor)
WHERE $actor IS NULL OR any(x IN [a.name] + coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
CALL (a) {
  MATCH (a)-[:ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
  WITH m, art ORDER BY art.published, art.source
  WITH m, collect(art)[0] AS art
  RETURN m.date AS day, 'meeting' AS kind, m.title AS what, art
  UNION ALL
  MATCH (a)-[:SAID]->(c:Claim)
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(art:Article)
  WITH c, art ORDER BY art.published, art.source
  WITH c, collect(art)[0] AS art
  RETURN c.date AS day, 'claim' AS kind, c.text AS what, art
}
RETURN toString(day) AS date, a.name AS actor, kind, what, art.title AS article,
       last(split(art.source, '/')) AS file
ORDER BY day IS NULL, day, actor, kind DESC, what
