// Question: Which posts has an official held, and when was each first and last seen in the papers?
// Parameters: $name — the official's name, e.g. 程嘉树
MATCH (official:Official {name: $name})-[held:HOLDS_POSITION]->(post:Post)
RETURN official.key AS official, held.title AS post, held.first_seen AS first_seen, held.last_seen AS last_seen,
       size(held.sources) AS articles
ORDER BY first_seen, post
