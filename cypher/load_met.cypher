// One MET relationship per pair of participants and meeting, for the one-glance view in the Browser:
// it carries the meeting's date, city, status and caption ("2025-12-03, Moscow, held"), which
// docs/browser-style.grass writes on it. Run after load_meetings.cypher: date, status and caption are the
// meeting node's.
// $rows: [{a: actor id, b: actor id, meeting: meeting id, place: city name | null}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b}), (m:Meeting {id: row.meeting})
MERGE (a)-[r:MET {meeting: row.meeting}]->(b)
SET r.date = m.date, r.place = row.place, r.status = m.status, r.caption = m.caption
