// Report: Data quality: which actors attended no meeting (often a misread name)?
// Parameters: none.
// Columns: actor, kind (Person | Organization), claims (how many they said), articles (how many
// articles mention them). Actors with no claim either come first: the likeliest mistakes.
// Example: kg report quality-actors-without-meetings
// In Neo4j Browser: paste it as is.
MATCH (a:Actor)
WHERE NOT (a)-[:ATTENDED]->(:Meeting)
RETURN a.name AS actor,
       CASE WHEN a:Organization THEN 'Organization' WHEN a:Person THEN 'Person' END AS kind,
       COUNT { (a)-[:SAID]->(:Claim) } AS claims,
       COUNT { (:Article)-[:MENTIONS]->(a) } AS articles
ORDER BY claims, articles, actor
