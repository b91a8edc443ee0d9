// Link each meeting to the articles that report it, with the sentence and the date words.
// $rows: [{meeting: id, article: id, evidence: string, date_text: string | null}]
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting}), (a:Article {id: row.article})
MERGE (m)-[r:REPORTED_IN]->(a)
SET r.evidence = row.evidence, r.date_text = row.date_text
