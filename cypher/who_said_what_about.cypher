// Report: What did others say about an actor (claims whose quote or sentence names them)?
// Parameters (all optional, null for no filter):
//   $actor  name or alias of the actor talked about (case-insensitive), e.g. "Putin";
//           null looks for every actor (slow on a big graph)
// A claim is about the actor when its text, or the sentence that reports it, contains the actor's
// name or one of the aliases (case-insensitive). The speaker's own name in the sentence does not
// count ("ha affermato Witkoff" is not about Witkoff), only in the quote itself.
// Columns: speaker, about, quote (what was said), article (the title of the earliest article that
// reports it), file (that article's file name).
// Example: kg report who-said-what-about -p actor=Putin
// In Neo4j Browser: :params {actor: "Putin"}
MATCH (about:Actor)
WHERE $actor IS NULL OR any(x IN [about.name] + coalesce(about.aliases, []) WHERE toLower(x) = toLower($actor))
WITH about, [x IN [about.name] + coalesce(about.aliases, []) WHERE size(x) > 0 | toLower(x)] AS names
MATCH (s:Actor)-[:SAID]->(c:Claim)-[r:REPORTED_IN]->(art:Article)
WHERE any(n IN names WHERE toLower(c.text) CONTAINS n)
   OR (s <> about AND any(n IN names WHERE toLower(coalesce(r.evidence, '')) CONTAINS n))
WITH s, about, c, art ORDER BY art.published, art.source
WITH s, about, c, collect(art)[0] AS art
RETURN s.name AS speaker, about.name AS about, c.text AS quote, art.title AS article,
       last(split(art.source, '/')) AS file
ORDER BY about, c.date IS NULL, c.date, speaker, quote
