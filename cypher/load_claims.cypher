// Upsert claims with their speaker and source article.
// $rows: [{id, text, date: "YYYY-MM-DD" | null, speaker: actor id, article: id, evidence: string}]
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.date = date(row.date)
WITH c, row
MATCH (s:Actor {id: row.speaker}), (a:Article {id: row.article})
MERGE (s)-[:SAID]->(c)
MERGE (c)-[r:REPORTED_IN]->(a)
SET r.evidence = row.evidence
