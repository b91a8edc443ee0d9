// How many nodes of each kind and relationships the graph holds.  Parameters: none.
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Location) RETURN count(n) AS locations }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, actors, locations, meetings, claims, relationships
