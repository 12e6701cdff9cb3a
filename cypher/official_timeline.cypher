// Question: In which articles does an official appear, in date order, and as what (their posts then)?
// Parameters: $name — the official's name, e.g. 程嘉树
MATCH (article:Article)-[:MENTIONS]->(official:Official {name: $name})
OPTIONAL MATCH (official)-[held:HOLDS_POSITION]->(post:Post)
WHERE article.id IN held.sources
WITH article, official, collect(post.name) AS posts
RETURN coalesce(article.event_date, article.issue_date) AS date, article.id AS article, article.title AS title,
       official.key AS official, posts
ORDER BY date, article
