// Forget loaded paths that no longer exist (`kg reload --prune`).  $paths: [absolute path]
UNWIND $paths AS path
MATCH (p:LoadedPath {path: path})
DELETE p
