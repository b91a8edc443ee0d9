// Report: Data quality: which meetings have fewer than two participants?
// Parameters: none.
// Columns: meeting (its title), date, participants (names; empty for none), article (the title of the
// earliest article that reports it), file (that article's file name).
// Example: kg report quality-single-participant-meetings
// In Neo4j Browser: paste it as is.
MATCH (m:Meeting)
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(a.name) AS participants
WHERE size(participants) < 2
OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
WITH m, participants, art ORDER BY art.published, art.source
WITH m, participants, collect(art)[0] AS art
RETURN m.title AS meeting, toString(m.date) AS date, participants, art.title AS article,
       last(split(art.source, '/')) AS file
ORDER BY m.date IS NULL, m.date, meeting
