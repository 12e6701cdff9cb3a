// Upsert (journalist:Person)-[:WROTE]->(Article) from the articles' bylines.
// Parameters: $rows — [{head (person key), tail (article key)}].
UNWIND $rows AS row
MATCH (journalist:Entity {key: row.head})
MATCH (article:Article {key: row.tail})
MERGE (journalist)-[:WROTE]->(article)
