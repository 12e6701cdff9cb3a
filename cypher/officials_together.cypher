// Question: Which officials appear together in the same articles most often?
// Parameters: $limit — how many pairs, e.g. 20
MATCH (a:Official)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(b:Official)
WHERE a.key < b.key
RETURN a.name AS official_a, b.name AS official_b, count(DISTINCT article) AS articles
ORDER BY articles DESC, official_a, official_b
LIMIT $limit
