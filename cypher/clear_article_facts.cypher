// Detach articles from the meetings and claims they report and the names they mention, keeping the
// articles: their facts are written again as the latest resolution sees them.  $ids: [article id]
MATCH (a:Article) WHERE a.id IN $ids
CALL (a) { MATCH (a)-[r:MENTIONS]->() DELETE r }
CALL (a) { MATCH ()-[r:REPORTED_IN]->(a) DELETE r }
