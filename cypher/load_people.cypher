// Upsert actors of kind Person; aliases and roles seen before are kept.
// $rows: [{id, name, aliases: [string], roles: [string], side: the nationality they act for | null}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:Person, a.name = row.name, a.side = row.side,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.roles = reduce(acc = coalesce(a.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
