// Detach meetings whose participants, place or MET pairs the new resolution sees otherwise: their ATTENDED,
// HELD_IN and MET go, and load_meetings / load_met write them again.  $ids: [meeting id]
MATCH (m:Meeting) WHERE m.id IN $ids
// MET is found from the meeting's attendees, its start nodes: no scan of every MET in the graph
CALL (m) { MATCH (a:Actor)-[:ATTENDED]->(m) MATCH (a)-[r:MET {meeting: m.id}]->() DELETE r }
CALL (m) { MATCH (:Actor)-[r:ATTENDED]->(m) DELETE r }
CALL (m) { MATCH (m)-[r:HELD_IN]->() DELETE r }
