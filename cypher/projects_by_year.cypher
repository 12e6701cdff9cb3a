// Question: Which projects were mentioned in the most articles, year by year (event date, else issue date)?
// Parameters: $per_year — how many projects to list for each year, e.g. 5
MATCH (article:Article)-[:MENTIONS]->(project:Project)
WITH left(coalesce(article.event_date, article.issue_date), 4) AS year, project, count(DISTINCT article) AS articles
WHERE year IS NOT NULL
ORDER BY year, articles DESC, project.name
WITH year, collect({project: project.name, articles: articles})[..$per_year] AS top
UNWIND top AS entry
RETURN year, entry.project AS project, entry.articles AS articles
ORDER BY year, articles DESC, project
