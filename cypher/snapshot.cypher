// The graph's state for `kg reload`, in one row of parallel lists (lists, not maps: the driver reads
// them several times faster): each article with the meetings and claims it reports and the actors and
// places it mentions; actors with their aliases; places; meetings with their status and participants;
// claim ids; the paths given to `kg load` / `kg reload`. A missing text property is ''.  Parameters: none.
CALL () {
  MATCH (a:Article)
  RETURN collect(a.id) AS article_ids, collect(coalesce(a.source, '')) AS article_sources,
         collect(coalesce(a.path, '')) AS article_paths,
         collect(COLLECT { MATCH (m:Meeting)-[:REPORTED_IN]->(a) RETURN m.id }) AS article_meetings,
         collect(COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(a) RETURN c.id }) AS article_claims,
         collect(COLLECT { MATCH (a)-[:MENTIONS]->(e) RETURN e.id }) AS article_entities
}
CALL () {
  MATCH (x:Actor)
  RETURN collect(x.id) AS actor_ids, collect(coalesce(x.name, '')) AS actor_names, collect(x:Person) AS actor_people,
         collect(coalesce(x.aliases, [])) AS actor_aliases
}
CALL () { MATCH (l:Location) RETURN collect(l.id) AS location_ids, collect(coalesce(l.name, '')) AS location_names }
CALL () {
  MATCH (m:Meeting)
  RETURN collect(m.id) AS meeting_ids, collect(coalesce(m.title, '')) AS meeting_titles,
         collect(coalesce(m.status, '')) AS meeting_statuses,
         collect(COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) RETURN p.id }) AS meeting_participants
}
CALL () { MATCH (c:Claim) RETURN collect(c.id) AS claims }
CALL () { MATCH (p:LoadedPath) RETURN collect(p.path) AS loaded_paths }
RETURN *
