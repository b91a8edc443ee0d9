// One MET relationship per pair of participants and meeting, for the one-glance view in the Browser.
// $rows: [{a: actor id, b: actor id, date: "YYYY-MM-DD" | null, meeting: meeting id}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
MERGE (a)-[r:MET {meeting: row.meeting}]->(b)
SET r.date = date(row.date)
