// Question: Which officials are the most central in the co-attendance network, and in which community?
//           Reads the properties that `kg stats --write` stores.
// Parameters: $limit — how many officials, e.g. 10
MATCH (official:Official)
WHERE official.betweenness IS NOT NULL
RETURN official.name AS official, official.key AS key, official.degree_centrality AS degree_centrality,
       official.betweenness AS betweenness, official.community AS community
ORDER BY betweenness DESC, degree_centrality DESC, key
LIMIT $limit
