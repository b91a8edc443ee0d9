// Graph: Which meetings, who attended each, and in which city: each meeting a node with its date, city and status
// Parameters: none. A graph for Neo4j Browser, not a table for `kg report`: paste it as is.
// docs/browser-style.grass captions each meeting "date, city, status", places and actors with their names.
// Run `:config autoComplete: false` once before, or the Browser also draws the MET lines between the
// actors it shows (its setting "Connect result nodes").
MATCH attended = (:Actor)-[:ATTENDED]->(m:Meeting)
OPTIONAL MATCH held_in = (m)-[:HELD_IN]->(:Location)
RETURN attended, held_in
