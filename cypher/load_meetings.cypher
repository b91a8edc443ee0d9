// Upsert meetings with their participants and place (status: held if any report says so). The caption is what
// Neo4j Browser writes on the meeting (docs/browser-style.grass): its date, city and status, those known,
// "2025-12-03, Moscow, held".
// $rows: [{id, date: "YYYY-MM-DD" | null, status: "held" | "planned", title, participants: [actor id], location: id | null,
//         place: the location's name | null, venue: the building the text names ("Cremlino") | null; the location is its city}]
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = date(row.date), m.title = row.title, m.venue = row.venue,
    m.status = row.status
WITH m, row, [part IN [toString(date(row.date)), row.place, m.status] WHERE part IS NOT NULL] AS known
SET m.caption = reduce(caption = head(known), part IN tail(known) | caption + ', ' + part)
WITH m, row
CALL (m, row) {
  UNWIND row.participants AS actor_id
  MATCH (a:Actor {id: actor_id})
  MERGE (a)-[:ATTENDED]->(m)
}
WITH m, row
WHERE row.location IS NOT NULL
MATCH (l:Location {id: row.location})
MERGE (m)-[:HELD_IN]->(l)
