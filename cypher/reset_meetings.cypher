// Detach meetings whose participants, place or MET pairs the new resolution sees otherwise: their ATTENDED,
// HELD_IN and MET go, and load_meetings / load_met write them again.  $ids: [meeting id]
MATCH (m:Meeting) WHERE m.id IN $ids
CALL (m) { MATCH (:Actor)-[:ATTENDED]->(m) MATCH (a:Actor)-[r:MET]->() WHERE r.meeting = m.id DELETE r }
CALL (m) { MATCH (:Actor)-[r:ATTENDED]->(m) DELETE r }
CALL (m) { MATCH (m)-[r:HELD_IN]->() DELETE r }
