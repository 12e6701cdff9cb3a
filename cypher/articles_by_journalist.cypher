// Question: Which articles did a journalist write?
// Parameters: $name — the journalist's name as in the byline, e.g. 林小禾
MATCH (:Person {name: $name, role: 'journalist'})-[:WROTE]->(article:Article)
RETURN article.id AS article, article.issue_date AS issue_date, article.title AS title, article.reporters AS reporters
ORDER BY issue_date, article
