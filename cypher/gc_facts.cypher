// Meetings and claims that no article reports any more, with their ATTENDED, HELD_IN and SAID.
// Parameters: none. Run after delete_article / clear_article_facts and the new records.
MATCH (n) WHERE (n:Meeting OR n:Claim) AND NOT (n)-[:REPORTED_IN]->(:Article)
DETACH DELETE n
