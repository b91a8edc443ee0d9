// Report: Which meetings took place when, and who took part: one row per meeting, by date?
// Parameters (all optional, null for no filter):
//   $actor  name or alias of one participant (case-insensitive), e.g. "Putin"; the row lists every participant
//   $since  first day, "YYYY-MM-DD";  $until  last day, "YYYY-MM-DD" (either one leaves undated meetings out)
// Columns: date ("YYYY-MM-DD", empty when unknown), status (held | planned), meeting (its title), places,
//   participants (names), meeting_id (the meeting's id in the graph).
// Undated meetings come last. `kg report timeline --png FILE` draws these rows: one lane per actor.
// Example: kg report meetings-timeline -p actor=Putin -p since=2026-01-01
// In Neo4j Browser: :params {actor: "Putin", since: null, until: null}
MATCH (m:Meeting)
WHERE ($since IS NULL OR m.date >= date($since))
  AND ($until IS NULL OR m.date <= date($until))
  AND ($actor IS NULL OR EXISTS {
    MATCH (x:Actor)-[:ATTENDED]->(m)
    WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) = toLower($actor))
  })
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH m, a ORDER BY a.name
WITH m, collect(a.name) AS participants
OPTIONAL MATCH (m)-[:HELD_IN]->(l:Location)
WITH m, participants, l ORDER BY l.name
WITH m, participants, collect(l.name) AS places
RETURN toString(m.date) AS date, m.status AS status, m.title AS meeting, places, participants, m.id AS meeting_id
ORDER BY m.date IS NULL, m.date, meeting, meeting_id
