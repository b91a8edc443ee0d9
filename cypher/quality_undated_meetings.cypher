// Report: Data quality: which meetings have no date, and what did the article say about when?
// Parameters: none.
// Columns: meeting (its title), status, date_words (the words about when that the extractor saw;
// empty if none), article (the title of the article that reports it), file (its file name).
// One row per meeting and article that reports it.
// Example: kg report quality-undated-meetings --format csv
// In Neo4j Browser: paste it as is.
MATCH (m:Meeting)
WHERE m.date IS NULL
OPTIONAL MATCH (m)-[r:REPORTED_IN]->(art:Article)
RETURN m.title AS meeting, m.status AS status, r.date_text AS date_words, art.title AS article,
       last(split(art.source, '/')) AS file
ORDER BY meeting, article, file
