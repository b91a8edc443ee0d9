// Report: Who met whom, when and where, with the article that reports it?
// Parameters (all optional, null for no filter):
//   $actor  name or alias of one participant (case-insensitive), e.g. "Putin": that actor comes first
//   $since  first day, "YYYY-MM-DD";  $until  last day, "YYYY-MM-DD"
//   $place  name or alias of the place (case-insensitive), e.g. "Mosca" or "Moscow"
// Columns: actor, met (the other participant; one row per pair and meeting), date, place (the city),
// status (held | planned), article (the title of the earliest article that reports the meeting), file
// (that article's file name). Undated meetings come last.
// Example: kg report who-met-whom -p actor=Putin -p place=Mosca
// In Neo4j Browser: :params {actor: "Putin", since: null, until: null, place: null}
MATCH (a:Actor)-[met:MET]-(b:Actor)
WHERE CASE WHEN $actor IS NULL THEN startNode(met) = a
           ELSE any(x IN [a.name] + coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor)) END
MATCH (m:Meeting {id: met.meeting})
WHERE ($since IS NULL OR m.date >= date($since))
  AND ($until IS NULL OR m.date <= date($until))
OPTIONAL MATCH (m)-[:HELD_IN]->(l:Location)
WITH a, b, m, l
WHERE $place IS NULL OR any(x IN [l.name] + coalesce(l.aliases, []) WHERE toLower(x) = toLower($place))
OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
WITH a, b, m, l, art ORDER BY art.published, art.source
WITH a, b, m, l, collect(art)[0] AS art
RETURN a.name AS actor, b.name AS met, toString(m.date) AS date, l.name AS place, m.status AS status,
       art.title AS article, last(split(art.source, '/')) AS file
ORDER BY m.date IS NULL, m.date, actor, met
