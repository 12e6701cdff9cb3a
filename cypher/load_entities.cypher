// Upsert resolved things by key: Official, Person, Meeting, Company, Project, Organization, Document, Post.
// Parameters: $rows — [{key, label, name, aliases, titles, jurisdiction, role, date}], one a node.
// Lists grow by union, a meeting keeps its earliest date; each label has its line (a fixed mapping, no formatting).
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
FOREACH (_ IN CASE row.label WHEN 'Official' THEN [1] ELSE [] END |
  SET n:Official, n.jurisdiction = row.jurisdiction,
      n.titles = coalesce(n.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(n.titles, [])])
FOREACH (_ IN CASE row.label WHEN 'Meeting' THEN [1] ELSE [] END |
  SET n:Meeting, n.date = CASE WHEN n.date IS NULL OR row.date < n.date THEN row.date ELSE n.date END)
FOREACH (_ IN CASE row.label WHEN 'Person' THEN [1] ELSE [] END | SET n:Person, n.role = row.role)
FOREACH (_ IN CASE row.label WHEN 'Company' THEN [1] ELSE [] END | SET n:Company)
FOREACH (_ IN CASE row.label WHEN 'Project' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE row.label WHEN 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE row.label WHEN 'Document' THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE row.label WHEN 'Post' THEN [1] ELSE [] END | SET n:Post)
