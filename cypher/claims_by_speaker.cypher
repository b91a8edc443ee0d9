// Report: Who said what, when, and in which article and sentence?
// Parameters (all optional, null for no filter):
//   $speaker  name or alias of the speaker (case-insensitive), e.g. "Witkoff"
// Columns: speaker, date, quote (what was said), sentence (the article's sentence that reports it),
// article (its title), file (its file name). One row per claim and article that reports it; undated
// claims come last.
// Example: kg report claims-by-speaker -p speaker=Witkoff --full
// In Neo4j Browser: :params {speaker: "Witkoff"}
MATCH (s:Actor)-[:SAID]->(c:Claim)
WHERE $speaker IS NULL OR any(x IN [s.name] + coalesce(s.aliases, []) WHERE toLower(x) = toLower($speaker))
OPTIONAL MATCH (c)-[r:REPORTED_IN]->(art:Article)
RETURN s.name AS speaker, toString(c.date) AS date, c.text AS quote, r.evidence AS sentence, art.title AS article,
       last(split(art.source, '/')) AS file
ORDER BY speaker, c.date IS NULL, c.date, quote, file
