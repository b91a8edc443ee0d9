// A new token for this write, in its transaction (see write_token.cypher).  $token: random hex
MERGE (s:KgState {name: 'resolution'})
SET s.write_token = $token
