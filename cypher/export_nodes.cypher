// Question: What is every node of the graph, with its kind and all its properties? `kg export --neo4j` reads
//           the graph back with it (kg/sinks/rdf_source.py), in key order.
// Parameters: none
MATCH (n)
RETURN n.key AS key, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, properties(n) AS properties
ORDER BY key
