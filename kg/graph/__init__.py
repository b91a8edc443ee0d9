"""Resolution -> graph records (records.py) -> Neo4j (load.py, the only module that knows the
driver); the Cypher files (cypher.py) and what a reload changes (changes.py)."""
