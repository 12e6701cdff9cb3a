// Question: How many relationships does the graph hold of each type (CHAIRED, HOLDS_POSITION, MENTIONS, …)?
// Parameters: none
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS relationships
ORDER BY type
