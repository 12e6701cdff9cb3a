// Question: Which companies and projects were inspected, by whom and when?
// Parameters: none
MATCH (official:Official)-[inspected:INSPECTED]->(site:Entity)
WHERE site:Company OR site:Project
RETURN site.name AS site, CASE WHEN site:Company THEN 'Company' ELSE 'Project' END AS kind,
       official.name AS official, inspected.first_seen AS first_seen, inspected.last_seen AS last_seen,
       inspected.sources AS articles
ORDER BY site, first_seen, official
