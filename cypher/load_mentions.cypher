// Which names each article uses for each actor or place, and how often.
// $rows: [{article: id, entity: actor or location id, surfaces: [string], count: int}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e {id: row.entity}) WHERE e:Actor OR e:Location
MERGE (a)-[r:MENTIONS]->(e)
SET r.surfaces = row.surfaces, r.count = row.count
