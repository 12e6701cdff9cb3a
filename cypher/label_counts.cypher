// Question: How many nodes does the graph hold of each kind (Official, Meeting, Article, …)?
// Parameters: none
MATCH (n)
WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label
RETURN label, count(*) AS nodes
ORDER BY label
