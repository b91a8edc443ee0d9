// Upsert places; aliases seen before are kept.  $rows: [{id, name, aliases: [string]}]
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
SET l.name = row.name,
    l.aliases = reduce(acc = coalesce(l.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
