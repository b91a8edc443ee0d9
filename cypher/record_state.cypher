// What the graph was last resolved with: the digest of the user's corrections (kg merge, kg split).
// `kg reload` resolves every article again when the corrections file says otherwise.  $corrections: digest
MERGE (s:KgState {name: 'resolution'})
SET s.corrections = $corrections
