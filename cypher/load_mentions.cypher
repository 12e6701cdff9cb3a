// Upsert (Article)-[:MENTIONS {spans}]->(thing); spans ("start-end" in the original file) grow by union.
// Parameters: $rows — [{head (article key), tail (entity key), spans}].
UNWIND $rows AS row
MATCH (article:Article {key: row.head})
MATCH (thing:Entity {key: row.tail})
MERGE (article)-[r:MENTIONS]->(thing)
SET r.spans = coalesce(r.spans, []) + [s IN row.spans WHERE NOT s IN coalesce(r.spans, [])]
