// Actors and places that no article mentions any more.  Parameters: none. Run after gc_facts.
MATCH (e) WHERE (e:Actor OR e:Location) AND NOT (:Article)-[:MENTIONS]->(e)
DETACH DELETE e
