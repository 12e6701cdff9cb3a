// Empty the database between benchmark runs, in transactions small enough for any heap; keeps the schema.
// Parameters: none. Runs as an auto-commit query (IN TRANSACTIONS cannot run inside a managed transaction).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
