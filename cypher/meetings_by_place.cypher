// Report: Where do meetings take place: how many, first and last date, and who took part?
// Parameters (all optional, null for no filter):
//   $place  name or alias of the place (case-insensitive), e.g. "Mosca" or "Moscow"
// Columns: place, meetings (how many were held or planned there), first_date and last_date
// ("YYYY-MM-DD", of the dated ones), participants (names).
// Meetings without a place are left out (see the report quality-undated-meetings for undated ones).
// Example: kg report meetings-by-place -p place=Mosca
// In Neo4j Browser: :params {place: null}
MATCH (m:Meeting)-[:HELD_IN]->(l:Location)
WHERE $place IS NULL OR any(x IN [l.name] + coalesce(l.aliases, []) WHERE toLower(x) = toLower($place))
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH l, a ORDER BY a.name
WITH l, collect(DISTINCT a.name) AS participants
MATCH (l)<-[:HELD_IN]-(m:Meeting)
WITH l, participants, count(m) AS meetings, min(m.date) AS first, max(m.date) AS last
RETURN l.name AS place, meetings, toString(first) AS first_date, toString(last) AS last_date, participants
ORDER BY meetings DESC, place
