// Upsert places; aliases as the whole set's resolution sees them.  $rows: [{id, name, aliases: [string]}]
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
SET l.name = row.name,
    l.aliases = row.aliases
