// The graph's state for `kg reload`, in one row: each article with the meetings and claims it reports
// and the actors and places it mentions; actors with their aliases; places; meetings with their status,
// participants, places and MET pairs; claim ids; the paths given to `kg load` / `kg reload`; the digest of
// the corrections the graph was last resolved with (null on a graph written before kg kept it); the token of
// kg's last write (write_token.cypher).  Parameters: none.
CALL () {
  MATCH (a:Article)
  RETURN collect({id: a.id, source: a.source, path: a.path, content_hash: a.content_hash, published: a.published,
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
                  participants: COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) RETURN p.id },
                  places: COLLECT { MATCH (m)-[:HELD_IN]->(l) RETURN l.id },
                  met: COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) MATCH (p)-[r:MET]->(q) WHERE r.meeting = m.id
                                 RETURN p.id + ' ' + q.id }}) AS meetings
}
CALL () { MATCH (c:Claim) RETURN collect(c.id) AS claims }
CALL () { MATCH (p:LoadedPath) RETURN collect(p.path) AS loaded_paths }
CALL () {
  OPTIONAL MATCH (s:KgState {name: 'resolution'})
  RETURN s.corrections AS corrections, s.write_token AS write_token
}
RETURN articles, actors, locations, meetings, claims, loaded_paths, corrections, write_token
