// Report: Data quality: which meetings have fewer than two participants?
// Parameters: none.
// Columns: meeting (title), date, participants (names; empty for none), article (earliest report).
// Example: kg report quality-single-participant-meetings
// In Neo4j Browser: paste it as is.
MATCH (m:Meeting)
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(a.name) AS participants
WHERE size(participants) < 2
OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
WITH m, participants, art ORDER BY art.published
WITH m, participants, collect(art.title)[0] AS article
RETURN m.title AS meeting, toString(m.date) AS date, participants, article
ORDER BY m.date IS NULL, m.date, meeting
