// Report: Data quality: which actors attended no meeting (often a misread name)?
// Parameters: none.
// Columns: actor, kind (Person | Organization), claims_made (how many things they said),
// articles_mentioning (how many articles name them). Actors with no claim either come first: the
// likeliest mistakes.
// Example: kg report quality-actors-without-meetings
// In Neo4j Browser: paste it as is.
MATCH (a:Actor)
WHERE NOT (a)-[:ATTENDED]->(:Meeting)
RETURN a.name AS actor,
       CASE WHEN a:Organization THEN 'Organization' WHEN a:Person THEN 'Person' END AS kind,
       COUNT { (a)-[:SAID]->(:Claim) } AS claims_made,
       COUNT { (:Article)-[:MENTIONS]->(a) } AS articles_mentioning
ORDER BY claims_made, articles_mentioning, actor
