// A meeting's place as the latest resolution sees it: when the rows give a place, HELD_IN to any
// other place goes (an edited article moved the meeting). Run after load_meetings, same $rows.
// $rows: [{id: meeting id, location: location id | null, ...}] (the rows of load_meetings.cypher)
UNWIND $rows AS row
WITH row WHERE row.location IS NOT NULL
MATCH (m:Meeting {id: row.id})-[r:HELD_IN]->(l)
WHERE l.id <> row.location
DELETE r
