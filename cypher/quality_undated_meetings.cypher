// Report: Data quality: which meetings have no date, and what did the article say about when?
// Parameters: none.
// Columns: meeting (title), status, date_text (the date words the extractor saw; empty if none),
// article (title). One row per meeting and article that reports it.
// Example: kg report quality-undated-meetings --format csv
// In Neo4j Browser: paste it as is.
MATCH (m:Meeting)
WHERE m.date IS NULL
OPTIONAL MATCH (m)-[r:REPORTED_IN]->(art:Article)
RETURN m.title AS meeting, m.status AS status, r.date_text AS date_text, art.title AS article
ORDER BY meeting, article
