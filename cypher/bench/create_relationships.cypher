// Benchmark baseline: the relationship rows of a load written with plain CREATE, for bench_load.py; ends are
// found by key as in the load files, and every relationship gets one type and the rows' provenance lists.
// Parameters: $rows — [{head, tail, sources, evidence, evidence_at, first_seen, last_seen}]
UNWIND $rows AS row
MATCH (head:Entity {key: row.head})
MATCH (tail:Entity {key: row.tail})
CREATE (head)-[r:RELATED]->(tail)
SET r.sources = row.sources, r.evidence = row.evidence, r.evidence_at = row.evidence_at,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen
