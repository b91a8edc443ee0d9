// Upsert actors of kind Organization; aliases and roles as the whole set's resolution
// sees them; an actor that was the other kind loses that label.
// $rows: [{id, name, aliases: [string], roles: [string]}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
REMOVE a:Person
SET a:Organization, a.name = row.name,
    a.aliases = row.aliases, a.roles = row.roles
