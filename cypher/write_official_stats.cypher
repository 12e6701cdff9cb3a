// Store what `kg stats` computed on the co-attendance network as properties of the Official nodes.
// Parameters: $rows — [{key, degree_centrality, betweenness, community}]
UNWIND $rows AS row
MATCH (official:Official:Entity {key: row.key})
SET official.degree_centrality = row.degree_centrality, official.betweenness = row.betweenness,
    official.community = row.community
