// Upsert actors of kind Person; aliases and roles as the whole set's resolution
// sees them; an actor that was the other kind loses that label.
// $rows: [{id, name, aliases: [string], roles: [string], side: the nationality they act for | null}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
REMOVE a:Organization
SET a:Person, a.name = row.name, a.side = row.side,
    a.aliases = row.aliases, a.roles = row.roles
