// Where each article's file lies: its absolute path is its identity for `kg reload` (its id, the
// content hash, changes when the text does).  $rows: [{id, source: path as given, path: absolute path}]
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.source = row.source, a.path = row.path
