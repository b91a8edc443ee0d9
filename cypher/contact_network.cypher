// Report: Who is within a few meetings of an actor, and through whom?
// Parameters (all optional, null for the default):
//   $actor  name or alias of the actor (case-insensitive), e.g. "Putin"; null: every actor's network
//   $hops   how many MET steps away, 1 to 4 (default 2), e.g. "2"
// Columns: actor, contact, hops (the shortest distance in MET steps), link (whom the contact met on a
// shortest path to the actor: the actor itself when hops = 1, else the person one step nearer to the
// actor), meetings_with_link (how many meetings the contact and link had together). When several
// shortest paths exist, link is the one with most meetings.
// Example: kg report contact-network -p actor=Zelensky -p hops=3
// In Neo4j Browser: :params {actor: "Putin", hops: 2}
MATCH (start:Actor)
WHERE $actor IS NULL OR any(x IN [start.name] + coalesce(start.aliases, []) WHERE toLower(x) = toLower($actor))
MATCH p = ALL SHORTEST (start)-[:MET]-{1,4}(contact:Actor)
WHERE contact <> start
WITH start, contact, length(p) AS hops, nodes(p)[-2] AS link
WHERE hops <= coalesce(toInteger($hops), 2)
WITH DISTINCT start, contact, hops, link
CALL (contact, link) {
  MATCH (contact)-[r:MET]-(link)
  RETURN count(DISTINCT r.meeting) AS meetings
}
WITH start, contact, hops, link, meetings ORDER BY meetings DESC, link.name
WITH start, contact, hops, collect({link: link.name, meetings: meetings})[0] AS nearest
RETURN start.name AS actor, contact.name AS contact, hops, nearest.link AS link,
       nearest.meetings AS meetings_with_link
ORDER BY actor, hops, meetings_with_link DESC, contact
