// The token of kg's last write (load, reload): a new random one in each write's own transaction, so a
// snapshot kept with the same token is the graph's (null on an empty graph, or one an older kg wrote).
// Parameters: none.
OPTIONAL MATCH (s:KgState {name: 'resolution'})
RETURN s.write_token AS token
