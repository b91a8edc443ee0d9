// Graph: Who met whom, when and where: one MET line per pair of actors and meeting, with its date, city and status
// Parameters: none. A graph for Neo4j Browser, not a table for `kg report`: paste it as is.
// docs/browser-style.grass captions each line "date city status" and each actor with the name.
MATCH (a:Actor)-[met:MET]->(b:Actor)
RETURN a, met, b
