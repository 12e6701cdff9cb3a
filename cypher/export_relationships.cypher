// Question: What is every relationship of the graph, with its ends' keys, its type and its properties?
//           `kg export --neo4j` reads the graph back with it (kg/sinks/rdf_source.py).
// Parameters: none
MATCH (head)-[r]->(tail)
RETURN head.key AS head, type(r) AS type, tail.key AS tail, properties(r) AS properties
ORDER BY head, type, tail
