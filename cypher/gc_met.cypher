// MET relationships whose meeting is gone.  Parameters: none. Run after gc_facts.
MATCH (:Actor)-[r:MET]->(:Actor)
WHERE NOT EXISTS { MATCH (m:Meeting {id: r.meeting}) }
DELETE r
