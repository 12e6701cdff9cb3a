// Benchmark baseline: the node rows of a load written with plain CREATE (no MERGE, no unions), for bench_load.py.
// Parameters: $rows — [{key, name}] as the load files get them (other properties are left out).
UNWIND $rows AS row
CREATE (n:Entity {key: row.key, name: row.name})
