// Report: What did an actor do, day by day: the meetings they attended and what they said?
// Parameters (all optional, null for no filter):
//   $actor  name or alias of the actor (case-insensitive), e.g. "Putin"; null lists every actor
// Columns: date, actor, kind (meeting | claim), what (meeting title or claim text), source (article title).
// Undated facts come last. A fact reported by several articles shows the earliest one.
// Example: kg report timeline -p actor=Putin
// In Neo4j Browser: :params {actor: "Putin"}
MATCH (a:Actor)
WHERE $actor IS NULL OR any(x IN [a.name] + coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
CALL (a) {
  MATCH (a)-[:ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
  WITH m, art ORDER BY art.published
  WITH m, collect(art.title)[0] AS source
  RETURN m.date AS day, 'meeting' AS kind, m.title AS what, source
  UNION ALL
  MATCH (a)-[:SAID]->(c:Claim)
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(art:Article)
  WITH c, art ORDER BY art.published
  WITH c, collect(art.title)[0] AS source
  RETURN c.date AS day, 'claim' AS kind, c.text AS what, source
}
RETURN toString(day) AS date, a.name AS actor, kind, what, source
ORDER BY day IS NULL, day, actor, kind DESC, what
