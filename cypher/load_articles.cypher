// Upsert articles.  $rows: [{id, source, title, published: "YYYY-MM-DD" | null, content_hash}]
// $loaded_at: the time of this load (one value per `kg load`), kept from the article's first load.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.source = row.source, a.title = row.title, a.published = date(row.published),
    a.content_hash = row.content_hash, a.loaded_at = coalesce(a.loaded_at, $loaded_at)
