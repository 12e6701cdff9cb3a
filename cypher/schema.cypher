// The graph's schema: uniqueness constraints that back every MERGE key, and the indexes the query library uses.
// Run statement by statement (split on semicolons) before any load; every statement is idempotent, and the
// last one waits until the indexes are online.
// Entity covers every resolved thing (Official, Person, Meeting, Company, Project, Organization, Document, Post).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE;
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE INDEX post_name IF NOT EXISTS FOR (n:Post) ON (n.name);
CREATE INDEX article_issue_date IF NOT EXISTS FOR (a:Article) ON (a.issue_date);
CALL db.awaitIndexes(300);
