// Constraints and indexes of the kg graph. Run once before loading; each statement is idempotent.
// Parameters: none. Several statements, separated by ';' (kg/graph/cypher.py splits them).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT loaded_path IF NOT EXISTS FOR (n:LoadedPath) REQUIRE n.path IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.content_hash);
CREATE CONSTRAINT kg_state IF NOT EXISTS FOR (n:KgState) REQUIRE n.name IS UNIQUE;
