// Report: Who is within a few meetings of an actor, and through whom?
// Parameters (all optional, null for the default):
//   $actor  name or alias of the actor (case-insensitive), e.g. "Putin"; null: every actor's network
//   $hops   how many MET steps away, 1 to 4 (default 2), e.g. "2"
// Columns: actor, contact, hops (shortest distance in MET steps), via (the contact one step nearer
// to the actor on a shortest path; empty for direct contacts), meetings (how many meetings the
// contact had with `via`, or with the actor itself when hops = 1). When several shortest paths
// exist, `via` is the one with the most meetings.
// Example: kg report contact-network -p actor=Zelensky -p hops=3
// In Neo4j Browser: :params {actor: "Putin", hops: 2}
MATCH (start:Actor)
WHERE $actor IS NULL OR any(x IN [start.name] + coalesce(start.aliases, []) WHERE toLower(x) = toLower($actor))
MATCH p = ALL SHORTEST (start)-[:MET]-{1,4}(contact:Actor)
WHERE contact <> start
WITH start, contact, length(p) AS hops, nodes(p)[-2] AS via
WHERE hops <= coalesce(toInteger($hops), 2)
WITH DISTINCT start, contact, hops, via
CALL (contact, via) {
  MATCH (contact)-[r:MET]-(via)
  RETURN count(DISTINCT r.meeting) AS meetings
}
WITH start, contact, hops, via, meetings ORDER BY meetings DESC, via.name
WITH start, contact, hops, collect({via: via.name, meetings: meetings})[0] AS nearest
RETURN start.name AS actor, contact.name AS contact, hops,
       CASE WHEN hops = 1 THEN null ELSE nearest.via END AS via, nearest.meetings AS meetings
ORDER BY actor, hops, meetings DESC, contact
