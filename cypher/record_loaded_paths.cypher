// Remember the files and folders given to `kg load` and `kg reload`: `kg reload` alone reloads them.
// $paths: [absolute path]
UNWIND $paths AS path
MERGE (:LoadedPath {path: path})
