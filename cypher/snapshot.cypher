// The graph's state for `kg reload`, in one row: each article with the meetings and claims it reports
// and the actors and places it mentions; actors with their aliases; places; meetings with their status
// and participants; claim ids; the paths given to `kg load` / `kg reload`.  Parameters: none.
CALL () {
  MATCH (a:Article)
  RETURN collect({id: a.id, source: a.source, path: a.path,
                  meetings: COLLECT { MATCH (m:Meeting)-[:REPORTED_IN]->(a) RETURN m.id },
                  claims: COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(a) RETURN c.id },
                  entities: COLLECT { MATCH (a)-[:MENTIONS]->(e) RETURN e.id }}) AS articles
}
CALL () {
  MATCH (x:Actor)
  RETURN collect({id: x.id, name: x.name, kind: CASE WHEN x:Person THEN 'Person' ELSE 'Organization' END,
                  aliases: coalesce(x.aliases, [])}) AS actors
}
CALL () { MATCH (l:Location) RETURN collect({id: l.id, name: l.name}) AS locations }
CALL () {
  MATCH (m:Meeting)
  RETURN collect({id: m.id, title: m.title, status: m.status,
                  participants: COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) RETURN p.id }}) AS meetings
}
CALL () { MATCH (c:Claim) RETURN collect(c.id) AS claims }
CALL () { MATCH (p:LoadedPath) RETURN collect(p.path) AS loaded_paths }
RETURN articles, actors, locations, meetings, claims, loaded_paths
