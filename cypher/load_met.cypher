// One MET relationship per pair of participants and meeting, for the one-glance view in the Browser:
// it carries the meeting's date, city and status, which docs/browser-style.grass captions it with.
// The status is the meeting node's (load_meetings.cypher runs first: a meeting once held stays held).
// $rows: [{a: actor id, b: actor id, date: "YYYY-MM-DD" | null, place: city name | null,
//          status: "held" | "planned", meeting: meeting id}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
OPTIONAL MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:MET {meeting: row.meeting}]->(b)
SET r.date = date(row.date), r.place = row.place, r.status = coalesce(m.status, row.status)
