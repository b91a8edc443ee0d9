// Remove the node of an id that the new resolution gives the other kind (a venue a meeting is now held
// in becomes a place; a place no longer one becomes an actor again), so that one id is one node. The new
// records write it again with its relationships.  $actors: [id now an Actor], $places: [id now a Location]
CALL () { MATCH (l:Location) WHERE l.id IN $actors DETACH DELETE l }
CALL () { MATCH (a:Actor) WHERE a.id IN $places DETACH DELETE a }
