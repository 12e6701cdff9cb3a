// Upsert fact relationships between resolved things, one per (head, type, tail), with their provenance.
// Parameters: $rows — [{head, tail, type, sources, evidence, evidence_at, first_seen, last_seen, title}];
//             type is one of CHAIRED, ATTENDED, APPROVED, INSPECTED, SIGNED_WITH, HOLDS_POSITION (title only
//             for HOLDS_POSITION). Each type has its branch (a fixed mapping, no formatting).
// Sources and evidence grow by union (evidence in step with evidence_at, where each sentence was read);
// first_seen keeps the earliest date, last_seen the latest.
UNWIND $rows AS row
MATCH (head:Entity {key: row.head})
MATCH (tail:Entity {key: row.tail})
CALL (head, tail, row) {
  WITH * WHERE row.type = 'CHAIRED' MERGE (head)-[r:CHAIRED]->(tail) RETURN r
  UNION
  WITH * WHERE row.type = 'ATTENDED' MERGE (head)-[r:ATTENDED]->(tail) RETURN r
  UNION
  WITH * WHERE row.type = 'APPROVED' MERGE (head)-[r:APPROVED]->(tail) RETURN r
  UNION
  WITH * WHERE row.type = 'INSPECTED' MERGE (head)-[r:INSPECTED]->(tail) RETURN r
  UNION
  WITH * WHERE row.type = 'SIGNED_WITH' MERGE (head)-[r:SIGNED_WITH]->(tail) RETURN r
  UNION
  WITH * WHERE row.type = 'HOLDS_POSITION' MERGE (head)-[r:HOLDS_POSITION]->(tail) RETURN r
}
WITH r, row, coalesce(r.evidence_at, []) AS known, coalesce(r.sources, []) AS sources
SET r.title = coalesce(row.title, r.title),
    r.sources = sources + [s IN row.sources WHERE NOT s IN sources],
    r.evidence = coalesce(r.evidence, []) +
                 [i IN range(0, size(row.evidence_at) - 1) WHERE NOT row.evidence_at[i] IN known | row.evidence[i]],
    r.evidence_at = known + [at IN row.evidence_at WHERE NOT at IN known],
    r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen THEN row.first_seen
                        ELSE r.first_seen END,
    r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen THEN row.last_seen
                       ELSE r.last_seen END
