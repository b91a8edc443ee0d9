// Remove articles (the old version of an edited file, or with --prune a file that is gone) and their
// REPORTED_IN and MENTIONS relationships; gc_*.cypher then remove what no other article holds.
// $ids: [article id]
MATCH (a:Article) WHERE a.id IN $ids
DETACH DELETE a
